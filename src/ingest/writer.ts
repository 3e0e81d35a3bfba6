import type { Database, Statement } from 'better-sqlite3';
import type { Db } from '../db/client.js';
import type { FileMetadata } from '../pipeline/front-matter.js';
import { candidateKeys, matchEvent, matchPerson, matchQuote, nameKey, organisationShortName, surnameOf, wordingHolds, type KnownEvent, type KnownPerson, type KnownQuote } from '../pipeline/match.js';
import type { Entity, ExtractedQuote, Extraction } from '../pipeline/types.js';
import { slugify } from './slug.js';

// The only code that writes articles and what they report. Every write goes
// through statements prepared once per writer; each public method runs in its own
// synchronous transaction, so an article lands whole or not at all.

/** What of an extraction is stored: its sentences only served the stages that read them. */
export type StoredExtraction = Pick<Extraction, 'anatomy' | 'entities' | 'quotes' | 'events'>;

export interface ArticleInput {
  sourceFile: string;
  contentHash: string;
  meta: FileMetadata;
  extraction: StoredExtraction;
  ingestedAt: string;
}

/** Rows an article's reports pointed at before they were cleared: checked for orphans afterwards. */
interface Touched {
  quotes: Set<number>;
  events: Set<number>;
  people: Set<number>;
  outlets: Set<number>;
}

// Matching needs a bounded candidate list: a year such as "2004" can hold
// thousands of events, and comparing every new one against all of them would
// make ingestion quadratic.
// The same holds for quotes: a wire desk's day can hold hundreds of unattributed
// ones ("traders said"), and a prime minister says thousands of things over years.
// The most recent ones are where a repeat is found.
const EVENT_CANDIDATE_LIMIT = 100;
const SPEAKER_QUOTE_LIMIT = 500;
const UNATTRIBUTED_QUOTE_LIMIT = 100;

export interface ArticleWriter {
  /** Inserts a new article, or replaces what `existingId` reported; returns the article id. */
  write(input: ArticleInput, existingId?: number): number;
  /** Points an article at a new file name (the same content, renamed). */
  move(articleId: number, sourceFile: string): void;
  /** Deletes an article and whatever only it reported. */
  remove(articleId: number): void;
}

