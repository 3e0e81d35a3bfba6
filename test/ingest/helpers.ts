import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openDatabase, type Db } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';

/** A fresh database with the real migrations applied. */
export function freshDb(): Db {
  const db = openDatabase(':memory:');
  runMigrations(db);
  return db;
}

/** A temporary folder of article files; `cleanup` removes it. */
export function tempFolder(files: Record<string, string | Uint8Array> = {}): { root: string; write: (file: string, content: string | Uint8Array) => string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'quotewire-ingest-'));
  const write = (file: string, content: string | Uint8Array): string => {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  for (const [file, content] of Object.entries(files)) write(file, content);
  return { root, write, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

const TABLES = ['outlets', 'articles', 'people', 'person_aliases', 'mentions', 'quotes', 'quote_reports', 'events', 'event_people', 'event_reports'] as const;

export function rowCounts(db: Db): Record<(typeof TABLES)[number], number> {
  const counts = {} as Record<(typeof TABLES)[number], number>;
  for (const table of TABLES) counts[table] = db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return counts;
}

export function rows<T = Record<string, unknown>>(db: Db, sql: string, ...params: unknown[]): T[] {
  return db.$client.prepare(sql).all(...params) as T[];
}
