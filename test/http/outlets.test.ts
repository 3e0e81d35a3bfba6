import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventPage } from '../../src/http/schemas/events.js';
import { OutletDetail, OutletPage } from '../../src/http/schemas/outlets.js';
import { QuotePage } from '../../src/http/schemas/quotes.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { fillFixture, ids } from '../helpers/fixture.js';

let t: TestApp;
const api = () => request(t.app.server);

beforeAll(async () => {
  t = await buildTestApp(fillFixture);
});
afterAll(() => t.close());

const idsOf = (body: { items: Array<{ id: number }> }) => body.items.map((item) => item.id);

describe('outlets', () => {
  it('lists outlets with article counts', async () => {
    const page = OutletPage.parse((await api().get('/outlets').expect(200)).body);
    expect(page.items).toEqual([
      { id: ids.herald, slug: 'northgate-herald', name: 'Northgate Herald', articles: 2 },
      { id: ids.wire, slug: 'coastline-wire', name: 'Coastline Wire', articles: 1 },
    ]);
  });

  it('answers one outlet by id or slug with counts', async () => {
    const bySlug = OutletDetail.parse((await api().get('/outlets/northgate-herald').expect(200)).body);
    expect(bySlug.counts).toEqual({ articles: 2, quotes: 4, events: 3 });
    expect((await api().get(`/outlets/${ids.wire}`).expect(200)).body.counts).toEqual({ articles: 1, quotes: 2, events: 2 });
    await api().get('/outlets/daily-nothing').expect(404);
  });

  it("lists an outlet's quotes and events", async () => {
    expect(idsOf((await api().get('/outlets/coastline-wire/quotes').expect(200)).body)).toEqual([ids.sharedQuote, ids.anonymousQuote]);
    expect(idsOf((await api().get('/outlets/coastline-wire/quotes?kind=direct&limit=1').expect(200)).body)).toEqual([ids.sharedQuote]);
    expect(idsOf((await api().get(`/outlets/${ids.herald}/events?date=2021-04`).expect(200)).body)).toEqual([ids.ferryEvent]);
    await api().get('/outlets/daily-nothing/quotes').expect(404);
    await api().get('/outlets/daily-nothing/events').expect(404);
  });
});

describe('GET /compare/quotes and /compare/events', () => {
  const pair = 'outlets=northgate-herald,coastline-wire';

  it('lists what both outlets reported, by default', async () => {
    const quotes = QuotePage.parse((await api().get(`/compare/quotes?${pair}`).expect(200)).body);
    expect(idsOf(quotes)).toEqual([ids.sharedQuote]);
    expect(quotes.nextCursor).toBeNull();
    const events = EventPage.parse((await api().get(`/compare/events?${pair}&set=both`).expect(200)).body);
    expect(idsOf(events)).toEqual([ids.closureEvent]);
  });

  it('lists what only the first, or only the second, reported', async () => {
    expect(idsOf((await api().get(`/compare/quotes?${pair}&set=onlyFirst`).expect(200)).body)).toEqual([ids.rennQuote, ids.harborQuote, ids.ferryQuote]);
    expect(idsOf((await api().get(`/compare/quotes?${pair}&set=onlySecond`).expect(200)).body)).toEqual([ids.anonymousQuote]);
    expect(idsOf((await api().get(`/compare/events?${pair}&set=onlyFirst`).expect(200)).body)).toEqual([ids.undatedEvent, ids.ferryEvent]);
    expect(idsOf((await api().get(`/compare/events?${pair}&set=onlySecond`).expect(200)).body)).toEqual([ids.reviewEvent]);
  });

  it("shows each compared outlet's own wording: the one that did not report an item has none to show", async () => {
    const both = QuotePage.parse((await api().get(`/compare/quotes?${pair}`).expect(200)).body);
    expect(both.items[0].reports.map((r) => r.outlet?.slug)).toEqual(['northgate-herald', 'coastline-wire']);
    const reversed = QuotePage.parse((await api().get(`/compare/quotes?outlets=coastline-wire,northgate-herald`).expect(200)).body);
    expect(reversed.items[0].reports.map((r) => r.outlet?.slug)).toEqual(['coastline-wire', 'northgate-herald']);
    const onlyFirst = QuotePage.parse((await api().get(`/compare/quotes?${pair}&set=onlyFirst`).expect(200)).body);
    expect(onlyFirst.items.map((quote) => quote.reports.map((r) => r.outlet?.slug))).toEqual(onlyFirst.items.map(() => ['northgate-herald']));
    const events = EventPage.parse((await api().get(`/compare/events?${pair}&set=onlySecond`).expect(200)).body);
    expect(events.items.map((event) => event.reports.map((r) => r.outlet?.slug))).toEqual([['coastline-wire']]);
  });

  it('takes outlets by id as well, in either order', async () => {
    expect(idsOf((await api().get(`/compare/quotes?outlets=${ids.wire},${ids.herald}&set=onlySecond`).expect(200)).body)).toEqual([
      ids.rennQuote,
      ids.harborQuote,
      ids.ferryQuote,
    ]);
  });

  it('pages by cursor and links the next page', async () => {
    const first = await api().get(`/compare/quotes?${pair}&set=onlyFirst&limit=2`).expect(200);
    expect(idsOf(first.body)).toEqual([ids.rennQuote, ids.harborQuote]);
    expect(first.headers.link).toContain('set=onlyFirst');
    const second = (await api().get(`/compare/quotes?${pair}&set=onlyFirst&limit=2&cursor=${first.body.nextCursor}`).expect(200)).body;
    expect(idsOf(second)).toEqual([ids.ferryQuote]);
    expect(second.nextCursor).toBeNull();
  });

  it.each(['outlets=northgate-herald', 'outlets=a,b,c', 'outlets=northgate-herald,nowhere', 'outlets=,'])('rejects %s', async (query) => {
    for (const kind of ['quotes', 'events']) {
      const res = await api().get(`/compare/${kind}?${query}`).expect(400);
      expect(res.body.errors[0]).toMatchObject({ name: 'outlets', in: 'query' });
    }
  });

  it('rejects an unknown set', async () => {
    const res = await api().get(`/compare/quotes?${pair}&set=either`).expect(400);
    expect(res.body.errors[0]).toMatchObject({ name: 'set', in: 'query' });
  });
});
