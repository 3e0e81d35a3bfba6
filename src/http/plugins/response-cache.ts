import type Database from 'better-sqlite3';
import type { FastifyInstance, FastifyPluginCallback, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { negotiate } from '@fastify/accept-negotiator';
import { hash, randomBytes } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

// Between two ingests the data never changes, so a GET answers with the same bytes
// until something commits. Keeping those bytes lets a repeated request skip routing
// work, validation, the queries and serialisation: it is answered from onRequest.

export interface ResponseCacheOptions {
  /** The connection the routes read through (a drizzle Db or the better-sqlite3 handle). */
  db: Database.Database | { $client: Database.Database };
  /** Upper bound on the bytes kept (bodies and keys); least recently used entries go first. */
  maxBytes?: number;
  /**
   * How often, at most, PRAGMA data_version is read. 0 reads it on every request:
   * about a microsecond, and no stale answer after a commit.
   */
  checkIntervalMs?: number;
}

export interface ResponseCache {
  /** Drops everything; for writes made through the reading connection itself, which data_version does not see. */
  clear(): void;
  readonly stats: { entries: number; bytes: number; hits: number; misses: number; invalidations: number };
}

declare module 'fastify' {
  interface FastifyInstance {
    responseCache: ResponseCache;
  }
}

interface Entry {
  status: number;
  body: Buffer;
  headers: Record<string, string>;
  etag: string | null;
  size: number;
  /** The body compressed, per content coding, made on the first hit that asks for it. */
  encoded?: Map<string, Buffer>;
}

/**
 * Content codings a hit can be answered in, best first. A browser asks for br or gzip
 * on every request: compressing once per entry instead of once per hit is where most
 * of a hit's time would otherwise go.
 */
const CODINGS = ['br', 'gzip', 'identity'];
/** Bodies shorter than this go uncompressed, as the compression plugin decides for misses. */
export const COMPRESSION_THRESHOLD = 1024;
const COMPRESSIBLE_TYPE = /^(application\/(.+\+)?(json|problem\+json|x-ndjson)|text\/)/;

function compress(coding: string, body: Buffer): Buffer {
  return coding === 'br'
    ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipSync(body);
}

/** Statuses that depend only on the data: 404 included, so probing missing ids stays cheap. */
const CACHEABLE_STATUS = new Set([200, 404]);

/**
 * Headers that describe the body and so travel with it. Everything else (CORS,
 * security headers, rate-limit counters) is set per request by the hooks that run
 * before this one, on hits as on misses.
 */
const BODY_HEADERS = ['content-type', 'etag', 'link', 'cache-control', 'vary', 'last-modified', 'content-language'];

const ENTRY_OVERHEAD_BYTES = 256;
const pending = Symbol('responseCachePending');

interface PendingRequest {
  [pending]?: { key: string; generation: number };
}

function readerOf(db: ResponseCacheOptions['db']): Database.Database {
  return '$client' in db ? db.$client : db;
}

/**
 * The representation a GET returns depends on its URL and on the headers that
 * negotiate it. Accept-Encoding is not among them: compression runs after this
 * cache has captured the body (it is a route-level hook), so entries hold identity
 * bytes and each hit is compressed for its own client.
 */
function keyOf(request: FastifyRequest): string {
  const { accept = '', origin = '' } = request.headers;
  return `${request.url}\n${accept}\n${origin}`;
}

/**
 * A GET's bytes depend only on its key and the data, so the pair names them: the ETag is
 * made from this process's own tag, the data's generation and the key, never from the
 * body, whose SHA-1 cost a first-time answer more than the rest of its cache work. The
 * process tag keeps a restart (on data changed meanwhile, generation back at 0) from
 * reusing a tag for other bytes.
 */
function derivedEtag(processTag: string, generation: number, key: string): string {
  return `"${processTag}.${generation.toString(36)}.${hash('sha1', key, 'base64url')}"`;
}

function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.startsWith('W/') ? etag.slice(2) : etag;
  return header.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === bare || candidate === `W/${bare}`;
  });
}

function wantsFresh(request: FastifyRequest): boolean {
  const directive = request.headers['cache-control'];
  return directive !== undefined && /\bno-(cache|store)\b/.test(directive);
}

