import type { Database, Statement } from 'better-sqlite3';

/**
 * Prepares one statement per combination of active filters and keeps it.
 *
 * Optional filters written as `(@x IS NULL OR ...)` would let one statement
 * serve every request, but SQLite then plans without the indexes those filters
 * could use; a handful of cached variants keeps both the plan and the
 * prepare-once cost.
 */
export function statementCache(sqlite: Database, build: (active: readonly string[]) => string) {
  const cache = new Map<string, Statement>();
  return (active: readonly string[]): Statement => {
    const key = active.join(',');
    let statement = cache.get(key);
    if (!statement) {
      statement = sqlite.prepare(build(active));
      cache.set(key, statement);
    }
    return statement;
  };
}

/** Names of the filters that were given, in the fixed order of `fragments`. */
export function activeFilters(fragments: Record<string, string>, values: Record<string, unknown>): string[] {
  return Object.keys(fragments).filter((name) => values[name] !== undefined && values[name] !== null);
}

export function whereClause(fragments: Record<string, string>, active: readonly string[], first: string): string {
  return [first, ...active.map((name) => fragments[name])].join(' AND ');
}

/** A page asked for by its last seen key (exclusive) and its size. */
export interface PageRequest {
  after?: number;
  limit: number;
}

export interface Page<T> {
  items: T[];
  /** Sort key of the last item when more rows follow, else null. */
  nextAfter: number | null;
}

/** Rows were fetched with limit + 1 so a following page can be told without a count. */
export function toPage<T extends { id: number }>(rows: T[], limit: number): Page<T>;
/** The same for a statement that selects ids alone. */
export function toPage(ids: number[], limit: number): Page<number>;
export function toPage(rows: Array<number | { id: number }>, limit: number): Page<number | { id: number }> {
  if (rows.length <= limit) return { items: rows, nextAfter: null };
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextAfter: typeof last === 'number' ? last : last.id };
}

/** Ids of a page as one JSON parameter, so "WHERE x IN (json_each(@ids))" stays one prepared statement. */
export function idList(ids: readonly number[]): string {
  return JSON.stringify(ids);
}

export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
