import type { Database } from 'better-sqlite3';

// Committing is most of what writing an article costs: every commit appends each
// page it touched (the articles table, half a dozen indexes, the full-text index)
// to the WAL again, whatever little changed on it. Articles are therefore
// committed in groups. Each one is still written whole or not at all: the
// writer's transactions run as savepoints inside the group, so a failed article
// rolls back alone, and a crash loses at most the group in progress, which the
// next run picks up as new files.
//
// A group ends after this many articles or this long, whichever comes first, so
// an API reading the database while it is ingested sees new articles promptly.
const GROUP_ARTICLES = 200;
const GROUP_MS = 250;

// For the length of a run: a larger page cache (the indexes of a growing
// corpus stay in memory) and a later automatic checkpoint (each one syncs the
// database file); the WAL is checkpointed once at the end instead.
const RUN_CACHE_KIB = 32 * 1024;
const RUN_CHECKPOINT_PAGES = 10_000;

// The full-text index of quote wordings adds a small segment for every article
// (FTS5 flushes at each savepoint) and, by default, merges segments as it goes;
// during a run that merging is done once, at the end, in one bounded step.
// Its 'crisismerge' still bounds how many segments a level may hold meanwhile.
const FTS = 'quote_reports_fts';
const FTS_DEFAULT_AUTOMERGE = 4;
const FTS_FINAL_MERGE_PAGES = 2000;

export interface CommitGroups {
  /** Call after each write (an article stored, moved or removed): commits the group when it is full or old enough. */
  written(): void;
  /** Commits what is pending and restores the connection's settings. */
  finish(): void;
}

export function commitGroups(sqlite: Database): CommitGroups {
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
  const checkpoint = sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
  sqlite.pragma(`cache_size = -${RUN_CACHE_KIB}`);
  sqlite.pragma(`wal_autocheckpoint = ${RUN_CHECKPOINT_PAGES}`);
  const automerge = (sqlite.prepare(`SELECT v FROM ${FTS}_config WHERE k = 'automerge'`).pluck().get() as number | undefined) ?? FTS_DEFAULT_AUTOMERGE;
  // FTS5 takes these settings as integer literals only (a bound number arrives as a real).
  const ftsCommand = (command: string, value: number): void => {
    sqlite.exec(`INSERT INTO ${FTS} (${FTS}, rank) VALUES ('${command}', ${Math.trunc(value)})`);
  };
  ftsCommand('automerge', 0);
  let wrote = false;

  let count = 0;
  let openedAt = 0;
  const commit = (): void => {
    // SQLite may have rolled the group back itself (a full disk); nothing is left to commit then.
    if (sqlite.inTransaction) sqlite.exec('COMMIT');
    count = 0;
  };
  const open = (): void => {
    sqlite.exec('BEGIN');
    openedAt = performance.now();
  };

  open();
  return {
    written() {
      count += 1;
      wrote = true;
      if (!sqlite.inTransaction) open();
      else if (count >= GROUP_ARTICLES || performance.now() - openedAt >= GROUP_MS) {
        commit();
        open();
      }
    },
    finish() {
      try {
        if (wrote) ftsCommand('merge', FTS_FINAL_MERGE_PAGES);
      } finally {
        ftsCommand('automerge', automerge);
        commit();
        sqlite.pragma(`cache_size = ${cacheSize}`);
        sqlite.pragma(`wal_autocheckpoint = ${checkpoint}`);
      }
      // Best effort: a reader still holding an old snapshot only keeps the WAL longer.
      if (wrote) sqlite.pragma('wal_checkpoint(PASSIVE)');
    },
  };
}
