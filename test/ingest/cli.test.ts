import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { tempFolder } from './helpers.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(projectRoot, 'node_modules/.bin/tsx');

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function run(script: string, args: string[], databasePath: string) {
  return spawnSync(tsx, [join(projectRoot, 'src/cli', script), ...args], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: 'utf8',
  });
}

describe('npm run ingest', () => {
  it('migrates, ingests, prints the summary and exits 1 when a file failed', () => {
    const folder = tempFolder({ 'ok.txt': 'Canal lock repaired\n\nThe lock opened again on Friday.\n', 'empty.txt': '' });
    cleanups.push(folder.cleanup);
    const databasePath = join(folder.root, 'db', 'test.db');

    const first = run('ingest.ts', [folder.root], databasePath);
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('2 files: 1 new, 0 updated, 0 unchanged, 0 duplicate, 1 failed, 0 missing');
    expect(first.stdout).toContain('failed    empty.txt: empty file');
    // Not a terminal: one plain line per file instead of a bar.
    expect(first.stderr).toContain('[1/2] failed empty.txt (empty file)');

    folder.write('empty.txt', 'Ferry timetable changes\n\nSailings move to the summer schedule.\n');
    const second = run('ingest.ts', [folder.root], databasePath);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('2 files: 1 new, 0 updated, 1 unchanged, 0 duplicate, 0 failed, 0 missing');

    const db = openDatabase(databasePath, { readonly: true });
    try {
      expect(db.$client.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
      expect(db.$client.prepare('SELECT count(*) FROM ingest_runs').pluck().get()).toBe(2);
    } finally {
      db.$client.close();
    }
  }, 30_000);

  it('refuses to run without a folder', () => {
    const result = run('ingest.ts', [], ':memory:');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run ingest -- <folder>');
  }, 30_000);
});

describe('npm run migrate', () => {
  it('creates the schema in a new database', () => {
    const folder = tempFolder();
    cleanups.push(folder.cleanup);
    const databasePath = join(folder.root, 'fresh.db');
    const result = run('migrate.ts', [], databasePath);
    expect(result.status).toBe(0);
    const db = openDatabase(databasePath, { readonly: true });
    try {
      const tables = db.$client.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('articles', 'quote_reports_fts')`).pluck().all();
      expect(tables.sort()).toEqual(['articles', 'quote_reports_fts']);
    } finally {
      db.$client.close();
    }
  }, 30_000);
});
