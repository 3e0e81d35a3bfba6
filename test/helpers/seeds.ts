import { fileURLToPath } from 'node:url';
import type { Db } from '../../src/db/client.js';
import { ingestFolder } from '../../src/ingest/index.js';

/** The project's seed articles, ingested through the real pipeline. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

export function ingestSeeds(db: Db): void {
  const summary = ingestFolder(db, SEEDS_DIR);
  if (summary.failed.length > 0) throw new Error(`seed ingest failed: ${JSON.stringify(summary.failed)}`);
}
