import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { fillFixture } from '../helpers/fixture.js';

let t: TestApp;
const api = () => request(t.app.server);

beforeAll(async () => {
  t = await buildTestApp(fillFixture);
});
afterAll(() => t.close());

const LISTS = [
  '/quotes',
  '/people?kind=any',
  '/people/21/quotes',
  '/events',
  '/articles',
  '/outlets',
  '/outlets/northgate-herald/quotes',
  '/outlets/northgate-herald/events',
  '/compare/quotes?outlets=northgate-herald,coastline-wire&set=onlyFirst',
  '/compare/events?outlets=northgate-herald,coastline-wire&set=onlyFirst',
];

async function walk(path: string, limit: number): Promise<number[]> {
  const seen: number[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const sep = path.includes('?') ? '&' : '?';
    const res: request.Response = await api()
      .get(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
      .expect(200);
    expect(Object.keys(res.body).sort()).toEqual(['items', 'nextCursor']);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    seen.push(...res.body.items.map((item: { id: number }) => item.id));
    cursor = res.body.nextCursor;
    if (cursor === null) return seen;
    expect(res.body.items).toHaveLength(limit);
  }
  throw new Error(`${path}: too many pages`);
}

describe.each(LISTS)('%s', (path) => {
  it('walks to the same rows, each once, whatever the page size', async () => {
    const whole = await walk(path, 500);
    expect(whole.length).toBeGreaterThan(0);
    expect(new Set(whole).size).toBe(whole.length);
    expect(await walk(path, 1)).toEqual(whole);
    expect(await walk(path, 2)).toEqual(whole);
  });

  it('rejects a bad limit and cursor in the problem shape', async () => {
    const sep = path.includes('?') ? '&' : '?';
    for (const [query, name] of [['limit=0', 'limit'], ['limit=501', 'limit'], ['cursor=xyz', 'cursor']]) {
      const res = await api().get(`${path}${sep}${query}`).expect(400).expect('content-type', /problem\+json/);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ name, in: 'query' }));
    }
  });
});
