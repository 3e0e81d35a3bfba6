import compress from '@fastify/compress';
import etag from '@fastify/etag';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { responseCache, type ResponseCacheOptions } from '../../src/http/plugins/response-cache.js';

let dir: string;
let writer: Db;
let reader: Db;
let handlerCalls: number;

function addPerson(name: string): number {
  const result = writer.$client.prepare('INSERT INTO people (name, name_key) VALUES (?, ?)').run(name, name.toLowerCase());
  return Number(result.lastInsertRowid);
}

/** A small read API over the people table, shaped like the real routes. */
async function buildTestApp(
  options: Partial<ResponseCacheOptions> = {},
  before?: (app: FastifyInstance) => Promise<void>,
  after?: (app: FastifyInstance) => Promise<void>,
) {
  const app = Fastify();
  if (before) await before(app);
  await app.register(responseCache, { db: reader, ...options });
  if (after) await after(app);
  const byId = reader.$client.prepare('SELECT id, name FROM people WHERE id = ?');
  const all = reader.$client.prepare('SELECT id, name FROM people ORDER BY id');
  app.get('/people', async () => {
    handlerCalls += 1;
    return { items: all.all(), nextCursor: null };
  });
  app.get('/people/:id', async (request, reply) => {
    handlerCalls += 1;
    const row = byId.get(Number((request.params as { id: string }).id));
    if (!row) return reply.code(404).send({ title: 'not found' });
    return row;
  });
  // Reads, then an ingest commits on the other connection before the answer goes out.
  app.get('/people-then-commit', async () => {
    handlerCalls += 1;
    const items = all.all();
    if (handlerCalls === 1) addPerson('Piet Lindqvist');
    return { items, nextCursor: null };
  });
  app.get('/broken', async (_request, reply) => {
    handlerCalls += 1;
    return reply.code(500).send({ title: 'broken' });
  });
  app.get('/invalid', async (_request, reply) => {
    handlerCalls += 1;
    return reply.code(400).send({ title: 'bad request' });
  });
  await app.ready();
  return app;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quotewire-cache-'));
  const path = join(dir, 'test.db');
  writer = openDatabase(path);
  runMigrations(writer);
  reader = openDatabase(path, { readonly: true });
  handlerCalls = 0;
});

