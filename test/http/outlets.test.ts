import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Comparison, OutletDetail, OutletPage } from '../../src/http/schemas/outlets.js';
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

describe('GET /compare', () => {
  it('splits quotes and events into carried by both and by one only', async () => {
    const res = await api().get('/compare?outlets=northgate-herald,coastline-wire').expect(200);
    const body = Comparison.parse(res.body);
    expect(body.outlets.map((o) => o.slug)).toEqual(['northgate-herald', 'coastline-wire']);
    expect(body.quotes.both.map((q) => q.id)).toEqual([ids.sharedQuote]);
    expect(body.quotes.onlyFirst.map((q) => q.id)).toEqual([ids.rennQuote, ids.harborQuote, ids.ferryQuote]);
    expect(body.quotes.onlySecond.map((q) => q.id)).toEqual([ids.anonymousQuote]);
    expect(body.events.both.map((e) => e.id)).toEqual([ids.closureEvent]);
    expect(body.events.onlyFirst.map((e) => e.id)).toEqual([ids.undatedEvent, ids.ferryEvent]);
    expect(body.events.onlySecond.map((e) => e.id)).toEqual([ids.reviewEvent]);
  });

  it('caps each list at limit and keeps full counts', async () => {
    const body = (await api().get(`/compare?outlets=${ids.herald},${ids.wire}&limit=1`).expect(200)).body;
    expect(body.quotes.onlyFirst).toHaveLength(1);
    expect(body.quotes.counts).toEqual({ both: 1, onlyFirst: 3, onlySecond: 1 });
  });

  it.each(['outlets=northgate-herald', 'outlets=a,b,c', 'outlets=northgate-herald,nowhere', 'outlets=,'])('rejects %s', async (query) => {
    const res = await api().get(`/compare?${query}`).expect(400);
    expect(res.body.errors[0]).toMatchObject({ name: 'outlets', in: 'query' });
  });
});
