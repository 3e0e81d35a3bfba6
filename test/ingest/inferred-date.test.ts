import { afterEach, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/ingest/index.js';
import { fakeExtract } from './fake-extract.js';
import { freshDb, rows, tempFolder } from './helpers.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('publication date of a file without front matter', () => {
  it('is stored from the page timestamp line, and front matter still wins', async () => {
    const made = tempFolder({
      'stamped.txt': 'Quay reopens\n\nUpdated: Jun. 9, 2022 4:10 p.m. ET\nPublished: Jun. 8, 2022 9:00 a.m. ET\n\nThe quay reopened on Wednesday.\n',
      'given.txt': '---\npublishedAt: 2022-06-10\n---\nQuay reopens\n\nPublished: Jun. 8, 2022\n\nThe quay reopened.\n',
      'bare.txt': 'Quay reopens\n\nThe quay reopened on 8 June 2022, officials said.\n',
    });
    cleanups.push(made.cleanup);
    const db = freshDb();
    await ingestFolder(db, made.root, { extract: fakeExtract });
    const dates = Object.fromEntries(
      rows<{ source_file: string; published_at: string | null }>(db, 'SELECT source_file, published_at FROM articles').map((r) => [r.source_file, r.published_at]),
    );
    expect(dates).toEqual({ 'stamped.txt': '2022-06-08', 'given.txt': '2022-06-10', 'bare.txt': null });
  });
});
