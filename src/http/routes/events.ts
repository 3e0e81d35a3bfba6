import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Queries } from '../../db/queries/index.js';
import { listBody } from '../pagination.js';
import { notFoundError } from '../problems.js';
import { IdParam, itemErrors, listErrors } from '../schemas/common.js';
import { Event, EventPage, EventQuery } from '../schemas/events.js';

export const eventRoutes: FastifyPluginAsyncZod<{ queries: Queries }> = async (app, { queries }) => {
  app.get(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Dated happenings, filtered by date, person, outlet or article',
        querystring: EventQuery,
        response: { 200: EventPage, ...listErrors },
      },
    },
    (request, reply) => {
      const { limit, cursor, ...filters } = request.query;
      return listBody(request, reply, queries.events.list(filters, { after: cursor, limit }));
    },
  );

  app.get(
    '/events/:id',
    {
      schema: {
        tags: ['events'],
        summary: 'One event with its people and every article that reported it',
        params: IdParam,
        response: { 200: Event, ...itemErrors },
      },
    },
    (request) => {
      const event = queries.events.get(request.params.id);
      if (!event) throw notFoundError('event', request.params.id);
      return event;
    },
  );
};
