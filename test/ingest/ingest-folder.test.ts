import { accessSync, chmodSync, constants, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { ingestFolder, type IngestOptions, type IngestProgress } from '../../src/ingest/index.js';
import { fakeExtract } from './fake-extract.js';
import { freshDb, rowCounts, rows, tempFolder } from './helpers.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function folder(files: Record<string, string | Uint8Array> = {}) {
  const made = tempFolder(files);
  cleanups.push(made.cleanup);
  return made;
}

const ingest = (db: Db, root: string, options: IngestOptions = {}) => ingestFolder(db, root, { extract: fakeExtract, ...options });

interface ArticleRow {
  id: number;
  title: string | null;
  text: string;
  outlet: string | null;
  slug: string | null;
  published_at: string | null;
  published_date: string | null;
  url: string | null;
  authors: string;
  carried_by: string | null;
  source_file: string;
}

function article(db: Db, sourceFile: string): ArticleRow | undefined {
  return rows<ArticleRow>(
    db,
    `SELECT a.*, o.name AS outlet, o.slug FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.source_file = ?`,
    sourceFile,
  )[0];
}

const harbour = `Harbour bridge reopens

Tomas Brenner said "The bridge is safe again." Traffic resumed at noon.

On 2021-05-03 Tomas Brenner inspected the cables.
`;

const library = `Library gets a new roof

Ines Okafor said "We kept every book dry." The work took six weeks.
`;

