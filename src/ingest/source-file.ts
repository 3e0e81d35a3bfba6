// Reading and hashing an article file and its sidecar, kept apart from parsing
// them: checking a folder for changes needs only the hashes, not the YAML parser
// or the legacy-encoding tables parsing loads.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeFsError } from './walk.js';

/** A file's problem that makes it fail alone, reported with the reason. */
export class SourceError extends Error {
  override name = 'SourceError';
}

export interface SourceFile {
  /** Path relative to the folder, '/'-separated. */
  file: string;
  bytes: Buffer;
  sidecar: Buffer | null;
  /** sha256 over the file bytes and its sidecar: unchanged hash = nothing to redo. */
  hash: string;
}

/** `story.txt` takes its metadata from `story.meta.yaml` beside it. */
export function sidecarPathOf(file: string): string {
  return file.replace(/\.txt$/i, '') + '.meta.yaml';
}

/**
 * Far beyond any news article. Extraction time grows with length, so one huge
 * file (a log, a dump) would stall the whole ingest; it is refused instead.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export function readSource(root: string, file: string): SourceFile {
  let bytes: Buffer;
  try {
    const size = statSync(join(root, file)).size;
    if (size > MAX_ARTICLE_BYTES) {
      throw new SourceError(`too large: ${(size / 1024 / 1024).toFixed(1)} MB, articles are at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`);
    }
    bytes = readFileSync(join(root, file));
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(`unreadable: ${describeFsError(error)}`);
  }
  let sidecar: Buffer | null = null;
  try {
    sidecar = readFileSync(join(root, sidecarPathOf(file)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new SourceError(`unreadable sidecar ${sidecarPathOf(file)}: ${describeFsError(error)}`);
    }
  }
  const hash = createHash('sha256');
  hash.update(bytes);
  // The separator keeps "file + sidecar" from hashing like a longer file alone.
  if (sidecar) hash.update('\0sidecar\0').update(sidecar);
  return { file, bytes, sidecar, hash: hash.digest('hex') };
}
