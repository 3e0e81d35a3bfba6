import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Queries } from '../../db/queries/index.js';
import type { Comparison as IdComparison } from '../../db/queries/outlets.js';
import { listBody } from '../pagination.js';
import { notFoundError, ProblemError } from '../problems.js';
import { sendQuoteList } from '../quote-lists.js';
import { itemErrors, listErrors, RefParam } from '../schemas/common.js';
import { EventPage, EventQuery } from '../schemas/events.js';
import { CompareQuery, Comparison, OutletDetail, OutletPage, OutletQuery } from '../schemas/outlets.js';
import { quoteListResponse, SpeakerQuoteQuery } from '../schemas/quotes.js';

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

  app.get(
    '/compare',
    {
      schema: {
        tags: ['outlets'],
        summary: 'What two outlets both reported, and what only one did',
        querystring: CompareQuery,
        response: { 200: Comparison, ...listErrors },
      },
    },
    (request) => {
      const { limit } = request.query;
      const outlets = request.query.outlets.map((reference) => {
        const outlet = queries.outlets.resolve(reference);
        if (!outlet) throw new ProblemError(400, `no outlet ${reference}`, [{ name: 'outlets', in: 'query', message: `no outlet ${reference}` }]);
        return outlet;
      });
      const ids = queries.outlets.compare(outlets[0].id, outlets[1].id);
      const expand = <T>(groups: IdComparison, byIds: (ids: number[]) => T[]) => ({
        counts: { both: groups.both.length, onlyFirst: groups.onlyFirst.length, onlySecond: groups.onlySecond.length },
        both: byIds(groups.both.slice(0, limit)),
        onlyFirst: byIds(groups.onlyFirst.slice(0, limit)),
        onlySecond: byIds(groups.onlySecond.slice(0, limit)),
      });
      return {
        outlets,
        quotes: expand(ids.quotes, (list) => queries.quotes.byIds(list)),
        events: expand(ids.events, (list) => queries.events.byIds(list)),
      };
    },
  );
};
