import type { FastifyReply, FastifyRequest } from 'fastify';
import type { QuoteFilters, QuoteQueries } from '../db/queries/quotes.js';
import { chooseFormat, sendExport, type Format } from './exports.js';
import { listBody } from './pagination.js';

const EXPORT_PAGE = 500;
const CSV_HEADER = ['id', 'kind', 'speakerId', 'speaker', 'text', 'firstReported', 'articleIds'];

interface ListQuery extends QuoteFilters {
  limit: number;
  cursor?: number;
  format?: Format;
}

/** Answers a quote list as a JSON page or, for scripts, as a streamed CSV/NDJSON export. */
export function sendQuoteList(quotes: QuoteQueries, request: FastifyRequest, reply: FastifyReply, query: ListQuery): void {
  const { limit, cursor, format, ...filters } = query;
  const chosen = chooseFormat(request, format);
  if (chosen === 'json') {
    reply.send(listBody(request, reply, quotes.list(filters, { after: cursor, limit })));
    return;
  }
  sendExport(
    reply,
    chosen,
    {
      page: (after) => quotes.list(filters, { after, limit: EXPORT_PAGE }, { allReports: true }),
      header: CSV_HEADER,
      row: (q) => [q.id, q.kind, q.speaker?.id, q.speaker?.name, q.text, q.firstReported, q.reports.map((r) => r.articleId).join(';')],
    },
    cursor,
  );
}
