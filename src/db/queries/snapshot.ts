import type { Database } from 'better-sqlite3';

/**
 * Runs each query method in one read transaction. An answer is a page plus the reports,
 * people and counts read for it by further statements: in one transaction they all see
 * the same commit, so a page never mixes data from before and after an ingest. It is
 * also cheaper: outside a transaction SQLite takes and drops its read lock once per
 * statement, fifty-odd times for a page of fifty quotes (about 8% of such a request).
 */
export function readsInOneSnapshot<T extends object>(sqlite: Database, queries: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(queries)) {
    wrapped[name] = typeof value === 'function' ? sqlite.transaction(value as (...args: unknown[]) => unknown) : value;
  }
  return wrapped as T;
}
