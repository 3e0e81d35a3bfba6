import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Event, EventPage } from '../../src/http/schemas/events.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { fillFixture, ids } from '../helpers/fixture.js';

let t: TestApp;
const api = () => request(t.app.server);

beforeAll(async () => {
  t = await buildTestApp(fillFixture);
});
afterAll(() => t.close());

async function eventIds(query: string): Promise<number[]> {
  const res = await api().get(`/events?${query}`).expect(200);
  return EventPage.parse(res.body).items.map((e) => e.id);
}

describe('GET /events', () => {
  it('lists events with people and reports', async () => {
    const page = EventPage.parse((await api().get('/events').expect(200)).body);
    expect(page.items.map((e) => e.id)).toEqual([ids.closureEvent, ids.reviewEvent, ids.undatedEvent, ids.ferryEvent]);
    const closure = page.items[0];
    expect(closure).toMatchObject({ date: '2021-03-03', precision: 'day', people: [{ id: ids.quell, name: 'Mara Quell' }] });
    expect(closure.reports.map((r) => r.articleId)).toEqual([ids.articleBridge, ids.articleWireBridge]);
    expect(page.items[2].date).toBeNull();
  });

  it('matches dates by prefix: a year or month covers the days within it', async () => {
    expect(await eventIds('date=2021')).toEqual([ids.closureEvent, ids.reviewEvent, ids.ferryEvent]);
    expect(await eventIds('date=2021-03')).toEqual([ids.closureEvent, ids.reviewEvent]);
    expect(await eventIds('date=2021-03-03')).toEqual([ids.closureEvent]);
    expect(await eventIds('date=2020')).toEqual([]);
  });

  it('pages through a period in id order across its dates, alone or with other filters', async () => {
    const walk = async (query: string) => {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page = EventPage.parse((await api().get(`/events?${query}&limit=1${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body);
        seen.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor !== null);
      return seen;
    };
    expect(await walk('date=2021')).toEqual([ids.closureEvent, ids.reviewEvent, ids.ferryEvent]);
    expect(await walk('date=2021&outlet=northgate-herald')).toEqual([ids.closureEvent, ids.ferryEvent]);
    expect(await walk('date=2021&person=quell&to=2021-03-31')).toEqual([ids.closureEvent]);
  });

  it('counts a month-dated event when its month overlaps from/to', async () => {
    expect(await eventIds('from=2021-03-10')).toEqual([ids.reviewEvent, ids.ferryEvent]);
    expect(await eventIds('to=2021-03-01')).toEqual([ids.reviewEvent]);
    expect(await eventIds('from=2021-04-01&to=2021-04-30')).toEqual([ids.ferryEvent]);
  });

  it('filters by person, outlet and article', async () => {
    expect(await eventIds('person=quell')).toEqual([ids.closureEvent, ids.ferryEvent]);
    expect(await eventIds(`person=${ids.renn}`)).toEqual([ids.reviewEvent]);
    expect(await eventIds('outlet=coastline-wire')).toEqual([ids.closureEvent, ids.reviewEvent]);
    expect(await eventIds(`article=${ids.articleBridge}`)).toEqual([ids.closureEvent, ids.undatedEvent]);
  });

  it.each(['date=2021-3', 'date=2021-13', 'date=21', 'from=2021-03', 'to=March'])('rejects %s naming the parameter', async (query) => {
    const res = await api().get(`/events?${query}`).expect(400);
    expect(res.body.errors[0]).toMatchObject({ name: query.split('=')[0], in: 'query' });
  });
});

describe('GET /events/{id}', () => {
  it('answers reports with sentence, temporal text and spans', async () => {
    const event = Event.parse((await api().get(`/events/${ids.reviewEvent}`).expect(200)).body);
    expect(event.reports).toHaveLength(1);
    const report = event.reports[0];
    expect(report).toMatchObject({ sentence: 'Renn will review the plans in March.', temporalText: 'in March', outlet: { slug: 'coastline-wire' } });
    expect(report.temporalEnd - report.temporalStart).toBe('in March'.length);
    expect(report.temporalStart).toBeGreaterThanOrEqual(report.start);
  });

  it('answers 404 for an unknown id', async () => {
    await api().get('/events/4040').expect(404);
  });
});
