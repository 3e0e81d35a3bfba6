// SIGTERM while responses are still being delivered: they complete, then the
// server closes the database and exits 0.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrivateDist } from './helpers/built.js';
import { articleFiles, copyFiles, everyNth, REUTERS, SEEDS, tempDir } from './helpers/corpora.js';
import { startServer, type ServerProcess } from './helpers/server-process.js';

interface SlowResponse {
  status: number;
  declaredLength: number | null;
  body: Buffer;
  endedAt: number;
}

/**
 * Starts a GET and stops reading after the first chunk until `release` resolves,
 * so the server is still writing the response when it is told to stop.
 */
function slowGet(url: string, release: Promise<void>): { started: Promise<void>; done: Promise<SlowResponse> } {
  let onStarted!: () => void;
  const started = new Promise<void>((resolve) => (onStarted = resolve));
  const done = new Promise<SlowResponse>((resolve, reject) => {
    get(url, { agent: false }, (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.once('data', (chunk: Buffer) => {
        chunks.push(chunk);
        response.pause();
        onStarted();
        void release.then(() => {
          response.on('data', (more: Buffer) => chunks.push(more));
          response.resume();
        });
      });
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          declaredLength: response.headers['content-length'] ? Number(response.headers['content-length']) : null,
          body: Buffer.concat(chunks),
          endedAt: Date.now(),
        }),
      );
      response.on('error', reject);
      response.on('aborted', () => reject(new Error(`${url}: response aborted`)));
    }).on('error', reject);
  });
  return { started, done };
}

type Settled = { status: number; body: string } | { error: string };

/** A plain GET that reports a refused or cut-off exchange instead of throwing. */
function settle(url: string): Promise<Settled> {
  return new Promise((resolve) => {
    let answered = false;
    get(url, { agent: false }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        const length = Number(response.headers['content-length'] ?? body.length);
        resolve(Buffer.byteLength(body) === length ? { status: response.statusCode ?? 0, body } : { error: `truncated ${url}` });
      });
      response.on('aborted', () => resolve({ error: `aborted mid-response ${url}` }));
    }).on('error', (error: NodeJS.ErrnoException) => resolve({ error: answered ? `${error.code} mid-response` : `${error.code} before response` }));
  });
}

let dir: string;
let server: ServerProcess;

beforeAll(async () => {
  const dist = await buildPrivateDist();
  dir = tempDir('shutdown');
  const seeds = join(dir, 'articles');
  mkdirSync(seeds);
  cpSync(SEEDS, seeds, { recursive: true });
  copyFiles(REUTERS, everyNth(articleFiles(REUTERS), 8), join(seeds, 'reuters'));
  server = await startServer(dist, { DATABASE_PATH: join(dir, 'api.db'), SEEDS_DIR: seeds });
}, 120_000);

afterAll(() => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL');
});

describe('SIGTERM', () => {
  it('lets in-flight responses complete, then closes the database and exits 0', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const urls = [
      // A static file far larger than socket buffers: the server is mid-write for sure.
      `${server.origin}/docs/static/swagger-ui-bundle.js`,
      `${server.origin}/quotes?limit=500`,
      `${server.origin}/articles?limit=500`,
      `${server.origin}/events?limit=500`,
      `${server.origin}/people?limit=500`,
    ];
    const requests = urls.map((url) => slowGet(url, released));
    await Promise.all(requests.map((r) => r.started));

    // A burst of requests still arriving as the signal lands: each one the server
    // accepted must be answered in full; later ones may be refused, never cut off.
    const burst = Array.from({ length: 40 }, (_, i) => settle(`${server.origin}/quotes?limit=${1 + (i % 20) * 25}`));
    server.child.kill('SIGTERM');
    // Give the server time to act on the signal while every slow response is stalled.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    release();

    const responses = await Promise.all(requests.map((r) => r.done));
    const run = await server.exited;
    const exitedAt = Date.now();

    for (const outcome of await Promise.all(burst)) {
      if ('error' in outcome) expect(outcome.error, 'only refused connections may fail').toMatch(/ECONNREFUSED|ECONNRESET before response/);
      else expect(outcome.status, outcome.body).toBe(200);
    }

    for (const [i, response] of responses.entries()) {
      expect(response.status, urls[i]).toBe(200);
      if (response.declaredLength !== null) expect(response.body.length, urls[i]).toBe(response.declaredLength);
      if (i > 0) expect(Array.isArray(JSON.parse(response.body.toString()).items), urls[i]).toBe(true);
    }
    expect(responses[0].body.length).toBeGreaterThan(500_000);
    expect(Math.max(...responses.map((r) => r.endedAt))).toBeLessThanOrEqual(exitedAt);
    expect(run.signal, run.stderr).toBeNull();
    expect(run.code, run.stderr).toBe(0);
    // Closing the last connection checkpoints the WAL into the database and deletes it;
    // a process that died with the database open leaves it behind.
    expect(existsSync(join(dir, 'api.db-wal'))).toBe(false);
  }, 60_000);
});
