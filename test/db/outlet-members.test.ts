import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { createQueries, type Queries } from '../../src/db/queries/index.js';
import { COMPARISON_SCAN_LIMIT } from '../../src/db/queries/outlets.js';

// outlet_quotes and outlet_events record which outlet reported what; triggers keep
// them in step with the reports and the articles they sit in.

let db: Db;
let queries: Queries;

beforeEach(() => {
  db = openDatabase(':memory:');
  runMigrations(db);
  queries = createQueries(db);
  db.$client.exec(`
    INSERT INTO outlets (id, slug, name) VALUES (1, 'lakeside-post', 'Lakeside Post'), (2, 'valley-echo', 'Valley Echo');
    INSERT INTO articles (id, outlet_id, title, published_date, source_file, content_hash, text, ingested_at) VALUES
      (1, 1, 'a', '2011-03-02', 'a.txt', 'h1', 'x', '2026-01-01T00:00:00Z'),
      (2, 1, 'b', '2011-03-03', 'b.txt', 'h2', 'x', '2026-01-01T00:00:00Z'),
      (3, 2, 'c', '2011-03-04', 'c.txt', 'h3', 'x', '2026-01-01T00:00:00Z'),
      (4, NULL, 'd', '2011-03-04', 'd.txt', 'h4', 'x', '2026-01-01T00:00:00Z');
    INSERT INTO quotes (id, kind, text) VALUES (7, 'direct', 'the pier reopens'), (8, 'direct', 'fares stay');
    INSERT INTO events (id, date, description) VALUES (5, '2011-03-01', 'the pier reopened');
  `);
});
afterEach(() => db.$client.close());

const quoteReport = (id: number, quoteId: number, articleId: number) =>
  db.$client.prepare(`INSERT INTO quote_reports (id, quote_id, article_id, text, start, "end") VALUES (?, ?, ?, 'w', 0, 1)`).run(id, quoteId, articleId);
const eventReport = (id: number, eventId: number, articleId: number) =>
  db.$client
    .prepare(`INSERT INTO event_reports (id, event_id, article_id, sentence, temporal_text, start, "end", temporal_start, temporal_end) VALUES (?, ?, ?, 's', 't', 0, 1, 0, 1)`)
    .run(id, eventId, articleId);
const members = (table: 'outlet_quotes' | 'outlet_events') => db.$client.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().all();

describe('membership triggers', () => {
  it('adds an outlet once however many of its articles report the same quote, and none for an article without outlet', () => {
    quoteReport(1, 7, 1);
    quoteReport(2, 7, 2);
    quoteReport(3, 7, 4);
    quoteReport(4, 8, 3);
    expect(members('outlet_quotes')).toEqual([
      [1, 7],
      [2, 8],
    ]);
  });

  it('keeps the outlet while another of its articles still reports the quote', () => {
    quoteReport(1, 7, 1);
    quoteReport(2, 7, 2);
    db.$client.exec('DELETE FROM quote_reports WHERE id = 1');
    expect(members('outlet_quotes')).toEqual([[1, 7]]);
    db.$client.exec('DELETE FROM quote_reports WHERE id = 2');
    expect(members('outlet_quotes')).toEqual([]);
  });

  it('follows a report moved to another quote or article', () => {
    quoteReport(1, 7, 1);
    db.$client.exec('UPDATE quote_reports SET quote_id = 8, article_id = 3 WHERE id = 1');
    expect(members('outlet_quotes')).toEqual([[2, 8]]);
  });

  it('follows an article moved to another outlet, and one deleted with its reports in place', () => {
    quoteReport(1, 7, 1);
    quoteReport(2, 7, 2);
    eventReport(1, 5, 1);
    db.$client.exec('UPDATE articles SET outlet_id = 2 WHERE id = 1');
    expect(members('outlet_quotes')).toEqual([
      [1, 7],
      [2, 7],
    ]);
    expect(members('outlet_events')).toEqual([[2, 5]]);
    db.$client.exec('DELETE FROM articles WHERE id = 1');
    expect(members('outlet_quotes')).toEqual([[1, 7]]);
    expect(members('outlet_events')).toEqual([]);
  });
});

