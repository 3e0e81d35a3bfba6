import type { Db } from '../client.js';
import { createReportPreviewer, reportOutlet, reportsById, type ReportHead, type ReportPreference } from './report-preview.js';
import { filteredPeople, personFilter, type ReferenceResolver } from './references.js';
import { activeFilters, groupBy, idList, statementCache, toPage, whereClause, type Page, type PageRequest } from './statements.js';
import type { OutletRef } from './quotes.js';

export interface EventFilters {
  /** YYYY, YYYY-MM or YYYY-MM-DD: events whose date starts with it. */
  date?: string;
  /** YYYY-MM-DD bounds; an event dated to a month or year counts when its period overlaps them. */
  from?: string;
  to?: string;
  /** Id, name or alias of a person involved. */
  person?: string;
  /** Exact person id (the people routes). */
  personId?: number;
  /** Id or slug of an outlet that reported the event. */
  outlet?: string;
  article?: number;
}

export interface EventReport {
  id: number;
  articleId: number;
  articleTitle: string | null;
  publishedAt: string | null;
  outlet: OutletRef | null;
  sentence: string;
  temporalText: string;
  start: number;
  end: number;
  temporalStart: number;
  temporalEnd: number;
}

export interface Event {
  id: number;
  date: string | null;
  precision: 'day' | 'month' | 'year' | null;
  description: string;
  place: string | null;
  people: Array<{ id: number; name: string }>;
  /** How many articles reported it; in lists, reports holds a preview of them. */
  reportCount: number;
  reports: EventReport[];
}

type EventRow = Omit<Event, 'people' | 'reports'>;

type ReportRow = [...ReportHead, sentence: string, temporalText: string, start: number, end: number, temporalStart: number, temporalEnd: number];

const FRAGMENTS: Record<string, string> = {
  // Event dates are prefixes of one another (2017, 2017-02, 2017-02-16), so "starts
  // with" is a range on the date index: nothing sorts between 2017-02 and 2017-02-99.
  date: `e.date BETWEEN @date AND @date || '-99'`,
  // A shorter date is a period: it overlaps [from, to] when it does not start after
  // `to` and does not end before `from`. The year bound gives the index a range.
  from: 'e.date >= substr(@from, 1, 4) AND e.date >= substr(@from, 1, length(e.date))',
  to: 'e.date <= @to',
  personId: 'e.id IN (SELECT event_id FROM event_people WHERE person_id = @personId)',
  personIds: 'e.id IN (SELECT event_id FROM event_people WHERE person_id IN (SELECT value FROM json_each(@personIds)))',
  article: 'e.id IN (SELECT event_id FROM event_reports WHERE article_id = @article)',
  outletId: 'EXISTS (SELECT 1 FROM outlet_events m WHERE m.outlet_id = @outletId AND m.event_id = e.id)',
};

/** Filters that leave few events: they drive the query from their own index, even with a date. */
const NARROW = new Set(['personId', 'personIds', 'article']);

const EMPTY: Page<never> = { items: [], nextAfter: null };

const twoDigits = (n: number) => String(n).padStart(2, '0');
const DAYS = Array.from({ length: 31 }, (_, i) => `-${twoDigits(i + 1)}`);
const MONTHS = Array.from({ length: 12 }, (_, i) => `-${twoDigits(i + 1)}`);
/** What follows a date filter of each length to make every date it matches: a year names 385, a month 32, a day itself. */
const DATE_SUFFIXES: Record<number, readonly string[]> = {
  4: ['', ...MONTHS, ...MONTHS.flatMap((month) => DAYS.map((day) => month + day))],
  7: ['', ...DAYS],
  10: [''],
};

/**
 * A page of a period's events in id order, without collecting the whole period: the
 * date index lists each exact date's events in id order, and SQLite merges ordered
 * UNION ALL arms, reading each only as far as the page needs. Sorting every event of
 * a busy month instead made the page cost grow with the data.
 */
function mergedDatePage(active: readonly string[], dateLength: number, limit: number): string {
  const others = active.filter((name) => name !== 'date');
  const arms = DATE_SUFFIXES[dateLength].map(
    (suffix) => `SELECT e.id FROM events e WHERE ${whereClause(FRAGMENTS, others, `e.date = @date || '${suffix}' AND e.id > @after`)}`,
  );
  return `${arms.join(' UNION ALL ')} ORDER BY 1 LIMIT ${limit}`;
}

/**
 * The merge stops early only when SQLite sees the limit in the SQL (bound as a
 * parameter, the same page cost six times more), so the statement is prepared per
 * limit, rounded up to one of a few sizes so that any limit a client sends reuses one.
 */
const MERGE_LIMITS = [11, 21, 51, 101, 201, 501];
const mergeLimit = (rows: number) => MERGE_LIMITS.find((size) => size >= rows) ?? rows;

