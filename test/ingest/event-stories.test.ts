import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { ingestFolder } from '../../src/ingest/index.js';
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
  return ingestFolder(db, made.root, { extract: fakeExtract });
}

const dated = (body: string) => `---\npublishedAt: 2021-09-14T09:00:00Z\n---\n${body}`;
const statement = 'Nora Quist said "The ferry link will run again before the winter storms arrive."';
const wire = `Ferry firm cuts outlook\n\nOn 2021-09-14 Nora Quist cut the ferry firm outlook and named a successor. ${statement}\n`;
const paper = `Ferry chief to go\n\nOn 2021-09-14 Nora Quist confirmed in a statement she leaves after the June meeting. ${statement}\n`;

const eventsByArticle = (db: Db) => rows<{ event_id: number; source_file: string }>(db, 'SELECT r.event_id, a.source_file FROM event_reports r JOIN articles a ON a.id = r.article_id ORDER BY a.source_file');

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
});
