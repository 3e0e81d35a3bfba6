// Through the CLI: an article whose text changed is updated in place (its quotes
// and events follow, its id stays), never duplicated; one removed from the folder
// is reported, and deleted only when asked.
import Database from 'better-sqlite3';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOOD_ARTICLES } from '../fixtures/hostile/folder.js';
import { soundnessProblems } from './helpers/article-counts.js';
import { buildPrivateDist, runNode, type RunResult } from './helpers/built.js';
import { tempDir } from './helpers/corpora.js';

let dist: string;
let folder: string;
let database: string;

function ingest(...flags: string[]): Promise<RunResult> {
  return runNode(dist, 'cli/ingest.js', [folder, ...flags], { DATABASE_PATH: database });
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(database, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const articleId = (file: string) => query<{ id: number }>('SELECT id FROM articles WHERE source_file = ?', file)[0]?.id;
const quoteTexts = (file: string) =>
  query<{ text: string }>('SELECT r.text FROM quote_reports r JOIN articles a ON a.id = r.article_id WHERE a.source_file = ?', file).map((r) => r.text);
const temporalTexts = (file: string) =>
  query<{ t: string }>('SELECT e.temporal_text AS t FROM event_reports e JOIN articles a ON a.id = e.article_id WHERE a.source_file = ?', file).map((r) => r.t);

beforeAll(async () => {
  dist = await buildPrivateDist();
  const dir = tempDir('changes');
  folder = join(dir, 'articles');
  database = join(dir, 'changes.db');
  mkdirSync(folder);
  for (const name of ['harbour.txt', 'orchard.txt', 'crlf-bom.txt']) writeFileSync(join(folder, name), GOOD_ARTICLES[name]);
  const first = await ingest();
  expect(first.code, first.stdout + first.stderr).toBe(0);
}, 120_000);

describe('re-ingesting a changed folder', () => {
  it('updates an edited article in place: same id, new quotes and events, nothing left of the old ones', async () => {
    const id = articleId('harbour.txt');
    expect(quoteTexts('harbour.txt').join(' ')).toContain('silted up faster');
    expect(temporalTexts('harbour.txt').join(' ')).toMatch(/Tuesday/);

    const edited = GOOD_ARTICLES['harbour.txt']
      .replace('voted on Tuesday', 'voted on Monday')
      .replace('The channel has silted up faster than any of us expected', 'The mud came back sooner than the surveyors promised');
    writeFileSync(join(folder, 'harbour.txt'), edited);
    const run = await ingest();

    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/1 updated/);
    expect(articleId('harbour.txt')).toBe(id);
    expect(query('SELECT count(*) AS n FROM articles')).toEqual([{ n: 3 }]);
    const quotes = quoteTexts('harbour.txt').join(' ');
    expect(quotes).toContain('The mud came back sooner');
    expect(quotes).not.toContain('silted up faster');
    const temporal = temporalTexts('harbour.txt').join(' ');
    expect(temporal).toMatch(/Monday/);
    expect(temporal).not.toMatch(/Tuesday/);
    expect(soundnessProblems(database)).toEqual([]);
  }, 60_000);

  it('reports an article whose file is gone and keeps it, then deletes it when asked', async () => {
    rmSync(join(folder, 'orchard.txt'));
    const kept = await ingest();
    expect(kept.code, kept.stdout + kept.stderr).toBe(0);
    expect(kept.stdout).toMatch(/missing\s+orchard\.txt/);
    expect(articleId('orchard.txt')).toBeDefined();

    const removed = await ingest('--remove-missing');
    expect(removed.code, removed.stdout + removed.stderr).toBe(0);
    expect(removed.stdout).toMatch(/removed\s+orchard\.txt/);
    expect(articleId('orchard.txt')).toBeUndefined();
    expect(query('SELECT count(*) AS n FROM articles')).toEqual([{ n: 2 }]);
    expect(query("SELECT count(*) AS n FROM quote_reports WHERE text LIKE '%lose the blossom%'")).toEqual([{ n: 0 }]);
    expect(soundnessProblems(database)).toEqual([]);
  }, 60_000);
});
