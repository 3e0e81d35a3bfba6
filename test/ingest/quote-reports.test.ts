import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { createQueries } from '../../src/db/queries/index.js';
import { ingestFolder } from '../../src/ingest/index.js';
import type { Extraction } from '../../src/pipeline/types.js';
import { fakeExtract } from './fake-extract.js';
import { freshDb, rows, tempFolder } from './helpers.js';

// A quote has one report per article that carried it, in that article's fullest wording.

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function ingest(db: Db, files: Record<string, string>, force = false) {
  const made = tempFolder(files);
  cleanups.push(made.cleanup);
  return ingestFolder(db, made.root, { extract: withUnnamed, force });
}

// The fake extractor, plus `Officials said "words"` as a quote whose speaker nobody named, and
// `First Last argued that clause "phrase".` as a reported clause holding a quoted phrase.
function withUnnamed(body: string, given = {}): Extraction {
  const base = fakeExtract(body, given);
  const unnamed = [...body.matchAll(/Officials said "([^"]+)"/g)].map((match) => {
    const start = match.index + match[0].indexOf('"') + 1;
    return { kind: 'direct' as const, start, end: start + match[1].length, text: match[1], speakerKey: null, speakerText: 'Officials', cue: 'said' };
  });
  const clauses = [...body.matchAll(/([A-Z][a-z]+ [A-Z][a-z]+) argued that ([^"]+"([^"]+)")/g)].flatMap((match) => {
    const speakerKey = base.entities.find((entity) => entity.name === match[1])?.key ?? null;
    const start = match.index + match[0].indexOf(match[2]);
    const phraseStart = start + match[2].indexOf('"') + 1;
    return [
      { kind: 'indirect' as const, start, end: start + match[2].length, text: match[2], speakerKey, speakerText: match[1], cue: 'argued' },
      { kind: 'direct' as const, start: phraseStart, end: phraseStart + match[3].length, text: match[3], speakerKey, speakerText: match[1], cue: 'argued' },
    ];
  });
  return { ...base, quotes: [...base.quotes, ...unnamed, ...clauses].sort((a, b) => a.start - b.start) };
}

const dated = (date: string, body: string) => `---\npublishedAt: ${date}\n---\n${body}`;

const full = 'We expect a hard winter for the fishing fleet this year.';
const headlined = dated(
  '2022-01-10',
  `Ada Vance said "hard winter" in the harbour\n\nThe harbour master spoke on Monday. Ada Vance said "${full}" Boats stayed in port.\n`,
);

interface ReportRow {
  quote_id: number;
  article_id: number;
  text: string;
  start: number;
  end: number;
  article_text: string;
}

function reports(db: Db): ReportRow[] {
  return rows<ReportRow>(
    db,
    `SELECT r.quote_id, r.article_id, r.text, r.start, r."end", a.text AS article_text
     FROM quote_reports r JOIN articles a ON a.id = r.article_id ORDER BY r.quote_id, r.article_id`,
  );
}

function expectExactSpans(db: Db): void {
  for (const report of reports(db)) expect(report.article_text.slice(report.start, report.end)).toBe(report.text);
}

describe('one report per quote per article', () => {
  it('keeps the full quote, not the headline fragment that came first, and its exact span', () => {
    const db = freshDb();
    ingest(db, { 'a.txt': headlined });
    const found = reports(db);
    expect(found.map((r) => r.text)).toEqual([full]);
    expectExactSpans(db);
    // The quote introduced here reads as its fullest wording too.
    expect(rows(db, 'SELECT kind, text FROM quotes')).toEqual([{ kind: 'direct', text: full }]);
  });

  it('keeps one report when a caption repeats a body quote word for word', () => {
    const db = freshDb();
    const body = `Pier repairs\n\nLeon Dvorak said "The pier reopens in May." Work starts soon.\n\nCaption: Leon Dvorak said "The pier reopens in May."\n`;
    ingest(db, { 'a.txt': dated('2022-02-01', body) });
    const found = reports(db);
    expect(found).toHaveLength(1);
    expect(found[0].start).toBe(body.indexOf('The pier'));
    expectExactSpans(db);
  });

  it('gives another article its own report in its own wording, under the same quote id', () => {
    const db = freshDb();
    ingest(db, {
      'a.txt': headlined,
      'b.txt': dated('2022-01-11', 'Fleet idle\n\nAda Vance said "hard winter" and little more.\n'),
    });
    const found = reports(db);
    expect(new Set(found.map((r) => r.quote_id)).size).toBe(1);
    expect(found.map((r) => r.text)).toEqual([full, 'hard winter']);
    expectExactSpans(db);
  });

  it("joins a reported clause to the statement another article of the story gave, through the clause's quoted phrase", () => {
    const shared = 'Lena Ortiz said "The toll bridge opens in May."';
    const whole = 'A second lane must now be the next step.';
    const clause = 'the council should pay for wider roads and that this was "the next step"';
    const quoteOf = (db: Db, text: string) => reports(db).find((r) => r.text === text)?.quote_id;
    let db = freshDb();
    ingest(db, {
      'a.txt': dated('2022-05-02', `Bridge\n\n${shared} Lena Ortiz said "${whole}"\n`),
      'b.txt': dated('2022-05-02', `Roads\n\n${shared} Lena Ortiz argued that ${clause}.\n`),
    });
    expect(quoteOf(db, clause)).toBe(quoteOf(db, whole));
    expect(reports(db)).toHaveLength(4);
    expect(rows(db, 'SELECT count(*) AS n FROM quotes')).toEqual([{ n: 2 }]);
    expectExactSpans(db);
    // Without a statement in common the articles are not one story: a short phrase is not enough.
    db = freshDb();
    ingest(db, {
      'a.txt': dated('2022-05-02', `Bridge\n\nLena Ortiz said "${whole}"\n`),
      'b.txt': dated('2022-05-02', `Roads\n\nLena Ortiz argued that ${clause}.\n`),
    });
    expect(quoteOf(db, clause)).not.toBe(quoteOf(db, whole));
  });

  it('keeps different statements of one speaker in one article apart', () => {
    const db = freshDb();
    ingest(db, {
      'a.txt': dated('2022-03-01', 'Budget day\n\nRosa Lind said "Taxes on fuel will fall in April." Then Rosa Lind said "Schools get four new science labs."\n'),
    });
    expect(reports(db).map((r) => r.text)).toEqual(['Taxes on fuel will fall in April.', 'Schools get four new science labs.']);
  });

  it('reports the first part of a statement another outlet ran whole under that statement, the next part on its own', () => {
    const db = freshDb();
    const whole = 'We waited all winter for the new pumps. The water board gave us nothing but excuses.';
    ingest(db, {
      'a.txt': dated('2022-04-05', `Flooded lanes\n\nOwen Marsh said "${whole}"\n`),
      'b.txt': dated('2022-04-05', 'Village anger\n\nOwen Marsh said "We waited all winter for the new pumps." Then Owen Marsh said "The water board gave us nothing but excuses."\n'),
    });
    const found = reports(db);
    const [first] = found;
    expect(found.filter((r) => r.quote_id === first.quote_id).map((r) => r.text)).toEqual([whole, 'We waited all winter for the new pumps.']);
    const second = found.find((r) => r.text === 'The water board gave us nothing but excuses.');
    expect(second?.quote_id).not.toBe(first.quote_id);
    expect(found).toHaveLength(3);
    expectExactSpans(db);
  });

  it('gives the same words reported unnamed by one outlet and named by another one quote, with the named speaker', () => {
    const words = 'The north pier will stay shut until the storm damage is repaired.';
    const speakers = () => rows<{ name: string | null; n: number }>(db, 'SELECT p.name, count(r.id) AS n FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id JOIN quote_reports r ON r.quote_id = q.id GROUP BY q.id');
    let db = freshDb();
    ingest(db, { 'a.txt': dated('2022-07-04', `Pier shut\n\nOfficials said "${words}"\n`), 'b.txt': dated('2022-07-04', `Storm\n\nIrma Holt said "${words}"\n`) });
    expect(speakers()).toEqual([{ name: 'Irma Holt', n: 2 }]);
    db = freshDb();
    ingest(db, { 'a.txt': dated('2022-07-04', `Storm\n\nIrma Holt said "${words}"\n`), 'b.txt': dated('2022-07-04', `Pier shut\n\nOfficials said "${words}"\n`) });
    expect(speakers()).toEqual([{ name: 'Irma Holt', n: 2 }]);
    // Another day's unnamed report stays its own.
    db = freshDb();
    ingest(db, { 'a.txt': dated('2022-07-04', `Storm\n\nIrma Holt said "${words}"\n`), 'b.txt': dated('2022-07-09', `Pier shut\n\nOfficials said "${words}"\n`) });
    expect(speakers()).toEqual([{ name: 'Irma Holt', n: 1 }, { name: null, n: 1 }]);
  });

  it('gives the same words in two articles of one story one quote whatever their dates, with the speaker one of them named', () => {
    const shared = 'Rafe Dunn said "The lock gates will be replaced by the end of March."';
    const words = 'Boats will be diverted along the old canal while the work goes on.';
    const speakers = () => rows<{ name: string | null; n: number }>(db, 'SELECT p.name, count(r.id) AS n FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id JOIN quote_reports r ON r.quote_id = q.id GROUP BY q.id ORDER BY q.id');
    // Undated, so only the story brings them together.
    let db = freshDb();
    ingest(db, { 'a.txt': `Locks\n\n${shared} Officials said "${words}"\n`, 'b.txt': `Canal\n\n${shared} Officials said "${words}"\n` });
    expect(speakers()).toEqual([{ name: 'Rafe Dunn', n: 2 }, { name: null, n: 2 }]);
    db = freshDb();
    ingest(db, { 'a.txt': `Locks\n\n${shared} Officials said "${words}"\n`, 'b.txt': `Canal\n\n${shared} Ines Fox said "${words}"\n` });
    expect(speakers()).toEqual([{ name: 'Rafe Dunn', n: 2 }, { name: 'Ines Fox', n: 2 }]);
    db = freshDb();
    ingest(db, { 'a.txt': dated('2022-08-01', `Locks\n\n${shared} Ines Fox said "${words}"\n`), 'b.txt': dated('2022-08-03', `Canal\n\n${shared} Officials said "${words}"\n`) });
    expect(speakers()).toEqual([{ name: 'Rafe Dunn', n: 2 }, { name: 'Ines Fox', n: 2 }]);
    expectExactSpans(db);
  });

  it('keeps the same unnamed words of two articles apart when the articles share no statement, and two named speakers always', () => {
    const words = 'Boats will be diverted along the old canal while the work goes on.';
    const count = (db: Db) => rows<{ n: number }>(db, 'SELECT count(*) AS n FROM quotes')[0].n;
    let db = freshDb();
    ingest(db, { 'a.txt': `Locks\n\nOfficials said "${words}"\n`, 'b.txt': `Canal\n\nOfficials said "${words}"\n` });
    expect(count(db)).toBe(2);
    const shared = 'Rafe Dunn said "The lock gates will be replaced by the end of March."';
    db = freshDb();
    ingest(db, { 'a.txt': `Locks\n\n${shared} Ines Fox said "${words}"\n`, 'b.txt': `Canal\n\n${shared} Omar Reid said "${words}"\n` });
    expect(count(db)).toBe(3);
  });

  it('stays one report with the same quote id when the article is re-extracted', () => {
    const db = freshDb();
    ingest(db, { 'a.txt': headlined });
    const before = reports(db);
    ingest(db, { 'a.txt': headlined }, true);
    expect(reports(db)).toEqual(before);
  });

  it('stores an article with more reports and mentions than one insert takes, in text order, each searchable', () => {
    const db = freshDb();
    // 150 speakers, one quote each: several multi-row inserts for reports and for mentions.
    const names = Array.from({ length: 150 }, (_, i) => `Ann ${String.fromCharCode(65 + (i % 26))}${'abcdefghij'.slice(0, 2 + Math.floor(i / 26))}`);
    const body = names.map((name, i) => `${name} said "Pier ${i} opens for the season."`).join('\n\n');
    ingest(db, { 'long.txt': dated('2022-06-01', `Piers\n\n${body}\n`) });
    const stored = rows<{ id: number; quote_id: number; text: string }>(db, 'SELECT id, quote_id, text FROM quote_reports ORDER BY id');
    expect(stored.map((r) => r.text)).toEqual(names.map((_, i) => `Pier ${i} opens for the season.`));
    // Ids follow the text, as one insert per report would number them.
    expect(stored.map((r) => r.quote_id)).toEqual([...stored.map((r) => r.quote_id)].sort((a, b) => a - b));
    expectExactSpans(db);
    const mentions = rows<{ text: string }>(db, 'SELECT text FROM mentions ORDER BY id');
    expect(mentions.map((m) => m.text)).toEqual(names);
    expect(rows(db, "SELECT rowid AS id FROM quote_reports_fts WHERE quote_reports_fts MATCH 'pier AND 137'")).toEqual([{ id: stored[137].quote_id }]);
    expect(rows(db, 'SELECT count(*) AS n FROM quotes WHERE report_count = 1')).toEqual([{ n: 150 }]);
  });

  it('lists a quote\'s reports by publication date, then article id, undated last', () => {
    const db = freshDb();
    const quote = 'Ada Vance said "The ferry timetable changes next week."\n';
    ingest(db, {
      // Files are ingested by name, so ids run against the dates.
      'a.txt': `Undated\n\n${quote}`,
      'b.txt': dated('2022-05-03', `Later\n\n${quote}`),
      'c.txt': dated('2022-05-01', `Earlier\n\n${quote}`),
      'd.txt': dated('2022-05-01', `Same day\n\n${quote}`),
    });
    const ids = Object.fromEntries(rows<{ id: number; source_file: string }>(db, 'SELECT id, source_file FROM articles').map((a) => [a.source_file, a.id]));
    const queries = createQueries(db);
    const [listed] = queries.quotes.list({}, { limit: 10 }).items;
    const order = [ids['c.txt'], ids['d.txt'], ids['b.txt'], ids['a.txt']];
    expect(listed.reports.map((r) => r.articleId)).toEqual(order);
    expect(queries.quotes.get(listed.id)!.reports.map((r) => r.articleId)).toEqual(order);
  });
});
