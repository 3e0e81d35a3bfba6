import { afterEach, expect, it } from 'vitest';
import { ingestFolder } from '../../src/ingest/index.js';
import { fakeExtract } from './fake-extract.js';
import { freshDb, rows, tempFolder } from './helpers.js';

// Articles are committed in groups, each one still whole or not at all.

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function folderOf(count: number, broken: Set<number>) {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i += 1) {
    const name = `Ada${String.fromCharCode(97 + (i % 26))} Vance${String.fromCharCode(97 + Math.floor(i / 26))}`;
    files[`f${String(i).padStart(3, '0')}.txt`] = `Story ${i}\n\n${name} said "Item ${i} is ready${broken.has(i) ? ' BROKEN' : ''}."\n`;
  }
  const made = tempFolder(files);
  cleanups.push(made.cleanup);
  return made.root;
}

it('lands every good article of a run longer than one group, rolls back only the failed ones, and leaves no transaction open', () => {
  const db = freshDb();
  const broken = new Set([3, 250, 401]);
  const summary = ingestFolder(db, folderOf(420, broken), {
    extract: (body, given) => {
      const extraction = fakeExtract(body, given);
      // A mention with no position fails after the article and quote rows are written.
      if (body.includes('BROKEN')) extraction.entities[0].mentions.push({ start: null as unknown as number, end: 1, text: 'x' });
      return extraction;
    },
  });
  expect(summary.added).toBe(417);
  expect(summary.failed.map((f) => f.file)).toEqual(['f003.txt', 'f250.txt', 'f401.txt']);
  expect(db.$client.inTransaction).toBe(false);
  expect(rows(db, 'SELECT count(*) AS n FROM articles')).toEqual([{ n: 417 }]);
  expect(rows(db, "SELECT count(*) AS n FROM quote_reports WHERE text LIKE '%BROKEN%'")).toEqual([{ n: 0 }]);
  expect(rows(db, 'SELECT count(*) AS n FROM quotes')).toEqual([{ n: 417 }]);
  // The run's own settings do not outlive it.
  expect(rows(db, "SELECT v FROM quote_reports_fts_config WHERE k = 'automerge'")).toEqual([{ v: 4 }]);
  expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  expect(rows(db, "SELECT count(*) AS n FROM quote_reports_fts WHERE quote_reports_fts MATCH 'ready'")).toEqual([{ n: 417 }]);
});
