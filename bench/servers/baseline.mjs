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
    reports: { type: 'array', items: quoteReport },
    snippet: { type: 'string' },
  },
};
const listOf = (item) => fastJson({ type: 'object', properties: { items: { type: 'array', items: item }, nextCursor: nullable('string') } });
const serializeQuotePage = listOf(quote);
const serializeQuote = fastJson(quote);

const encodeCursor = (after) => Buffer.from(JSON.stringify([after])).toString('base64url');
const decodeCursor = (cursor) => (cursor ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))[0] : 0);

// ---- quotes -------------------------------------------------------------------------
const QUOTE_COLUMNS = `q.id, q.kind, q.text, q.first_reported AS firstReported, q.speaker_id AS speakerId, p.name AS speakerName`;
const quotesBySpeaker = db.prepare(`SELECT ${QUOTE_COLUMNS} FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id
  WHERE q.speaker_id = ? AND q.id > ? ORDER BY q.id LIMIT ?`);
const quotesByArticle = db.prepare(`SELECT ${QUOTE_COLUMNS} FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id
  WHERE q.id IN (SELECT quote_id FROM quote_reports WHERE article_id = ?) AND q.id > ? ORDER BY q.id LIMIT ?`);
const quotesByWords = db.prepare(`SELECT ${QUOTE_COLUMNS} FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id
  WHERE q.id IN (SELECT r.quote_id FROM quote_reports_fts f JOIN quote_reports r ON r.id = f.rowid WHERE quote_reports_fts MATCH ?)
  AND q.id > ? ORDER BY q.id LIMIT ?`);
const quoteById = db.prepare(`SELECT ${QUOTE_COLUMNS} FROM quotes q LEFT JOIN people p ON p.id = q.speaker_id WHERE q.id = ?`);
const reportsOf = db.prepare(`SELECT r.id, r.quote_id AS quoteId, r.article_id AS articleId, a.title AS articleTitle,
    a.published_at AS publishedAt, r.text, r.cue, r.speaker_text AS speakerText, r.start, r."end",
    o.id AS outletId, o.slug AS outletSlug, o.name AS outletName
  FROM quote_reports r JOIN articles a ON a.id = r.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
  WHERE r.quote_id IN (SELECT value FROM json_each(?)) ORDER BY r.quote_id, a.published_date, r.id`);
const snippetsOf = db.prepare(`SELECT r.quote_id AS quoteId, snippet(quote_reports_fts, 0, char(1), char(2), '…', 16) AS snippet
  FROM quote_reports_fts f JOIN quote_reports r ON r.id = f.rowid
  WHERE quote_reports_fts MATCH ? AND r.quote_id IN (SELECT value FROM json_each(?)) ORDER BY r.quote_id, r.id`);

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const markSnippet = (raw) => raw.replace(/[&<>"']/g, (c) => ESCAPES[c]).replaceAll('\u0001', '<mark>').replaceAll('\u0002', '</mark>');
const matchQuery = (words) => words.split(/\s+/).filter(Boolean).map((w) => `"${w.replaceAll('"', '""')}"`).join(' ');

function withReports(rows, match) {
  if (rows.length === 0) return rows;
  const ids = JSON.stringify(rows.map((r) => r.id));
  const byQuote = new Map(rows.map((r) => [r.id, []]));
  for (const r of reportsOf.all(ids)) {
    byQuote.get(r.quoteId).push({
      id: r.id, articleId: r.articleId, articleTitle: r.articleTitle, publishedAt: r.publishedAt, text: r.text, cue: r.cue,
      speakerText: r.speakerText, start: r.start, end: r.end,
      outlet: r.outletId === null ? null : { id: r.outletId, slug: r.outletSlug, name: r.outletName },
    });
  }
  const snippets = new Map();
  if (match) for (const s of snippetsOf.all(match, ids)) if (!snippets.has(s.quoteId)) snippets.set(s.quoteId, markSnippet(s.snippet));
  return rows.map((r) => ({
    id: r.id, kind: r.kind, text: r.text,
    speaker: r.speakerId === null ? null : { id: r.speakerId, name: r.speakerName },
    firstReported: r.firstReported, reports: byQuote.get(r.id), snippet: snippets.get(r.id),
  }));
}

function page(rows, limit) {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  return { items, nextCursor: more ? encodeCursor(items[items.length - 1].id) : null };
}

const app = Fastify({ logger: false });
app.get('/health', (_request, reply) => reply.type('application/json').send('{"status":"ok"}'));

app.get('/quotes', (request, reply) => {
  const { speaker, article, q, cursor, limit: rawLimit } = request.query;
  const limit = Number(rawLimit ?? 50);
  const after = decodeCursor(cursor);
  let rows;
  let match;
  if (speaker !== undefined) rows = quotesBySpeaker.all(Number(speaker), after, limit + 1);
  else if (article !== undefined) rows = quotesByArticle.all(Number(article), after, limit + 1);
  else if (q !== undefined) rows = quotesByWords.all((match = matchQuery(q)), after, limit + 1);
  else return reply.code(400).send();
  const { items, nextCursor } = page(rows, limit);
  reply.type('application/json; charset=utf-8').send(serializeQuotePage({ items: withReports(items, match), nextCursor }));
});

app.get('/quotes/:id', (request, reply) => {
  const row = quoteById.get(Number(request.params.id));
  if (!row) return reply.code(404).send();
  reply.type('application/json; charset=utf-8').send(serializeQuote(withReports([row])[0]));
});

await app.listen({ port: Number(port), host: '127.0.0.1' });
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => app.close().then(() => process.exit(0)));
