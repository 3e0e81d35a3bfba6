import { resolve } from 'node:path';
import type { Db } from '../db/client.js';
import { readSource } from './source-file.js';
import { listArticleFiles } from './walk.js';

/**
 * Whether ingesting `folder` would change anything: a file whose content is not
 * stored yet, or stored under a name the folder no longer has (a rename), or a
 * file or folder that cannot be read (the full ingest reports those).
 *
 * It reads and hashes like the ingest but loads none of the extraction code, so a
 * server restarting on an already-ingested folder answers sooner.
 */
export function hasPendingChanges(db: Db, folder: string): boolean {
  const root = resolve(folder);
  const listing = listArticleFiles(root);
  if (listing.unreadable.length > 0) return true;
  const stored = db.$client.prepare('SELECT source_file AS file, content_hash AS hash FROM articles').all() as { file: string; hash: string }[];
  const filesByHash = new Map<string, Set<string>>();
  for (const { file, hash } of stored) filesByHash.set(hash, (filesByHash.get(hash) ?? new Set()).add(file));
  const listed = new Set(listing.files);
  for (const file of listing.files) {
    let hash: string;
    try {
      hash = readSource(root, file).hash;
    } catch {
      return true;
    }
    const holders = filesByHash.get(hash);
    if (!holders) return true;
    // Same content stored under another name: a duplicate (nothing to do) while that
    // name is still in the folder, a rename to record otherwise.
    if (!holders.has(file) && ![...holders].some((holder) => listed.has(holder))) return true;
  }
  return false;
}
