// The ingest CLI, end to end, over a folder holding every kind of bad file at once:
// good files land, each bad one is named with its reason, the exit status tells.
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BAD_FILES,
  DUPLICATE,
  GOOD_ARTICLES,
  HUGE_FILE,
  WINDOWS_1252_FILE,
  WINDOWS_1252_TEXT,
  writeHostileFolder,
} from '../fixtures/hostile/folder.js';
import { buildPrivateDist, runNode, type RunResult } from './helpers/built.js';
import { tempDir } from './helpers/corpora.js';

let dist: string;
let dir: string;
let run: RunResult;
let db: Database.Database;

/** `failed <file>: <reason>` lines of the summary, by file. */
function failures(output: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of output.matchAll(/^\s*failed\s+(\S+): (.+)$/gm)) found.set(match[1], match[2]);
  return found;
}

beforeAll(async () => {
  dist = await buildPrivateDist();
  dir = tempDir('hostile');
  mkdirSync(join(dir, 'articles'));
  writeHostileFolder(join(dir, 'articles'));
  run = await runNode(dist, 'cli/ingest.js', [join(dir, 'articles')], { DATABASE_PATH: join(dir, 'hostile.db') });
  db = new Database(join(dir, 'hostile.db'), { readonly: true });
}, 120_000);

afterAll(() => db?.close());

describe('ingest CLI over a hostile folder', () => {
  it('finishes and says by its exit status that some files failed', () => {
    expect(run.signal, run.stderr).toBeNull();
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(1);
  });

  it('stores every good article once, decoding Windows-1252', () => {
    const stored = (db.prepare('SELECT source_file AS file FROM articles').all() as Array<{ file: string }>).map((row) => row.file);
    const good = Object.keys(GOOD_ARTICLES).filter((file) => file !== DUPLICATE.of);
    expect(stored).toEqual(expect.arrayContaining([...good, WINDOWS_1252_FILE]));
    // The same text under two names is stored under exactly one of them.
    expect(stored.filter((file) => file === DUPLICATE.file || file === DUPLICATE.of)).toHaveLength(1);
    // The link back up the tree is not walked into.
    expect(stored.filter((file) => file.startsWith('sub/'))).toEqual([]);
    for (const bad of Object.values(BAD_FILES)) expect(stored).not.toContain(bad);

    const latin1 = db.prepare('SELECT text FROM articles WHERE source_file = ?').get(WINDOWS_1252_FILE) as { text: string };
    expect(latin1.text).toContain(WINDOWS_1252_TEXT);
    expect(latin1.text).not.toContain('\uFFFD');
  });

  it('extracts from the good articles, unbalanced quotation marks included', () => {
    const quotes = (file: string) =>
      (db.prepare('SELECT count(*) AS n FROM quote_reports r JOIN articles a ON a.id = r.article_id WHERE a.source_file = ?').get(file) as { n: number }).n;
    expect(quotes('orchard.txt')).toBeGreaterThan(0);
    expect(quotes(WINDOWS_1252_FILE)).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) AS n FROM articles WHERE source_file = ?').get('unbalanced-quotes.txt')).toEqual({ n: 1 });
  });

  it('names each bad file in the summary with a reason', () => {
    const failed = failures(run.stdout);
    for (const bad of Object.values(BAD_FILES)) {
      expect(failed.has(bad), `${bad} missing from the summary:\n${run.stdout}`).toBe(true);
      expect(failed.get(bad)!.length).toBeGreaterThan(3);
    }
    expect(failed.get(BAD_FILES.empty)).toMatch(/empty/);
    expect(failed.get(BAD_FILES.binary)).toMatch(/binary/);
    expect(failed.get(BAD_FILES.ioError)).toMatch(/i\/o|EIO|read/i);
    expect(failed.get(BAD_FILES.dangling)).toMatch(/no such file|missing|dangling/i);
    expect(failed.get(BAD_FILES.linkLoop)).toMatch(/symbolic links|loop/i);

    const stored = (db.prepare('SELECT source_file AS file FROM articles').all() as Array<{ file: string }>).map((row) => row.file);
    const copy = stored.includes(DUPLICATE.of) ? DUPLICATE.file : DUPLICATE.of;
    const holder = copy === DUPLICATE.file ? DUPLICATE.of : DUPLICATE.file;
    expect(run.stdout).toMatch(new RegExp(`duplicate ${copy.replace('.', '\\.')}: same content as ${holder.replace('.', '\\.')}`));
  });

  it('either stores the 20 MB file or refuses it with a reason, never hangs on it', () => {
    const stored = db.prepare('SELECT length(text) AS length FROM articles WHERE source_file = ?').get(HUGE_FILE) as { length: number } | undefined;
    const refused = failures(run.stdout).get(HUGE_FILE);
    expect(Boolean(stored) !== Boolean(refused), `stored: ${JSON.stringify(stored)}, refused: ${refused}`).toBe(true);
    if (refused) expect(refused).toMatch(/large|size|MB|bytes/i);
  });

  it('leaves a database that passes integrity and foreign key checks', () => {
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('exits 0 when every file of a folder lands', async () => {
    const clean = join(dir, 'clean');
    mkdirSync(clean);
    for (const [name, text] of Object.entries(GOOD_ARTICLES)) writeFileSync(join(clean, name), text);
    const cleanRun = await runNode(dist, 'cli/ingest.js', [clean], { DATABASE_PATH: join(dir, 'clean.db') });
    expect(cleanRun.code, `${cleanRun.stdout}\n${cleanRun.stderr}`).toBe(0);
    expect(failures(cleanRun.stdout).size).toBe(0);
  }, 60_000);
});
