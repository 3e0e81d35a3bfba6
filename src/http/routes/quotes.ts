import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Queries } from '../../db/queries/index.js';
import { notFoundError } from '../problems.js';
import { sendQuoteList } from '../quote-lists.js';
import { IdParam, itemErrors, listErrors } from '../schemas/common.js';
import { Quote, QuoteQuery, quoteListResponse } from '../schemas/quotes.js';

export const quoteRoutes: FastifyPluginAsyncZod<{ queries: Queries }> = async (app, { queries }) => {
  app.get(
    '/quotes',
    {
      schema: {
        tags: ['quotes'],
        summary: 'Quotes, filtered by speaker, article, outlet, kind, date or words',
        querystring: QuoteQuery,
        response: { 200: quoteListResponse, ...listErrors },
      },
    },
    (request, reply) => {
      sendQuoteList(queries.quotes, request, reply, request.query);
    },
  );

  app.get(
    '/quotes/:id',
    {
      schema: {
        tags: ['quotes'],
        summary: 'One quote with every article that reported it',
        params: IdParam,
        response: { 200: Quote, ...itemErrors },
      },
    },
    (request) => {
      const quote = queries.quotes.get(request.params.id);
      if (!quote) throw notFoundError('quote', request.params.id);
      return quote;
    },
  );
};
