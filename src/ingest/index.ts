import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { ingestRuns } from '../db/schema.js';
import { extractArticle } from '../pipeline/index.js';
import { publicationDateOf } from '../pipeline/timestamps.js';
import type { FileMetadata } from '../pipeline/front-matter.js';
import type { GivenMetadata } from '../pipeline/types.js';
import { commitGroups } from './batch.js';
import { inlineExtractor, workerExtractor, type Extractor } from './extract-pool.js';
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

interface ExtractPlan {
  kind: 'extract';
  source: SourceFile;
  meta: FileMetadata;
  body: string;
  existingId?: number;
  renamedFrom?: KnownArticle;
  jobId: number;
}

type Plan =
  | { kind: 'done'; outcome: FileOutcome }
  | { kind: 'duplicate'; file: string; holder: string; staleId?: number }
  | { kind: 'rename'; file: string; article: KnownArticle }
  | ExtractPlan;

// How far extraction may run ahead of the writes: enough to keep the workers
// busy, few enough that pending results stay small in memory.
const EXTRACTION_WINDOW = 64;
// Below this many articles, starting workers costs more than it saves.
const MIN_FILES_FOR_WORKERS = 32;

/**
 * Ingests every article file under `folder` into `db`: each article whole or not
 * at all (committed in groups, see batch.ts), unchanged files skipped by content
 * hash, failures reported rather than thrown.
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
    workers: 0,
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
  let jobCount = 0;
  let takenCount = 0;

  // A file not stored under its name is extracted, but for the odd duplicate or
  // rename: when there are enough of them, the workers start now and load the
  // pipeline while the files are read and hashed.
  const newFiles = listing.files.reduce((count, file) => count + (knownByFile.has(file) ? 0 : 1), 0);
  const earlyExtractor = newFiles >= MIN_FILES_FOR_WORKERS ? chooseExtractor(newFiles, options) : undefined;

  const sources: SourceFile[] = [];
  const outcomes = new Map<string, FileOutcome>();
  let plans: Plan[];
  try {
    for (const file of listing.files) {
      try {
        sources.push(readSource(root, file));
      } catch (error) {
        outcomes.set(file, { file, status: 'failed', reason: reasonOf(error) });
      }
    }
    const holderOf = chooseHolders(sources, knownByFile);

    // Decide what each file needs before writing anything, so that extraction of
    // the files that need it can run ahead (on worker threads) of the writes.
    const sourceByFile = new Map(sources.map((source) => [source.file, source]));
    plans = listing.files.map((file): Plan => {
      const source = sourceByFile.get(file);
      return source ? planFile(source, holderOf) : { kind: 'done', outcome: outcomes.get(file)! };
    });
  } catch (error) {
    earlyExtractor?.close();
    throw error;
  }

  function planFile(source: SourceFile, holderOf: Map<string, string>): Plan {
    const { file, hash } = source;
    const existing = knownByFile.get(file);
    const holder = holderOf.get(hash)!;
    if (holder !== file) return { kind: 'duplicate', file, holder, staleId: existing?.id };
    if (existing && existing.hash === hash && !options.force) return { kind: 'done', outcome: { file, status: 'unchanged', articleId: existing.id } };
    let renamedFrom: KnownArticle | undefined;
    if (!existing) {
      renamedFrom = knownByHash.get(hash)?.find((article) => !listed.has(article.file) && !movedIds.has(article.id));
      if (renamedFrom) {
        movedIds.add(renamedFrom.id);
        if (!options.force) return { kind: 'rename', file, article: renamedFrom };
      }
    }
    try {
      const { meta: given, body } = parseSource(source);
      const meta = withInferredDate(given, body);
      return { kind: 'extract', source, meta, body, existingId: existing?.id ?? renamedFrom?.id, renamedFrom, jobId: jobCount++ };
    } catch (error) {
      return { kind: 'done', outcome: { file, status: 'failed', reason: reasonOf(error) } };
    }
  }

  const toExtract = plans.filter((plan): plan is ExtractPlan => plan.kind === 'extract');
  const extractor = earlyExtractor ?? chooseExtractor(toExtract.length, options);
  let submitted = 0;
  const submitAhead = (): void => {
    for (; submitted < toExtract.length && submitted < takenCount + EXTRACTION_WINDOW; submitted += 1) {
      const { jobId, body, meta } = toExtract[submitted];
      extractor.submit({ id: jobId, body, given: givenOf(meta) });
    }
  };

  let done = 0;
  const report = (outcome: FileOutcome): void => {
    done += 1;
    tally(summary, outcome);
    options.onProgress?.({ done, total: summary.files, outcome });
  };
  const groups = commitGroups(db.$client);
  let removed = 0;
  try {
    try {
      submitAhead();
      for (const plan of plans) {
        report(apply(plan));
        if (plan.kind !== 'done') groups.written();
        submitAhead();
      }
    } finally {
      summary.workers = extractor.threads();
      extractor.close();
    }
    removed = removeMissing();
  } finally {
    groups.finish();
  }

  function apply(plan: Plan): FileOutcome {
    try {
      switch (plan.kind) {
        case 'done':
          return plan.outcome;
        case 'duplicate':
          // The file's old content is no longer anywhere in the folder.
          if (plan.staleId !== undefined) writer.remove(plan.staleId);
          return { file: plan.file, status: 'duplicate', reason: plan.holder };
        case 'rename':
          writer.move(plan.article.id, plan.file);
          return { file: plan.file, status: 'updated', articleId: plan.article.id, reason: `renamed from ${plan.article.file}` };
        case 'extract': {
          const { source, meta, existingId, renamedFrom } = plan;
          takenCount += 1;
          const extraction = extractor.take(plan.jobId);
          if (renamedFrom) writer.move(renamedFrom.id, source.file);
          const articleId = writer.write({ sourceFile: source.file, contentHash: source.hash, meta, extraction, ingestedAt: now().toISOString() }, existingId);
          return { file: source.file, status: existingId === undefined ? 'added' : 'updated', articleId };
        }
      }
    } catch (error) {
      return { file: fileOf(plan), status: 'failed', reason: reasonOf(error) };
    }
  }

  function removeMissing(): number {
    const unlisted = (path: string): boolean =>
      !listing.unreadable.some(({ dir }) => dir === '.' || path.startsWith(`${dir}/`));
    const missing = known.filter((article) => !listed.has(article.file) && !movedIds.has(article.id) && unlisted(article.file));
    summary.missing = missing.map((article) => article.file).sort();
    if (!options.removeMissing) return 0;
    for (const article of missing) {
      writer.remove(article.id);
      groups.written();
    }
    summary.removedMissing = true;
    return missing.length;
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
 * A file without a publication date takes the one its page states in a timestamp line
 * ("Published 21 November 2023"), so the stored article and the extraction agree on it.
 */
