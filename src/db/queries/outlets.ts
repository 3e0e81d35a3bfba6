import type { Db } from '../client.js';
import type { ReferenceResolver } from './references.js';
import { toPage, type Page, type PageRequest } from './statements.js';
import type { OutletRef } from './quotes.js';

export interface Outlet extends OutletRef {
  articles: number;
}

export interface OutletDetail extends OutletRef {
  counts: { articles: number; quotes: number; events: number };
}

/** What a comparison of two outlets lists: what both reported, or what one reported and the other did not. */
export type ComparisonSet = 'both' | 'onlyFirst' | 'onlySecond';

export interface ComparisonRequest {
  first: number;
  second: number;
  set: ComparisonSet;
}

/**
 * How many of one outlet's ids a page of `onlyFirst` or `onlySecond` examines at
 * most. Which ids the other outlet lacks is only known by looking, so such a page
 * stops here even when it holds fewer than asked for, and its cursor continues from
 * the last id examined: each request costs at most this many index lookups, however
 * large the outlets grow. A `both` page reads the outlets' pairs (migration 0008)
 * and is always full.
 */
export const COMPARISON_SCAN_LIMIT = 2000;

export function createOutletQueries(db: Db, resolve: ReferenceResolver) {
  const sqlite = db.$client;
  const page = sqlite.prepare(`SELECT o.id, o.slug, o.name, (SELECT count(*) FROM articles WHERE outlet_id = o.id) AS articles
    FROM outlets o WHERE o.id > @after ORDER BY o.id LIMIT @limit`);
  const byId = sqlite.prepare('SELECT id, slug, name FROM outlets WHERE id = ?');
  const counts = sqlite.prepare(`SELECT
      (SELECT count(*) FROM articles WHERE outlet_id = @id) AS articles,
      (SELECT count(*) FROM outlet_quotes WHERE outlet_id = @id) AS quotes,
      (SELECT count(*) FROM outlet_events WHERE outlet_id = @id) AS events`);
  // What both outlets reported is one range of the pairs table, in id order. What one
  // reported and the other did not has no table: the one outlet's ids are walked from
  // the cursor (at most COMPARISON_SCAN_LIMIT of them) and each is looked up in the
  // other's; lastScanned finds where the walk stopped when it did not reach the end.
  function membership(table: 'outlet_quotes' | 'outlet_events', pairs: 'outlet_pair_quotes' | 'outlet_pair_events', column: 'quote_id' | 'event_id') {
    const walked = `SELECT ${column} AS id FROM ${table} WHERE outlet_id = @walked AND ${column} > @after ORDER BY ${column} LIMIT ${COMPARISON_SCAN_LIMIT}`;
    return {
      shared: sqlite
        .prepare(`SELECT ${column} FROM ${pairs} WHERE lower_outlet_id = @lower AND upper_outlet_id = @upper AND ${column} > @after ORDER BY ${column} LIMIT @limit`)
        .pluck(),
      // An outlet compared with itself shares everything it reported.
      own: sqlite.prepare(`SELECT ${column} FROM ${table} WHERE outlet_id = @walked AND ${column} > @after ORDER BY ${column} LIMIT @limit`).pluck(),
      alone: sqlite
        .prepare(`SELECT m.id FROM (${walked}) m WHERE NOT EXISTS (SELECT 1 FROM ${table} o WHERE o.outlet_id = @other AND o.${column} = m.id) ORDER BY m.id LIMIT @limit`)
        .pluck(),
      lastScanned: sqlite
        .prepare(`SELECT ${column} FROM ${table} WHERE outlet_id = @walked AND ${column} > @after ORDER BY ${column} LIMIT 1 OFFSET ${COMPARISON_SCAN_LIMIT - 1}`)
        .pluck(),
    };
  }
  const quoteMembers = membership('outlet_quotes', 'outlet_pair_quotes', 'quote_id');
  const eventMembers = membership('outlet_events', 'outlet_pair_events', 'event_id');

  function comparePage(members: ReturnType<typeof membership>, request: ComparisonRequest, page: PageRequest): Page<number> {
    const { first, second } = request;
    const after = page.after ?? 0;
    const limit = page.limit + 1;
    if (request.set === 'both') {
      const ids = first === second ? members.own.all({ walked: first, after, limit }) : members.shared.all({ lower: Math.min(first, second), upper: Math.max(first, second), after, limit });
      return toPage(ids as number[], page.limit);
    }
    if (first === second) return { items: [], nextAfter: null };
    const walked = request.set === 'onlySecond' ? second : first;
    const other = walked === first ? second : first;
    const ids = members.alone.all({ walked, other, after, limit }) as number[];
    if (ids.length > page.limit) return toPage(ids, page.limit);
    const lastScanned = members.lastScanned.get({ walked, after }) as number | undefined;
    return { items: ids, nextAfter: lastScanned ?? null };
  }

  return {
    list(request: PageRequest): Page<Outlet> {
      return toPage(page.all({ after: request.after ?? 0, limit: request.limit + 1 }) as Outlet[], request.limit);
    },

    /** The outlet an id or slug names. */
    resolve(reference: string): OutletRef | null {
      const id = resolve.outletId(reference);
      return id === null ? null : ((byId.get(id) as OutletRef | undefined) ?? null);
    },

    get(reference: string): OutletDetail | null {
      const outlet = this.resolve(reference);
      if (!outlet) return null;
      return { ...outlet, counts: counts.get({ id: outlet.id }) as OutletDetail['counts'] };
    },

    /** Ids of a page of quotes two outlets compare on; an `onlyFirst` or `onlySecond` page may be short while more follow (see COMPARISON_SCAN_LIMIT). */
    compareQuotes(request: ComparisonRequest, page: PageRequest): Page<number> {
      return comparePage(quoteMembers, request, page);
    },

    /** The same for events. */
    compareEvents(request: ComparisonRequest, page: PageRequest): Page<number> {
      return comparePage(eventMembers, request, page);
    },
  };
}

export type OutletQueries = ReturnType<typeof createOutletQueries>;
