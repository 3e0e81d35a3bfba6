import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonDetail, PersonPage } from '../../src/http/schemas/people.js';
import { QuotePage } from '../../src/http/schemas/quotes.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { fillFixture, ids } from '../helpers/fixture.js';

let t: TestApp;
const api = () => request(t.app.server);

beforeAll(async () => {
  t = await buildTestApp(fillFixture);
});
afterAll(() => t.close());

async function personIds(query: string): Promise<number[]> {
  const res = await api().get(`/people?${query}`).expect(200);
  return PersonPage.parse(res.body).items.map((p) => p.id);
}

describe('GET /people', () => {
  it('lists people, not organisations, by default', async () => {
    const res = await api().get('/people').expect(200);
    const page = PersonPage.parse(res.body);
    expect(page.items.map((p) => p.name)).toEqual(['Mara Quell', 'Tobias Renn']);
    expect(page.items[0]).toMatchObject({ kind: 'person', aliases: expect.arrayContaining(['Quell']), roles: ['Minister'] });
  });

  it('lists organisations that speak with kind', async () => {
    expect(await personIds('kind=organisation')).toEqual([ids.harbor]);
    expect(await personIds('kind=any')).toEqual([ids.quell, ids.renn, ids.harbor]);
  });

  it('finds people by part of a name or alias', async () => {
    expect(await personIds('q=quell')).toEqual([ids.quell]);
    expect(await personIds('q=TOBIAS')).toEqual([ids.renn]);
    expect(await personIds('q=ara%20qu')).toEqual([ids.quell]);
    expect(await personIds('q=minister')).toEqual([]);
    expect(await personIds('q=harbor&kind=any')).toEqual([ids.harbor]);
    expect(await personIds('q=%25')).toEqual([]);
    expect(await personIds('q=_')).toEqual([]);
  });

  it('lists the people an article mentions', async () => {
    expect(await personIds(`article=${ids.articleFerry}`)).toEqual([ids.quell]);
    expect(await personIds(`article=${ids.articleFerry}&kind=any`)).toEqual([ids.quell, ids.harbor]);
    expect(await personIds('article=999')).toEqual([]);
  });
});

describe('GET /people/{id}', () => {
  it('answers aliases, roles and counts', async () => {
    const res = await api().get(`/people/${ids.quell}`).expect(200);
    expect(PersonDetail.parse(res.body)).toMatchObject({
      name: 'Mara Quell',
      counts: { quotes: 2, articles: 3, events: 2 },
    });
  });

  it('accepts a name or alias in place of the id', async () => {
    const res = await api().get('/people/Tobias%20Renn').expect(200);
    expect(res.body.id).toBe(ids.renn);
    expect((await api().get('/people/renn').expect(200)).body.id).toBe(ids.renn);
  });

  it('answers 404 for nobody', async () => {
    const res = await api().get('/people/Nobody%20Known').expect(404);
    expect(res.body.errors[0]).toMatchObject({ name: 'id', in: 'path' });
  });
});

describe('GET /people/{id}/quotes', () => {
  it("lists the person's quotes with the /quotes filters", async () => {
    const all = QuotePage.parse((await api().get(`/people/${ids.quell}/quotes`).expect(200)).body);
    expect(all.items.map((q) => q.id)).toEqual([ids.sharedQuote, ids.ferryQuote]);
    const april = await api().get('/people/quell/quotes?from=2021-04-01').expect(200);
    expect(april.body.items.map((q: { id: number }) => q.id)).toEqual([ids.ferryQuote]);
    const wire = await api().get('/people/quell/quotes?outlet=coastline-wire').expect(200);
    expect(wire.body.items.map((q: { id: number }) => q.id)).toEqual([ids.sharedQuote]);
  });

  it('pages with the shared envelope', async () => {
    const first = await api().get(`/people/${ids.quell}/quotes?limit=1`).expect(200);
    expect(first.body.items).toHaveLength(1);
    const second = await api().get(`/people/${ids.quell}/quotes?limit=1&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body.items.map((q: { id: number }) => q.id)).toEqual([ids.ferryQuote]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('answers 404 for an unknown person and 400 for a bad filter', async () => {
    await api().get('/people/99999/quotes').expect(404);
    const res = await api().get(`/people/${ids.quell}/quotes?kind=maybe`).expect(400);
    expect(res.body.errors[0]).toMatchObject({ name: 'kind', in: 'query' });
  });
});
