import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Queries } from '../../db/queries/index.js';
import { ProblemError } from '../problems.js';
import { Problem } from '../schemas/common.js';

const Health = z
  .object({
    status: z.literal('ok'),
    counts: z.object({
      articles: z.number().int(),
      outlets: z.number().int(),
      people: z.number().int(),
      quotes: z.number().int(),
      events: z.number().int(),
    }),
    lastIngestAt: z.string().nullable(),
  })
  .meta({ id: 'Health' });

export const healthRoutes: FastifyPluginAsyncZod<{ queries: Queries; isReady: () => boolean }> = async (app, { queries, isReady }) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['service'],
        summary: 'Ready once the seed articles are ingested',
        response: {
          200: Health,
          503: { description: 'Still ingesting the seed articles', content: { 'application/problem+json': { schema: Problem } } },
        },
      },
    },
    () => {
      if (!isReady()) throw new ProblemError(503, 'the seed articles are still being ingested');
      return { status: 'ok' as const, counts: queries.stats.counts(), lastIngestAt: queries.stats.lastIngestAt() };
    },
  );
};
