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
  if (listing.files.length === 0) return false;
  // One indexed lookup per listed file: reading every stored article's name and
  // hash would scan the articles table, texts and all, which at scale took longer
  // than the rest of start-up.
  const hashOf = db.$client.prepare('SELECT content_hash FROM articles WHERE source_file = ?').pluck();
  const filesWith = db.$client.prepare('SELECT source_file FROM articles WHERE content_hash = ?').pluck();
  const listed = new Set(listing.files);
  for (const file of listing.files) {
    let hash: string;
    try {
      hash = readSource(root, file).hash;
    } catch {
      return true;
    }
    if (hashOf.get(file) === hash) continue;
    const holders = filesWith.all(hash) as string[];
    if (holders.length === 0) return true;
    // Same content stored under another name: a duplicate (nothing to do) while that
    // name is still in the folder, a rename to record otherwise.
    if (!holders.some((holder) => listed.has(holder))) return true;
  }
  return false;
}
