import type { Db } from '../client.js';
import { nameKey } from '../../pipeline/match.js';
import type { ReferenceResolver } from './references.js';
import { activeFilters, statementCache, toPage, whereClause, type Page, type PageRequest } from './statements.js';

export type PersonKind = 'person' | 'organisation';

export interface PeopleFilters {
  /** Words of a name or alias, case-insensitive. */
  q?: string;
  /** Only people mentioned in this article. */
  article?: number;
  /** Persons unless asked otherwise: organisations only with 'organisation' or 'any'. */
  kind?: PersonKind | 'any';
}

export interface Person {
  id: number;
  kind: PersonKind;
  name: string;
  aliases: string[];
  roles: string[];
}

export interface PersonDetail extends Person {
  counts: { quotes: number; articles: number; events: number };
}

interface PersonRow {
  id: number;
  kind: PersonKind;
  name: string;
  aliases: string;
  roles: string;
}

const FRAGMENTS: Record<string, string> = {
  // Most rows are persons: walking ids beats sorting every person by id for each page.
  kind: '+p.kind = @kind',
  article: 'p.id IN (SELECT person_id FROM mentions WHERE article_id = @article)',
  // Any part of the name, or the start of an alias (aliases hold surnames and
  // titled forms, so "blair" finds Tony Blair through the alias index).
  q: `(p.name LIKE @pattern ESCAPE '\\' OR p.id IN (SELECT person_id FROM person_aliases WHERE alias_key >= @aliasFrom AND alias_key < @aliasTo))`,
};

const COLUMNS = `p.id, p.kind, p.name, p.roles,
  (SELECT json_group_array(alias) FROM person_aliases WHERE person_id = p.id) AS aliases`;

export function createPeopleQueries(db: Db, resolve: ReferenceResolver) {
  const sqlite = db.$client;
  const pageStatement = statementCache(
    sqlite,
    (active) => `SELECT ${COLUMNS} FROM people p WHERE ${whereClause(FRAGMENTS, active, 'p.id > @after')} ORDER BY p.id LIMIT @limit`,
  );
  const byId = sqlite.prepare(`SELECT ${COLUMNS},
      (SELECT count(*) FROM quotes WHERE speaker_id = p.id) AS quoteCount,
      (SELECT count(DISTINCT article_id) FROM mentions WHERE person_id = p.id) AS articleCount,
      (SELECT count(*) FROM event_people WHERE person_id = p.id) AS eventCount
    FROM people p WHERE p.id = ?`);

  return {
    list(filters: PeopleFilters, page: PageRequest): Page<Person> {
      const kind = filters.kind ?? 'person';
      const values = {
        kind: kind === 'any' ? undefined : kind,
        article: filters.article,
        q: filters.q,
        pattern: filters.q === undefined ? undefined : `%${filters.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        ...aliasPrefix(filters.q),
      };
      const rows = pageStatement(activeFilters(FRAGMENTS, values)).all({ ...values, after: page.after ?? 0, limit: page.limit + 1 }) as PersonRow[];
      const { items, nextAfter } = toPage(rows, page.limit);
      return { items: items.map(toPerson), nextAfter };
    },

    get(id: number): PersonDetail | null {
      const row = byId.get(id) as (PersonRow & { quoteCount: number; articleCount: number; eventCount: number }) | undefined;
      if (!row) return null;
      return { ...toPerson(row), counts: { quotes: row.quoteCount, articles: row.articleCount, events: row.eventCount } };
    },

    /** The id a reference (id, name or alias) names; the lowest when several people share an alias. */
    resolve(reference: string): number | null {
      return resolve.peopleIds(reference)[0] ?? null;
    },
  };
}

/** The range of alias keys that start with the key of what was typed. */
function aliasPrefix(q: string | undefined): { aliasFrom?: string; aliasTo?: string } {
  if (q === undefined) return {};
  const key = nameKey(q) || q.toLowerCase();
  return { aliasFrom: key, aliasTo: `${key}\uffff` };
}

function toPerson(row: PersonRow): Person {
  return { id: row.id, kind: row.kind, name: row.name, aliases: JSON.parse(row.aliases) as string[], roles: JSON.parse(row.roles) as string[] };
}

export type PeopleQueries = ReturnType<typeof createPeopleQueries>;
