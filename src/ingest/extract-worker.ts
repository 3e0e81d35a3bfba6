// Runs the extraction pipeline off the main thread, so that reading the next
// articles overlaps with writing the previous ones. Replies go through a port the
// main thread reads synchronously, and a shared counter wakes it when one arrives.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { extractArticle } from '../pipeline/index.js';
import type { ExtractionJob, ExtractionReply } from './extract-pool.js';

const { port, signal } = workerData as { port: MessagePort; signal: SharedArrayBuffer };
const counter = new Int32Array(signal);

parentPort!.on('message', (job: ExtractionJob) => {
  let reply: ExtractionReply;
  try {
    const { anatomy, entities, quotes, events } = extractArticle(job.body, job.given);
    reply = { id: job.id, extraction: { anatomy, entities, quotes, events } };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
});
