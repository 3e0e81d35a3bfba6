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
  // Two lists of ids split in memory: SQLite would otherwise probe one outlet's
  // set for every row of the other, which costs far more than two index reads.
  const quoteIdsOf = sqlite
    .prepare('SELECT DISTINCT r.quote_id FROM articles a JOIN quote_reports r ON r.article_id = a.id WHERE a.outlet_id = ?')
    .pluck();
  const eventIdsOf = sqlite
    .prepare('SELECT DISTINCT r.event_id FROM articles a JOIN event_reports r ON r.article_id = a.id WHERE a.outlet_id = ?')
    .pluck();

  function split(first: number[], second: number[]): Comparison {
    const inFirst = new Set(first);
    const inSecond = new Set(second);
    const ascending = (x: number, y: number) => x - y;
    return {
      both: first.filter((id) => inSecond.has(id)).sort(ascending),
      onlyFirst: first.filter((id) => !inSecond.has(id)).sort(ascending),
      onlySecond: second.filter((id) => !inFirst.has(id)).sort(ascending),
    };
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
      return {
        quotes: split(quoteIdsOf.all(first) as number[], quoteIdsOf.all(second) as number[]),
        events: split(eventIdsOf.all(first) as number[], eventIdsOf.all(second) as number[]),
      };
    },
  };
}

export type OutletQueries = ReturnType<typeof createOutletQueries>;
