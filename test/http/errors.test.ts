import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '../../src/http/schemas/common.js';
import { encodeCursor } from '../../src/http/cursor.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { fillFixture } from '../helpers/fixture.js';

let t: TestApp;
const api = () => request(t.app.server);

beforeAll(async () => {
  t = await buildTestApp(fillFixture);
});
afterAll(() => t.close());

async function expectProblem(url: string, status: number, name?: string, where?: string) {
  const res = await api().get(url);
  expect(res.status, url).toBe(status);
  expect(res.headers['content-type'], url).toMatch(/^application\/problem\+json/);
  const body = Problem.parse(res.body);
  expect(body.status).toBe(status);
  if (name) expect(body.errors, url).toContainEqual(expect.objectContaining({ name, in: where }));
  expect(JSON.stringify(body)).not.toMatch(/SELECT|sqlite|at .*\.(js|ts):\d+/i);
  return body;
}

describe('problem+json errors', () => {
  it.each([
    ['/quotes?limit=0', 'limit'],
    ['/quotes?limit=501', 'limit'],
    ['/quotes?limit=ten', 'limit'],
    ['/quotes?limit=1.5', 'limit'],
    ['/quotes?limit=1&limit=2', 'limit'],
    ['/quotes?from=2021-13-01', 'from'],
    ['/quotes?to=2021-02-30', 'to'],
    ['/quotes?from=yesterday', 'from'],
    ['/quotes?kind=rumour', 'kind'],
    ['/quotes?article=abc', 'article'],
    ['/quotes?format=xml', 'format'],
    ['/quotes?q=', 'q'],
  ])('%s is a 400 naming %s', async (url, name) => {
    await expectProblem(url, 400, name, 'query');
  });

  it('rejects forged and truncated cursors', async () => {
    const good = encodeCursor(31);
    for (const cursor of [good.slice(0, -1), 'not-a-cursor', Buffer.from('{"id":3}').toString('base64url'), encodeCursor(-4), '%%%']) {
      await expectProblem(`/quotes?cursor=${encodeURIComponent(cursor)}`, 400, 'cursor', 'query');
    }
    await api().get(`/quotes?cursor=${good}`).expect(200);
  });

  it('answers 400 naming the path parameter for a malformed id', async () => {
    await expectProblem('/quotes/abc', 400, 'id', 'path');
    await expectProblem('/quotes/-3', 400, 'id', 'path');
  });

  it('answers 404 for unknown ids and unknown routes in the same shape', async () => {
    await expectProblem('/quotes/123456', 404, 'id', 'path');
    const body = await expectProblem('/no/such/route', 404);
    expect(body.detail).toContain('/no/such/route');
  });

  it('answers 400 for a malformed URL', async () => {
    await expectProblem('/quotes/%E0%A4%A', 400);
  });
});

describe('frontend support', () => {
  it('allows any origin and exposes Link and ETag', async () => {
    const res = await api().get('/quotes?limit=1').set('Origin', 'https://news.example').expect(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-expose-headers']).toMatch(/Link/);
    expect(res.headers['access-control-expose-headers']).toMatch(/ETag/);
  });

  it('answers preflight requests', async () => {
    const res = await api().options('/quotes').set('Origin', 'https://news.example').set('Access-Control-Request-Method', 'GET');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-methods']).toContain('GET');
  });

  it('answers 304 when the ETag still matches', async () => {
    const first = await api().get('/quotes').expect(200);
    expect(first.headers.etag).toBeTruthy();
    await api().get('/quotes').set('If-None-Match', first.headers.etag).expect(304);
    const other = await api().get('/quotes?kind=direct').expect(200);
    expect(other.headers.etag).not.toBe(first.headers.etag);
  });

  it('compresses large responses for clients that accept it', async () => {
    const res = await api().get('/quotes').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.items.length).toBeGreaterThan(0);
  });
});

describe('configured CORS origins', () => {
  let restricted: TestApp;
  beforeAll(async () => {
    restricted = await buildTestApp(fillFixture, { corsOrigin: 'https://a.example, https://b.example' });
  });
  afterAll(() => restricted.close());

  it('echoes an allowed origin and not others', async () => {
    const allowed = await request(restricted.app.server).get('/quotes').set('Origin', 'https://b.example');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://b.example');
    const denied = await request(restricted.app.server).get('/quotes').set('Origin', 'https://evil.example');
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
  });
});
