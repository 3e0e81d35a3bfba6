// The minimal baseline: bare Fastify, hand-written better-sqlite3 prepared statements
// and fast-json-stringify serialisers over the same database file, answering the
// benchmarked requests with the same bytes quotewire does (bench/run.mjs checks).
// It knows only what the benchmark asks: no validation beyond parsing numbers, no
// plugins, no name lookups. It is what the hot paths cost with nothing around them.
// Usage: node bench/servers/baseline.mjs <port> <database>
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import fastJson from 'fast-json-stringify';

const [port, databasePath] = process.argv.slice(2);
const db = new Database(databasePath, { readonly: true, fileMustExist: true });

const nullable = (type) => ({ type: [type, 'null'] });
const outletRef = { type: ['object', 'null'], properties: { id: { type: 'integer' }, slug: { type: 'string' }, name: { type: 'string' } } };
const quoteReport = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    articleId: { type: 'integer' },
    articleTitle: nullable('string'),
    publishedAt: nullable('string'),
    text: { type: 'string' },
    cue: nullable('string'),
    speakerText: nullable('string'),
    start: { type: 'integer' },
    end: { type: 'integer' },
    outlet: outletRef,
  },
};
const quote = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    kind: { type: 'string' },
    text: { type: 'string' },
    speaker: { type: ['object', 'null'], properties: { id: { type: 'integer' }, name: { type: 'string' } } },
    firstReported: nullable('string'),
    reportCount: { type: 'integer' },
    reports: { type: 'array', items: quoteReport },
    snippet: { type: 'string' },
  },
};
const eventReport = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    articleId: { type: 'integer' },
    articleTitle: nullable('string'),
    publishedAt: nullable('string'),
    sentence: { type: 'string' },
    temporalText: { type: 'string' },
    start: { type: 'integer' },
    end: { type: 'integer' },
    temporalStart: { type: 'integer' },
    temporalEnd: { type: 'integer' },
    outlet: outletRef,
  },
};
const personRef = { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } } };
const event = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    date: nullable('string'),
    precision: nullable('string'),
    description: { type: 'string' },
    place: nullable('string'),
    people: { type: 'array', items: personRef },
    reportCount: { type: 'integer' },
    reports: { type: 'array', items: eventReport },
  },
};
const articleDetail = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    sourceFile: { type: 'string' },
    title: nullable('string'),
    publishedAt: nullable('string'),
    url: nullable('string'),
    standfirst: nullable('string'),
    dateline: nullable('string'),
    sourceAgency: nullable('string'),
    carriedBy: nullable('string'),
    text: { type: 'string' },
    outlet: outletRef,
    authors: { type: 'array', items: { type: 'string' } },
    quotes: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'integer' }, kind: { type: 'string' }, text: { type: 'string' }, speakerText: nullable('string'), cue: nullable('string'),
          start: { type: 'integer' }, end: { type: 'integer' }, speaker: { type: ['object', 'null'], properties: personRef.properties },
        },
      },
    },
    events: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'integer' }, date: nullable('string'), precision: nullable('string'), description: { type: 'string' },
          sentence: { type: 'string' }, temporalText: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' },
        },
      },
    },
    people: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'integer' }, kind: { type: 'string' }, name: { type: 'string' }, mentions: { type: 'integer' }, journalist: { type: 'boolean' } },
      },
    },
  },
};
const listOf = (item) => fastJson({ type: 'object', properties: { items: { type: 'array', items: item }, nextCursor: nullable('string') } });
const serializeQuotePage = listOf(quote);
const serializeEventPage = listOf(event);
const serializeArticle = fastJson(articleDetail);

const encodeCursor = (after) => Buffer.from(JSON.stringify([after])).toString('base64url');
const decodeCursor = (cursor) => (cursor ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))[0] : 0);

// ---- quotes -------------------------------------------------------------------------
const QUOTE_COLUMNS = `q.id, q.kind, q.text, q.first_reported AS firstReported, q.report_count AS reportCount, q.speaker_id AS speakerId, p.name AS speakerName`;
const quotesBySpeaker = db.prepare(`SELECT ${QUOTE_COLUMNS} FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id
  WHERE q.speaker_id = ? AND q.id > ? ORDER BY q.id LIMIT ?`);
// The full-text index has one row per quote (rowid = quote id), walked in id order.
const quotesByWords = db.prepare(`SELECT ${QUOTE_COLUMNS}, snippet(quote_reports_fts, 0, char(1), char(2), '…', 16) AS snippet
  FROM quote_reports_fts f JOIN quotes q ON q.id = f.rowid LEFT JOIN people p ON p.id = q.speaker_id
  WHERE quote_reports_fts MATCH ? AND f.rowid > ? ORDER BY f.rowid LIMIT ?`);
