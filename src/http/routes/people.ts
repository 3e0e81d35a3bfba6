import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Queries } from '../../db/queries/index.js';
import { listBody } from '../pagination.js';
import { notFoundError } from '../problems.js';
import { sendQuoteList } from '../quote-lists.js';
import { itemErrors, listErrors, RefParam } from '../schemas/common.js';
import { PeopleQuery, PersonDetail, PersonPage } from '../schemas/people.js';
import { quoteListResponse, SpeakerQuoteQuery } from '../schemas/quotes.js';

const PersonRef = RefParam.describe('Person id, or a name or alias');

export const peopleRoutes: FastifyPluginAsyncZod<{ queries: Queries }> = async (app, { queries }) => {
  app.get(
    '/people',
    {
      schema: {
        tags: ['people'],
        summary: 'People (and, with kind, organisations that speak)',
        querystring: PeopleQuery,
        response: { 200: PersonPage, ...listErrors },
      },
    },
    (request, reply) => {
      const { limit, cursor, ...filters } = request.query;
      return listBody(request, reply, queries.people.list(filters, { after: cursor, limit }));
    },
  );

  function personId(reference: string): number {
    const id = queries.people.resolve(reference);
    if (id === null) throw notFoundError('person', reference);
    return id;
  }

  app.get(
    '/people/:id',
    {
      schema: {
        tags: ['people'],
        summary: 'One person with aliases, roles and counts',
        params: PersonRef,
        response: { 200: PersonDetail, ...itemErrors },
      },
    },
    (request) => {
      const person = queries.people.get(personId(request.params.id));
      if (!person) throw notFoundError('person', request.params.id);
      return person;
    },
  );

  app.get(
    '/people/:id/quotes',
    {
      schema: {
        tags: ['people', 'quotes'],
        summary: "A person's quotes, as JSON pages or a CSV/NDJSON export",
        params: PersonRef,
        querystring: SpeakerQuoteQuery,
        response: { 200: quoteListResponse, ...itemErrors },
      },
    },
    (request, reply) => {
      sendQuoteList(queries.quotes, request, reply, { ...request.query, speakerId: personId(request.params.id) });
    },
  );
};
