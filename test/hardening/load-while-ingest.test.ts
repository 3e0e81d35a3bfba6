// The API keeps answering while an ingest writes to the same database (WAL):
// a bounded load run on loopback during an ingest of the whole BBC corpus.
import autocannon from 'autocannon';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrivateDist, finished, startNode, type RunResult } from './helpers/built.js';
import { BBC, SEEDS, tempDir } from './helpers/corpora.js';
import { startServer, type ServerProcess } from './helpers/server-process.js';

const LOAD_SECONDS = 5;
const CONNECTIONS = 10;

let dist: string;
let dir: string;
let server: ServerProcess;

beforeAll(async () => {
  dist = await buildPrivateDist();
  dir = tempDir('load');
  // The rate limit is for clients; this one client is a stand-in for many.
  server = await startServer(dist, { DATABASE_PATH: join(dir, 'api.db'), SEEDS_DIR: SEEDS, RATE_LIMIT_MAX: '0' });
}, 120_000);

afterAll(async () => {
  if (server?.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});

describe('load during an ingest', () => {
  it(`answers ${CONNECTIONS} connections for ${LOAD_SECONDS} s with no error and no non-2xx while the corpus is written`, async () => {
    const ingest = startNode(dist, 'cli/ingest.js', [BBC], { DATABASE_PATH: join(dir, 'api.db') });
    const ingestDone = finished(ingest);
    let ingestEnded = false;
    void ingestDone.then(() => (ingestEnded = true));
    let stored = 0;
    ingest.stderr?.on('data', (chunk: Buffer) => (stored += (chunk.toString().match(/^\[\d+\/\d+\] added/gm) ?? []).length));

    // Start the load once articles are being committed, so the whole run overlaps writes.
    const deadline = Date.now() + 60_000;
    while (stored < 20 && !ingestEnded && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ingestEnded, 'the ingest ended before the load started').toBe(false);
    const storedAtStart = stored;

    const result = await autocannon({
      url: server.origin,
      connections: CONNECTIONS,
      duration: LOAD_SECONDS,
      requests: [
        { method: 'GET', path: '/quotes?limit=20' },
        { method: 'GET', path: '/articles?limit=50' },
        { method: 'GET', path: '/people?limit=20' },
        { method: 'GET', path: '/events?limit=20' },
        { method: 'GET', path: '/quotes?q=said&limit=10' },
        { method: 'GET', path: '/health' },
      ],
    });
    const storedDuringLoad = stored - storedAtStart;
    const ingestStillRunning = !ingestEnded;
    if (ingestStillRunning) ingest.kill('SIGKILL');
    const ingestRun: RunResult = await ingestDone;

    console.log(
      `load during ingest: ${result.requests.total} requests in ${LOAD_SECONDS} s over ${CONNECTIONS} connections, ` +
        `${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, latency avg ${result.latency.average} ms ` +
        `p99 ${result.latency.p99} ms max ${result.latency.max} ms; ${storedDuringLoad} articles committed meanwhile` +
        (ingestStillRunning ? ' (ingest stopped after the run)' : ` (ingest exited ${ingestRun.code})`),
    );
    expect(result.requests.total).toBeGreaterThan(100);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx, JSON.stringify(result.statusCodeStats)).toBe(0);
    expect(storedDuringLoad, 'the ingest must have been writing during the load').toBeGreaterThan(0);

    // The server still answers, and sees what the ingest committed.
    const articles = await fetch(`${server.origin}/articles?limit=1`);
    expect(articles.status).toBe(200);
  }, 120_000);
});
