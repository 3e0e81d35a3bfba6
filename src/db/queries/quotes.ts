import type { Db } from '../client.js';
import { filteredPeople, personFilter, type ReferenceResolver } from './references.js';
import { createReportPreviewer, reportOutlet, reportsById, type ReportHead, type ReportPreference } from './report-preview.js';
import { MATCH_CLOSE, MATCH_OPEN, markSnippet, toMatchQuery } from './search.js';
import { activeFilters, idList, statementCache, toPage, whereClause, type Page, type PageRequest } from './statements.js';

export interface QuoteFilters {
  /** Id, name or alias of the speaker. */
  speaker?: string;
  /** Exact speaker id (the /people/{id}/quotes route). */
  speakerId?: number;
  article?: number;
  /** Id or slug of an outlet that reported the quote. */
  outlet?: string;
  kind?: 'direct' | 'indirect';
  /** YYYY-MM-DD bounds on the publication date of a reporting article. */
  from?: string;
  to?: string;
  /** Words to find in the wording of any report. */
  q?: string;
}

export interface OutletRef {
  id: number;
  slug: string;
  name: string;
}

export interface QuoteReport {
  id: number;
  articleId: number;
  articleTitle: string | null;
  outlet: OutletRef | null;
  publishedAt: string | null;
  text: string;
  cue: string | null;
  speakerText: string | null;
  start: number;
  end: number;
}

export interface Quote {
  id: number;
  kind: 'direct' | 'indirect';
  text: string;
  speaker: { id: number; name: string } | null;
  firstReported: string | null;
  /** How many articles reported it; in lists, reports holds a preview of them. */
  reportCount: number;
  reports: QuoteReport[];
  snippet?: string;
}

export interface QuoteListOptions {
  /** Every report of each quote instead of a preview: exports, which scripts read whole. */
  allReports?: boolean;
}

interface QuoteRow {
  id: number;
  kind: 'direct' | 'indirect';
  text: string;
  firstReported: string | null;
  reportCount: number;
  speakerId: number | null;
  speakerName: string | null;
  /** Only on a search: the best matching stretch of the quote's wordings, with match marks. */
  snippet?: string;
}

type ReportRow = [...ReportHead, text: string, cue: string | null, speakerText: string | null, start: number, end: number];

const COLUMNS = 'q.id, q.kind, q.text, q.first_reported AS firstReported, q.report_count AS reportCount, q.speaker_id AS speakerId, p.name AS speakerName';

const REPORTED = 'SELECT 1 FROM quote_reports r JOIN articles a ON a.id = r.article_id WHERE r.quote_id = q.id';

// Narrow filters (an article, a search) drive the query from their own index;
// broad ones (an outlet, a date bound) are checked per quote while walking ids,
// which stops as soon as a page is full instead of sorting every match.
const FRAGMENTS: Record<string, string> = {
  speakerId: 'q.speaker_id = @speakerId',
  speakerIds: 'q.speaker_id IN (SELECT value FROM json_each(@speakerIds))',
  kind: 'q.kind = @kind',
  article: 'q.id IN (SELECT quote_id FROM quote_reports WHERE article_id = @article)',
  outletId: 'EXISTS (SELECT 1 FROM outlet_quotes m WHERE m.outlet_id = @outletId AND m.quote_id = q.id)',
  reportedFrom: `EXISTS (${REPORTED} AND a.published_date >= @from)`,
  // Reported on or before `to` exactly when the first report was.
  reportedTo: 'q.first_reported <= @to',
  // A window is usually narrow: its articles, found by date, drive the query.
  reportedBetween:
    'q.id IN (SELECT r.quote_id FROM quote_reports r JOIN articles a ON a.id = r.article_id WHERE a.published_date BETWEEN @from AND @to)',
};

/** Filters that leave few enough quotes to check each against the words of a search. */
const NARROW = new Set(['speakerId', 'speakerIds', 'article']);

const EMPTY: Page<never> = { items: [], nextAfter: null };

