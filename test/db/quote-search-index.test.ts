import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/client.js';
import { migrationsFolder, runMigrations } from '../../src/db/migrate.js';

// The full-text index holds one row per quote: the distinct wordings of its
// reports, first reported first. Triggers keep it in step with quote_reports, and
// the migration that introduced it indexes what an older database already held.

const ARTICLES = `
  INSERT INTO outlets (id, slug, name) VALUES (1, 'lakeside-post', 'Lakeside Post'), (2, 'valley-echo', 'Valley Echo');
  INSERT INTO articles (id, outlet_id, title, published_date, source_file, content_hash, text, ingested_at) VALUES
    (1, 1, 'Ferry', '2011-03-02', 'a.txt', 'h1', 'x', '2026-01-01T00:00:00Z'),
    (2, 2, 'Ferry', '2011-03-03', 'b.txt', 'h2', 'x', '2026-01-01T00:00:00Z'),
    (3, 2, 'Ferry', '2011-03-04', 'c.txt', 'h3', 'x', '2026-01-01T00:00:00Z');
  INSERT INTO quotes (id, kind, text) VALUES (7, 'direct', 'The ferry will sail at dawn'), (9, 'indirect', 'tolls would double');
`;

function insertReport(db: Db, id: number, quoteId: number, articleId: number, text: string): void {
  db.$client
    .prepare(`INSERT INTO quote_reports (id, quote_id, article_id, text, start, "end") VALUES (?, ?, ?, ?, 0, 1)`)
    .run(id, quoteId, articleId, text);
}

function indexed(db: Db): Array<{ rowid: number; text: string }> {
  return db.$client.prepare('SELECT rowid, text FROM quote_reports_fts ORDER BY rowid').all() as Array<{ rowid: number; text: string }>;
}

function matching(db: Db, words: string): number[] {
  return db.$client.prepare('SELECT rowid FROM quote_reports_fts WHERE quote_reports_fts MATCH ? ORDER BY rowid').pluck().all(words) as number[];
}

describe('triggers on quote_reports', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
    runMigrations(db);
    db.$client.exec(ARTICLES);
  });
  afterEach(() => db.$client.close());

  it('keeps one row per quote with its distinct wordings, first reported first', () => {
    insertReport(db, 1, 7, 1, 'The ferry will sail at dawn');
    insertReport(db, 2, 9, 1, 'tolls would double');
    insertReport(db, 3, 7, 2, 'the ferry sails at dawn, weather allowing');
    insertReport(db, 4, 7, 3, 'The ferry will sail at dawn');
    expect(indexed(db)).toEqual([
      { rowid: 7, text: 'The ferry will sail at dawn … the ferry sails at dawn, weather allowing' },
      { rowid: 9, text: 'tolls would double' },
    ]);
    expect(matching(db, 'weather ferry')).toEqual([7]);
    expect(matching(db, 'double')).toEqual([9]);
  });

  it('indexes a quote written with its reports in one multi-row insert the same way', () => {
    db.$client.exec(`INSERT INTO quote_reports (id, quote_id, article_id, text, start, "end") VALUES
      (1, 7, 1, 'The ferry will sail at dawn', 0, 1), (2, 9, 1, 'tolls would double', 0, 1),
      (3, 7, 2, 'the ferry sails at dawn, weather allowing', 0, 1), (4, 7, 3, 'The ferry will sail at dawn', 0, 1)`);
    expect(indexed(db)).toEqual([
      { rowid: 7, text: 'The ferry will sail at dawn … the ferry sails at dawn, weather allowing' },
      { rowid: 9, text: 'tolls would double' },
    ]);
    expect(() => db.$client.exec(`INSERT INTO quote_reports_fts(quote_reports_fts) VALUES ('integrity-check')`)).not.toThrow();
  });

  it("adds a quote's first report as its row and rebuilds the row for the next ones", () => {
    const plan = (sql: string) => (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail);
    expect(plan('SELECT 1 FROM quote_reports WHERE quote_id = 7 AND id <> 1').join(' ')).toMatch(/USING (COVERING )?INDEX/);
    insertReport(db, 1, 7, 1, 'The ferry will sail at dawn');
    expect(indexed(db)).toEqual([{ rowid: 7, text: 'The ferry will sail at dawn' }]);
    insertReport(db, 2, 7, 2, 'The ferry will sail at dawn');
    expect(indexed(db)).toEqual([{ rowid: 7, text: 'The ferry will sail at dawn' }]);
    expect(() => db.$client.exec(`INSERT INTO quote_reports_fts(quote_reports_fts) VALUES ('integrity-check')`)).not.toThrow();
  });

  it('rewrites a quote from the reports left when one is deleted or changed, and drops it with the last', () => {
    insertReport(db, 1, 7, 1, 'The ferry will sail at dawn');
    insertReport(db, 2, 7, 2, 'the ferry sails at dawn, weather allowing');
    insertReport(db, 3, 9, 2, 'tolls would double');

    db.$client.prepare('DELETE FROM quote_reports WHERE id = 1').run();
    expect(indexed(db)).toEqual([
      { rowid: 7, text: 'the ferry sails at dawn, weather allowing' },
      { rowid: 9, text: 'tolls would double' },
    ]);
    expect(matching(db, 'will')).toEqual([]);

    db.$client.prepare(`UPDATE quote_reports SET text = 'tolls would triple' WHERE id = 3`).run();
    expect(matching(db, 'double')).toEqual([]);
    expect(matching(db, 'triple')).toEqual([9]);

    db.$client.prepare('UPDATE quote_reports SET quote_id = 9 WHERE id = 2').run();
    expect(indexed(db)).toEqual([{ rowid: 9, text: 'the ferry sails at dawn, weather allowing … tolls would triple' }]);

    db.$client.prepare('DELETE FROM quote_reports').run();
    expect(indexed(db)).toEqual([]);
    // FTS5 throws when its index no longer matches the text it stores.
    expect(() => db.$client.exec(`INSERT INTO quote_reports_fts(quote_reports_fts) VALUES ('integrity-check')`)).not.toThrow();
  });
});

describe('the migration that introduced it', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'quotewire-fts-migration-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('indexes the quotes of a database made before it', () => {
    // The migrations as they stood before, applied to a database that then gets data.
    const older = join(scratch, 'migrations');
    cpSync(migrationsFolder, older, { recursive: true });
    const journalPath = join(older, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
    const cut = journal.entries.findIndex((entry) => entry.tag === '0003_quote_search_by_quote');
    expect(cut).toBeGreaterThan(0);
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));

    const db = openDatabase(join(scratch, 'old.db'));
    try {
      migrate(db, { migrationsFolder: older });
      db.$client.exec(ARTICLES);
      insertReport(db, 1, 7, 1, 'The ferry will sail at dawn');
      insertReport(db, 2, 7, 2, 'the ferry sails at dawn, weather allowing');
      insertReport(db, 3, 9, 2, 'tolls would double');
      // Before: one row per report.
      expect(db.$client.prepare('SELECT count(*) FROM quote_reports_fts').pluck().get()).toBe(3);

      runMigrations(db);
      expect(indexed(db)).toEqual([
        { rowid: 7, text: 'The ferry will sail at dawn … the ferry sails at dawn, weather allowing' },
        { rowid: 9, text: 'tolls would double' },
      ]);
      insertReport(db, 4, 9, 3, 'tolls will double');
      expect(matching(db, 'will')).toEqual([7, 9]);
    } finally {
      db.$client.close();
    }
  });
});
