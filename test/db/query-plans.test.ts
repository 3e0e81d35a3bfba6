import type { Statement } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { createQueries, type Queries } from '../../src/db/queries/index.js';
import type { QuoteFilters } from '../../src/db/queries/quotes.js';

// Latency must not grow with the data: every hot request has to reach its rows
// through an index. These tests run the real query functions on the real schema,
// capture each statement they execute with its parameters, and read SQLite's plan
// for it. A table read end to end ("SCAN quotes") fails; so does walking the rowid
// of a big table from @after while a filter decides which rows count, which reads
// the whole table when the filter matches few rows.

const BIG_TABLES = [
  'quotes',
  'quote_reports',
  'events',
  'event_reports',
  'articles',
  'people',
  'mentions',
  'outlet_quotes',
  'outlet_events',
  'outlet_pair_quotes',
  'outlet_pair_events',
];

interface Executed {
  sql: string;
  args: unknown[];
}

let db: Db;
let executed: Executed[];
let queries: Queries;

/** Wraps prepare so every statement records what it ran; the queries are prepared through it. */
function recordStatements(target: Db): void {
  const sqlite = target.$client;
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source);
    for (const method of ['all', 'get', 'iterate', 'run'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        executed.push({ sql: source, args });
        return original(...args);
      };
    }
    return statement;
  }) as typeof sqlite.prepare;
}

function seed(target: Db): void {
  target.$client.exec(`
    INSERT INTO outlets (id, slug, name) VALUES (1, 'harbour-times', 'Harbour Times'), (2, 'capital-wire', 'Capital Wire');
    INSERT INTO articles (id, outlet_id, title, published_at, published_date, source_file, content_hash, text, ingested_at) VALUES
      (1, 1, 'Budget row', '2005-01-10', '2005-01-10', 'a.txt', 'h1', 'Ada Okafor said the budget would rise.', '2026-01-01T00:00:00Z'),
      (2, 2, 'Budget rises', '2005-01-11', '2005-01-11', 'b.txt', 'h2', 'The budget would rise, Ada Okafor said.', '2026-01-01T00:00:00Z');
    INSERT INTO people (id, kind, name, name_key) VALUES (1, 'person', 'Ada Okafor', 'ada okafor');
    INSERT INTO person_aliases (person_id, alias, alias_key) VALUES (1, 'Okafor', 'okafor');
    INSERT INTO mentions (person_id, article_id, text, start, "end") VALUES (1, 1, 'Ada Okafor', 0, 10), (1, 2, 'Ada Okafor', 24, 34);
    INSERT INTO quotes (id, speaker_id, kind, text, first_reported) VALUES (1, 1, 'indirect', 'the budget would rise', '2005-01-10');
    INSERT INTO quote_reports (quote_id, article_id, text, speaker_text, cue, start, "end") VALUES
      (1, 1, 'the budget would rise', 'Ada Okafor', 'said', 16, 37), (1, 2, 'The budget would rise', 'Ada Okafor', 'said', 0, 21);
    INSERT INTO events (id, date, precision, description) VALUES (1, '2005-01-10', 'day', 'Ada Okafor said the budget would rise');
    INSERT INTO event_people (event_id, person_id) VALUES (1, 1);
    INSERT INTO event_reports (event_id, article_id, sentence, temporal_text, start, "end", temporal_start, temporal_end) VALUES
      (1, 1, 'Ada Okafor said the budget would rise.', 'said', 0, 38, 11, 15),
      (1, 2, 'The budget would rise, Ada Okafor said.', 'said', 0, 39, 34, 38);
  `);
}

beforeEach(() => {
  db = openDatabase(':memory:');
  runMigrations(db);
  seed(db);
  executed = [];
  recordStatements(db);
  queries = createQueries(db);
});

afterEach(() => {
  db.$client.close();
});

/** Table names and their aliases in a statement ("FROM quotes q" -> q: quotes). */
function tablesByName(sql: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const match of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const [, table, alias] = match;
    names.set(table, table);
    if (alias && !/^(WHERE|ON|LEFT|JOIN|INNER|CROSS|ORDER|GROUP|LIMIT|UNION|USING)$/i.test(alias)) names.set(alias, table);
  }
  return names;
}

interface PlanProblem {
  sql: string;
  step: string;
}

/** Plan steps that read a big table in full, or walk its rowid from @after under a filter. */
function unindexedSteps(run: Executed, filtered: boolean): PlanProblem[] {
  const explain = db.$client.prepare(`EXPLAIN QUERY PLAN ${run.sql}`) as Statement<unknown[], { detail: string }>;
  const steps = explain.all(...run.args).map((row) => row.detail);
  const names = tablesByName(run.sql);
  const problems: PlanProblem[] = [];
  for (const step of steps) {
    const match = /^(SCAN|SEARCH) (\w+)(.*)$/.exec(step);
    if (!match) continue;
    const [, verb, name, rest] = match;
    const table = names.get(name) ?? name;
    if (!BIG_TABLES.includes(table)) continue;
    // Reading a whole index is fine: the issue counts it as indexed, and it is what a count over the index does.
    const fullScan = verb === 'SCAN' && !/USING (COVERING )?INDEX/.test(rest);
    const rowidWalk = filtered && verb === 'SEARCH' && /USING INTEGER PRIMARY KEY \(rowid>\?\)/.test(rest);
    if (fullScan || rowidWalk) problems.push({ sql: run.sql.replace(/\s+/g, ' ').trim(), step });
  }
  return problems;
}

