import type { Db } from '../db/client.js';
import type { IngestOptions, IngestSummary } from './types.js';

export type * from './types.js';

/**
 * Ingests every article file under `folder` into `db`: one transaction per article,
 * unchanged files skipped by content hash, failures reported rather than thrown.
 */
export function ingestFolder(db: Db, folder: string, options: IngestOptions = {}): IngestSummary {
  void db;
  void options;
  throw new Error(`ingestFolder(${folder}): not implemented yet`);
}
