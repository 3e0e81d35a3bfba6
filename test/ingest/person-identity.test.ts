import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { createQueries } from '../../src/db/queries/index.js';
import { ingestFolder } from '../../src/ingest/index.js';
import type { Entity, Extraction } from '../../src/pipeline/types.js';
import { fakeExtract } from './fake-extract.js';
import { freshDb, rows, tempFolder } from './helpers.js';

// Who is who across articles: the writer looks candidates up by every key a name
// may be stored under, and matchPerson decides.

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

// Each line "person: Name" or "organisation: Name" is one entity, mentioned once.
function listedEntities(body: string): Extraction {
  const base = fakeExtract(body);
  const entities: Entity[] = [];
  for (const match of body.matchAll(/^(person|organisation): (.+)$/gm)) {
    const name = match[2].trim();
    const start = match.index + match[1].length + 2;
    entities.push({ key: `e${entities.length}`, kind: match[1] as Entity['kind'], name, aliases: [], roles: [], journalist: false, mentions: [{ start, end: start + name.length, text: name }] });
  }
  return { ...base, entities, quotes: [], events: [] };
}

function ingest(db: Db, files: Record<string, string>) {
  const made = tempFolder(files);
  cleanups.push(made.cleanup);
  return ingestFolder(db, made.root, { extract: listedEntities });
}

const people = (db: Db) => rows<{ name: string; kind: string }>(db, 'SELECT name, kind FROM people ORDER BY id');

describe('person identity across articles', () => {
  it('finds a full name with a middle name from its nickname form, through the surname', () => {
    const db = freshDb();
    ingest(db, { 'a.txt': 'Peanut farm\n\nperson: James Earl Carter\n', 'b.txt': 'Farm visit\n\nperson: Jimmy Carter\n' });
    expect(people(db)).toEqual([{ name: 'James Earl Carter', kind: 'person' }]);
    expect(rows(db, 'SELECT count(DISTINCT article_id) AS n FROM mentions')).toEqual([{ n: 2 }]);
  });

  it('finds a transliterated surname under its other spelling', () => {
    const db = freshDb();
    ingest(db, { 'a.txt': 'Defence talks\n\nperson: Sergei Shoygu\n', 'b.txt': 'Defence talks again\n\nperson: Sergey Shoigu\n' });
    expect(people(db).map((p) => p.name)).toEqual(['Sergei Shoygu']);
  });

  it('finds a body another outlet named with or without its legal form, either way round', () => {
    const db = freshDb();
    ingest(db, { 'a.txt': 'Profit warning\n\norganisation: Harwick Marine NV\n', 'b.txt': 'Shares fall\n\norganisation: Harwick Marine\n' });
    expect(people(db)).toEqual([{ name: 'Harwick Marine NV', kind: 'organisation' }]);
    const other = freshDb();
    ingest(other, { 'a.txt': 'Shares fall\n\norganisation: Harwick Marine\n', 'b.txt': 'Profit warning\n\norganisation: Harwick Marine Plc\n', 'c.txt': 'Rival\n\norganisation: Harwick Marine Holdings\n' });
    expect(people(other).map((p) => p.name)).toEqual(['Harwick Marine', 'Harwick Marine Holdings']);
  });

  it('keeps different people sharing a surname apart, and a bare surname they share unmerged', () => {
    const db = freshDb();
    ingest(db, {
      'a.txt': 'Gala\n\nperson: Helena Marsh\n',
      'b.txt': 'Match\n\nperson: Oscar Marsh\n',
      'c.txt': 'Who\n\nperson: Marsh\n',
    });
    expect(people(db).map((p) => p.name)).toEqual(['Helena Marsh', 'Oscar Marsh', 'Marsh']);
  });

  it('joins a bare surname to the one person known by it, even when no article used it alone before', () => {
    const db = freshDb();
    ingest(db, { 'a.txt': 'Gala\n\nperson: Helena Marsh\n', 'b.txt': 'Later\n\nperson: Marsh\n' });
    expect(people(db).map((p) => p.name)).toEqual(['Helena Marsh']);
  });

  it('lists persons only unless organisations are asked for, also for one article', () => {
    const db = freshDb();
    ingest(db, { 'a.txt': 'Port news\n\norganisation: Harbour Trust\nperson: Helena Marsh\n' });
    const queries = createQueries(db);
    const article = rows<{ id: number }>(db, 'SELECT id FROM articles')[0].id;
    const names = (filters: Parameters<typeof queries.people.list>[0]) => queries.people.list(filters, { limit: 10 }).items.map((p) => p.name);
    expect(names({})).toEqual(['Helena Marsh']);
    expect(names({ article })).toEqual(['Helena Marsh']);
    expect(names({ article, kind: 'person' })).toEqual(['Helena Marsh']);
    expect(names({ article, kind: 'organisation' })).toEqual(['Harbour Trust']);
    expect(names({ article, kind: 'any' })).toEqual(['Harbour Trust', 'Helena Marsh']);
  });
});