const quotesByIds = db.prepare(`SELECT ${QUOTE_COLUMNS} FROM json_each(?) j JOIN quotes q ON q.id = j.value LEFT JOIN people p ON p.id = q.speaker_id ORDER BY j.key`);
// Lists show at most PREVIEW reports of each quote or event, the earliest; each report
// row carries its article's outlet and date, and each quote and event its report count.
const PREVIEW = 5;
const ORDER = 'published_date IS NULL, published_date, article_id, id';
function previewer(table, owner) {
  const earliest = db.prepare(`SELECT id FROM ${table} WHERE ${owner} = ? ORDER BY ${ORDER} LIMIT ${PREVIEW}`).pluck();
  return (id) => earliest.all(id);
}
const previewQuote = previewer('quote_reports', 'quote_id');
// A comparison shows each compared outlet's earliest report of each quote, and no other.
const firstOf = (outlet) => `(SELECT r.id FROM quote_reports r WHERE r.quote_id = j.value AND r.outlet_id = ${outlet}
  ORDER BY r.published_date IS NULL, r.published_date, r.article_id, r.id LIMIT 1)`;
const comparedFirsts = db.prepare(`SELECT ${firstOf('@first')}, ${firstOf('@second')} FROM json_each(@owners) j ORDER BY j.key`).raw();
const previewCompared = (ids, [first, second]) =>
  comparedFirsts.all({ owners: JSON.stringify(ids), first, second }).map(([a, b]) => [a, b].filter((r, i) => r !== null && (i === 0 || r !== a)));
