import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { ingestFolder } from '../../src/ingest/index.js';
import type { Extraction } from '../../src/pipeline/types.js';
import { fakeExtract } from './fake-extract.js';
import { freshDb, rows, tempFolder } from './helpers.js';

// Two outlets telling one story (they carry the same statement) report a person's day in
// their own words: that day's event of that person is one event.

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function ingest(db: Db, files: Record<string, string>) {
  const made = tempFolder(files);
  cleanups.push(made.cleanup);
  return ingestFolder(db, made.root, { extract: withUnpeopled });
}

// The fake extractor, plus `On YYYY-MM-DD the words.` as an event of that day involving nobody.
function withUnpeopled(body: string, given = {}): Extraction {
  const base = fakeExtract(body, given);
  const unpeopled = [...body.matchAll(/On (\d{4}-\d{2}-\d{2}) (the [^.]+)\./g)].map((match) => ({
    date: match[1],
    precision: 'day' as const,
    description: match[2],
    sentence: { start: match.index, end: match.index + match[0].length, text: match[0] },
    temporal: { start: match.index, end: match.index + 3 + match[1].length, text: `On ${match[1]}` },
    peopleKeys: [],
    place: null,
  }));
  return { ...base, events: [...base.events, ...unpeopled].sort((a, b) => a.sentence.start - b.sentence.start) };
}

const dated = (body: string) => `---\npublishedAt: 2021-09-14T09:00:00Z\n---\n${body}`;
const statement = 'Nora Quist said "The ferry link will run again before the winter storms arrive."';
const wire = `Ferry firm cuts outlook\n\nOn 2021-09-14 Nora Quist cut the ferry firm outlook and named a successor. ${statement}\n`;
const paper = `Ferry chief to go\n\nOn 2021-09-14 Nora Quist confirmed in a statement she leaves after the June meeting. ${statement}\n`;

const eventsByArticle = (db: Db) =>
  rows<{ event_id: number; source_file: string; sentence: string }>(db, 'SELECT r.event_id, a.source_file, r.sentence FROM event_reports r JOIN articles a ON a.id = r.article_id ORDER BY a.source_file');

describe('events within one story', () => {
  it("gives a person's day one event across two outlets that carry the same statement", () => {
    const db = freshDb();
    ingest(db, { 'a.txt': dated(wire), 'b.txt': dated(paper) });
    const found = eventsByArticle(db);
    expect(found).toHaveLength(2);
    expect(found[0].event_id).toBe(found[1].event_id);
  });

  it('keeps them apart when the articles share no statement', () => {
    const db = freshDb();
    const other = paper.replace(statement, 'Nora Quist said "Fares stay frozen for pensioners until next spring at least."');
    ingest(db, { 'a.txt': dated(wire), 'b.txt': dated(other) });
    const found = eventsByArticle(db);
    expect(new Set(found.map((r) => r.event_id)).size).toBe(2);
  });

  it('gives the one thing each of two outlets of a story reports of a day one event, when they share a word of what happened', () => {
    const db = freshDb();
    const halted = 'On 2021-09-15 the ferry crossings to the islands stay suspended until noon.';
    const cancelled = 'On 2021-09-15 the morning ferry sailings are all cancelled.';
    ingest(db, { 'a.txt': dated(`${wire}${halted}\n`), 'b.txt': dated(`${paper}${cancelled}\n`) });
    const found = eventsByArticle(db).filter((r) => r.sentence.includes('2021-09-15'));
    expect(found).toHaveLength(2);
    expect(found[0].event_id).toBe(found[1].event_id);
  });

  it('keeps them apart when an outlet reports two things of that day, or they share no word of what happened', () => {
    const halted = 'On 2021-09-15 the ferry crossings to the islands stay suspended until noon.';
    const council = 'On 2021-09-15 the harbour council meets to approve the budget.';
    let db = freshDb();
    ingest(db, { 'a.txt': dated(`${wire}${halted}\n`), 'b.txt': dated(`${paper}On 2021-09-15 the morning ferry sailings are all cancelled. ${council}\n`) });
    expect(new Set(eventsByArticle(db).filter((r) => r.sentence.includes('2021-09-15')).map((r) => r.event_id)).size).toBe(3);
    db = freshDb();
    ingest(db, { 'a.txt': dated(`${wire}${halted}\n`), 'b.txt': dated(`${paper}${council}\n`) });
    expect(new Set(eventsByArticle(db).filter((r) => r.sentence.includes('2021-09-15')).map((r) => r.event_id)).size).toBe(2);
  });
});