describe('pairs of outlets', () => {
  const pairs = (table: 'outlet_pair_quotes' | 'outlet_pair_events') => db.$client.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).raw().all();

  it('pairs every two outlets that reported the same quote, lower outlet id first, and no outlet with itself', () => {
    db.$client.exec(`INSERT INTO outlets (id, slug, name) VALUES (3, 'bay-courier', 'Bay Courier');
      INSERT INTO articles (id, outlet_id, title, source_file, content_hash, text, ingested_at) VALUES (5, 3, 'e', 'e.txt', 'h5', 'x', '2026-01-01T00:00:00Z')`);
    quoteReport(1, 7, 5);
    quoteReport(2, 7, 1);
    quoteReport(3, 7, 2);
    quoteReport(4, 7, 3);
    quoteReport(5, 8, 1);
    expect(pairs('outlet_pair_quotes')).toEqual([
      [1, 2, 7],
      [1, 3, 7],
      [2, 3, 7],
    ]);
  });

  it('unpairs an outlet whose last report of the quote goes, and follows an article moved to another outlet', () => {
    quoteReport(1, 7, 1);
    quoteReport(2, 7, 2);
    quoteReport(3, 7, 3);
    eventReport(1, 5, 1);
    eventReport(2, 5, 3);
    db.$client.exec('DELETE FROM quote_reports WHERE id = 1');
    expect(pairs('outlet_pair_quotes')).toEqual([[1, 2, 7]]);
    db.$client.exec('UPDATE articles SET outlet_id = 1 WHERE id = 3');
    expect(pairs('outlet_pair_quotes')).toEqual([]);
    expect(pairs('outlet_pair_events')).toEqual([]);
    db.$client.exec('UPDATE articles SET outlet_id = 2 WHERE id = 1');
    expect(pairs('outlet_pair_quotes')).toEqual([]);
    expect(members('outlet_quotes')).toEqual([[1, 7]]);
    expect(pairs('outlet_pair_events')).toEqual([[1, 2, 5]]);
  });

  it('follows a membership written or changed by hand', () => {
    db.$client.exec('INSERT INTO outlet_quotes (outlet_id, quote_id) VALUES (1, 7), (2, 7), (2, 8)');
    expect(pairs('outlet_pair_quotes')).toEqual([[1, 2, 7]]);
    db.$client.exec('UPDATE outlet_quotes SET quote_id = 8 WHERE outlet_id = 1 AND quote_id = 7');
    expect(pairs('outlet_pair_quotes')).toEqual([[1, 2, 8]]);
  });
});

describe('comparison pages', () => {
  // The first outlet reports many quotes; the second reports all of them and one more.
  const count = COMPARISON_SCAN_LIMIT + 100;
  const last = 100 + count;
  beforeEach(() => {
    const insertQuote = db.$client.prepare(`INSERT INTO quotes (id, kind, text) VALUES (?, 'direct', 'q')`);
    const insertReport = db.$client.prepare(`INSERT INTO quote_reports (quote_id, article_id, text, start, "end") VALUES (?, ?, 'w', 0, 1)`);
    db.$client.transaction(() => {
      for (let id = 100; id < last; id += 1) {
        insertQuote.run(id);
        insertReport.run(id, 1);
        insertReport.run(id, 3);
      }
      insertQuote.run(last);
      insertReport.run(last, 3);
    })();
  });
  const request = { first: 1, second: 2 };

  it('list what both reported in full pages, whichever outlet is named first', () => {
    const first = queries.outlets.compareQuotes({ ...request, set: 'both' }, { limit: 50 });
    expect(first).toEqual({ items: Array.from({ length: 50 }, (_, i) => 100 + i), nextAfter: 149 });
    const reversed = queries.outlets.compareQuotes({ first: 2, second: 1, set: 'both' }, { after: last - 3, limit: 50 });
    expect(reversed).toEqual({ items: [last - 2, last - 1], nextAfter: null });
  });

  it('stop after examining COMPARISON_SCAN_LIMIT ids for what only one reported, and continue from the last one examined', () => {
    const first = queries.outlets.compareQuotes({ ...request, set: 'onlySecond' }, { limit: 50 });
    expect(first).toEqual({ items: [], nextAfter: 100 + COMPARISON_SCAN_LIMIT - 1 });
    const second = queries.outlets.compareQuotes({ ...request, set: 'onlySecond' }, { after: first.nextAfter!, limit: 50 });
    expect(second).toEqual({ items: [last], nextAfter: null });
    expect(queries.outlets.compareQuotes({ ...request, set: 'onlyFirst' }, { after: last - 10, limit: 50 })).toEqual({ items: [], nextAfter: null });
  });

  it('compare an outlet with itself: it shares everything it reported and lacks nothing', () => {
    const same = { first: 2, second: 2 };
    expect(queries.outlets.compareQuotes({ ...same, set: 'both' }, { after: last - 2, limit: 50 })).toEqual({ items: [last - 1, last], nextAfter: null });
    expect(queries.outlets.compareQuotes({ ...same, set: 'onlyFirst' }, { limit: 50 })).toEqual({ items: [], nextAfter: null });
  });
});