const responseCachePlugin: FastifyPluginCallback<ResponseCacheOptions> = (app, options, done) => {
  // Small next to the 250 MB the whole server should stay under; hot pages are few and small.
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  const checkIntervalMs = options.checkIntervalMs ?? 0;
  const dataVersion = readerOf(options.db).prepare('PRAGMA data_version').pluck();

  // Map iteration order is insertion order: re-inserting on a hit keeps the least
  // recently used entry first, where eviction looks.
  const entries = new Map<string, Entry>();
  const stats = { entries: 0, bytes: 0, hits: 0, misses: 0, invalidations: 0 };
  let seenVersion = dataVersion.get() as number;
  let lastCheck = 0;
  // Bumped on every clear, so a response computed before a change is not stored after it.
  let generation = 0;
  const processTag = randomBytes(6).toString('base64url');

  function clear(): void {
    entries.clear();
    stats.entries = 0;
    stats.bytes = 0;
    stats.invalidations += 1;
    generation += 1;
  }

  function checkDataVersion(): void {
    if (checkIntervalMs > 0) {
      const now = Date.now();
      if (now - lastCheck < checkIntervalMs) return;
      lastCheck = now;
    }
    noteVersion(dataVersion.get() as number);
  }

  /** False, after dropping everything, when a commit came since the version last seen. */
  function noteVersion(version: number): boolean {
    if (version === seenVersion) return true;
    seenVersion = version;
    clear();
    return false;
  }

  function store(key: string, entry: Entry): void {
    if (entry.size > maxBytes) return;
    const previous = entries.get(key);
    if (previous) {
      entries.delete(key);
      stats.bytes -= previous.size;
    }
    entries.set(key, entry);
    stats.bytes += entry.size;
    evictOver(maxBytes);
  }

  function evictOver(bound: number): void {
    for (const [oldKey, old] of entries) {
      if (stats.bytes <= bound) break;
      entries.delete(oldKey);
      stats.bytes -= old.size;
    }
    stats.entries = entries.size;
  }

  function codingFor(request: FastifyRequest, entry: Entry): string {
    const accepted = request.headers['accept-encoding'];
    if (accepted === undefined || entry.body.length < COMPRESSION_THRESHOLD) return 'identity';
    if (!COMPRESSIBLE_TYPE.test(entry.headers['content-type'] ?? '')) return 'identity';
    return negotiate(accepted.toLowerCase(), CODINGS) ?? 'identity';
  }

  function encodedBody(key: string, entry: Entry, coding: string): Buffer {
    entry.encoded ??= new Map();
    let encoded = entry.encoded.get(coding);
    if (!encoded) {
      encoded = compress(coding, entry.body);
      entry.encoded.set(coding, encoded);
      // Counted like the body, so the bound on memory holds; the entry is still stored, being in use.
      entry.size += encoded.length;
      if (entries.get(key) === entry) {
        stats.bytes += encoded.length;
        evictOver(maxBytes);
      }
    }
    return encoded;
  }

  function serveHit(request: FastifyRequest, reply: FastifyReply, key: string, entry: Entry): void {
    if (entry.etag !== null && matchesIfNoneMatch(request.headers['if-none-match'], entry.etag)) {
      reply.code(304).header('etag', entry.etag).send();
      return;
    }
    reply.code(entry.status).headers(entry.headers);
    const coding = codingFor(request, entry);
    if (coding === 'identity') {
      reply.send(entry.body);
      return;
    }
    // Content-Encoding set here tells the compression hook the body is already encoded.
    const vary = entry.headers.vary;
    reply.header('vary', vary ? `${vary}, accept-encoding` : 'accept-encoding').header('content-encoding', coding);
    reply.send(encodedBody(key, entry, coding));
  }

  app.decorate('responseCache', {
    clear,
    get stats() {
      return { ...stats };
    },
  } satisfies ResponseCache);

  const lookup: onRequestHookHandler = (request, reply, next) => {
    if (request.method !== 'GET') return next();
    checkDataVersion();
    const key = keyOf(request);
    if (!wantsFresh(request)) {
      const entry = entries.get(key);
      if (entry) {
        stats.hits += 1;
        entries.delete(key);
        entries.set(key, entry);
        // Answering here ends the request's hooks: validation, the handler and serialisation never run.
        serveHit(request, reply, key, entry);
        return;
      }
    }
    stats.misses += 1;
    (request as PendingRequest)[pending] = { key, generation };
    next();
  };

  // The lookup is added to each GET route's own onRequest hooks, after those that
  // plugins registered earlier add the same way (the rate limiter does): a hit then
  // still counts against the client's limit, and is answered before anything else.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.includes('GET')) return;
    const existing = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
    route.onRequest = [...existing, lookup];
  });

  app.addHook('onSend', (request, reply, payload, next) => {
    const miss = (request as PendingRequest)[pending];
    if (!miss || miss.generation !== generation || !CACHEABLE_STATUS.has(reply.statusCode)) return next(null, payload);
    if (reply.hasHeader('set-cookie') || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return next(null, payload);
    if (/\bno-store\b/.test(String(reply.getHeader('cache-control') ?? ''))) return next(null, payload);
    // The handler read between the lookup and now: only if nothing committed meanwhile
    // did it read the data of this generation, which the entry and its ETag stand for.
    // Otherwise the answer goes out unstored, and the ETag plugin hashes it.
    if (!noteVersion(dataVersion.get() as number)) return next(null, payload);

    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    let etag = reply.getHeader('etag') as string | undefined;
    if (reply.statusCode === 200 && !etag) {
      etag = derivedEtag(processTag, miss.generation, miss.key);
      reply.header('etag', etag);
    }
    const headers: Record<string, string> = {};
    let size = ENTRY_OVERHEAD_BYTES + miss.key.length + body.length;
    for (const name of BODY_HEADERS) {
      const value = reply.getHeader(name);
      if (value === undefined) continue;
      headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
      size += name.length + headers[name].length;
    }
    store(miss.key, { status: reply.statusCode, body, headers, etag: etag ?? null, size });
    next(null, body);
  });

  done();
};

// Hooks must apply to the whole app, not only inside this plugin's own scope.
Object.assign(responseCachePlugin, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'response-cache',
});

export const responseCache = responseCachePlugin;

/**
 * Registers the cache on app. Call it after the plugins whose hooks must run on hits
 * too (CORS, security headers, rate limits) and before the routes: only GET routes
 * declared after it are cached.
 */
export async function registerResponseCache(app: FastifyInstance, options: ResponseCacheOptions): Promise<void> {
  await app.register(responseCache, options);
}
