import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Integer primary keys are the public ids: they never change once assigned, so
// frontends can keep links to /quotes/12 across ingests.

export const outlets = sqliteTable(
  'outlets',
  {
    id: integer('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('outlets_slug_unique').on(t.slug)],
);

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey(),
    outletId: integer('outlet_id').references(() => outlets.id),
    /** Wire agency whose copy this is, e.g. "Reuters" for a rewrite ending "– (Reuters)". */
    sourceAgency: text('source_agency'),
    /** Site that republished the outlet's copy as given, e.g. "Yahoo News" carrying a Reuters story. */
    carriedBy: text('carried_by'),
    title: text('title'),
    standfirst: text('standfirst'),
    /** JSON array of author names. */
    authors: text('authors', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    dateline: text('dateline'),
    /** ISO date (YYYY-MM-DD) or date-time as given. */
    publishedAt: text('published_at'),
    /** YYYY-MM-DD part of publishedAt, for date filters and ordering. */
    publishedDate: text('published_date'),
    url: text('url'),
    /** Path relative to the ingested folder, '/'-separated. */
    sourceFile: text('source_file').notNull(),
    /** sha256 of the file bytes plus its metadata: unchanged hash = nothing to do. */
    contentHash: text('content_hash').notNull(),
    text: text('text').notNull(),
    ingestedAt: text('ingested_at').notNull(),
  },
  (t) => [
    uniqueIndex('articles_source_file_unique').on(t.sourceFile),
    // Covers the ingest's look at every stored file and hash, which would otherwise read the texts too.
    index('articles_file_hash_idx').on(t.sourceFile, t.contentHash),
    index('articles_content_hash_idx').on(t.contentHash),
    index('articles_outlet_idx').on(t.outletId, t.id),
    index('articles_published_idx').on(t.publishedDate, t.id),
  ],
);

/** People, and organisations when an article makes one speak ("the firm said"). */
export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: ['person', 'organisation'] }).notNull().default('person'),
    name: text('name').notNull(),
    /** Normalised identity key used by cross-article matching (lowercase, no titles). */
    nameKey: text('name_key').notNull(),
    /** JSON array of roles and titles as seen ("defence secretary", "Gen"). */
    roles: text('roles', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  },
  (t) => [index('people_name_key_idx').on(t.nameKey), index('people_kind_name_idx').on(t.kind, t.name, t.id)],
);

export const personAliases = sqliteTable(
  'person_aliases',
  {
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    /** Lowercased alias, for case-insensitive lookup by ?speaker= and ?q=. */
    aliasKey: text('alias_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.aliasKey] }), index('person_aliases_key_idx').on(t.aliasKey)],
);

export const mentions = sqliteTable(
  'mentions',
  {
    id: integer('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    /** Byline/credit/caption name: a journalist of the article, never a speaker in it. */
    journalist: integer('journalist', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('mentions_article_idx').on(t.articleId, t.personId), index('mentions_person_idx').on(t.personId, t.articleId)],
);

export const quotes = sqliteTable(
  'quotes',
  {
    id: integer('id').primaryKey(),
    speakerId: integer('speaker_id').references(() => people.id),
    kind: text('kind', { enum: ['direct', 'indirect'] }).notNull(),
    /** Wording of the first report; each report keeps its own. */
    text: text('text').notNull(),
    /** Earliest publication date among its reports (YYYY-MM-DD), for from/to filters. */
    firstReported: text('first_reported'),
    /** How many reports it has, kept by triggers: lists show it beside a preview of them. */
    reportCount: integer('report_count').notNull().default(0),
  },
  (t) => [
    index('quotes_speaker_idx').on(t.speakerId, t.id),
    index('quotes_kind_idx').on(t.kind, t.id),
    index('quotes_first_reported_idx').on(t.firstReported, t.id),
  ],
);

export const quoteReports = sqliteTable(
  'quote_reports',
  {
    id: integer('id').primaryKey(),
    quoteId: integer('quote_id')
      .notNull()
      .references(() => quotes.id, { onDelete: 'cascade' }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    /** The attribution as written: "he", "Mr Brandt", "a palace aide". */
    speakerText: text('speaker_text'),
    cue: text('cue'),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    /** The reporting article's outlet and publication date, copied so a list's preview of reports reads one index. */
    outletId: integer('outlet_id'),
    publishedDate: text('published_date'),
  },
  (t) => [
    // Undated reports sort last; the index holds that order, so the earliest reports of a quote are its first entries.
    index('quote_reports_quote_idx').on(t.quoteId, sql`${t.publishedDate} IS NULL`, t.publishedDate, t.articleId),
    index('quote_reports_quote_outlet_idx').on(t.quoteId, t.outletId, sql`${t.publishedDate} IS NULL`, t.publishedDate, t.articleId),
    index('quote_reports_article_idx').on(t.articleId, t.quoteId),
  ],
);

export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey(),
    /** YYYY, YYYY-MM or YYYY-MM-DD, or null when the text gives no resolvable date. */
    date: text('date'),
    precision: text('precision', { enum: ['day', 'month', 'year'] }),
    description: text('description').notNull(),
    place: text('place'),
    /** How many reports it has, kept by triggers. */
    reportCount: integer('report_count').notNull().default(0),
  },
  (t) => [index('events_date_idx').on(t.date, t.id)],
);

export const eventPeople = sqliteTable(
  'event_people',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.personId] }), index('event_people_person_idx').on(t.personId, t.eventId)],
);

export const eventReports = sqliteTable(
  'event_reports',
  {
    id: integer('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    sentence: text('sentence').notNull(),
    /** The temporal expression as written: "on Thursday", "Monday's". */
    temporalText: text('temporal_text').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    temporalStart: integer('temporal_start').notNull(),
    temporalEnd: integer('temporal_end').notNull(),
    /** As on quote_reports. */
    outletId: integer('outlet_id'),
    publishedDate: text('published_date'),
  },
  (t) => [
    index('event_reports_event_idx').on(t.eventId, sql`${t.publishedDate} IS NULL`, t.publishedDate, t.articleId),
    index('event_reports_event_outlet_idx').on(t.eventId, t.outletId, sql`${t.publishedDate} IS NULL`, t.publishedDate, t.articleId),
    index('event_reports_article_idx').on(t.articleId, t.eventId),
  ],
);

/** One row per ingest run, so /health and the response cache know when data changed. */
export const ingestRuns = sqliteTable('ingest_runs', {
  id: integer('id').primaryKey(),
  folder: text('folder').notNull(),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  added: integer('added').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  failed: integer('failed').notNull().default(0),
  /** Files whose content equals another file's, not stored twice. */
  duplicates: integer('duplicates').notNull().default(0),
  /** Stored articles whose file was gone from the folder. */
  missing: integer('missing').notNull().default(0),
  /** Of those, how many were deleted (--remove-missing). */
  removed: integer('removed').notNull().default(0),
});

// Kept by triggers and written by hand in migrations/, outside drizzle's model: the
// full-text index quote_reports_fts (one row per quote), the outlet_quotes and
// outlet_events memberships, and outlet_pair_quotes and outlet_pair_events, what each
// two outlets both reported (WITHOUT ROWID tables, which drizzle cannot declare).
// Queries read them through SQL.
