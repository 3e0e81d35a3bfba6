import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/ingest/index.js';
import { hasPendingChanges } from '../../src/ingest/pending.js';
import { fakeExtract } from './fake-extract.js';
import { freshDb, tempFolder } from './helpers.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const ARTICLE = 'Harbour reopens\n\nThe harbour master, Ada Quill, said the harbour would reopen on Monday.\n';

function ingested() {
  const folder = tempFolder({ 'a.txt': ARTICLE, 'b.txt': 'Second story\n\nNothing was said.\n' });
  cleanups.push(folder.cleanup);
  const db = freshDb();
  ingestFolder(db, folder.root, { extract: fakeExtract });
  return { db, folder };
}

describe('hasPendingChanges', () => {
  it('sees work in a folder never ingested', () => {
    const folder = tempFolder({ 'a.txt': ARTICLE });
    cleanups.push(folder.cleanup);
    expect(hasPendingChanges(freshDb(), folder.root)).toBe(true);
  });

  it('sees nothing to do once the folder is ingested, even with a duplicate copy', () => {
    const { db, folder } = ingested();
    expect(hasPendingChanges(db, folder.root)).toBe(false);
    folder.write('copy-of-a.txt', ARTICLE);
    expect(hasPendingChanges(db, folder.root)).toBe(false);
  });

  it('sees an edited file, a new file, a new sidecar and a rename', () => {
    const edited = ingested();
    edited.folder.write('a.txt', `${ARTICLE}One more line.\n`);
    expect(hasPendingChanges(edited.db, edited.folder.root)).toBe(true);

    const added = ingested();
    added.folder.write('c.txt', 'Third story\n\nBody.\n');
    expect(hasPendingChanges(added.db, added.folder.root)).toBe(true);

    const sidecar = ingested();
    writeFileSync(join(sidecar.folder.root, 'a.meta.yaml'), 'outlet: The Harbour Gazette\n');
    expect(hasPendingChanges(sidecar.db, sidecar.folder.root)).toBe(true);

    const renamed = ingested();
    renameSync(join(renamed.folder.root, 'a.txt'), join(renamed.folder.root, 'renamed.txt'));
    expect(hasPendingChanges(renamed.db, renamed.folder.root)).toBe(true);
  });

  it('leaves a folder it cannot list to the full ingest, which reports it', () => {
    expect(hasPendingChanges(freshDb(), '/nonexistent/quotewire-folder')).toBe(true);
  });
});