/** Runs one hot request's queries and returns every unindexed step of every statement it executed. */
function problemsOf(request: () => unknown, { filtered = true } = {}): PlanProblem[] {
  executed = [];
  request();
  expect(executed.length).toBeGreaterThan(0);
  const seen = new Set<string>();
  return executed.flatMap((run) => {
    if (seen.has(run.sql)) return [];
    seen.add(run.sql);
    return unindexedSteps(run, filtered);
  });
}

describe('plan checker', () => {
  it('flags a full scan and a filtered rowid walk, and accepts index searches', () => {
    const scan: Executed = { sql: 'SELECT id FROM quotes WHERE text = ?', args: ['x'] };
    expect(unindexedSteps(scan, true).map((p) => p.step)).toEqual([expect.stringMatching(/^SCAN quotes/)]);

    const walk: Executed = { sql: 'SELECT e.id FROM events e WHERE e.id > ? AND e.description = ? ORDER BY e.id LIMIT 5', args: [0, 'x'] };
    expect(unindexedSteps(walk, true)).toHaveLength(1);
    expect(unindexedSteps(walk, false)).toHaveLength(0);

    const indexed: Executed = { sql: 'SELECT q.id FROM quotes q WHERE q.speaker_id = ? AND q.id > ? ORDER BY q.id LIMIT 5', args: [1, 0] };
    expect(unindexedSteps(indexed, true)).toEqual([]);
  });
});

describe('hot queries use an index', () => {
  const page = { limit: 50 };

  it('quotes by speaker id, first page and the next', () => {
    expect(problemsOf(() => queries.quotes.list({ speaker: '1' }, page))).toEqual([]);
    expect(problemsOf(() => queries.quotes.list({ speaker: '1' }, { after: 1, limit: 50 }))).toEqual([]);
  });

  it('quotes by speaker name', () => {
    expect(problemsOf(() => queries.quotes.list({ speaker: 'Ada Okafor' }, page))).toEqual([]);
  });

  it('quote full-text search, first page and the next', () => {
    expect(problemsOf(() => queries.quotes.list({ q: 'budget' }, page))).toEqual([]);
    expect(problemsOf(() => queries.quotes.list({ q: 'budget ris*' }, { after: 1, limit: 50 }))).toEqual([]);
  });

  it.each<[string, QuoteFilters]>([
    ['a speaker', { speaker: 'Okafor' }],
    ['a kind', { kind: 'indirect' }],
    ['an article', { article: 1 }],
    ['an outlet', { outlet: 'capital-wire' }],
    ['a date window', { from: '2005-01-01', to: '2005-01-31' }],
    ['a start date', { from: '2005-01-01' }],
  ])('quote full-text search narrowed to %s', (_name, filters) => {
    expect(problemsOf(() => queries.quotes.list({ ...filters, q: 'budget' }, page))).toEqual([]);
  });

  it('quotes of one article', () => {
    expect(problemsOf(() => queries.quotes.list({ article: 1 }, page))).toEqual([]);
  });

  it('one quote with its reports', () => {
    expect(problemsOf(() => queries.quotes.get(1))).toEqual([]);
  });

  it('events in a month', () => {
    expect(problemsOf(() => queries.events.list({ date: '2005-01' }, page))).toEqual([]);
  });

  it('events between two dates', () => {
    expect(problemsOf(() => queries.events.list({ from: '2005-01-01', to: '2005-01-31' }, page))).toEqual([]);
  });

  it('events of one article', () => {
    expect(problemsOf(() => queries.events.list({ article: 1 }, page))).toEqual([]);
  });

  it('an article with its quotes, events and people', () => {
    expect(problemsOf(() => queries.articles.get(1))).toEqual([]);
  });

  it('a page of articles', () => {
    expect(problemsOf(() => queries.articles.list({}, page), { filtered: false })).toEqual([]);
  });

  it('people of one article', () => {
    expect(problemsOf(() => queries.people.list({ article: 1, kind: 'any' }, page))).toEqual([]);
  });

  it.each(['both', 'onlyFirst', 'onlySecond'] as const)('two outlets compared: %s', (set) => {
    expect(
      problemsOf(() => {
        const quotes = queries.outlets.compareQuotes({ first: 1, second: 2, set }, page);
        queries.quotes.byIds(quotes.items, { compared: [1, 2] });
        const events = queries.outlets.compareEvents({ first: 1, second: 2, set }, { after: 1, limit: 50 });
        queries.events.byIds(events.items, { compared: [1, 2] });
      }),
    ).toEqual([]);
  });

  it('one outlet with its counts', () => {
    expect(problemsOf(() => queries.outlets.get('capital-wire'))).toEqual([]);
  });
});

describe('triggers keeping the outlet pairs use an index', () => {
  // EXPLAIN QUERY PLAN does not show what triggers run, so each statement of their
  // bodies is read from the schema and planned with the row's values as constants.
  it.each(['outlet_pair_quotes', 'outlet_pair_events'])('%s', (table) => {
    const bodies = db.$client.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ? || '%'`).pluck().all(table) as string[];
    expect(bodies).toHaveLength(3);
    const statements = bodies.flatMap((body) =>
      body
        .slice(body.indexOf('BEGIN') + 'BEGIN'.length, body.lastIndexOf('END'))
        .split(';')
        .map((statement) => statement.replaceAll('`', '').replace(/\b(new|old)\.\w+/g, '1').trim())
        .filter(Boolean),
    );
    expect(statements.length).toBeGreaterThanOrEqual(4);
    expect(statements.flatMap((sql) => unindexedSteps({ sql, args: [] }, true))).toEqual([]);
  });
});
