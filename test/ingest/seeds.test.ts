import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { ingestFolder } from '../../src/ingest/index.js';
import { freshDb, rowCounts, rows } from './helpers.js';

// The real seeds folder through the real pipeline: what lands must carry the
// sidecar metadata, whatever the extraction stages make of the prose.
const seeds = fileURLToPath(new URL('../../seeds', import.meta.url));

it('ingests the seed articles with their sidecar metadata, once', () => {
  const db = freshDb();
  const summary = ingestFolder(db, seeds);
  expect(summary).toMatchObject({ files: 2, added: 2, failed: [], duplicates: [] });

  const articles = rows<Record<string, unknown>>(
    db,
    `SELECT a.source_file, a.published_at, a.published_date, a.url, a.authors, a.carried_by, o.slug, o.name AS outlet, a.text
     FROM articles a JOIN outlets o ON o.id = a.outlet_id ORDER BY a.source_file`,
  );
  expect(articles.map(({ text, ...rest }) => rest)).toEqual([
    {
      source_file: '000_16b0362df74f1e84.txt',
      published_at: '2017-02-16',
      published_date: '2017-02-16',
      url: 'http://news.yahoo.com/trumps-defense-chief-sees-no-military-collaboration-russia-131650902.html',
      authors: JSON.stringify(['Phil Stewart', 'Robin Emmott']),
      carried_by: 'Yahoo News',
      slug: 'reuters',
      outlet: 'Reuters',
    },
    {
      source_file: '002_9a74c48be5c1deb8.txt',
      published_at: '2017-02-16',
      published_date: '2017-02-16',
      url: 'https://www.irishtimes.com/news/world/europe/trump-s-defence-secretary-rules-out-army-collaboration-with-russia-1.2978159',
      authors: expect.any(String),
      carried_by: null,
      slug: 'the-irish-times',
      outlet: 'The Irish Times',
    },
  ]);
  for (const { text } of articles) expect(text).not.toMatch(/^(outlet|publishedAt|carriedBy):/m);

  const hashes = rows<{ content_hash: string }>(db, 'SELECT content_hash FROM articles ORDER BY source_file').map((row) => row.content_hash);
  const bytes = readFileSync(`${seeds}/000_16b0362df74f1e84.txt`);
  expect(hashes[0]).not.toBe(createHash('sha256').update(bytes).digest('hex'));

  const before = rowCounts(db);
  expect(ingestFolder(db, seeds)).toMatchObject({ added: 0, unchanged: 2 });
  expect(rowCounts(db)).toEqual(before);
});

it('stores one report per quote per article, each the exact slice of its article at its span', () => {
  const db = freshDb();
  ingestFolder(db, seeds);
  const reports = rows<{ quote_id: number; article_id: number; text: string; start: number; end: number; article: string }>(
    db,
    `SELECT r.quote_id, r.article_id, r.text, r.start, r."end", a.text AS article FROM quote_reports r JOIN articles a ON a.id = r.article_id`,
  );
  expect(reports.length).toBeGreaterThan(10);
  const pairs = new Set(reports.map((r) => `${r.quote_id}/${r.article_id}`));
  expect(pairs.size).toBe(reports.length);
  for (const r of reports) expect(r.article.slice(r.start, r.end)).toBe(r.text);
});