function withInferredDate(meta: FileMetadata, body: string): FileMetadata {
  if (meta.publishedAt) return meta;
  const inferred = publicationDateOf(body);
  return inferred ? { ...meta, publishedAt: inferred } : meta;
}

/** The metadata the pipeline sees: what GivenMetadata names, nothing ingestion-only. */
function givenOf(meta: FileMetadata): GivenMetadata {
  return {
    title: meta.title ?? null,
    outlet: meta.outlet ?? null,
    publishedAt: meta.publishedAt ?? null,
    url: meta.url ?? null,
    authors: meta.authors ?? null,
  };
}

/**
 * Worker threads when there is enough to extract and no custom extraction (a
 * function cannot be sent to a worker); inline otherwise, or if they cannot start.
 */
function chooseExtractor(jobs: number, options: IngestOptions): Extractor {
  const extract = options.extract ?? extractArticle;
  const size = options.workers ?? (options.extract ? 0 : Math.min(4, availableParallelism() - 1));
  if (size < 1 || jobs < (options.workers === undefined ? MIN_FILES_FOR_WORKERS : 1)) return inlineExtractor(extract);
  try {
    return workerExtractor(Math.min(size, jobs), extract);
  } catch {
    return inlineExtractor(extract);
  }
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

function fileOf(plan: Plan): string {
  if (plan.kind === 'done') return plan.outcome.file;
  return plan.kind === 'extract' ? plan.source.file : plan.file;
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