describe('ingestFolder', () => {
  it('honours YAML front matter and keeps it out of the article text', () => {
    const { root } = folder({
      'front.txt': `---\ntitle: "Harbour bridge reopens"\noutlet: Coastal Courier\npublishedAt: 2021-05-04T08:30:00Z\nurl: https://example.org/bridge\nauthors: [Mara Lind, Oskar Pell]\n---\n${harbour}`,
    });
    const db = freshDb();
    const summary = ingest(db, root);
    expect(summary).toMatchObject({ files: 1, added: 1, failed: [] });
    const row = article(db, 'front.txt')!;
    expect(row).toMatchObject({
      title: 'Harbour bridge reopens',
      outlet: 'Coastal Courier',
      slug: 'coastal-courier',
      published_at: '2021-05-04T08:30:00Z',
      published_date: '2021-05-04',
      url: 'https://example.org/bridge',
    });
    expect(JSON.parse(row.authors)).toEqual(['Mara Lind', 'Oskar Pell']);
    expect(row.text).toBe(harbour);
    expect(row.text).not.toContain('outlet:');
  });

  it('merges a sidecar over the front matter, key by key', () => {
    const { root } = folder({
      'story.txt': `---\noutlet: Wrong Outlet\ntitle: Kept title\n---\n${library}`,
      'story.meta.yaml': 'outlet: Valley Post\ncarriedBy: Aggregator Daily\npublishedAt: 2022-01-10\nauthors: Sam Reyes\n',
    });
    const db = freshDb();
    expect(ingest(db, root)).toMatchObject({ files: 1, added: 1, failed: [] });
    const row = article(db, 'story.txt')!;
    expect(row).toMatchObject({ title: 'Kept title', outlet: 'Valley Post', carried_by: 'Aggregator Daily', published_date: '2022-01-10' });
    expect(JSON.parse(row.authors)).toEqual(['Sam Reyes']);
  });

  it('reads bare text with no metadata: nulls, and the title inferred from the text', () => {
    const { root } = folder({ 'news/one.txt': library });
    const db = freshDb();
    ingest(db, root);
    expect(article(db, 'news/one.txt')).toMatchObject({ title: 'Library gets a new roof', outlet: null, published_at: null, url: null });
  });

  it('stores people, mentions, quotes with their reports, and events', () => {
    const { root } = folder({ 'a.txt': harbour });
    const db = freshDb();
    ingest(db, root);
    const quote = rows<{ text: string; speaker: string; first_reported: string | null; cue: string; start: number; end: number }>(
      db,
      `SELECT q.text, p.name AS speaker, q.first_reported, r.cue, r.start, r."end" FROM quotes q
       JOIN people p ON p.id = q.speaker_id JOIN quote_reports r ON r.quote_id = q.id`,
    );
    expect(quote).toEqual([{ text: 'The bridge is safe again.', speaker: 'Tomas Brenner', first_reported: null, cue: 'said', start: 44, end: 69 }]);
    expect(harbour.slice(44, 69)).toBe('The bridge is safe again.');
    expect(rows(db, `SELECT alias, alias_key FROM person_aliases ORDER BY alias`)).toEqual([
      { alias: 'Brenner', alias_key: 'brenner' },
      { alias: 'Tomas Brenner', alias_key: 'tomas brenner' },
    ]);
    expect(rows(db, `SELECT e.date, e.precision, r.temporal_text, p.name FROM events e JOIN event_reports r ON r.event_id = e.id
      JOIN event_people ep ON ep.event_id = e.id JOIN people p ON p.id = ep.person_id`)).toEqual([
      { date: '2021-05-03', precision: 'day', temporal_text: 'On 2021-05-03', name: 'Tomas Brenner' },
    ]);
    expect(rowCounts(db)).toMatchObject({ people: 1, mentions: 2 });
  });

  it('ingests nothing twice when run again over the same folder', () => {
    const { root } = folder({ 'a.txt': harbour, 'b/c.txt': library });
    const db = freshDb();
    ingest(db, root);
    const before = rowCounts(db);
    const again = ingest(db, root);
    expect(again).toMatchObject({ files: 2, added: 0, updated: 0, unchanged: 2, failed: [] });
    expect(rowCounts(db)).toEqual(before);
    expect(rows(db, 'SELECT added, unchanged FROM ingest_runs ORDER BY id')).toEqual([
      { added: 2, unchanged: 0 },
      { added: 0, unchanged: 2 },
    ]);
  });

  it('updates a changed file in place: same article id, its quotes follow the new text', () => {
    const { root, write } = folder({ 'a.txt': harbour });
    const db = freshDb();
    ingest(db, root);
    const id = article(db, 'a.txt')!.id;
    write('a.txt', harbour.replace('The bridge is safe again.', 'Repairs are finished.').replace('Tomas Brenner inspected', 'Lea Varga inspected'));
    const summary = ingest(db, root);
    expect(summary).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    expect(article(db, 'a.txt')!.id).toBe(id);
    expect(rows(db, 'SELECT text FROM quotes')).toEqual([{ text: 'Repairs are finished.' }]);
    expect(rows(db, 'SELECT name FROM people ORDER BY name')).toEqual([{ name: 'Lea Varga' }, { name: 'Tomas Brenner' }]);
    expect(rowCounts(db)).toMatchObject({ articles: 1, quotes: 1, quote_reports: 1, events: 1, event_reports: 1 });
  });

  it('drops people, quotes and events only the old text reported', () => {
    const { root, write } = folder({ 'a.txt': harbour });
    const db = freshDb();
    ingest(db, root);
    write('a.txt', library);
    ingest(db, root);
    expect(rows(db, 'SELECT name FROM people')).toEqual([{ name: 'Ines Okafor' }]);
    expect(rowCounts(db)).toMatchObject({ quotes: 1, events: 0, event_people: 0, person_aliases: 2 });
  });

  it('gives one id to the same quote reported by two articles, dated by its first report', () => {
    const { root, write } = folder({
      'early.txt': `---\npublishedAt: 2021-05-03\noutlet: Coastal Courier\n---\n${harbour}`,
      'late.txt': `---\npublishedAt: 2021-05-06\noutlet: Valley Post\n---\nBridge follow-up\n\nTomas Brenner said "The bridge is safe again." He repeated it.\n`,
    });
    const db = freshDb();
    ingest(db, root);
    expect(rows(db, 'SELECT id, first_reported FROM quotes')).toEqual([{ id: expect.any(Number), first_reported: '2021-05-03' }]);
    expect(rowCounts(db)).toMatchObject({ people: 1, quotes: 1, quote_reports: 2, outlets: 2 });

    // Ingested last but published first: the quote's first report moves earlier.
    write('zz-earliest.txt', `---\npublishedAt: 2021-04-30\n---\nTomas Brenner said "The bridge is safe again."\n`);
    ingest(db, root);
    expect(rows(db, 'SELECT first_reported FROM quotes')).toEqual([{ first_reported: '2021-04-30' }]);
    rmSync(join(root, 'zz-earliest.txt'));
    ingest(db, root, { removeMissing: true });
    expect(rows(db, 'SELECT first_reported FROM quotes')).toEqual([{ first_reported: '2021-05-03' }]);

    rmSync(join(root, 'early.txt'));
    write('late.txt', `---\npublishedAt: 2021-05-06\noutlet: Valley Post\n---\nBridge follow-up\n\nTomas Brenner said "The bridge is safe again."\n`);
    const summary = ingest(db, root, { removeMissing: true });
    expect(summary).toMatchObject({ updated: 1, missing: ['early.txt'], removedMissing: true });
    expect(rows(db, 'SELECT first_reported FROM quotes')).toEqual([{ first_reported: '2021-05-06' }]);
    expect(rows(db, 'SELECT slug FROM outlets')).toEqual([{ slug: 'valley-post' }]);
  });

  it('keeps a person\'s full name as first seen when a later article adds a title to it', () => {
    const { root } = folder({ 'a.txt': harbour, 'b.txt': 'Cables pass inspection\n\nTomas Brenner said "No faults were found."\n' });
    const db = freshDb();
    ingest(db, root, {
      extract: (body, given) => {
        const extraction = fakeExtract(body, given);
        if (body.includes('No faults')) extraction.entities[0].name = 'Inspector Tomas Brenner';
        return extraction;
      },
    });
    expect(rows(db, 'SELECT name FROM people')).toEqual([{ name: 'Tomas Brenner' }]);
    expect(rows(db, 'SELECT alias FROM person_aliases ORDER BY alias')).toEqual([{ alias: 'Brenner' }, { alias: 'Inspector Tomas Brenner' }, { alias: 'Tomas Brenner' }]);
    expect(rowCounts(db)).toMatchObject({ quotes: 2, mentions: 3 });
  });

  it('reports files gone from the folder, and deletes them only when asked', () => {
    const { root } = folder({ 'a.txt': harbour, 'b.txt': library });
    const db = freshDb();
    ingest(db, root);
    rmSync(join(root, 'a.txt'));
    expect(ingest(db, root)).toMatchObject({ missing: ['a.txt'], removedMissing: false, unchanged: 1 });
    expect(rowCounts(db).articles).toBe(2);
    expect(ingest(db, root, { removeMissing: true })).toMatchObject({ missing: ['a.txt'], removedMissing: true });
    expect(rowCounts(db)).toMatchObject({ articles: 1, people: 1, quotes: 1, events: 0 });
    expect(rows(db, 'SELECT missing, removed FROM ingest_runs ORDER BY id DESC LIMIT 1')).toEqual([{ missing: 1, removed: 1 }]);
  });

  it('stores the same content under two names once, and reports the second as a duplicate', () => {
    const { root } = folder({ 'a/story.txt': harbour, 'b/copy.txt': harbour });
    const db = freshDb();
    const first = ingest(db, root);
    expect(first).toMatchObject({ added: 1, duplicates: [{ file: 'b/copy.txt', duplicateOf: 'a/story.txt' }] });
    expect(rowCounts(db)).toMatchObject({ articles: 1, quotes: 1, quote_reports: 1 });
    expect(ingest(db, root)).toMatchObject({ added: 0, unchanged: 1, duplicates: [{ file: 'b/copy.txt', duplicateOf: 'a/story.txt' }] });
    expect(rows(db, 'SELECT duplicates FROM ingest_runs')).toEqual([{ duplicates: 1 }, { duplicates: 1 }]);
  });

  it('keeps the article id when a file is renamed', () => {
    const { root } = folder({ 'old-name.txt': harbour });
    const db = freshDb();
    ingest(db, root);
    const id = article(db, 'old-name.txt')!.id;
    renameSync(join(root, 'old-name.txt'), join(root, 'new-name.txt'));
    const summary = ingest(db, root);
    expect(summary).toMatchObject({ added: 0, updated: 1, missing: [] });
    expect(article(db, 'new-name.txt')!.id).toBe(id);
    expect(rowCounts(db)).toMatchObject({ articles: 1, quote_reports: 1 });
  });

  it('reports bad files with a reason and lands the rest', () => {
    const { root, write } = folder({
      'good.txt': harbour,
      'empty.txt': '',
      'blank.txt': '\n  \n',
      'binary.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]),
      'unclosed.txt': '---\ntitle: Never closed\n\nBody text here.\n',
      'bad-yaml.txt': '---\ntitle: [unbalanced\n---\nBody text here.\n',
      'bad-date.txt': '---\npublishedAt: last Tuesday\n---\nBody text here.\n',
      'only-meta.txt': '---\ntitle: Nothing else\n---\n',
      'bad-sidecar.txt': library,
      'bad-sidecar.meta.yaml': '- just\n- a list\n',
    });
    // Windows-1252: 0x93/0x94 are curly double quotes, 0xE9 is é.
    write('cp1252.txt', Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' owner Rosa Quint said '), 0x93, ...Buffer.from('Open daily'), 0x94, 0x2e, 0x0a]));
    const db = freshDb();
    const summary = ingest(db, root);
    const reasons = Object.fromEntries(summary.failed.map(({ file, reason }) => [file, reason]));
    expect(reasons).toEqual({
      'empty.txt': 'empty file',
      'blank.txt': 'empty file',
      'binary.txt': 'binary file (contains NUL bytes)',
      'unclosed.txt': 'malformed front matter: front matter opened with --- but never closed',
      'bad-yaml.txt': expect.stringMatching(/^malformed front matter: invalid YAML/),
      'bad-date.txt': 'malformed front matter: publishedAt: must be an ISO date (YYYY-MM-DD) or date-time',
      'only-meta.txt': 'no article text after the front matter',
      'bad-sidecar.txt': 'malformed sidecar bad-sidecar.meta.yaml: metadata must be a YAML mapping of keys to values',
    });
    expect(summary).toMatchObject({ files: 10, added: 2 });
    expect(article(db, 'cp1252.txt')!.text).toBe('Café owner Rosa Quint said \u201cOpen daily\u201d.\n');
    expect(rows(db, 'SELECT failed FROM ingest_runs')).toEqual([{ failed: 8 }]);
  });

  it('reports an unreadable file, or reads it when the user may (root)', () => {
    const { root, write } = folder({ 'good.txt': harbour });
    const locked = write('locked.txt', library);
    chmodSync(locked, 0o000);
    cleanups.push(() => chmodSync(locked, 0o644));
    let readable = true;
    try {
      accessSync(locked, constants.R_OK);
    } catch {
      readable = false;
    }
    const db = freshDb();
    const summary = ingest(db, root);
    if (readable) {
      expect(summary).toMatchObject({ added: 2, failed: [] });
    } else {
      expect(summary).toMatchObject({ added: 1, failed: [{ file: 'locked.txt', reason: 'unreadable: permission denied' }] });
    }
    expect(rowCounts(db).articles).toBe(readable ? 2 : 1);
  });

  it('follows a symlink loop without looping, and skips dot-files, sidecars and README files', () => {
    const { root, write } = folder({ 'desk/a.txt': harbour, '.hidden.txt': library, '.git/x.txt': library, 'README.txt': 'about', 'notes.md': 'x' });
    write('desk/a.meta.yaml', 'outlet: Coastal Courier\n');
    symlinkSync('..', join(root, 'desk', 'up'));
    const db = freshDb();
    const summary = ingest(db, root);
    expect(summary).toMatchObject({ files: 1, added: 1, failed: [] });
    expect(article(db, 'desk/a.txt')!.outlet).toBe('Coastal Courier');
  });

  it('reports a folder that does not exist instead of throwing', () => {
    const db = freshDb();
    const summary = ingest(db, join(folder().root, 'nope'));
    expect(summary).toMatchObject({ files: 0, failed: [{ file: '.', reason: 'folder no such file' }] });
  });

  it('writes each article in one transaction: a failed write leaves nothing of it', () => {
    const { root } = folder({ 'a.txt': harbour, 'b.txt': library });
    const db = freshDb();
    const summary = ingest(db, root, {
      extract: (body, given) => {
        const extraction = fakeExtract(body, given);
        // A mention with no position violates NOT NULL after the article, person and quote rows are written.
        if (body.includes('Okafor')) extraction.entities[0].mentions.push({ start: null as unknown as number, end: 1, text: 'x' });
        return extraction;
      },
    });
    expect(summary.added).toBe(1);
    expect(summary.failed).toEqual([{ file: 'b.txt', reason: expect.stringContaining('NOT NULL') }]);
    expect(rows(db, 'SELECT source_file FROM articles')).toEqual([{ source_file: 'a.txt' }]);
    expect(rows(db, 'SELECT name FROM people')).toEqual([{ name: 'Tomas Brenner' }]);
  });

  it('keeps going when extraction throws on one article', () => {
    const { root } = folder({ 'a.txt': harbour, 'b.txt': library });
    const db = freshDb();
    const summary = ingest(db, root, {
      extract: (body, given) => {
        if (body.includes('Okafor')) throw new Error('stage exploded');
        return fakeExtract(body, given);
      },
    });
    expect(summary).toMatchObject({ added: 1, failed: [{ file: 'b.txt', reason: 'could not be ingested: stage exploded' }] });
  });

  it('reports progress once per file', () => {
    const { root } = folder({ 'a.txt': harbour, 'b.txt': library, 'c.txt': '' });
    const seen: IngestProgress[] = [];
    ingest(freshDb(), root, { onProgress: (progress) => seen.push(progress) });
    expect(seen.map(({ done, total, outcome }) => [done, total, outcome.file, outcome.status])).toEqual([
      [1, 3, 'a.txt', 'added'],
      [2, 3, 'b.txt', 'added'],
      [3, 3, 'c.txt', 'failed'],
    ]);
  });

  it('re-extracts unchanged files when forced, keeping ids', () => {
    const { root } = folder({ 'a.txt': harbour });
    const db = freshDb();
    ingest(db, root);
    const ids = rows(db, 'SELECT (SELECT id FROM articles) a, (SELECT id FROM quotes) q, (SELECT id FROM people) p');
    expect(ingest(db, root, { force: true })).toMatchObject({ updated: 1, unchanged: 0 });
    expect(rows(db, 'SELECT (SELECT id FROM articles) a, (SELECT id FROM quotes) q, (SELECT id FROM people) p')).toEqual(ids);
  });
});
