import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MetadataError, parseMetadata, splitFrontMatter, type FileMetadata } from '../pipeline/front-matter.js';
import { decodeText, DecodeError } from './decode.js';
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

export interface ParsedSource {
  meta: FileMetadata;
  body: string;
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

/**
 * Decodes the file and merges its metadata: front matter first, then the sidecar
 * key by key, because a sidecar is how metadata is corrected for a file whose
 * bytes must stay as they are.
 */
export function parseSource(source: SourceFile): ParsedSource {
  if (source.bytes.length === 0) throw new SourceError('empty file');
  let text: string;
  let fromFile: FileMetadata;
  let body: string;
  try {
    text = decodeText(source.bytes);
    ({ meta: fromFile, body } = splitFrontMatter(text));
  } catch (error) {
    if (error instanceof DecodeError) throw new SourceError(error.message);
    if (error instanceof MetadataError) throw new SourceError(`malformed front matter: ${error.message}`);
    throw error;
  }
  let fromSidecar: FileMetadata = {};
  if (source.sidecar) {
    try {
      fromSidecar = parseMetadata(decodeText(source.sidecar));
    } catch (error) {
      if (error instanceof DecodeError || error instanceof MetadataError) {
        throw new SourceError(`malformed sidecar ${sidecarPathOf(source.file)}: ${error.message}`);
      }
      throw error;
    }
  }
  if (!body.trim()) throw new SourceError(text.trim() ? 'no article text after the front matter' : 'empty file');
  return { meta: { ...fromFile, ...fromSidecar }, body };
}
