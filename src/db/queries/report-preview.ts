import type { Database, Statement } from 'better-sqlite3';
import type { OutletRef } from './quotes.js';

/**
 * A list embeds a preview of each quote's or event's reports, not all of them. A wire
 * story reprinted by ninety papers gives one quote ninety reports: a page of fifty
 * quotes carrying all of them weighs megabytes and costs time in proportion to how
 * widely things were reprinted, not to the page asked for. The single-item routes
 * (/quotes/{id}, /events/{id}) still list every report, and reportCount says how
 * many there are.
 */
export const REPORT_PREVIEW = 5;

/** What a caller asked about, whose reports the preview should show first. */
export interface ReportPreference {
  /** The article a list was filtered by: its own wording comes first. */
  article?: number;
  /** The outlet a list was filtered by: its reports come next. */
  outlet?: number;
  /**
   * The outlets a comparison names, in order. A comparison is read to see how they
   * worded the same thing, so its preview is each one's earliest report and nothing
   * else: at most two per item, however widely the item was reprinted elsewhere.
   */
  compared?: readonly [number, number];
}

/** Undated reports last; the report indexes hold this order (migration 0006). */
const publicationOrder = (alias = '') => `${alias}published_date IS NULL, ${alias}published_date, ${alias}article_id, ${alias}id`;
const PUBLICATION_ORDER = publicationOrder();

/**
 * Picks which reports of each quote or event to show, reading a few entries of the
 * report indexes per item: every report carries its article's outlet and date.
 */
export function createReportPreviewer(sqlite: Database, table: 'quote_reports' | 'event_reports', owner: 'quote_id' | 'event_id') {
  const pluck = (sql: string): Statement => sqlite.prepare(sql).pluck();
  const all = pluck(`SELECT id FROM ${table} WHERE ${owner} = ? ORDER BY ${PUBLICATION_ORDER}`);
  // The limit is written into the SQL: bound as a parameter, SQLite plans these
  // statements without knowing it is small, and each call costs several times more.
  const earliest = pluck(`SELECT id FROM ${table} WHERE ${owner} = ? ORDER BY ${PUBLICATION_ORDER} LIMIT ${REPORT_PREVIEW}`);
  const ofOutlet = pluck(`SELECT id FROM ${table} WHERE ${owner} = ? AND outlet_id = ? ORDER BY ${PUBLICATION_ORDER} LIMIT ${REPORT_PREVIEW}`);
  const ofArticle = pluck(`SELECT id FROM ${table} WHERE ${owner} = ? AND article_id = ? ORDER BY id LIMIT ${REPORT_PREVIEW}`);

  /**
   * Report ids to show for one item, in order. A preview shows at most REPORT_PREVIEW:
   * the preferred article's reports, then the preferred outlet's, then the earliest of
   * the rest; a full listing is in order of publication.
   */
  function choose(id: number, preference: ReportPreference, preview: boolean): number[] {
    if (!preview) return all.all(id) as number[];
    // Most lists prefer nothing: their preview is the earliest reports, as read, with no merging to do.
    if (preference.article === undefined && preference.outlet === undefined) return earliest.all(id) as number[];
    const cap = REPORT_PREVIEW;
    const chosen = new Set<number>();
    if (preference.article !== undefined) for (const report of ofArticle.all(id, preference.article) as number[]) chosen.add(report);
    if (preference.outlet !== undefined && chosen.size < cap) {
      for (const report of ofOutlet.all(id, preference.outlet) as number[]) {
        if (chosen.size >= cap) break;
        chosen.add(report);
      }
    }
    if (chosen.size < cap) {
      for (const report of earliest.all(id) as number[]) {
        if (chosen.size >= cap) break;
        chosen.add(report);
      }
    }
    return [...chosen];
  }

  // One statement for a whole comparison page: per item, each compared outlet's
  // earliest report (null when it has none), read from the (owner, outlet, date) index.
  const firstOf = (outlet: string) =>
    `(SELECT r.id FROM ${table} r WHERE r.${owner} = j.value AND r.outlet_id = ${outlet} ORDER BY ${publicationOrder('r.')} LIMIT 1)`;
  const comparedFirsts = sqlite.prepare(`SELECT ${firstOf('@first')}, ${firstOf('@second')} FROM json_each(@owners) j ORDER BY j.key`).raw();

  function chooseCompared(ownerIds: readonly number[], [first, second]: readonly [number, number]): number[][] {
    const rows = comparedFirsts.all({ owners: JSON.stringify(ownerIds), first, second }) as Array<[number | null, number | null]>;
    return rows.map(([a, b]) => (a === null ? (b === null ? [] : [b]) : b === null || b === a ? [a] : [a, b]));
  }

  /**
   * Each owner's reports to show, in the owners' order: the ids chosen for all of them
   * are fetched in one call to `fetch`, which takes them as a JSON list.
   */
  function reportsFor<R extends { id: number }>(ownerIds: readonly number[], preference: ReportPreference, preview: boolean, fetch: (ids: string) => R[]): R[][] {
    const { compared } = preference;
    const shown = preview && compared ? chooseCompared(ownerIds, compared) : ownerIds.map((id) => choose(id, preference, preview));
    const byId = new Map(fetch(JSON.stringify(shown.flat())).map((report) => [report.id, report]));
    return shown.map((ids) => ids.map((id) => byId.get(id)!));
  }

  return { reportsFor };
}

/**
 * The first columns of every report row a list reads: the report, its article and its
 * outlet. Rows are read as arrays, in SELECT order: keyed rows cost better-sqlite3 a
 * property per column, a third of a full page's report fetch.
 */
export type ReportHead = [
  id: number, articleId: number, articleTitle: string, publishedAt: string | null,
  outletId: number | null, outletSlug: string | null, outletName: string | null,
];

/** Reports by id (a JSON list bound as @ids), each row the ReportHead then `columns`. */
export function reportsById(sqlite: Database, table: 'quote_reports' | 'event_reports', columns: string): Statement {
  return sqlite
    .prepare(`SELECT r.id, r.article_id, a.title, a.published_at, o.id, o.slug, o.name, ${columns}
    FROM json_each(@ids) j JOIN ${table} r ON r.id = j.value JOIN articles a ON a.id = r.article_id
    LEFT JOIN outlets o ON o.id = a.outlet_id`)
    .raw();
}

export function reportOutlet(row: readonly [...ReportHead, ...unknown[]]): OutletRef | null {
  return row[4] === null ? null : { id: row[4], slug: row[5] ?? '', name: row[6] ?? '' };
}
