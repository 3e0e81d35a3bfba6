import { afterEach, expect, it } from 'vitest';
import { ingestFolder } from '../../src/ingest/index.js';
import { freshDb, rows, tempFolder } from './helpers.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

// Written for this test: a few short reports with speakers and dates.
const articles: Record<string, string> = {
  'port.txt': '---\npublishedAt: 2022-03-09\noutlet: Harbour Herald\n---\nPort strike ends\n\nDock workers returned on Tuesday, union leader Carla Benn said. "We won a fair deal," Benn told reporters.\n',
  'rail.txt': '---\npublishedAt: 2022-03-10\noutlet: Valley Post\n---\nRail fares frozen\n\nTransport minister Idris Kole said on Wednesday that fares would not rise this year. "Commuters have paid enough," Kole said.\n',
  'school.txt': 'New school opens\n\nThe head teacher, Nadia Ferro, said the building was finished in March 2021. "The children love it," she added.\n',
  'broken.txt': '',
};

function snapshot(workers: number) {
  const folder = tempFolder(articles);
  cleanups.push(folder.cleanup);
  const db = freshDb();
  const summary = ingestFolder(db, folder.root, { workers });
  return {
    summary: { added: summary.added, failed: summary.failed },
    threads: summary.workers,
    people: rows(db, 'SELECT id, name FROM people ORDER BY id'),
    quotes: rows(db, 'SELECT q.id, q.text, q.speaker_id, r.article_id, r.start, r."end" FROM quotes q JOIN quote_reports r ON r.quote_id = q.id ORDER BY r.id'),
    events: rows(db, 'SELECT e.id, e.date, e.description FROM events e ORDER BY e.id'),
  };
}

it('stores the same rows whether extraction runs on worker threads or inline', () => {
  const inline = snapshot(0);
  const threaded = snapshot(2);
  expect(inline.summary).toEqual({ added: 3, failed: [{ file: 'broken.txt', reason: 'empty file' }] });
  expect(inline.threads).toBe(0);
  expect(threaded.threads).toBe(2);
  expect({ ...threaded, threads: 0 }).toEqual(inline);
}, 60_000);

// More articles than one worker is handed at a time: the rest wait on the main
// thread until the worker has room, and the rows must come out as inline extraction makes them.
const towns = ['Ashford', 'Brackley', 'Corwen', 'Dunmore', 'Elgin', 'Fenwick', 'Garstang', 'Hexham', 'Ilkley', 'Jarrow', 'Kelso', 'Ludlow', 'Malton', 'Nairn',
  'Oakham', 'Penrith', 'Quorn', 'Redcar', 'Settle', 'Thirsk', 'Ulverston', 'Wigton'];
const manyArticles: Record<string, string> = Object.fromEntries(
  towns.map((town, i) => [
    `${town.toLowerCase()}.txt`,
    `---\npublishedAt: 2023-05-${String(i + 10).padStart(2, '0')}\noutlet: ${i % 2 ? 'Moor Gazette' : 'Coast Echo'}\n---\n${town} bridge reopens\n\n` +
      `The bridge in ${town} reopened on Monday after repairs, council leader Petra Vance said. ` +
      `"Traffic in ${town} can flow again," Vance said. Engineer Omar Reyes said the work would finish in June.\n`,
  ]),
);

it('stores the same rows when one worker extracts more articles than it is handed at once', () => {
  const folder = tempFolder(manyArticles);
  cleanups.push(folder.cleanup);
  const snapshotOf = (workers: number) => {
    const db = freshDb();
    const summary = ingestFolder(db, folder.root, { workers });
    return {
      summary: { added: summary.added, failed: summary.failed, threads: summary.workers },
      people: rows(db, 'SELECT id, name FROM people ORDER BY id'),
      quotes: rows(db, 'SELECT q.id, q.text, q.speaker_id, r.article_id, r.start, r."end" FROM quotes q JOIN quote_reports r ON r.quote_id = q.id ORDER BY r.id'),
      events: rows(db, 'SELECT e.id, e.date, e.description FROM events e ORDER BY e.id'),
    };
  };
  const inline = snapshotOf(0);
  const shared = snapshotOf(1);
  expect(inline.summary).toEqual({ added: towns.length, failed: [], threads: 0 });
  expect(inline.quotes.length).toBeGreaterThanOrEqual(towns.length);
  expect(shared.summary.added).toBe(towns.length);
  expect({ ...shared, summary: { ...shared.summary, threads: 0 } }).toEqual(inline);
}, 60_000);
