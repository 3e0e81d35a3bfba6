import type { Db } from '../client.js';
import type { ReferenceResolver } from './references.js';
import { activeFilters, statementCache, toPage, whereClause, type Page, type PageRequest } from './statements.js';
import type { OutletRef } from './quotes.js';

export interface ArticleFilters {
  /** Id or slug. */
  outlet?: string;
  /** Id, name or alias of a person the article mentions. */
  person?: string;
  /** YYYY-MM-DD bounds on the publication date. */
  from?: string;
  to?: string;
}

export interface Article {
  id: number;
  sourceFile: string;
  title: string | null;
  outlet: OutletRef | null;
  publishedAt: string | null;
  url: string | null;
  authors: string[];
  standfirst: string | null;
  dateline: string | null;
  sourceAgency: string | null;
  carriedBy: string | null;
}

export interface ArticleDetail extends Article {
  text: string;
  quotes: Array<{
    id: number;
    kind: 'direct' | 'indirect';
    text: string;
    speaker: { id: number; name: string } | null;
    speakerText: string | null;
    cue: string | null;
    start: number;
    end: number;
  }>;
  events: Array<{
    id: number;
    date: string | null;
    precision: 'day' | 'month' | 'year' | null;
    description: string;
    sentence: string;
    temporalText: string;
    start: number;
    end: number;
  }>;
  people: Array<{ id: number; kind: 'person' | 'organisation'; name: string; mentions: number; journalist: boolean }>;
}

interface ArticleRow extends Omit<Article, 'outlet' | 'authors'> {
  authors: string;
  outletId: number | null;
  outletSlug: string | null;
  outletName: string | null;
}

const FRAGMENTS: Record<string, string> = {
  outletId: 'a.outlet_id = @outletId',
  personIds: 'a.id IN (SELECT article_id FROM mentions WHERE person_id IN (SELECT value FROM json_each(@personIds)))',
  from: 'a.published_date >= @from',
  to: 'a.published_date <= @to',
};

const COLUMNS = `a.id, a.source_file AS sourceFile, a.title, a.published_at AS publishedAt, a.url, a.authors, a.standfirst,
  a.dateline, a.source_agency AS sourceAgency, a.carried_by AS carriedBy,
  o.id AS outletId, o.slug AS outletSlug, o.name AS outletName`;

export function createArticleQueries(db: Db, resolve: ReferenceResolver) {
  const sqlite = db.$client;
  const pageStatement = statementCache(
    sqlite,
    (active) => `SELECT ${COLUMNS} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
      WHERE ${whereClause(FRAGMENTS, active, 'a.id > @after')} ORDER BY a.id LIMIT @limit`,
  );
  const byId = sqlite.prepare(`SELECT ${COLUMNS}, a.text FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?`);
  const quotesIn = sqlite.prepare(`SELECT q.id, q.kind, r.text, q.speaker_id AS speakerId, p.name AS speakerName,
      r.speaker_text AS speakerText, r.cue, r.start, r."end"
    FROM quote_reports r JOIN quotes q ON q.id = r.quote_id LEFT JOIN people p ON p.id = q.speaker_id
    WHERE r.article_id = ? ORDER BY r.start, r.id`);
  const eventsIn = sqlite.prepare(`SELECT e.id, e.date, e.precision, e.description, r.sentence, r.temporal_text AS temporalText, r.start, r."end"
    FROM event_reports r JOIN events e ON e.id = r.event_id WHERE r.article_id = ? ORDER BY r.start, r.id`);
  const peopleIn = sqlite.prepare(`SELECT p.id, p.kind, p.name, count(*) AS mentions, max(m.journalist) AS journalist
    FROM mentions m JOIN people p ON p.id = m.person_id WHERE m.article_id = ? GROUP BY p.id ORDER BY min(m.start), p.id`);

  return {
    list(filters: ArticleFilters, page: PageRequest): Page<Article> {
      const values: Record<string, unknown> = { from: filters.from, to: filters.to };
      if (filters.person !== undefined) {
        const people = resolve.peopleIds(filters.person);
        if (people.length === 0) return { items: [], nextAfter: null };
        values.personIds = JSON.stringify(people);
      }
      if (filters.outlet !== undefined) {
        values.outletId = resolve.outletId(filters.outlet);
        if (values.outletId === null) return { items: [], nextAfter: null };
      }
      const rows = pageStatement(activeFilters(FRAGMENTS, values)).all({ ...values, after: page.after ?? 0, limit: page.limit + 1 }) as ArticleRow[];
      const { items, nextAfter } = toPage(rows, page.limit);
      return { items: items.map(toArticle), nextAfter };
    },

    get(id: number): ArticleDetail | null {
      const row = byId.get(id) as (ArticleRow & { text: string }) | undefined;
      if (!row) return null;
      const quotes = (quotesIn.all(id) as Array<Record<string, unknown>>).map(({ speakerId, speakerName, ...rest }) => ({
        ...rest,
        speaker: speakerId === null ? null : { id: speakerId as number, name: (speakerName as string | null) ?? '' },
      })) as ArticleDetail['quotes'];
      type PersonRow = Omit<ArticleDetail['people'][number], 'journalist'> & { journalist: number };
      const people = (peopleIn.all(id) as PersonRow[]).map((p) => ({
        ...p,
        journalist: p.journalist === 1,
      }));
      return { ...toArticle(row), text: row.text, quotes, events: eventsIn.all(id) as ArticleDetail['events'], people };
    },
  };
}

function toArticle({ outletId, outletSlug, outletName, authors, ...rest }: ArticleRow): Article {
  return {
    ...rest,
    outlet: outletId === null ? null : { id: outletId, slug: outletSlug ?? '', name: outletName ?? '' },
    authors: JSON.parse(authors) as string[],
  };
}

export type ArticleQueries = ReturnType<typeof createArticleQueries>;
