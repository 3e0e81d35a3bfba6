import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Queries } from '../../db/queries/index.js';
import { COMPARISON_SCAN_LIMIT, type ComparisonRequest, type ComparisonSet } from '../../db/queries/outlets.js';
import { listBody } from '../pagination.js';
import { notFoundError, ProblemError } from '../problems.js';
import { sendQuoteList } from '../quote-lists.js';
import { itemErrors, listErrors, RefParam } from '../schemas/common.js';
import { EventPage, EventQuery } from '../schemas/events.js';
import { CompareQuery, OutletDetail, OutletPage, OutletQuery } from '../schemas/outlets.js';
import { QuotePage, quoteListResponse, SpeakerQuoteQuery } from '../schemas/quotes.js';

const OutletRefParam = RefParam.describe('Outlet id or slug');
const OutletQuoteQuery = SpeakerQuoteQuery.omit({ outlet: true });
const OutletEventQuery = EventQuery.omit({ outlet: true });

export const outletRoutes: FastifyPluginAsyncZod<{ queries: Queries }> = async (app, { queries }) => {
  function outletOf(reference: string) {
    const outlet = queries.outlets.resolve(reference);
    if (!outlet) throw notFoundError('outlet', reference);
    return outlet;
  }

  app.get(
    '/outlets',
    {
      schema: {
        tags: ['outlets'],
        summary: 'Outlets with their article counts',
        querystring: OutletQuery,
        response: { 200: OutletPage, ...listErrors },
      },
    },
    (request, reply) => listBody(request, reply, queries.outlets.list({ after: request.query.cursor, limit: request.query.limit })),
  );

  app.get(
    '/outlets/:id',
    {
      schema: {
        tags: ['outlets'],
        summary: 'One outlet with counts of articles, quotes and events',
        params: OutletRefParam,
        response: { 200: OutletDetail, ...itemErrors },
      },
    },
    (request) => {
      const outlet = queries.outlets.get(request.params.id);
      if (!outlet) throw notFoundError('outlet', request.params.id);
      return outlet;
    },
  );

  app.get(
    '/outlets/:id/quotes',
    {
      schema: {
        tags: ['outlets', 'quotes'],
        summary: 'Quotes this outlet reported',
        params: OutletRefParam,
        querystring: OutletQuoteQuery,
        response: { 200: quoteListResponse, ...itemErrors },
      },
    },
    (request, reply) => {
      sendQuoteList(queries.quotes, request, reply, { ...request.query, outlet: String(outletOf(request.params.id).id) });
    },
  );

  app.get(
    '/outlets/:id/events',
    {
      schema: {
        tags: ['outlets', 'events'],
        summary: 'Events this outlet reported',
        params: OutletRefParam,
        querystring: OutletEventQuery,
        response: { 200: EventPage, ...itemErrors },
      },
    },
    (request, reply) => {
      const { limit, cursor, ...filters } = request.query;
      const outlet = String(outletOf(request.params.id).id);
      return listBody(request, reply, queries.events.list({ ...filters, outlet }, { after: cursor, limit }));
    },
  );

  function comparisonOf(query: { outlets: string[]; set: ComparisonSet }): ComparisonRequest {
    const [first, second] = query.outlets.map((reference) => {
      const outlet = queries.outlets.resolve(reference);
      if (!outlet) throw new ProblemError(400, `no outlet ${reference}`, [{ name: 'outlets', in: 'query', message: `no outlet ${reference}` }]);
      return outlet.id;
    });
    return { first, second, set: query.set };
  }

  // Not toLocaleString: loading the locale data would cost start-up time for one number.
  const withThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  const comparing = (things: string) =>
    `Pages through the ${things} two outlets compare on, in id order: \`set=both\` lists those both outlets reported, ` +
    `\`onlyFirst\` those the first reported and the second did not, \`onlySecond\` the reverse. ` +
    `A \`both\` page is full unless it is the last. An \`onlyFirst\` or \`onlySecond\` request looks at no more than ` +
    `${withThousands(COMPARISON_SCAN_LIMIT)} of one outlet's ${things}, so its page can hold fewer than \`limit\` items, even none, ` +
    `while \`nextCursor\` is set: follow it to continue. Each item's \`reports\` are the earliest report of each compared ` +
    `outlet that carried it, first outlet first, to set their wording side by side; \`reportCount\` counts every article ` +
    `that reported it, and /${things}/{id} lists them all.`;

  app.get(
    '/compare/quotes',
    {
      schema: {
        tags: ['outlets', 'quotes'],
        summary: 'Quotes two outlets both reported, or only one did',
        description: comparing('quotes'),
        querystring: CompareQuery,
        response: { 200: QuotePage, ...listErrors },
      },
    },
    (request, reply) => {
      const { limit, cursor, ...query } = request.query;
      const comparison = comparisonOf(query);
      const page = queries.outlets.compareQuotes(comparison, { after: cursor, limit });
      const items = queries.quotes.byIds(page.items, { compared: [comparison.first, comparison.second] });
      return listBody(request, reply, { items, nextAfter: page.nextAfter });
    },
  );

  app.get(
    '/compare/events',
    {
      schema: {
        tags: ['outlets', 'events'],
        summary: 'Events two outlets both reported, or only one did',
        description: comparing('events'),
        querystring: CompareQuery,
        response: { 200: EventPage, ...listErrors },
      },
    },
    (request, reply) => {
      const { limit, cursor, ...query } = request.query;
      const comparison = comparisonOf(query);
      const page = queries.outlets.compareEvents(comparison, { after: cursor, limit });
      const items = queries.events.byIds(page.items, { compared: [comparison.first, comparison.second] });
      return listBody(request, reply, { items, nextAfter: page.nextAfter });
    },
  );
};
