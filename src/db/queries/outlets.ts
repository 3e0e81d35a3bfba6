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

/** Ids of what two outlets reported: carried by both, or by one only, in id order. */
export interface Comparison {
  both: number[];
  onlyFirst: number[];
  onlySecond: number[];
}

export function createOutletQueries(db: Db, resolve: ReferenceResolver) {
  const sqlite = db.$client;
  const page = sqlite.prepare(`SELECT o.id, o.slug, o.name, (SELECT count(*) FROM articles WHERE outlet_id = o.id) AS articles
    FROM outlets o WHERE o.id > @after ORDER BY o.id LIMIT @limit`);
  const byId = sqlite.prepare('SELECT id, slug, name FROM outlets WHERE id = ?');
  const counts = sqlite.prepare(`SELECT
      (SELECT count(*) FROM articles WHERE outlet_id = @id) AS articles,
      (SELECT count(DISTINCT r.quote_id) FROM quote_reports r JOIN articles a ON a.id = r.article_id WHERE a.outlet_id = @id) AS quotes,
      (SELECT count(DISTINCT r.event_id) FROM event_reports r JOIN articles a ON a.id = r.article_id WHERE a.outlet_id = @id) AS events`);
  const compareOn = (reports: string, key: string) =>
    sqlite.prepare(`WITH first AS (SELECT DISTINCT r.${key} AS id FROM ${reports} r JOIN articles a ON a.id = r.article_id WHERE a.outlet_id = @first),
        second AS (SELECT DISTINCT r.${key} AS id FROM ${reports} r JOIN articles a ON a.id = r.article_id WHERE a.outlet_id = @second)
      SELECT id, id IN first AS inFirst, id IN second AS inSecond FROM (SELECT id FROM first UNION SELECT id FROM second) ORDER BY id`);
  const compareQuotes = compareOn('quote_reports', 'quote_id');
  const compareEvents = compareOn('event_reports', 'event_id');

  function split(rows: Array<{ id: number; inFirst: number; inSecond: number }>): Comparison {
    const result: Comparison = { both: [], onlyFirst: [], onlySecond: [] };
    for (const row of rows) {
      if (row.inFirst && row.inSecond) result.both.push(row.id);
      else if (row.inFirst) result.onlyFirst.push(row.id);
      else result.onlySecond.push(row.id);
    }
    return result;
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

    compare(first: number, second: number): { quotes: Comparison; events: Comparison } {
      type Row = { id: number; inFirst: number; inSecond: number };
      return {
        quotes: split(compareQuotes.all({ first, second }) as Row[]),
        events: split(compareEvents.all({ first, second }) as Row[]),
      };
    },
  };
}

export type OutletQueries = ReturnType<typeof createOutletQueries>;
