import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/client.js';
import { migrationsFolder, runMigrations } from '../../src/db/migrate.js';
import { createQueries } from '../../src/db/queries/index.js';
import { ingestFolder } from '../../src/ingest/index.js';
import { fakeExtract } from '../ingest/fake-extract.js';

// outlet_pair_quotes and outlet_pair_events hold what each two outlets both reported.
// They follow the memberships through triggers, so they have to stay equal to what
// the articles say after every ingest: a first one, an unchanged re-run, edited files,
// files removed.

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function freshDb(): Db {
  const db = openDatabase(':memory:');
  runMigrations(db);
  cleanups.push(() => db.$client.close());
  return db;
}

function folderOf(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'quotewire-pairs-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

const article = (outlet: string | null, body: string) => `---\n${outlet ? `outlet: ${outlet}\n` : ''}publishedAt: 2023-05-02\n---\n${body}\n`;

const PIER = 'Nadia Okoro said "The pier reopens in May."';
const FARES = 'Tomas Reyes said "Fares stay frozen."';
const VOTE = 'On 2023-05-01 Nadia Okoro opened the vote.';

const raw = (db: Db, sql: string) => db.$client.prepare(sql).raw().all();

/** Pairs as the articles and their reports say they should be, by outlet slug and wording. */
function pairsFromArticles(db: Db, kind: 'quote' | 'event') {
  const [reports, owner, wording] = kind === 'quote' ? ['quote_reports', 'quote_id', 'quotes.text'] : ['event_reports', 'event_id', 'events.description'];
  const owners = kind === 'quote' ? 'quotes' : 'events';
  return raw(
    db,
    `SELECT DISTINCT lo.slug, hi.slug, ${wording} FROM ${reports} r1 JOIN articles a1 ON a1.id = r1.article_id
       JOIN ${reports} r2 ON r2.${owner} = r1.${owner} JOIN articles a2 ON a2.id = r2.article_id AND a2.outlet_id > a1.outlet_id
       JOIN outlets lo ON lo.id = a1.outlet_id JOIN outlets hi ON hi.id = a2.outlet_id JOIN ${owners} ON ${owners}.id = r1.${owner}
     ORDER BY 1, 2, 3`,
  );
}

function storedPairs(db: Db, kind: 'quote' | 'event') {
  const [table, owners, owner, wording] =
    kind === 'quote' ? ['outlet_pair_quotes', 'quotes', 'quote_id', 'quotes.text'] : ['outlet_pair_events', 'events', 'event_id', 'events.description'];
  return raw(
    db,
    `SELECT lo.slug, hi.slug, ${wording} FROM ${table} p JOIN outlets lo ON lo.id = p.lower_outlet_id JOIN outlets hi ON hi.id = p.upper_outlet_id
       JOIN ${owners} ON ${owners}.id = p.${owner} ORDER BY 1, 2, 3`,
  );
}

function expectPairsMatchArticles(db: Db) {
  for (const kind of ['quote', 'event'] as const) expect(storedPairs(db, kind)).toEqual(pairsFromArticles(db, kind));
}

describe('outlet pairs through ingestion', () => {
  it('stay equal to what the articles say after an ingest, an unchanged re-run, edits and removals', () => {
    const db = freshDb();
    const root = folderOf({
      'a.txt': article('Harbour Herald', `Pier\n\n${PIER} ${VOTE}`),
      'b.txt': article('Valley Echo', `Pier again\n\n${PIER} ${VOTE} ${FARES}`),
      'c.txt': article('Bay Courier', `Fares\n\n${FARES} ${PIER}`),
      'd.txt': article(null, `No outlet\n\n${PIER} ${FARES}`),
    });
    ingestFolder(db, root, { extract: fakeExtract });
    // Outlets get ids in the order files are read: Harbour Herald, Valley Echo, Bay Courier.
    expect(storedPairs(db, 'quote')).toEqual([
      ['harbour-herald', 'bay-courier', 'The pier reopens in May.'],
      ['harbour-herald', 'valley-echo', 'The pier reopens in May.'],
      ['valley-echo', 'bay-courier', 'Fares stay frozen.'],
      ['valley-echo', 'bay-courier', 'The pier reopens in May.'],
    ]);
    expect(storedPairs(db, 'event')).toEqual([['harbour-herald', 'valley-echo', 'Nadia Okoro opened the vote']]);
    expectPairsMatchArticles(db);

    ingestFolder(db, root, { extract: fakeExtract });
    expectPairsMatchArticles(db);
    expect(storedPairs(db, 'quote')).toHaveLength(4);

    // Valley Echo drops the pier quote and the vote; Bay Courier's article moves to Harbour Herald.
    writeFileSync(join(root, 'b.txt'), article('Valley Echo', `Pier again\n\n${FARES}`));
    writeFileSync(join(root, 'c.txt'), article('Harbour Herald', `Fares\n\n${FARES} ${PIER}`));
    ingestFolder(db, root, { extract: fakeExtract });
    expectPairsMatchArticles(db);
    expect(storedPairs(db, 'quote')).toEqual([['harbour-herald', 'valley-echo', 'Fares stay frozen.']]);
    expect(storedPairs(db, 'event')).toEqual([]);

    unlinkSync(join(root, 'b.txt'));
    ingestFolder(db, root, { extract: fakeExtract, removeMissing: true });
    expectPairsMatchArticles(db);
    expect(storedPairs(db, 'quote')).toEqual([]);
  });

  it('answer a comparison of what both outlets reported', () => {
    const db = freshDb();
    const root = folderOf({
      'a.txt': article('Harbour Herald', `Pier\n\n${PIER} ${FARES}`),
      'b.txt': article('Valley Echo', `Pier again\n\n${PIER} ${FARES}`),
      'c.txt': article('Valley Echo', `Fares\n\n${FARES}`),
    });
    ingestFolder(db, root, { extract: fakeExtract });
    const queries = createQueries(db);
    const [herald, echo] = ['harbour-herald', 'valley-echo'].map((slug) => queries.outlets.resolve(slug)!.id);
    const page = queries.outlets.compareQuotes({ first: echo, second: herald, set: 'both' }, { limit: 1 });
    const next = queries.outlets.compareQuotes({ first: echo, second: herald, set: 'both' }, { after: page.nextAfter!, limit: 1 });
    const texts = [...page.items, ...next.items].map((id) => queries.quotes.get(id)!.text);
    expect(texts.sort()).toEqual(['Fares stay frozen.', 'The pier reopens in May.']);
    expect(next.nextAfter).toBeNull();
  });
});

describe('migrating a database made before the pairs', () => {
  it('records the pairs its memberships already hold', () => {
    // The migrations as they stood before 0008: the journal cut after 0007.
    const before = mkdtempSync(join(tmpdir(), 'quotewire-migrations-'));
    cleanups.push(() => rmSync(before, { recursive: true, force: true }));
    cpSync(migrationsFolder, before, { recursive: true });
    const journalPath = join(before, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
    const cut = journal.entries.findIndex((entry) => entry.tag === '0007_report_copies_from_writer');
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut + 1) }));
    const old = openDatabase(':memory:');
    cleanups.push(() => old.$client.close());
    migrate(old, { migrationsFolder: before });
    old.$client.exec(`
      INSERT INTO outlets (id, slug, name) VALUES (1, 'lakeside-post', 'Lakeside Post'), (2, 'valley-echo', 'Valley Echo'), (3, 'bay-courier', 'Bay Courier');
      INSERT INTO outlet_quotes (outlet_id, quote_id) VALUES (1, 7), (2, 7), (3, 7), (3, 8), (1, 9);
      INSERT INTO outlet_events (outlet_id, event_id) VALUES (2, 5), (3, 5);
    `);
    runMigrations(old);
    expect(raw(old, 'SELECT * FROM outlet_pair_quotes ORDER BY 1, 2, 3')).toEqual([
      [1, 2, 7],
      [1, 3, 7],
      [2, 3, 7],
    ]);
    expect(raw(old, 'SELECT * FROM outlet_pair_events')).toEqual([[2, 3, 5]]);
  });
});