afterEach(() => {
  reader.$client.close();
  writer.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('response cache', () => {
  it('answers a repeated GET with the same bytes, content type and ETag without running the handler', async () => {
    addPerson('Ada Okafor');
    addPerson('Piet Lindqvist');
    const app = await buildTestApp();

    const first = await app.inject('/people');
    const second = await app.inject('/people');

    expect(first.statusCode).toBe(200);
    expect(first.json().items).toHaveLength(2);
    expect(second.statusCode).toBe(200);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers.etag).toBeDefined();
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(handlerCalls).toBe(1);
    expect(app.responseCache.stats).toMatchObject({ hits: 1, misses: 1, entries: 1 });
  });

  it('keeps URLs apart, query string included', async () => {
    const a = addPerson('Ada Okafor');
    const b = addPerson('Piet Lindqvist');
    const app = await buildTestApp();

    expect((await app.inject(`/people/${a}`)).json().name).toBe('Ada Okafor');
    expect((await app.inject(`/people/${b}`)).json().name).toBe('Piet Lindqvist');
    expect((await app.inject(`/people/${a}?x=1`)).json().name).toBe('Ada Okafor');
    expect(handlerCalls).toBe(3);
  });

  it('reflects a commit made through another connection on the next request', async () => {
    addPerson('Ada Okafor');
    const app = await buildTestApp();
    expect((await app.inject('/people')).json().items).toHaveLength(1);
    expect((await app.inject('/people')).json().items).toHaveLength(1);

    addPerson('Piet Lindqvist');

    const after = await app.inject('/people');
    expect(after.json().items.map((p: { name: string }) => p.name)).toEqual(['Ada Okafor', 'Piet Lindqvist']);
    expect(app.responseCache.stats.invalidations).toBe(1);
    expect(handlerCalls).toBe(2);
  });

  it('with a check interval, notices the commit once the interval has passed', async () => {
    addPerson('Ada Okafor');
    const app = await buildTestApp({ checkIntervalMs: 30 });
    await app.inject('/people');
    addPerson('Piet Lindqvist');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect((await app.inject('/people')).json().items).toHaveLength(2);
  });

  it('answers 304 with no body when If-None-Match carries the current ETag, cached or not', async () => {
    addPerson('Ada Okafor');
    const app = await buildTestApp();
    const first = await app.inject('/people');
    const tag = first.headers.etag as string;

    const cached = await app.inject({ url: '/people', headers: { 'if-none-match': tag } });
    expect(cached.statusCode).toBe(304);
    expect(cached.body).toBe('');
    expect(cached.headers.etag).toBe(tag);

    const weakInList = await app.inject({ url: '/people', headers: { 'if-none-match': `"other", W/${tag}` } });
    expect(weakInList.statusCode).toBe(304);

    const stale = await app.inject({ url: '/people', headers: { 'if-none-match': '"not-this-one"' } });
    expect(stale.statusCode).toBe(200);
    expect(stale.rawPayload.equals(first.rawPayload)).toBe(true);
  });

  it('gives a new ETag once the data behind a URL changes', async () => {
    addPerson('Ada Okafor');
    const app = await buildTestApp();
    const before = (await app.inject('/people')).headers.etag;
    addPerson('Piet Lindqvist');
    const after = await app.inject({ url: '/people', headers: { 'if-none-match': before as string } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before);
  });

  it('keeps a URL\'s ETag while the data stays the same, so revalidating a fresh answer gets a 304', async () => {
    addPerson('Ada Okafor');
    // As in the app, the ETag plugin comes after the cache and answers If-None-Match on misses.
    const app = await buildTestApp({}, undefined, async (instance) => {
      await instance.register(etag);
    });
    const first = await app.inject('/people');
    const tag = first.headers.etag as string;
    const fresh = await app.inject({ url: '/people', headers: { 'cache-control': 'no-cache', 'if-none-match': tag } });
    expect(handlerCalls).toBe(2);
    expect(fresh.statusCode).toBe(304);
    expect(fresh.headers.etag).toBe(tag);
    // Another URL, or the same URL asking for another media type, is another representation.
    expect((await app.inject('/people?limit=1')).headers.etag).not.toBe(tag);
    expect((await app.inject({ url: '/people', headers: { accept: 'application/json' } })).headers.etag).not.toBe(tag);
  });

  it('neither stores nor tags by generation an answer whose data changed while it was being made', async () => {
    addPerson('Ada Okafor');
    const app = await buildTestApp();
    const racy = await app.inject('/people-then-commit');
    expect(racy.statusCode).toBe(200);
    expect(racy.json().items).toHaveLength(1);
    expect(app.responseCache.stats.entries).toBe(0);
    expect(racy.headers.etag).toBeUndefined();

    // The next answer holds the person added during the first one, and is kept.
    const next = await app.inject('/people-then-commit');
    expect(next.json().items).toHaveLength(2);
    expect(next.headers.etag).toBeDefined();
    expect((await app.inject('/people-then-commit')).rawPayload.equals(next.rawPayload)).toBe(true);
    expect(handlerCalls).toBe(2);
  });

  it('caches 404s until the data changes, but never 5xx or other errors', async () => {
    const app = await buildTestApp();
    expect((await app.inject('/people/1')).statusCode).toBe(404);
    expect((await app.inject('/people/1')).statusCode).toBe(404);
    expect(handlerCalls).toBe(1);

    addPerson('Ada Okafor');
    const found = await app.inject('/people/1');
    expect(found.statusCode).toBe(200);
    expect(found.json().name).toBe('Ada Okafor');

    handlerCalls = 0;
    for (let i = 0; i < 2; i += 1) {
      expect((await app.inject('/broken')).statusCode).toBe(500);
      expect((await app.inject('/invalid')).statusCode).toBe(400);
    }
    expect(handlerCalls).toBe(4);
  });

  it('recomputes when the client asks for a fresh answer with Cache-Control: no-cache', async () => {
    addPerson('Ada Okafor');
    const app = await buildTestApp();
    await app.inject('/people');
    const fresh = await app.inject({ url: '/people', headers: { 'cache-control': 'no-cache' } });
    expect(fresh.statusCode).toBe(200);
    expect(handlerCalls).toBe(2);
  });

  it('only caches GET', async () => {
    addPerson('Ada Okafor');
    const app = await buildTestApp();
    await app.inject({ method: 'HEAD', url: '/people' });
    await app.inject({ method: 'HEAD', url: '/people' });
    expect(app.responseCache.stats.entries).toBe(0);
  });

  it('stays within its byte budget by dropping the least recently used entries', async () => {
    for (let i = 0; i < 5; i += 1) addPerson(`Person ${'x'.repeat(200)} ${i}`);
    const app = await buildTestApp({ maxBytes: 1400 });
    for (let id = 1; id <= 5; id += 1) await app.inject(`/people/${id}`);

    const { bytes, entries } = app.responseCache.stats;
    expect(bytes).toBeLessThanOrEqual(1400);
    expect(entries).toBeGreaterThan(0);
    expect(entries).toBeLessThan(5);

    handlerCalls = 0;
    await app.inject('/people/5');
    expect(handlerCalls).toBe(0);
    await app.inject('/people/1');
    expect(handlerCalls).toBe(1);
  });

  it('lets a rate limiter registered before it count cached answers too', async () => {
    addPerson('Ada Okafor');
    const app = await buildTestApp({}, async (instance) => {
      await instance.register(rateLimit, { max: 3, timeWindow: 60_000 });
    });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await app.inject('/people')).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(handlerCalls).toBe(1);
    expect(app.responseCache.stats.hits).toBe(2);
  });

  it('keeps working with ETag and compression plugins registered before it', async () => {
    for (let i = 0; i < 40; i += 1) addPerson(`Speaker number ${i} of a long enough list`);
    const app = await buildTestApp({}, async (instance) => {
      await instance.register(etag, { algorithm: 'fnv1a' });
      await instance.register(compress, { global: true, threshold: 64 });
    });

    const plain = await app.inject('/people');
    const gzipped = await app.inject({ url: '/people', headers: { 'accept-encoding': 'gzip' } });
    const plainAgain = await app.inject('/people');

    expect(handlerCalls).toBe(1);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).equals(plain.rawPayload)).toBe(true);
    expect(plainAgain.rawPayload.equals(plain.rawPayload)).toBe(true);
    expect(plainAgain.headers.etag).toBe(plain.headers.etag);
    const notModified = await app.inject({ url: '/people', headers: { 'if-none-match': plain.headers.etag as string } });
    expect(notModified.statusCode).toBe(304);
  });

  it('compresses a cached body once per coding and answers later hits with those bytes', async () => {
    for (let i = 0; i < 60; i += 1) addPerson(`Speaker number ${i} of a long enough list`);
    const app = await buildTestApp({}, async (instance) => {
      await instance.register(compress, { global: true, threshold: 64 });
    });
    const plain = await app.inject('/people');
    const before = app.responseCache.stats.bytes;

    const brotli = await app.inject({ url: '/people', headers: { 'accept-encoding': 'gzip, br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toContain('accept-encoding');
    expect(Number(brotli.headers['content-length'])).toBe(brotli.rawPayload.length);
    expect(brotliDecompressSync(brotli.rawPayload).equals(plain.rawPayload)).toBe(true);
    const grown = app.responseCache.stats.bytes;
    expect(grown).toBe(before + brotli.rawPayload.length);

    const again = await app.inject({ url: '/people', headers: { 'accept-encoding': 'br' } });
    expect(again.rawPayload.equals(brotli.rawPayload)).toBe(true);
    expect(app.responseCache.stats.bytes).toBe(grown);

    const gzipped = await app.inject({ url: '/people', headers: { 'accept-encoding': 'gzip;q=1, br;q=0.5' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).equals(plain.rawPayload)).toBe(true);

    const identity = await app.inject({ url: '/people', headers: { 'accept-encoding': 'identity' } });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.rawPayload.equals(plain.rawPayload)).toBe(true);
    expect(handlerCalls).toBe(1);
  });

  it('leaves small bodies uncompressed', async () => {
    const id = addPerson('Ada Okafor');
    const app = await buildTestApp({}, async (instance) => {
      await instance.register(compress, { global: true, threshold: 64 });
    });
    await app.inject(`/people/${id}`);
    const hit = await app.inject({ url: `/people/${id}`, headers: { 'accept-encoding': 'br' } });
    expect(hit.headers['content-encoding']).toBeUndefined();
    expect(hit.json()).toEqual({ id, name: 'Ada Okafor' });
  });
});
