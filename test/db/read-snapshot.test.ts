import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readsInOneSnapshot } from '../../src/db/queries/snapshot.js';

describe('readsInOneSnapshot', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('runs every method inside a transaction and passes arguments, results and errors through', () => {
    const sqlite = new Database(':memory:');
    const seen: boolean[] = [];
    const queries = readsInOneSnapshot(sqlite, {
      sum(a: number, b: number) {
        seen.push(sqlite.inTransaction);
        return a + b;
      },
      fail() {
        throw new Error('no such quote');
      },
      label: 'kept',
    });
    expect(queries.sum(2, 3)).toBe(5);
    expect(seen).toEqual([true]);
    expect(() => queries.fail()).toThrow('no such quote');
    expect(sqlite.inTransaction).toBe(false);
    expect(queries.label).toBe('kept');
  });

  it('lets every statement of one call see the same commit while another connection writes', () => {
    dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
    const path = join(dir, 'db.sqlite');
    const writer = new Database(path);
    writer.pragma('journal_mode = WAL');
    writer.exec('CREATE TABLE quotes (id INTEGER PRIMARY KEY); INSERT INTO quotes VALUES (1), (2);');
    const reader = new Database(path, { readonly: true });
    const count = reader.prepare('SELECT count(*) FROM quotes').pluck();
    const between = (snapshot: boolean) => {
      const read = () => {
        const before = count.get();
        writer.prepare('INSERT INTO quotes DEFAULT VALUES').run();
        return [before, count.get()];
      };
      return snapshot ? readsInOneSnapshot(reader, { read }).read() : read();
    };
    // Without a snapshot the second statement sees the commit made in between; with one it does not.
    expect(between(false)).toEqual([2, 3]);
    expect(between(true)).toEqual([3, 3]);
    reader.close();
    writer.close();
  });
});
