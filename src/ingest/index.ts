import { resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { ingestRuns } from '../db/schema.js';
import { extractArticle } from '../pipeline/index.js';
import type { FileMetadata } from '../pipeline/front-matter.js';
import type { Extraction, GivenMetadata } from '../pipeline/types.js';
import { parseSource, readSource, SourceError, type SourceFile } from './source.js';
import type { FileOutcome, IngestOptions, IngestSummary } from './types.js';
import { listArticleFiles } from './walk.js';
import { createArticleWriter } from './writer.js';

export type * from './types.js';

interface KnownArticle {
  id: number;
  file: string;
  hash: string;
}

/**
 * Ingests every article file under `folder` into `db`: one transaction per article,
 * unchanged files skipped by content hash, failures reported rather than thrown.
 *
 * Files are read and hashed first, so that when two files hold the same content
 * the one already stored keeps it (its ids stay put) and the other is reported
 * as a duplicate instead of doubling every quote.
 */
export function ingestFolder(db: Db, folder: string, options: IngestOptions = {}): IngestSummary {
  const now = options.now ?? (() => new Date());
  const clockStart = performance.now();
  const root = resolve(folder);
  const runId = db.insert(ingestRuns).values({ folder: root, startedAt: now().toISOString() }).returning({ id: ingestRuns.id }).get().id;
  const summary: IngestSummary = {
    runId,
    folder: root,
    files: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    duplicates: [],
    failed: [],
    missing: [],
    removedMissing: false,
    durationMs: 0,
  };

  const listing = listArticleFiles(root);
  summary.files = listing.files.length;
  for (const { dir, reason } of listing.unreadable) summary.failed.push({ file: dir === '.' ? dir : `${dir}/`, reason: `folder ${reason}` });

  const known = db.$client.prepare('SELECT id, source_file AS file, content_hash AS hash FROM articles').all() as KnownArticle[];
  const knownByFile = new Map(known.map((article) => [article.file, article]));
  const knownByHash = new Map<string, KnownArticle[]>();
  for (const article of known) knownByHash.set(article.hash, [...(knownByHash.get(article.hash) ?? []), article]);
  const listed = new Set(listing.files);
  const writer = createArticleWriter(db);
  const movedIds = new Set<number>();

  const sources: SourceFile[] = [];
  const outcomes = new Map<string, FileOutcome>();
  for (const file of listing.files) {
    try {
      sources.push(readSource(root, file));
    } catch (error) {
      outcomes.set(file, { file, status: 'failed', reason: reasonOf(error) });
    }
  }
  const holderOf = chooseHolders(sources, knownByFile);

  let done = 0;
  const report = (outcome: FileOutcome): void => {
    done += 1;
    tally(summary, outcome);
    options.onProgress?.({ done, total: summary.files, outcome });
  };

  const sourceByFile = new Map(sources.map((source) => [source.file, source]));
  for (const file of listing.files) {
    const source = sourceByFile.get(file);
    report(source ? ingestOne(source) : outcomes.get(file)!);
  }

  function ingestOne(source: SourceFile): FileOutcome {
    const { file, hash } = source;
    let existing = knownByFile.get(file);
    try {
      const holder = holderOf.get(hash)!;
      if (holder !== file) {
        // The file's old content is no longer anywhere in the folder.
        if (existing) writer.remove(existing.id);
        return { file, status: 'duplicate', reason: holder };
      }
      if (existing && existing.hash === hash && !options.force) return { file, status: 'unchanged', articleId: existing.id };
      if (!existing) {
        const renamed = knownByHash.get(hash)?.find((article) => !listed.has(article.file) && !movedIds.has(article.id));
        if (renamed) {
          writer.move(renamed.id, file);
          movedIds.add(renamed.id);
          if (!options.force) return { file, status: 'updated', articleId: renamed.id, reason: `renamed from ${renamed.file}` };
          existing = { ...renamed, file };
        }
      }
      const { meta, extraction } = prepareArticle(source, options.extract);
      const articleId = writer.write({ sourceFile: file, contentHash: hash, meta, extraction, ingestedAt: now().toISOString() }, existing?.id);
      return { file, status: existing ? 'updated' : 'added', articleId };
    } catch (error) {
      return { file, status: 'failed', reason: reasonOf(error) };
    }
  }

  const unlisted = (path: string): boolean =>
    !listing.unreadable.some(({ dir }) => dir === '.' || path.startsWith(`${dir}/`));
  const missing = known.filter((article) => !listed.has(article.file) && !movedIds.has(article.id) && unlisted(article.file));
  summary.missing = missing.map((article) => article.file).sort();
  let removed = 0;
  if (options.removeMissing) {
    for (const article of missing) {
      writer.remove(article.id);
      removed += 1;
    }
    summary.removedMissing = true;
  }

  summary.durationMs = Math.round(performance.now() - clockStart);
  db.update(ingestRuns)
    .set({
      finishedAt: now().toISOString(),
      added: summary.added,
      updated: summary.updated,
      unchanged: summary.unchanged,
      failed: summary.failed.length,
      duplicates: summary.duplicates.length,
      missing: summary.missing.length,
      removed,
    })
    .where(eq(ingestRuns.id, runId))
    .run();
  return summary;
}

/**
 * Extraction is a pure function of the file's bytes, so this is the part that
 * can move to worker threads; only the write needs the database.
 */
export function prepareArticle(
  source: SourceFile,
  extract: (body: string, given: GivenMetadata) => Extraction = extractArticle,
): { meta: FileMetadata; extraction: Extraction } {
  const { meta, body } = parseSource(source);
  const given: GivenMetadata = {
    title: meta.title ?? null,
    outlet: meta.outlet ?? null,
    publishedAt: meta.publishedAt ?? null,
    url: meta.url ?? null,
    authors: meta.authors ?? null,
  };
  return { meta, extraction: extract(body, given) };
}

/** For each content hash, the file that holds it: the one already stored with it, else the first by name. */
function chooseHolders(sources: SourceFile[], knownByFile: Map<string, KnownArticle>): Map<string, string> {
  const holders = new Map<string, string>();
  for (const source of sources) {
    const current = holders.get(source.hash);
    const stored = knownByFile.get(source.file)?.hash === source.hash;
    if (current === undefined || (stored && knownByFile.get(current)?.hash !== source.hash)) holders.set(source.hash, source.file);
  }
  return holders;
}

function tally(summary: IngestSummary, outcome: FileOutcome): void {
  switch (outcome.status) {
    case 'added':
      summary.added += 1;
      break;
    case 'updated':
      summary.updated += 1;
      break;
    case 'unchanged':
      summary.unchanged += 1;
      break;
    case 'duplicate':
      summary.duplicates.push({ file: outcome.file, duplicateOf: outcome.reason ?? '' });
      break;
    case 'failed':
      summary.failed.push({ file: outcome.file, reason: outcome.reason ?? 'unknown error' });
      break;
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof SourceError) return error.message;
  return `could not be ingested: ${error instanceof Error ? error.message : String(error)}`;
}
