import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/client.js';
import { migrationsFolder, runMigrations } from '../../src/db/migrate.js';

// Each report carries its article's outlet and publication date, and each quote and
// event its report count, for list previews; triggers keep both in step.

let db: Db;

beforeEach(() => {
  db = openDatabase(':memory:');
  runMigrations(db);
  db.$client.exec(`
    INSERT INTO outlets (id, slug, name) VALUES (1, 'lakeside-post', 'Lakeside Post'), (2, 'valley-echo', 'Valley Echo');
    INSERT INTO articles (id, outlet_id, title, published_date, source_file, content_hash, text, ingested_at) VALUES
      (1, 1, 'a', '2011-03-02', 'a.txt', 'h1', 'x', '2026-01-01T00:00:00Z'),
      (2, 2, 'b', NULL, 'b.txt', 'h2', 'x', '2026-01-01T00:00:00Z');
    INSERT INTO quotes (id, kind, text) VALUES (7, 'direct', 'the pier reopens'), (8, 'direct', 'fares stay');
    INSERT INTO events (id, date, description) VALUES (5, '2011-03-01', 'the pier reopened');
  `);
});
afterEach(() => db.$client.close());

const sql = (text: string) => db.$client.exec(text);
const rows = (text: string) => db.$client.prepare(text).raw().all();
const quoteReport = (id: number, quoteId: number, articleId: number) =>
  sql(`INSERT INTO quote_reports (id, quote_id, article_id, text, start, "end") VALUES (${id}, ${quoteId}, ${articleId}, 'w', 0, 1)`);
const eventReport = (id: number, eventId: number, articleId: number) =>
  sql(`INSERT INTO event_reports (id, event_id, article_id, sentence, temporal_text, start, "end", temporal_start, temporal_end)
    VALUES (${id}, ${eventId}, ${articleId}, 's', 't', 0, 1, 0, 1)`);

describe('report copies and counts', () => {
  it("copies the article's outlet and date into each new report and counts it", () => {
    quoteReport(1, 7, 1);
    quoteReport(2, 7, 2);
    eventReport(3, 5, 1);
    expect(rows('SELECT id, outlet_id, published_date FROM quote_reports ORDER BY id')).toEqual([
      [1, 1, '2011-03-02'],
      [2, 2, null],
    ]);
    expect(rows('SELECT outlet_id, published_date FROM event_reports')).toEqual([[1, '2011-03-02']]);
    expect(rows('SELECT id, report_count FROM quotes ORDER BY id')).toEqual([
      [7, 2],
      [8, 0],
    ]);
    expect(rows('SELECT report_count FROM events')).toEqual([[1]]);
  });

  it('uncounts deleted reports, also when their article goes', () => {
    quoteReport(1, 7, 1);
    quoteReport(2, 7, 2);
    eventReport(3, 5, 1);
    sql('DELETE FROM quote_reports WHERE id = 2');
    expect(rows('SELECT report_count FROM quotes WHERE id = 7')).toEqual([[1]]);
    sql('DELETE FROM articles WHERE id = 1');
    expect(rows('SELECT report_count FROM quotes WHERE id = 7')).toEqual([[0]]);
    expect(rows('SELECT report_count FROM events')).toEqual([[0]]);
  });

  it('follows a report moved to another quote or article', () => {
    quoteReport(1, 7, 1);
    sql('UPDATE quote_reports SET quote_id = 8, article_id = 2 WHERE id = 1');
    expect(rows('SELECT id, report_count FROM quotes ORDER BY id')).toEqual([
      [7, 0],
      [8, 1],
    ]);
    expect(rows('SELECT outlet_id, published_date FROM quote_reports')).toEqual([[2, null]]);
  });

  it("follows an article's new outlet or date, and ignores other changes to it", () => {
    quoteReport(1, 7, 1);
    eventReport(2, 5, 1);
    sql("UPDATE articles SET outlet_id = 2, published_date = '2011-03-09' WHERE id = 1");
    expect(rows('SELECT outlet_id, published_date FROM quote_reports')).toEqual([[2, '2011-03-09']]);
    expect(rows('SELECT outlet_id, published_date FROM event_reports')).toEqual([[2, '2011-03-09']]);
    sql("UPDATE articles SET title = 'renamed' WHERE id = 1");
    expect(rows('SELECT report_count FROM quotes WHERE id = 7')).toEqual([[1]]);
  });
});

describe('migrating a database made before the copies', () => {
  it('fills the copies and counts of existing reports', () => {
    // The migrations as they stood before 0006: the journal cut after 0005.
    const before = mkdtempSync(join(tmpdir(), 'quotewire-migrations-'));
    cpSync(migrationsFolder, before, { recursive: true });
    const journalPath = join(before, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
    const cut = journal.entries.findIndex((entry) => entry.tag === '0005_articles_file_hash');
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut + 1) }));
    const old = openDatabase(':memory:');
    try {
      migrate(old, { migrationsFolder: before });
      old.$client.exec(`
        INSERT INTO outlets (id, slug, name) VALUES (1, 'lakeside-post', 'Lakeside Post');
        INSERT INTO articles (id, outlet_id, title, published_date, source_file, content_hash, text, ingested_at)
          VALUES (1, 1, 'a', '2011-03-02', 'a.txt', 'h1', 'x', '2026-01-01T00:00:00Z');
        INSERT INTO quotes (id, kind, text) VALUES (7, 'direct', 'the pier reopens');
        INSERT INTO quote_reports (id, quote_id, article_id, text, start, "end") VALUES (1, 7, 1, 'w', 0, 1);
      `);
      runMigrations(old);
      expect(old.$client.prepare('SELECT outlet_id, published_date FROM quote_reports').raw().all()).toEqual([[1, '2011-03-02']]);
      expect(old.$client.prepare('SELECT report_count FROM quotes').raw().all()).toEqual([[1]]);
    } finally {
      old.$client.close();
      rmSync(before, { recursive: true, force: true });
    }
  });
});
