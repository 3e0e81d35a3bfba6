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
  /** Outlets a list was filtered by or compares. */
  outlets?: readonly number[];
}

/** Bound parameters of the SQL below; cap null means every report. */
export function previewParameters(ids: string, preference: ReportPreference, cap: number | null) {
  return {
    ids,
    preferArticle: preference.article ?? null,
    preferOutlets: JSON.stringify(preference.outlets ?? []),
    cap: cap ?? -1,
  };
}

/**
 * SQL naming, for each owner (quote or event) in json @ids, the reports to show: id,
 * owner, rank (1 first) and total. A preview puts the preferred article or outlets
 * first, then the earliest report of each outlet before any outlet's second one, so it
 * shows as many outlets as it can; a full listing is in order of publication. Only ids and
 * sort keys pass through the window functions: the wording is joined afterwards for
 * the reports kept.
 */
export function rankedReports(table: 'quote_reports' | 'event_reports', owner: 'quote_id' | 'event_id'): string {
  return `SELECT id, owner, rank, total FROM (
      SELECT id, owner,
        ROW_NUMBER() OVER (PARTITION BY owner
          ORDER BY preferred DESC, CASE WHEN @cap < 0 THEN 0 ELSE outletRank END, undated, publishedDate, articleId, id) AS rank,
        COUNT(*) OVER (PARTITION BY owner) AS total
      FROM (
        SELECT r.id, r.${owner} AS owner, r.article_id AS articleId, a.published_date AS publishedDate,
          a.published_date IS NULL AS undated,
          (r.article_id IS @preferArticle OR a.outlet_id IN (SELECT value FROM json_each(@preferOutlets))) AS preferred,
          ROW_NUMBER() OVER (PARTITION BY r.${owner}, a.outlet_id
            ORDER BY a.published_date IS NULL, a.published_date, r.article_id, r.id) AS outletRank
        FROM ${table} r JOIN articles a ON a.id = r.article_id
        WHERE r.${owner} IN (SELECT value FROM json_each(@ids))
      )
    ) WHERE @cap < 0 OR rank <= @cap`;
}