export function createArticleWriter(db: Db): ArticleWriter {
  const sqlite = db.$client;
  const s = prepareStatements(sqlite);

  const clearReports = (articleId: number, touched: Touched): void => {
    for (const id of s.articleQuoteIds.pluck().all(articleId) as number[]) touched.quotes.add(id);
    for (const id of s.articleEventIds.pluck().all(articleId) as number[]) touched.events.add(id);
    for (const id of s.articlePersonIds.pluck().all(articleId) as number[]) touched.people.add(id);
    s.deleteQuoteReports.run(articleId);
    s.deleteEventReports.run(articleId);
    s.deleteMentions.run(articleId);
  };

  // Order matters: quotes go first because a quote's speaker keeps a person alive.
  const dropOrphans = (touched: Touched): void => {
    for (const id of touched.quotes) {
      if (s.deleteQuoteIfOrphan.run(id).changes === 0) s.refreshFirstReported.run(id);
    }
    for (const id of touched.events) s.deleteEventIfOrphan.run(id);
    for (const id of touched.people) s.deletePersonIfOrphan.run(id);
    for (const id of touched.outlets) s.deleteOutletIfOrphan.run(id);
  };

  const write = sqlite.transaction((input: ArticleInput, existingId?: number): number => {
    const { meta, extraction } = input;
    const { anatomy } = extraction;
    const touched: Touched = { quotes: new Set(), events: new Set(), people: new Set(), outlets: new Set() };

    const outletName = meta.outlet ?? anatomy.outlet;
    const outletId = outletName ? upsertOutlet(s, outletName) : null;
    const publishedDate = meta.publishedAt?.slice(0, 10) ?? null;
    const row = {
      outletId,
      sourceAgency: anatomy.sourceAgency,
      carriedBy: meta.carriedBy ?? null,
      title: meta.title ?? anatomy.title,
      standfirst: anatomy.standfirst,
      authors: JSON.stringify(meta.authors?.length ? meta.authors : anatomy.authors),
      dateline: anatomy.dateline,
      publishedAt: meta.publishedAt ?? null,
      publishedDate,
      url: meta.url ?? null,
      sourceFile: input.sourceFile,
      contentHash: input.contentHash,
      text: anatomy.text,
      ingestedAt: input.ingestedAt,
    };

    let articleId: number;
    if (existingId === undefined) {
      articleId = Number(s.insertArticle.run(row).lastInsertRowid);
    } else {
      articleId = existingId;
      const previousOutlet = s.articleOutlet.pluck().get(articleId) as number | null | undefined;
      if (previousOutlet != null && previousOutlet !== outletId) touched.outlets.add(previousOutlet);
      clearReports(articleId, touched);
      s.updateArticle.run({ ...row, id: articleId });
    }

    const personIds = new Map<string, number>();
    // Nothing below reads mentions back, so they are inserted together once every person is known.
    const mentionRows: unknown[][] = [];
    for (const entity of extraction.entities) {
      const personId = resolvePerson(s, entity);
      personIds.set(entity.key, personId);
      for (const mention of entity.mentions) {
        mentionRows.push([personId, articleId, mention.text, mention.start, mention.end, entity.journalist ? 1 : 0]);
      }
    }
    s.insertMentions(mentionRows);

    // Quotes by one speaker are matched against that speaker's known quotes,
    // loaded once per article and extended as this article adds to them.
    // A quote has one report per article that carried it: when the article carries
    // the statement twice (a headline fragment and the full quote, a caption
    // repeating the body), the report keeps the longest span.
    const quoteCandidates = new Map<number | null, KnownQuote[]>();
    const loadedQuotes = new Map<number, KnownQuote>();
    const dayQuotes: { unattributed?: QuoteRow[] } = {};
    const reports = new Map<number, ExtractedQuote>();
    const createdFrom = new Map<number, ExtractedQuote>();
    const matched: MatchedQuote[] = [];
    for (const quote of extraction.quotes) {
      const speakerId = (quote.speakerKey && personIds.get(quote.speakerKey)) || null;
      let candidates = quoteCandidates.get(speakerId);
      if (!candidates) {
        candidates = loadQuoteCandidates(s, speakerId, publishedDate, loadedQuotes, dayQuotes);
        quoteCandidates.set(speakerId, candidates);
      }
      let quoteId = matchQuote({ speakerId, kind: quote.kind, text: quote.text }, candidates);
      const earlier = quoteId === null ? undefined : reports.get(quoteId);
      if (earlier && !sameReport(earlier, quote)) {
        // Another part of a statement this article already reports ("We have been patient," she
        // said. "They gave us nothing."), where another outlet ran it whole: the article's
        // first part stays that statement's report, and this part is matched as a statement
        // of its own rather than crowding it out.
        const taken = new Set(reports.keys());
        quoteId = matchQuote({ speakerId, kind: quote.kind, text: quote.text }, candidates.filter((candidate) => !taken.has(candidate.id)));
      }
      const known = quoteId === null ? undefined : candidates.find((candidate) => candidate.id === quoteId);
      if (quoteId === null || !known) {
        quoteId = Number(s.insertQuote.run(speakerId, quote.kind, quote.text, publishedDate).lastInsertRowid);
        candidates.push({ id: quoteId, speakerId, kind: quote.kind, texts: [quote.text] });
        createdFrom.set(quoteId, quote);
      } else {
        known.texts.push(quote.text);
        // The same words another outlet gave with no speaker ("it said") are this speaker's.
        if (known.speakerId === null && speakerId !== null) {
          s.setQuoteSpeaker.run(speakerId, quoteId);
          known.speakerId = speakerId;
        }
        // A later report of a known quote may still be its earliest.
        if (publishedDate !== null && !reports.has(quoteId)) s.lowerFirstReported.run({ id: quoteId, date: publishedDate });
      }
      const kept = reports.get(quoteId);
      if (!kept || quote.end - quote.start > kept.end - kept.start) reports.set(quoteId, quote);
      matched.push({ quote, speakerId, id: quoteId });
    }
    const matching: QuoteMatching = { articleId, publishedDate, matched, reports, createdFrom, loaded: loadedQuotes };
    joinEnclosedParts(s, matching);
    joinStoryRepeats(s, matching);
    const reportRows: unknown[][] = [];
    for (const [quoteId, quote] of reports) {
      // A quote this article introduced reads as its fullest wording here, not as
      // whichever fragment came first.
      const first = createdFrom.get(quoteId);
      if (first && first !== quote) s.setQuoteWording.run(quote.text, quote.kind, quoteId);
      reportRows.push([quoteId, articleId, quote.text, quote.speakerText, quote.cue, quote.start, quote.end, outletId, publishedDate]);
    }
    s.insertQuoteReports(reportRows);

    const storyArticles = new Set(s.articlesSharingQuotes.pluck().all({ quotes: JSON.stringify([...reports.keys()]), article: articleId }) as number[]);
    const takenEvents = new Set<number>();
    const reportedOn = sentencesPerDate(extraction.events);
    for (const event of extraction.events) {
      const eventPeople = [...new Set(event.peopleKeys.map((key) => personIds.get(key)).filter((id): id is number => id !== undefined))];
      const candidates = loadEventCandidates(s, event.date, event.precision, eventPeople);
      let eventId = matchEvent({ date: event.date, description: event.description, personIds: eventPeople }, candidates, { storyArticles, taken: takenEvents, reportedOn });
      if (eventId === null || !candidates.some((candidate) => candidate.id === eventId)) {
        eventId = Number(s.insertEvent.run(event.date, event.precision, event.description, event.place).lastInsertRowid);
      } else if (event.place) {
        s.fillEventPlace.run(event.place, eventId);
      }
      takenEvents.add(eventId);
      for (const personId of eventPeople) s.insertEventPerson.run(eventId, personId);
      s.insertEventReport.run(
        eventId,
        articleId,
        event.sentence.text,
        event.temporal.text,
        event.sentence.start,
        event.sentence.end,
        event.temporal.start,
        event.temporal.end,
        outletId,
        publishedDate,
      );
    }

    dropOrphans(touched);
    return articleId;
  });

  const move = sqlite.transaction((articleId: number, sourceFile: string): void => {
    s.moveArticle.run(sourceFile, articleId);
  });

  const remove = sqlite.transaction((articleId: number): void => {
    const touched: Touched = { quotes: new Set(), events: new Set(), people: new Set(), outlets: new Set() };
    const outletId = s.articleOutlet.pluck().get(articleId) as number | null | undefined;
    if (outletId != null) touched.outlets.add(outletId);
    clearReports(articleId, touched);
    s.deleteArticle.run(articleId);
    dropOrphans(touched);
  });

  return {
    write: (input, existingId) => write(input, existingId),
    move: (articleId, sourceFile) => move(articleId, sourceFile),
    remove: (articleId) => remove(articleId),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

function prepareStatements(sqlite: Database) {
  const prepare = (sql: string): Statement => sqlite.prepare(sql);
  const articleColumns = `outlet_id = @outletId, source_agency = @sourceAgency, carried_by = @carriedBy, title = @title,
    standfirst = @standfirst, authors = @authors, dateline = @dateline, published_at = @publishedAt,
    published_date = @publishedDate, url = @url, source_file = @sourceFile, content_hash = @contentHash,
    text = @text, ingested_at = @ingestedAt`;
  return {
    insertOutlet: prepare(`INSERT INTO outlets (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING`),
    outletBySlug: prepare(`SELECT id FROM outlets WHERE slug = ?`),
    deleteOutletIfOrphan: prepare(`DELETE FROM outlets WHERE id = ? AND NOT EXISTS (SELECT 1 FROM articles WHERE outlet_id = outlets.id)`),

    insertArticle: prepare(`INSERT INTO articles (outlet_id, source_agency, carried_by, title, standfirst, authors, dateline,
      published_at, published_date, url, source_file, content_hash, text, ingested_at)
      VALUES (@outletId, @sourceAgency, @carriedBy, @title, @standfirst, @authors, @dateline, @publishedAt,
      @publishedDate, @url, @sourceFile, @contentHash, @text, @ingestedAt)`),
    updateArticle: prepare(`UPDATE articles SET ${articleColumns} WHERE id = @id`),
    moveArticle: prepare(`UPDATE articles SET source_file = ? WHERE id = ?`),
    deleteArticle: prepare(`DELETE FROM articles WHERE id = ?`),
    articleOutlet: prepare(`SELECT outlet_id FROM articles WHERE id = ?`),

    articleQuoteIds: prepare(`SELECT DISTINCT quote_id FROM quote_reports WHERE article_id = ?`),
    articleEventIds: prepare(`SELECT DISTINCT event_id FROM event_reports WHERE article_id = ?`),
    articlePersonIds: prepare(`SELECT DISTINCT person_id FROM mentions WHERE article_id = ?`),
    deleteQuoteReports: prepare(`DELETE FROM quote_reports WHERE article_id = ?`),
    deleteEventReports: prepare(`DELETE FROM event_reports WHERE article_id = ?`),
    deleteMentions: prepare(`DELETE FROM mentions WHERE article_id = ?`),

    peopleByKeys: prepare(`SELECT p.id, p.kind, p.name, p.roles,
      (SELECT json_group_array(alias) FROM person_aliases WHERE person_id = p.id) AS aliases
      FROM people p WHERE p.id IN (SELECT id FROM people WHERE name_key IN (SELECT value FROM json_each(@keys))
        UNION SELECT person_id FROM person_aliases WHERE alias_key IN (SELECT value FROM json_each(@keys)))`),
    insertPerson: prepare(`INSERT INTO people (kind, name, name_key, roles) VALUES (?, ?, ?, ?)`),
    renamePerson: prepare(`UPDATE people SET name = ?, name_key = ? WHERE id = ?`),
    setRoles: prepare(`UPDATE people SET roles = ? WHERE id = ?`),
    insertAlias: prepare(`INSERT OR IGNORE INTO person_aliases (person_id, alias, alias_key) VALUES (?, ?, ?)`),
    insertMentions: rowInserter(sqlite, `INSERT INTO mentions (person_id, article_id, text, start, "end", journalist)`, 6),
    deletePersonIfOrphan: prepare(`DELETE FROM people WHERE id = ?
      AND NOT EXISTS (SELECT 1 FROM mentions WHERE person_id = people.id)
      AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = people.id)`),

    quotesBySpeaker: prepare(`SELECT q.id, q.kind, q.text AS quoteText, r.text
      FROM (SELECT id, kind, text FROM quotes WHERE speaker_id = ? ORDER BY id DESC LIMIT ${SPEAKER_QUOTE_LIMIT}) q
      LEFT JOIN quote_reports r ON r.quote_id = q.id ORDER BY q.id`),
    unattributedQuotesOn: prepare(`SELECT q.id, q.kind, q.text AS quoteText, r.text
      FROM (SELECT id, kind, text FROM quotes WHERE speaker_id IS NULL AND first_reported = ? ORDER BY id DESC LIMIT ${UNATTRIBUTED_QUOTE_LIMIT}) q
      LEFT JOIN quote_reports r ON r.quote_id = q.id ORDER BY q.id`),
    // A day's quotes with a speaker, for a quote whose speaker its article did not name.
    attributedQuotesOn: prepare(`SELECT q.id, q.kind, q.speaker_id AS speakerId, q.text AS quoteText, r.text
      FROM (SELECT id, kind, speaker_id, text FROM quotes WHERE speaker_id IS NOT NULL AND first_reported = ? ORDER BY id DESC LIMIT ${UNATTRIBUTED_QUOTE_LIMIT}) q
      LEFT JOIN quote_reports r ON r.quote_id = q.id ORDER BY q.id`),
    setQuoteSpeaker: prepare(`UPDATE quotes SET speaker_id = ? WHERE id = ?`),
    insertQuote: prepare(`INSERT INTO quotes (speaker_id, kind, text, first_reported) VALUES (?, ?, ?, ?)`),
    setQuoteWording: prepare(`UPDATE quotes SET text = ?, kind = ? WHERE id = ?`),
    // The article's outlet and date are copied here; the trigger that would copy them only fills reports inserted without them.
    insertQuoteReports: rowInserter(sqlite, `INSERT INTO quote_reports (quote_id, article_id, text, speaker_text, cue, start, "end", outlet_id, published_date)`, 9),
    lowerFirstReported: prepare(`UPDATE quotes SET first_reported = @date WHERE id = @id AND (first_reported IS NULL OR first_reported > @date)`),
    refreshFirstReported: prepare(`UPDATE quotes SET first_reported = (SELECT MIN(a.published_date) FROM quote_reports r
      JOIN articles a ON a.id = r.article_id WHERE r.quote_id = quotes.id) WHERE id = ?`),
    deleteQuoteIfOrphan: prepare(`DELETE FROM quotes WHERE id = ? AND NOT EXISTS (SELECT 1 FROM quote_reports WHERE quote_id = quotes.id)`),

    // An article other than this one that reports the quote and one of the others.
    storyWitness: prepare(`SELECT 1 FROM quote_reports r JOIN quote_reports o ON o.article_id = r.article_id
      WHERE r.quote_id = @quote AND o.quote_id IN (SELECT value FROM json_each(@others)) AND r.article_id != @article LIMIT 1`),
    storyQuotes: prepare(`SELECT q.id, q.kind, q.speaker_id AS speakerId, q.text AS quoteText, r.text
      FROM quotes q JOIN quote_reports r ON r.quote_id = q.id
      WHERE r.article_id IN (SELECT value FROM json_each(@articles)) ORDER BY q.id`),
    articlesSharingQuotes: prepare(`SELECT DISTINCT article_id FROM quote_reports
      WHERE quote_id IN (SELECT value FROM json_each(@quotes)) AND article_id != @article`),
    eventsOnDay: prepare(`SELECT id FROM events WHERE date = ? ORDER BY id DESC LIMIT ${EVENT_CANDIDATE_LIMIT}`),
    eventsWithPeopleOn: prepare(`SELECT DISTINCT e.id FROM events e JOIN event_people p ON p.event_id = e.id
      WHERE e.date = @date AND p.person_id IN (SELECT value FROM json_each(@people)) ORDER BY e.id DESC LIMIT ${EVENT_CANDIDATE_LIMIT}`),
    eventDetails: prepare(`SELECT e.id, e.date, e.description,
      (SELECT json_group_array(person_id) FROM event_people WHERE event_id = e.id) AS people,
      (SELECT json_group_array(sentence) FROM event_reports WHERE event_id = e.id) AS sentences,
      (SELECT json_group_array(article_id) FROM event_reports WHERE event_id = e.id) AS articles
      FROM events e WHERE e.id IN (SELECT value FROM json_each(?))`),
    insertEvent: prepare(`INSERT INTO events (date, precision, description, place) VALUES (?, ?, ?, ?)`),
    fillEventPlace: prepare(`UPDATE events SET place = ? WHERE id = ? AND place IS NULL`),
    insertEventPerson: prepare(`INSERT OR IGNORE INTO event_people (event_id, person_id) VALUES (?, ?)`),
    insertEventReport: prepare(`INSERT INTO event_reports (event_id, article_id, sentence, temporal_text, start, "end",
      temporal_start, temporal_end, outlet_id, published_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    deleteEventIfOrphan: prepare(`DELETE FROM events WHERE id = ? AND NOT EXISTS (SELECT 1 FROM event_reports WHERE event_id = events.id)`),
  };
}

// Rows per multi-row INSERT: well under SQLite's limit on bound parameters.
const ROWS_PER_INSERT = 64;

/**
 * Inserts rows in as few statements as it can, in the order given (so ids are
 * assigned as one insert per row would assign them, and row triggers run in that
 * order too). Each write statement inside the article's savepoint opens a
 * statement savepoint, and FTS5 flushes its pending terms into a new segment at
 * every savepoint: one INSERT per quote report wrote one segment per report,
 * most of what storing a report cost.
 */
function rowInserter(sqlite: Database, insertInto: string, columns: number): (rows: unknown[][]) => void {
  const row = `(${new Array<string>(columns).fill('?').join(', ')})`;
  const byCount = new Map<number, Statement>();
  const statementFor = (count: number): Statement => {
    let statement = byCount.get(count);
    if (!statement) {
      statement = sqlite.prepare(`${insertInto} VALUES ${new Array<string>(count).fill(row).join(', ')}`);
      byCount.set(count, statement);
    }
    return statement;
  };
  return (rows) => {
    for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) {
      const chunk = rows.slice(from, from + ROWS_PER_INSERT);
      statementFor(chunk.length).run(chunk.flat());
    }
  };
}

function upsertOutlet(s: Statements, name: string): number {
  const slug = slugify(name);
  s.insertOutlet.run(slug, name);
  return s.outletBySlug.pluck().get(slug) as number;
}

function resolvePerson(s: Statements, entity: Entity): number {
  const names = [entity.name, ...entity.aliases];
  // A body is looked up without its legal form too: an earlier outlet may have left it off.
  if (entity.kind === 'organisation') names.push(...names.map(organisationShortName).filter((n): n is string => n !== null));
  const keys = [...new Set(names.flatMap(candidateKeys).filter(Boolean))];
  const rows = s.peopleByKeys.all({ keys: JSON.stringify(keys) }) as Array<{ id: number; kind: KnownPerson['kind']; name: string; roles: string; aliases: string }>;
  const candidates = rows.map((row) => ({ ...row, roles: JSON.parse(row.roles) as string[], aliases: JSON.parse(row.aliases) as string[] }));
  const matchedId = matchPerson(entity, candidates);
  const known = matchedId === null ? undefined : candidates.find((candidate) => candidate.id === matchedId);

  let personId: number;
  if (!known) {
    personId = Number(s.insertPerson.run(entity.kind, entity.name, nameKey(entity.name), JSON.stringify(entity.roles)).lastInsertRowid);
  } else {
    personId = known.id;
    // A surname alone gives way to a full name ("Okafor" to "Bill Okafor"), and stays
    // findable as an alias. A full name stays as first seen: one article's longer
    // form may carry a stray title ("Chancellor Gordon Brown").
    if (wordCount(known.name) === 1 && wordCount(entity.name) > 1) s.renamePerson.run(entity.name, nameKey(entity.name), personId);
    const roles = mergeRoles(known.roles, entity.roles);
    if (roles.length !== known.roles.length) s.setRoles.run(JSON.stringify(roles), personId);
  }
  // The name itself is stored as an alias too, so one alias_key lookup finds a person by any form;
  // so is the surname, which is how a later "Jimmy Carter" finds "James Earl Carter" to be matched against,
  // and a body's name without its legal form, which is how a later "Velmar Systems" finds "Velmar Systems NV".
  const knownKeys = new Set(known?.aliases.map(nameKey));
  const forms = [entity.name, ...entity.aliases];
  const shortForm = entity.kind === 'person' ? surnameOf(entity.name) : organisationShortName(entity.name);
  if (shortForm) forms.push(shortForm);
  for (const alias of new Set(forms)) {
    const key = nameKey(alias);
    if (key && !knownKeys.has(key)) {
      knownKeys.add(key);
      s.insertAlias.run(personId, alias, key);
    }
  }
  return personId;
}

interface MatchedQuote {
  quote: ExtractedQuote;
  speakerId: number | null;
  id: number;
}

/** What an article's quote matching has decided so far, before its reports are written. */
interface QuoteMatching {
  articleId: number;
  publishedDate: string | null;
  matched: MatchedQuote[];
  reports: Map<number, ExtractedQuote>;
  createdFrom: Map<number, ExtractedQuote>;
  loaded: Map<number, KnownQuote>;
}

/** Makes a statement this article introduced (`from`) the known one (`to`) after all. */
function redirectQuote(s: Statements, m: QuoteMatching, from: number, to: number): void {
  for (const entry of m.matched) if (entry.id === from) entry.id = to;
  const [kept, moved] = [m.reports.get(to), m.reports.get(from)];
  if (moved && (!kept || moved.end - moved.start > kept.end - kept.start)) m.reports.set(to, moved);
  m.reports.delete(from);
  m.createdFrom.delete(from);
  s.deleteQuoteIfOrphan.run(from);
  if (m.publishedDate !== null) s.lowerFirstReported.run({ id: to, date: m.publishedDate });
}

/**
 * A quoted phrase inside a reported clause is one statement with it ('that mediation should
 * be "the next step"'). When one of the two met a statement another article of the story
 * reported ('mediation "must now be the next step"') and the other was new, the new one is
 * that statement too, so the whole clause stays with its phrase. The story is what makes a
 * short phrase enough: the two articles must share some other statement too.
 */
function joinEnclosedParts(s: Statements, m: QuoteMatching): void {
  const { matched, createdFrom, loaded } = m;
  for (let i = 0; i < matched.length; i += 1) {
    for (let j = i + 1; j < matched.length; j += 1) {
      const [a, b] = [matched[i], matched[j]];
      if (a.id === b.id || a.speakerId === null || a.speakerId !== b.speakerId) continue;
      if (!(a.quote.start < b.quote.end && b.quote.start < a.quote.end)) continue;
      if (createdFrom.has(a.id) === createdFrom.has(b.id)) continue;
      const [from, to] = createdFrom.has(a.id) ? [a.id, b.id] : [b.id, a.id];
      if (loaded.get(to)?.speakerId !== a.speakerId) continue;
      const others = [...m.reports.keys()].filter((id) => id !== from && id !== to);
      if (others.length === 0 || s.storyWitness.get({ quote: to, others: JSON.stringify(others), article: m.articleId }) === undefined) continue;
      redirectQuote(s, m, from, to);
    }
  }
}

/**
 * The same words one article of the story reported with no speaker and another with one
 * (or neither with one) are one statement whatever day each was published: unnamed quotes
 * are otherwise only compared within a day, which leaves undated stories and next-day
 * follow-ups apart. A statement this article introduced is compared with the quotes of the
 * articles it shares a known statement with, by the rules for an unnamed speaker (the same
 * words, nearly whole), never with another named speaker's.
 */
function joinStoryRepeats(s: Statements, m: QuoteMatching): void {
  const created = m.matched.filter((entry, i) => m.createdFrom.has(entry.id) && m.matched.findIndex((e) => e.id === entry.id) === i);
  if (created.length === 0) return;
  const known = [...m.reports.keys()].filter((id) => !m.createdFrom.has(id));
  if (known.length === 0) return;
  const story = s.articlesSharingQuotes.pluck().all({ quotes: JSON.stringify(known), article: m.articleId }) as number[];
  if (story.length === 0) return;
  const byId = new Map<number, KnownQuote>();
  for (const row of s.storyQuotes.all({ articles: JSON.stringify(story) }) as QuoteRow[]) {
    if (m.reports.has(row.id)) continue;
    let quote = byId.get(row.id);
    if (!quote) byId.set(row.id, (quote = { id: row.id, speakerId: row.speakerId ?? null, kind: row.kind, texts: [row.quoteText] }));
    if (row.text !== null && !quote.texts.includes(row.text)) quote.texts.push(row.text);
  }
  const candidates = [...byId.values()];
  for (const entry of created) {
    if (!m.createdFrom.has(entry.id)) continue;
    const { speakerId } = entry;
    const quote = m.reports.get(entry.id) ?? entry.quote;
    const pool = speakerId === null ? candidates : candidates.filter((c) => c.speakerId === null);
    const to = matchQuote({ speakerId, kind: quote.kind, text: quote.text }, pool);
    if (to === null) continue;
    const target = byId.get(to) as KnownQuote;
    if (target.speakerId === null && speakerId !== null) {
      s.setQuoteSpeaker.run(speakerId, to);
      target.speakerId = speakerId;
    }
    redirectQuote(s, m, entry.id, to);
    byId.delete(to);
    candidates.splice(candidates.indexOf(target), 1);
  }
}

/**
 * Whether two quotes of one article are one report of a statement: one span holds the
 * other (a quoted phrase inside its reported clause), or one wording repeats the other
 * (a headline or caption fragment of the body's quote).
 */
function sameReport(a: ExtractedQuote, b: ExtractedQuote): boolean {
  return (a.start < b.end && b.start < a.end) || wordingHolds(a.text, b.text);
}

/** How many different sentences of the article report something of each date. */
function sentencesPerDate(events: Extraction['events']): Map<string, number> {
  const sentences = new Map<string, Set<number>>();
  for (const event of events) {
    if (event.date === null) continue;
    let starts = sentences.get(event.date);
    if (!starts) sentences.set(event.date, (starts = new Set()));
    starts.add(event.sentence.start);
  }
  return new Map([...sentences].map(([date, starts]) => [date, starts.size]));
}

function wordCount(name: string): number {
  return name.split(/\s+/).filter(Boolean).length;
}

function mergeRoles(known: string[], seen: string[]): string[] {
  const merged = [...known];
  const lower = new Set(known.map((role) => role.toLowerCase()));
  for (const role of seen) {
    if (!lower.has(role.toLowerCase())) {
      lower.add(role.toLowerCase());
      merged.push(role);
    }
  }
  return merged;
}

type QuoteRow = { id: number; kind: KnownQuote['kind']; speakerId?: number | null; quoteText: string; text: string | null };

/**
 * A speaker's known quotes, and the day's quotes no outlet named a speaker for: the same
 * words may come named in one outlet and unnamed in another ("it said"). A quote with no
 * speaker is compared with the day's quotes of every speaker for that reason. `loaded`
 * shares one candidate per quote among an article's speakers, so what one report adds to
 * it the next comparison sees; `day` keeps the day's unattributed rows, read once per article.
 */
function loadQuoteCandidates(
  s: Statements,
  speakerId: number | null,
  publishedDate: string | null,
  loaded: Map<number, KnownQuote>,
  day: { unattributed?: QuoteRow[] },
): KnownQuote[] {
  const rows: QuoteRow[] = [];
  if (speakerId !== null) rows.push(...(s.quotesBySpeaker.all(speakerId) as QuoteRow[]).map((row) => ({ ...row, speakerId })));
  // Unattributed quotes ("analysts said") only meet again on the same day: across
  // a whole corpus they would make every comparison quadratic for no real match.
  if (publishedDate !== null) {
    day.unattributed ??= (s.unattributedQuotesOn.all(publishedDate) as QuoteRow[]).map((row) => ({ ...row, speakerId: null }));
    rows.push(...day.unattributed);
    if (speakerId === null) rows.push(...(s.attributedQuotesOn.all(publishedDate) as QuoteRow[]));
  }
  const byId = new Map<number, KnownQuote>();
  for (const row of rows) {
    let quote = byId.get(row.id) ?? loaded.get(row.id);
    if (!quote) {
      // The quote's own wording counts too: while an article is re-ingested its
      // reports are cleared, and its quotes must still be recognised to keep their ids.
      quote = { id: row.id, speakerId: row.speakerId ?? null, kind: row.kind, texts: [row.quoteText] };
      loaded.set(row.id, quote);
    }
    byId.set(row.id, quote);
    if (row.text !== null && !quote.texts.includes(row.text)) quote.texts.push(row.text);
  }
  return [...byId.values()];
}

function loadEventCandidates(s: Statements, date: string | null, precision: string | null, personIds: number[]): KnownEvent[] {
  // An undated event has nothing to be matched on. A day is selective enough to
  // compare everything on it; a month or a year is only compared through shared people.
  if (date === null) return [];
  let ids: number[];
  if (precision === 'day') ids = s.eventsOnDay.pluck().all(date) as number[];
  else if (personIds.length > 0) ids = s.eventsWithPeopleOn.pluck().all({ date, people: JSON.stringify(personIds) }) as number[];
  else return [];
  if (ids.length === 0) return [];
  const rows = s.eventDetails.all(JSON.stringify(ids)) as Array<{ id: number; date: string | null; description: string; people: string; sentences: string; articles: string }>;
  return rows.map((row) => ({
    id: row.id,
    date: row.date,
    description: row.description,
    personIds: JSON.parse(row.people) as number[],
    sentences: JSON.parse(row.sentences) as string[],
    articleIds: JSON.parse(row.articles) as number[],
  }));
}
