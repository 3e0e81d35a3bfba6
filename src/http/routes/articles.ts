import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Queries } from '../../db/queries/index.js';
import { listBody } from '../pagination.js';
import { notFoundError } from '../problems.js';
import { ArticleDetail, ArticlePage, ArticleQuery } from '../schemas/articles.js';
import { IdParam, itemErrors, listErrors } from '../schemas/common.js';

export const articleRoutes: FastifyPluginAsyncZod<{ queries: Queries }> = async (app, { queries }) => {
  app.get(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'Articles, filtered by outlet, person mentioned or publication date',
        querystring: ArticleQuery,
        response: { 200: ArticlePage, ...listErrors },
      },
    },
    (request, reply) => {
      const { limit, cursor, ...filters } = request.query;
      return listBody(request, reply, queries.articles.list(filters, { after: cursor, limit }));
    },
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'One article with its text, quotes, events and people',
        params: IdParam,
        response: { 200: ArticleDetail, ...itemErrors },
      },
    },
    (request) => {
      const article = queries.articles.get(request.params.id);
      if (!article) throw notFoundError('article', request.params.id);
      return article;
    },
  );
};