// Report rows are read as arrays: keyed rows cost a property per column.
const reportsOf = db.prepare(`SELECT r.id, r.article_id, a.title, a.published_at, r.text, r.cue, r.speaker_text, r.start, r."end",
    o.id, o.slug, o.name
  FROM json_each(?) j JOIN quote_reports r ON r.id = j.value JOIN articles a ON a.id = r.article_id LEFT JOIN outlets o ON o.id = a.outlet_id`).raw();

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const markSnippet = (raw) => raw.replace(/[&<>"']/g, (c) => ESCAPES[c]).replaceAll('\u0001', '<mark>').replaceAll('\u0002', '</mark>');
const matchQuery = (words) => words.split(/\s+/).filter(Boolean).map((w) => `"${w.replaceAll('"', '""')}"`).join(' ');

function withReports(rows, compared = null) {
  if (rows.length === 0) return rows;
  const shown = compared ? previewCompared(rows.map((r) => r.id), compared) : rows.map((r) => previewQuote(r.id));
  const byId = new Map();
  for (const r of reportsOf.all(JSON.stringify(shown.flat()))) {
    byId.set(r[0], {
      id: r[0], articleId: r[1], articleTitle: r[2], publishedAt: r[3], text: r[4], cue: r[5], speakerText: r[6], start: r[7], end: r[8],
      outlet: r[9] === null ? null : { id: r[9], slug: r[10], name: r[11] },
    });
  }
  return rows.map((r, i) => ({
    id: r.id, kind: r.kind, text: r.text,
    speaker: r.speakerId === null ? null : { id: r.speakerId, name: r.speakerName },
    firstReported: r.firstReported, reportCount: r.reportCount, reports: shown[i].map((id) => byId.get(id)), snippet: r.snippet == null ? undefined : markSnippet(r.snippet),
  }));
}

// ---- events ---------------------------------------------------------------------------
const EVENT_COLUMNS = 'e.id, e.date, e.precision, e.description, e.place, e.report_count AS reportCount';
// A period's events in id order: the date index lists each exact date's events by id,
// and SQLite merges the ordered UNION ALL arms (the period itself, its months, their days).
const pad = (n) => String(n).padStart(2, '0');
const DAYS = Array.from({ length: 31 }, (_, i) => `-${pad(i + 1)}`);
const MONTHS = Array.from({ length: 12 }, (_, i) => `-${pad(i + 1)}`);
const SUFFIXES = { 4: ['', ...MONTHS, ...MONTHS.flatMap((m) => DAYS.map((d) => m + d))], 7: ['', ...DAYS], 10: [''] };
// SQLite stops the merge early only when the limit is written into the SQL: one statement per length and limit.
const eventStatements = new Map();
function eventsInPeriod(length, limit) {
  const key = `${length}:${limit}`;
  if (!eventStatements.has(key)) {
    const arms = SUFFIXES[length].map((s) => `SELECT id FROM events WHERE date = @date || '${s}' AND id > @after`);
    eventStatements.set(key, db.prepare(`${arms.join(' UNION ALL ')} ORDER BY 1 LIMIT ${limit}`).pluck());
  }
  return eventStatements.get(key);
}
const eventsByIds = db.prepare(`SELECT ${EVENT_COLUMNS} FROM json_each(?) j JOIN events e ON e.id = j.value ORDER BY j.key`);
const peopleOfEvents = db.prepare(`SELECT ep.event_id AS eventId, p.id, p.name FROM event_people ep JOIN people p ON p.id = ep.person_id
  WHERE ep.event_id IN (SELECT value FROM json_each(?)) ORDER BY ep.event_id, p.id`);
const previewEvent = previewer('event_reports', 'event_id');
const reportsOfEvents = db.prepare(`SELECT r.id, r.article_id, a.title, a.published_at, r.sentence, r.temporal_text, r.start, r."end",
    r.temporal_start, r.temporal_end, o.id, o.slug, o.name
  FROM json_each(?) j JOIN event_reports r ON r.id = j.value JOIN articles a ON a.id = r.article_id LEFT JOIN outlets o ON o.id = a.outlet_id`).raw();

function completeEvents(rows) {
  if (rows.length === 0) return rows;
  const ids = JSON.stringify(rows.map((r) => r.id));
  const people = new Map(rows.map((r) => [r.id, []]));
  for (const p of peopleOfEvents.all(ids)) people.get(p.eventId).push({ id: p.id, name: p.name });
  const shown = rows.map((r) => previewEvent(r.id));
  const byId = new Map();
  for (const r of reportsOfEvents.all(JSON.stringify(shown.flat()))) {
    byId.set(r[0], {
      id: r[0], articleId: r[1], articleTitle: r[2], publishedAt: r[3], sentence: r[4], temporalText: r[5], start: r[6], end: r[7],
      temporalStart: r[8], temporalEnd: r[9], outlet: r[10] === null ? null : { id: r[10], slug: r[11], name: r[12] },
    });
  }
  return rows.map((r, i) => ({ ...r, people: people.get(r.id), reports: shown[i].map((id) => byId.get(id)) }));
}

// ---- articles -------------------------------------------------------------------------
const articleById = db.prepare(`SELECT a.id, a.source_file AS sourceFile, a.title, a.published_at AS publishedAt, a.url, a.standfirst,
    a.dateline, a.source_agency AS sourceAgency, a.carried_by AS carriedBy, a.text, a.authors,
    o.id AS outletId, o.slug AS outletSlug, o.name AS outletName
  FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?`);
const quotesInArticle = db.prepare(`SELECT q.id, q.kind, r.text, r.speaker_text AS speakerText, r.cue, r.start, r."end",
    q.speaker_id AS speakerId, p.name AS speakerName
  FROM quote_reports r JOIN quotes q ON q.id = r.quote_id LEFT JOIN people p ON p.id = q.speaker_id
  WHERE r.article_id = ? ORDER BY r.start, r.id`);
const eventsInArticle = db.prepare(`SELECT e.id, e.date, e.precision, e.description, r.sentence, r.temporal_text AS temporalText, r.start, r."end"
  FROM event_reports r JOIN events e ON e.id = r.event_id WHERE r.article_id = ? ORDER BY r.start, r.id`);
const peopleInArticle = db.prepare(`SELECT p.id, p.kind, p.name, count(*) AS mentions, max(m.journalist) AS journalist
  FROM mentions m JOIN people p ON p.id = m.person_id WHERE m.article_id = ? GROUP BY p.id ORDER BY min(m.start), p.id`);

// ---- outlets ----------------------------------------------------------------------------
const outletByRef = db.prepare(`SELECT id, slug, name FROM outlets WHERE id = ? OR slug = ? ORDER BY id LIMIT 1`);
// What both outlets reported is one range of their pairs, in id order; what only one
// did walks at most SCAN of its quote ids and looks each up in the other's.
const SCAN = 2000;
const sharedQuotes = db.prepare(`SELECT quote_id FROM outlet_pair_quotes WHERE lower_outlet_id = @lower AND upper_outlet_id = @upper AND quote_id > @after
  ORDER BY quote_id LIMIT @limit`).pluck();
const walked = `SELECT quote_id AS id FROM outlet_quotes WHERE outlet_id = @walked AND quote_id > @after ORDER BY quote_id LIMIT ${SCAN}`;
const aloneQuotes = db.prepare(`SELECT m.id FROM (${walked}) m WHERE NOT EXISTS (SELECT 1 FROM outlet_quotes o WHERE o.outlet_id = @other AND o.quote_id = m.id)
  ORDER BY m.id LIMIT @limit`).pluck();
const lastScannedQuote = db.prepare(`SELECT quote_id FROM outlet_quotes WHERE outlet_id = @walked AND quote_id > @after ORDER BY quote_id LIMIT 1 OFFSET ${SCAN - 1}`).pluck();

function page(rows, limit) {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  return { items, nextCursor: more ? encodeCursor(items[items.length - 1].id) : null };
}

const app = Fastify({ logger: false });
app.get('/health', (_request, reply) => reply.type('application/json').send('{"status":"ok"}'));

app.get('/quotes', (request, reply) => {
  const { speaker, q, cursor, limit: rawLimit } = request.query;
  const limit = Number(rawLimit ?? 50);
  const after = decodeCursor(cursor);
  let rows;
  if (speaker !== undefined) rows = quotesBySpeaker.all(Number(speaker), after, limit + 1);
  else if (q !== undefined) rows = quotesByWords.all(matchQuery(q), after, limit + 1);
  else return reply.code(400).send();
  const { items, nextCursor } = page(rows, limit);
  reply.type('application/json; charset=utf-8').send(serializeQuotePage({ items: withReports(items), nextCursor }));
});

app.get('/events', (request, reply) => {
  const { date, cursor, limit: rawLimit } = request.query;
  if (date === undefined) return reply.code(400).send();
  const limit = Number(rawLimit ?? 50);
  if (!SUFFIXES[date.length] || !(limit >= 1 && limit <= 500)) return reply.code(400).send();
  const ids = eventsInPeriod(date.length, limit + 1).all({ date, after: decodeCursor(cursor) });
  const { items, nextCursor } = page(eventsByIds.all(JSON.stringify(ids)), limit);
  reply.type('application/json; charset=utf-8').send(serializeEventPage({ items: completeEvents(items), nextCursor }));
});

app.get('/articles/:id', (request, reply) => {
  const id = Number(request.params.id);
  const row = articleById.get(id);
  if (!row) return reply.code(404).send();
  const { outletId, outletSlug, outletName, authors, ...rest } = row;
  const article = {
    ...rest,
    outlet: outletId === null ? null : { id: outletId, slug: outletSlug, name: outletName },
    authors: JSON.parse(authors),
    quotes: quotesInArticle.all(id).map(({ speakerId, speakerName, ...q }) => ({ ...q, speaker: speakerId === null ? null : { id: speakerId, name: speakerName } })),
    events: eventsInArticle.all(id),
    people: peopleInArticle.all(id).map((p) => ({ ...p, journalist: p.journalist === 1 })),
  };
  reply.type('application/json; charset=utf-8').send(serializeArticle(article));
});

app.get('/compare/quotes', (request, reply) => {
  const refs = String(request.query.outlets ?? '').split(',').map((r) => r.trim());
  const set = request.query.set ?? 'both';
  const limit = Number(request.query.limit ?? 50);
  const after = decodeCursor(request.query.cursor);
  const outlets = refs.map((r) => outletByRef.get(/^\d+$/.test(r) ? Number(r) : -1, r.toLowerCase()));
  if (outlets.length !== 2 || outlets.some((o) => !o)) return reply.code(400).send();
  const [first, second] = outlets.map((o) => o.id);
  let ids;
  let nextAfter = null;
  if (set === 'both') {
    ids = sharedQuotes.all({ lower: Math.min(first, second), upper: Math.max(first, second), after, limit: limit + 1 });
  } else {
    const params = set === 'onlySecond' ? { walked: second, other: first, after } : { walked: first, other: second, after };
    ids = aloneQuotes.all({ ...params, limit: limit + 1 });
    if (ids.length <= limit) nextAfter = lastScannedQuote.get(params) ?? null;
  }
  if (ids.length > limit) {
    ids.length = limit;
    nextAfter = ids[limit - 1];
  }
  const items = withReports(quotesByIds.all(JSON.stringify(ids)), [first, second]);
  reply.type('application/json; charset=utf-8').send(serializeQuotePage({ items, nextCursor: nextAfter === null ? null : encodeCursor(nextAfter) }));
});

await app.listen({ port: Number(port), host: '127.0.0.1' });
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => app.close().then(() => process.exit(0)));
