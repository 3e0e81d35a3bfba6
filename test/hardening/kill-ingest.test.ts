// kill -9 at random moments during an ingest of the whole BBC corpus: the database
// must stay sound and hold only whole articles, and a re-run must complete it
// without duplicates. Replay a failure with KILL_SEED=<seed printed below>.
//
// A kill point is a random number of stored articles (read from the CLI's progress
// lines) plus a random delay, so kills land mid-ingest however fast the machine;
// a few kills are timed from start instead, to land in start-up and migration.
//
// To keep CI time bounded, each kill is followed by a re-run over a spread-out
// subset of the corpus (every 30th file, which the killed run may or may not have
// reached); only the last kill is completed with a re-run over the whole corpus.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleRows, isMigrated, partialArticles, soundnessProblems, type ArticleRows } from './helpers/article-counts.js';
import { buildPrivateDist, finished, runNode, startNode, type RunResult } from './helpers/built.js';
import { articleFiles, BBC, copyFiles, everyNth, tempDir } from './helpers/corpora.js';

const seed = Number(process.env.KILL_SEED ?? Math.floor(Math.random() * 2 ** 31));
const KILLS = Number(process.env.KILLS ?? 20);
const MAX_ARTICLES_BEFORE_KILL = 200;
const MAX_EXTRA_DELAY_MS = 40;
/** Every fifth kill is timed from start-up: 0.3 to 1 s. */
const EARLY_KILL_MS = [300, 1000];

interface KillPoint {
  index: number;
  /** Kill once this many articles are reported handled (0: time from start-up instead). */
  afterArticles: number;
  delayMs: number;
}

/** mulberry32: a small seeded generator, so kill points replay from the seed. */
function seededRandom(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let dist: string;
let dir: string;
let subset: string;
let subsetFiles: string[];
let reference: Map<string, ArticleRows>;
const outcomes: Array<{ point: string; articles: number; finishedFirst: boolean }> = [];

function ingest(folder: string, database: string): Promise<RunResult> {
  return runNode(dist, 'cli/ingest.js', [folder], { DATABASE_PATH: database });
}

function summaryCounts(run: RunResult): Record<string, number> {
  const match = /(\d+) files: (\d+) new, (\d+) updated, (\d+) unchanged, (\d+) duplicate, (\d+) failed/.exec(run.stdout);
  expect(match, `no summary in:\n${run.stdout}\n${run.stderr}`).not.toBeNull();
  const [files, added, updated, unchanged, duplicate, failed] = match!.slice(1).map(Number);
  return { files, added, updated, unchanged, duplicate, failed };
}

beforeAll(async () => {
  console.log(`kill -9 test: seed ${seed}, ${KILLS} kills; replay with KILL_SEED=${seed}`);
  dist = await buildPrivateDist();
  dir = tempDir('kill');
  subsetFiles = everyNth(articleFiles(BBC), 30, 3);
  subset = join(dir, 'subset');
  copyFiles(BBC, subsetFiles, subset);

  const clean = await ingest(BBC, join(dir, 'clean.db'));
  expect(clean.code, clean.stderr).toBe(0);
  reference = articleRows(join(dir, 'clean.db'));
  expect(reference.size).toBeGreaterThan(2000);
}, 240_000);

afterAll(() => {
  const midway = outcomes.filter((o) => !o.finishedFirst && o.articles > 0 && o.articles < reference.size).length;
  console.log(
    `kill -9 test: seed ${seed}, ${outcomes.length} kill points survived (${midway} with part of the corpus stored); ` +
      `articles stored at each kill: ${outcomes.map((o) => `${o.point}=${o.articles}`).join(' ')}`,
  );
});

/** Starts an ingest of the whole corpus and kills it at the given point. */
async function ingestUntilKilled(point: KillPoint, database: string): Promise<RunResult> {
  const child = startNode(dist, 'cli/ingest.js', [BBC], { DATABASE_PATH: database });
  const done = finished(child);
  const kill = () => setTimeout(() => child.kill('SIGKILL'), point.delayMs);
  if (point.afterArticles === 0) {
    kill();
  } else {
    let handled = 0;
    let armed = false;
    child.stderr?.on('data', (chunk: Buffer) => {
      handled += (chunk.toString().match(/^\[\d+\/\d+\]/gm) ?? []).length;
      if (!armed && handled >= point.afterArticles) {
        armed = true;
        kill();
      }
    });
  }
  return done;
}

describe(`kill -9 during ingest (seed ${seed})`, () => {
  const random = seededRandom(seed);
  const points: KillPoint[] = Array.from({ length: KILLS }, (_, index) =>
    index % 5 === 4
      ? { index, afterArticles: 0, delayMs: Math.round(EARLY_KILL_MS[0] + random() * (EARLY_KILL_MS[1] - EARLY_KILL_MS[0])) }
      : { index, afterArticles: 1 + Math.floor(random() * MAX_ARTICLES_BEFORE_KILL), delayMs: Math.floor(random() * MAX_EXTRA_DELAY_MS) },
  );

  it.each(points)(
    'kill #$index (after $afterArticles articles + $delayMs ms) leaves whole articles; a re-run completes without duplicates',
    async (point) => {
      const { index } = point;
      const database = join(dir, `killed-${index}.db`);
      const run = await ingestUntilKilled(point, database);
      const finishedFirst = run.signal !== 'SIGKILL';

      const migrated = existsSync(database) && isMigrated(database);
      const killed = migrated ? articleRows(database) : new Map<string, ArticleRows>();
      outcomes.push({ point: `${point.afterArticles}+${point.delayMs}ms`, articles: killed.size, finishedFirst });
      if (migrated) {
        expect(soundnessProblems(database)).toEqual([]);
        expect(partialArticles(killed, reference)).toEqual([]);
      }

      const rerun = await ingest(subset, database);
      expect(rerun.code, `${rerun.stdout}\n${rerun.stderr}`).toBe(0);
      const counts = summaryCounts(rerun);
      const alreadyStored = subsetFiles.filter((file) => killed.has(file)).length;
      expect(counts.unchanged).toBe(alreadyStored);
      // Updated: a stored copy of a subset file, under a name the subset lacks, moves to it.
      expect(counts.added + counts.updated + counts.unchanged + counts.duplicate).toBe(subsetFiles.length);
      expect(soundnessProblems(database)).toEqual([]);
      const after = articleRows(database);
      expect(partialArticles(after, reference)).toEqual([]);
      const storedHashes = new Set([...after.values()].map((rows) => rows.hash));
      for (const file of subsetFiles) {
        const clean = reference.get(file);
        if (clean) expect(after.has(file) || storedHashes.has(clean.hash), file).toBe(true);
      }

      if (index === KILLS - 1) {
        const full = await ingest(BBC, database);
        expect(full.code, full.stderr).toBe(0);
        // The same texts as the clean ingest; of two files with one text, the one
        // stored first keeps it, which need not be the one the clean run kept.
        const complete = articleRows(database);
        const hashes = (rows: Map<string, ArticleRows>) => [...rows.values()].map((r) => r.hash).sort();
        expect(hashes(complete)).toEqual(hashes(reference));
        expect(partialArticles(complete, reference)).toEqual([]);
        expect(soundnessProblems(database)).toEqual([]);
      }
    },
    120_000,
  );
});