export function createEventQueries(db: Db, resolve: ReferenceResolver) {
  const sqlite = db.$client;
  const columns = 'e.id, e.date, e.precision, e.description, e.place, e.report_count AS reportCount';
  const pageStatement = statementCache(
    sqlite,
    (active) => `SELECT ${columns} FROM events e WHERE ${whereClause(FRAGMENTS, active, 'e.id > @after')} ORDER BY e.id LIMIT @limit`,
  );
  const datePageStatement = statementCache(sqlite, ([dateLength, limit, ...active]) => mergedDatePage(active, Number(dateLength), Number(limit)));
  function mergedIds(dateLength: string, active: readonly string[], parameters: Record<string, unknown> & { limit: number }): number[] {
    const statement = datePageStatement([dateLength, String(mergeLimit(parameters.limit)), ...active]);
    return (statement.pluck().all(parameters) as number[]).slice(0, parameters.limit);
  }
  const byId = sqlite.prepare(`SELECT ${columns} FROM events e WHERE e.id = ?`);
  const byIdList = sqlite.prepare(`SELECT ${columns} FROM json_each(@ids) j JOIN events e ON e.id = j.value ORDER BY j.key`);
  const peopleOf = sqlite.prepare(`SELECT ep.event_id AS eventId, p.id, p.name
    FROM event_people ep JOIN people p ON p.id = ep.person_id
    WHERE ep.event_id IN (SELECT value FROM json_each(@ids)) ORDER BY ep.event_id, p.id`);
  const previewer = createReportPreviewer(sqlite, 'event_reports', 'event_id');
  const reportsByIdList = reportsById(sqlite, 'event_reports', `r.sentence, r.temporal_text, r.start, r."end", r.temporal_start, r.temporal_end`);

  function complete(rows: EventRow[], preference: ReportPreference, preview: boolean): Event[] {
    if (rows.length === 0) return [];
    const ids = idList(rows.map((row) => row.id));
    const people = groupBy(peopleOf.all({ ids }) as Array<{ eventId: number; id: number; name: string }>, (p) => p.eventId);
    const reports = previewer.reportsFor(rows.map((row) => row.id), preference, preview, (ids) => (reportsByIdList.all({ ids }) as ReportRow[]).map(toReport));
    return rows.map((row, i) => ({
      id: row.id,
      date: row.date,
      precision: row.precision,
      description: row.description,
      place: row.place,
      people: (people.get(row.id) ?? []).map((p) => ({ id: p.id, name: p.name })),
      reportCount: row.reportCount,
      reports: reports[i],
    }));
  }

  return {
    list(filters: EventFilters, page: PageRequest): Page<Event> {
      const values: Record<string, unknown> = { date: filters.date, from: filters.from, to: filters.to, article: filters.article };
      if (filters.person !== undefined || filters.personId !== undefined) {
        const people = filteredPeople(resolve, filters.person, filters.personId);
        if (people.length === 0) return EMPTY;
        const { one, many } = personFilter(people);
        values.personId = one;
        values.personIds = many;
      }
      if (filters.outlet !== undefined) {
        values.outletId = resolve.outletId(filters.outlet);
        if (values.outletId === null) return EMPTY;
      }
      const active = activeFilters(FRAGMENTS, values);
      const parameters = { ...values, after: page.after ?? 0, limit: page.limit + 1 };
      const rows =
        filters.date !== undefined && !active.some((name) => NARROW.has(name))
          ? (byIdList.all({ ids: idList(mergedIds(String(filters.date.length), active, parameters)) }) as EventRow[])
          : (pageStatement(active).all(parameters) as EventRow[]);
      const { items, nextAfter } = toPage(rows, page.limit);
      const preference = { article: filters.article, outlet: values.outletId as number | undefined };
      return { items: complete(items, preference, true), nextAfter };
    },

    get(id: number): Event | null {
      const row = byId.get(id) as EventRow | undefined;
      return row ? complete([row], {}, false)[0] : null;
    },

    /** Events for known ids, in the order given, each with a preview of its reports. */
    byIds(ids: readonly number[], preference: ReportPreference = {}): Event[] {
      return complete(byIdList.all({ ids: idList(ids) }) as EventRow[], preference, true);
    },
  };
}

function toReport(r: ReportRow): EventReport {
  return {
    id: r[0],
    articleId: r[1],
    articleTitle: r[2],
    publishedAt: r[3],
    sentence: r[7],
    temporalText: r[8],
    start: r[9],
    end: r[10],
    temporalStart: r[11],
    temporalEnd: r[12],
    outlet: reportOutlet(r),
  };
}

export type EventQueries = ReturnType<typeof createEventQueries>;
