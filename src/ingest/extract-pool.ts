import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Extraction, GivenMetadata } from '../pipeline/types.js';
import type { StoredExtraction } from './writer.js';

// Extraction is pure CPU work on one article's text, so it can run on other
// cores while the main thread writes. ingestFolder stays synchronous (server
// start-up and the CLI call it as such): the main thread blocks on a shared
// counter until the reply it needs has arrived, reading replies with
// receiveMessageOnPort instead of the event loop it is blocking.

export interface ExtractionJob {
  id: number;
  body: string;
  given: GivenMetadata;
}

// A worker sends back only what is stored: copying a reply between threads costs
// both of them in proportion to its size, and the sentences were 40% of it.
export type ExtractionReply = { id: number; extraction: StoredExtraction } | { id: number; error: string };

export interface Extractor {
  submit(job: ExtractionJob): void;
  /** The extraction of a submitted job; throws when it failed. */
  take(id: number): StoredExtraction;
  /** Worker threads that did the extraction: 0 when it ran inline (or fell back to it). */
  threads(): number;
  close(): void;
}

export type ExtractFn = (body: string, given: GivenMetadata) => Extraction;

export class ExtractionFailed extends Error {
  override name = 'ExtractionFailed';
}

/** Extracts on the calling thread, when asked: no parallelism, no set-up cost. */
export function inlineExtractor(extract: ExtractFn): Extractor {
  const jobs = new Map<number, ExtractionJob>();
  return {
    submit: (job) => void jobs.set(job.id, job),
    take: (id) => {
      const job = jobs.get(id)!;
      jobs.delete(id);
      return extract(job.body, job.given);
    },
    threads: () => 0,
    close: () => jobs.clear(),
  };
}

// A worker that has not replied for this long is taken to be dead (a crashed
// worker cannot say so while the main thread blocks), and the rest is
// extracted inline.
const STALL_MS = 30_000;
// Workers that never answer at all most likely could not load their module.
const STARTUP_MS = 10_000;
// Jobs handed to one worker ahead of need: enough that it never idles while the
// main thread writes, few enough to spread jobs evenly over several workers.
const WORKER_QUEUE = 16;

interface PoolWorker {
  worker: Worker;
  port: MessagePort;
  pending: number;
}

/**
 * Extracts on `size` worker threads; falls back to `fallback` inline if they stop answering.
 *
 * The main thread writes, and extracts only while it would otherwise wait for a
 * worker: writing an article costs about half of extracting one, so with one
 * worker on two cores the main thread had sat idle for half of every ingest, the
 * worker's extraction setting the pace. What it takes is a job no worker has been
 * handed yet, so nothing is extracted twice. (While V8's optimising compiler was on
 * for the ingest command, a main thread that extracted paid for compiling the
 * pipeline a second time; the command now runs without it, see batch-compiler.ts.)
 */
export function workerExtractor(size: number, fallback: ExtractFn): Extractor {
  const signal = new SharedArrayBuffer(4);
  const counter = new Int32Array(signal);
  const start = workerStart();

  const workers: PoolWorker[] = [];
  let broken = false;
  let answered = false;
  for (let i = 0; i < size; i += 1) {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(start.script, { eval: start.eval, workerData: { port: port2, signal }, transferList: [port2] });
    // A worker that fails to start says so by an event the blocked main thread
    // only sees later; the stall timeout covers the wait, this keeps it from crashing us.
    worker.on('error', () => {
      broken = true;
    });
    worker.unref();
    port1.unref();
    workers.push({ worker, port: port1, pending: 0 });
  }

  const jobs = new Map<number, ExtractionJob>();
  // Submitted jobs no worker has been given yet, in submission order.
  const queued = new Map<number, ExtractionJob>();
  const replies = new Map<number, ExtractionReply>();

  const drain = (): boolean => {
    let received = false;
    for (const pooled of workers) {
      for (let message = receiveMessageOnPort(pooled.port); message; message = receiveMessageOnPort(pooled.port)) {
        const reply = message.message as ExtractionReply;
        replies.set(reply.id, reply);
        pooled.pending -= 1;
        received = true;
        answered = true;
      }
    }
    return received;
  };

  const extractHere = (job: ExtractionJob): ExtractionReply => {
    try {
      return { id: job.id, extraction: fallback(job.body, job.given) };
    } catch (error) {
      return { id: job.id, error: error instanceof Error ? error.message : String(error) };
    }
  };

  const dispatch = (): void => {
    if (broken) return;
    for (const [id, job] of queued) {
      const owner = workers.reduce((least, pooled) => (pooled.pending < least.pending ? pooled : least));
      if (owner.pending >= WORKER_QUEUE) return;
      owner.pending += 1;
      queued.delete(id);
      owner.worker.postMessage(job);
    }
  };

  return {
    submit(job) {
      jobs.set(job.id, job);
      queued.set(job.id, job);
      drain();
      dispatch();
    },
    take(id) {
      const job = jobs.get(id)!;
      jobs.delete(id);
      let waitedSince = performance.now();
      while (!broken && !replies.has(id)) {
        const seen = Atomics.load(counter, 0);
        if (drain()) {
          waitedSince = performance.now();
          dispatch();
          continue;
        }
        // Rather than idle until a worker answers, the main thread extracts a job no
        // worker holds yet: the one it needs if it is still queued, else the next in line.
        if (!broken && queued.size > 0) {
          const stolen = queued.get(id) ?? queued.values().next().value!;
          queued.delete(stolen.id);
          replies.set(stolen.id, extractHere(stolen));
          waitedSince = performance.now();
          continue;
        }
        Atomics.wait(counter, 0, seen, 100);
        if (performance.now() - waitedSince > (answered ? STALL_MS : STARTUP_MS)) broken = true;
      }
      dispatch();
      const reply = replies.get(id);
      replies.delete(id);
      queued.delete(id);
      if (!reply) return fallback(job.body, job.given);
      if ('error' in reply) throw new ExtractionFailed(reply.error);
      return reply.extraction;
    },
    threads: () => (answered && !broken ? workers.length : 0),
    close() {
      for (const { worker, port } of workers) {
        port.close();
        void worker.terminate().catch(() => undefined);
      }
    },
  };
}

/**
 * Built, the worker is dist/ingest/extract-worker.js. Run from TypeScript sources
 * (tsx, vitest), it is a .ts file, and Node 20 neither inherits the parent's
 * loader hooks nor honours `--import tsx` before loading a worker's entry; so a
 * small script registers tsx's loader first and then imports the entry.
 */
function workerStart(): { script: string | URL; eval: boolean } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { script: new URL('./extract-worker.js', here), eval: false };
  const entry = new URL('./extract-worker.ts', here).href;
  // The package's "import" entry; require.resolve names its CommonJS twin.
  const tsxApi = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const script = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return { script, eval: true };
}
