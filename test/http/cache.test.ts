import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../src/db/schema.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { fillFixture, ids } from '../helpers/fixture.js';

describe('with the response cache on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(fillFixture, { responseCache: true });
  });
  afterAll(() => t.close());

  it('answers repeats from the cache and sees an ingest committed on the other connection', async () => {
    const first = await request(t.app.server).get('/quotes?speaker=renn').expect(200);
    expect(first.body.items.map((q: { id: number }) => q.id)).toEqual([ids.rennQuote]);
    const again = await request(t.app.server).get('/quotes?speaker=renn').set('If-None-Match', first.headers.etag).expect(304);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(t.app.responseCache.stats.hits).toBeGreaterThan(0);

    t.writer.insert(s.quotes).values({ id: 99, speakerId: ids.renn, kind: 'indirect', text: 'the cables were new', firstReported: '2021-03-04' }).run();
    const after = await request(t.app.server).get('/quotes?speaker=renn').set('If-None-Match', first.headers.etag).expect(200);
    expect(after.body.items.map((q: { id: number }) => q.id)).toEqual([ids.rennQuote, 99]);
    expect(after.headers.etag).not.toBe(first.headers.etag);
    await request(t.app.server).get('/quotes?speaker=renn').set('If-None-Match', after.headers.etag).expect(304);
  });

  it('keeps CORS headers on cached answers', async () => {
    await request(t.app.server).get('/outlets').set('Origin', 'https://news.example').expect(200);
    const hit = await request(t.app.server).get('/outlets').set('Origin', 'https://news.example').expect(200);
    expect(hit.headers['access-control-allow-origin']).toBe('*');
  });
});