export function createQuoteQueries(db: Db, resolve: ReferenceResolver) {
  const sqlite = db.$client;
  const pageStatement = statementCache(
    sqlite,
    (active) => `SELECT ${COLUMNS} FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id
      WHERE ${whereClause(FRAGMENTS, active, 'q.id > @after')}
      ORDER BY q.id LIMIT @limit`,
  );
  // The full-text index has one row per quote, its rowid the quote id, and FTS5
  // returns matches in rowid order: a search page reads matches from the cursor on
  // and stops when the page is full, and snippets are made for that page only.
  // A speaker or an article narrows more than any word does: their few quotes are
  // walked instead, each one looked up in the index.
  const searchStatement = statementCache(sqlite, (active) => {
    const snippet = `snippet(quote_reports_fts, 0, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', 16) AS snippet`;
    return active.some((name) => NARROW.has(name))
      ? `SELECT ${COLUMNS}, ${snippet}
        FROM quotes q CROSS JOIN quote_reports_fts f ON f.rowid = q.id LEFT JOIN people p ON p.id = q.speaker_id
        WHERE ${whereClause(FRAGMENTS, active, 'quote_reports_fts MATCH @q AND q.id > @after')}
        ORDER BY q.id LIMIT @limit`
      : `SELECT ${COLUMNS}, ${snippet}
        FROM quote_reports_fts f JOIN quotes q ON q.id = f.rowid LEFT JOIN people p ON p.id = q.speaker_id
        WHERE ${whereClause(FRAGMENTS, active, 'quote_reports_fts MATCH @q AND f.rowid > @after')}
        ORDER BY f.rowid LIMIT @limit`;
  });
  const byId = sqlite.prepare(`SELECT ${COLUMNS} FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id WHERE q.id = ?`);
  const byIdList = sqlite.prepare(`SELECT ${COLUMNS}
    FROM json_each(@ids) j JOIN quotes q ON q.id = j.value LEFT JOIN people p ON p.id = q.speaker_id ORDER BY j.key`);
  const previewer = createReportPreviewer(sqlite, 'quote_reports', 'quote_id');
  const reportsByIdList = reportsById(sqlite, 'quote_reports', `r.text, r.cue, r.speaker_text, r.start, r."end"`);

  function withReports(rows: QuoteRow[], preference: ReportPreference, preview: boolean): Quote[] {
    if (rows.length === 0) return [];
    const reports = previewer.reportsFor(rows.map((row) => row.id), preference, preview, (ids) => (reportsByIdList.all({ ids }) as ReportRow[]).map(toReport));
    return rows.map((row, i) => {
      const quote: Quote = {
        id: row.id,
        kind: row.kind,
        text: row.text,
        speaker: row.speakerId === null ? null : { id: row.speakerId, name: row.speakerName ?? '' },
        firstReported: row.firstReported,
        reportCount: row.reportCount,
        reports: reports[i],
      };
      if (row.snippet != null) quote.snippet = markSnippet(row.snippet);
      return quote;
    });
  }

  return {
    list(filters: QuoteFilters, page: PageRequest, options: QuoteListOptions = {}): Page<Quote> {
      const q = filters.q === undefined ? undefined : toMatchQuery(filters.q);
      const { from, to } = filters;
      const values: Record<string, unknown> = {
        kind: filters.kind,
        article: filters.article,
        q,
        from,
        to,
        reportedFrom: from !== undefined && to === undefined ? true : undefined,
        reportedTo: to !== undefined && from === undefined ? true : undefined,
        reportedBetween: from !== undefined && to !== undefined ? true : undefined,
      };
      if (filters.speaker !== undefined || filters.speakerId !== undefined) {
        const speakers = filteredPeople(resolve, filters.speaker, filters.speakerId);
        if (speakers.length === 0) return EMPTY;
        const { one, many } = personFilter(speakers);
        values.speakerId = one;
        values.speakerIds = many;
      }
      if (filters.outlet !== undefined) {
        values.outletId = resolve.outletId(filters.outlet);
        if (values.outletId === null) return EMPTY;
      }
      const active = activeFilters(FRAGMENTS, values);
      const statement = q === undefined ? pageStatement(active) : searchStatement(active);
      const rows = statement.all({ ...values, after: page.after ?? 0, limit: page.limit + 1 }) as QuoteRow[];
      const { items, nextAfter } = toPage(rows, page.limit);
      const preference = { article: filters.article, outlet: values.outletId as number | undefined };
      return { items: withReports(items, preference, !options.allReports), nextAfter };
    },

    get(id: number): Quote | null {
      const row = byId.get(id) as QuoteRow | undefined;
      return row ? withReports([row], {}, false)[0] : null;
    },

    /** Quotes for known ids, in the order given, each with a preview of its reports. */
    byIds(ids: readonly number[], preference: ReportPreference = {}): Quote[] {
      return withReports(byIdList.all({ ids: idList(ids) }) as QuoteRow[], preference, true);
    },
  };
}

// Written out field by field: object rest and spread cost more than the query on a full page.
function toReport(r: ReportRow): QuoteReport {
  return {
    id: r[0],
    articleId: r[1],
    articleTitle: r[2],
    publishedAt: r[3],
    text: r[7],
    cue: r[8],
    speakerText: r[9],
    start: r[10],
    end: r[11],
    outlet: reportOutlet(r),
  };
}

export type QuoteQueries = ReturnType<typeof createQuoteQueries>;
