import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from './db/client.js';
import { createQueries } from './db/queries/index.js';
import { registerErrorHandling } from './http/plugins/errors.js';
import { registerOpenApi } from './http/plugins/openapi.js';
import { defaultSecurityOptions, registerSecurity, type SecurityOptions } from './http/plugins/security.js';
import { registerWeb } from './http/plugins/web.js';
import { problem, sendProblem } from './http/problems.js';
import { articleRoutes } from './http/routes/articles.js';
import { eventRoutes } from './http/routes/events.js';
import { healthRoutes } from './http/routes/health.js';
import { outletRoutes } from './http/routes/outlets.js';
import { peopleRoutes } from './http/routes/people.js';
import { quoteRoutes } from './http/routes/quotes.js';

export interface AppOptions {
  /** A read-only connection is enough: the API never writes. */
  db: Db;
  logger?: FastifyServerOptions['logger'];
  /** '*' or a comma-separated list of origins allowed to call the API from a browser. */
  corsOrigin?: string;
  /** False while the seed folder is still being ingested: /health answers 503 until then. */
  isReady?: () => boolean;
  /** Rate limit, size limits and load shedding (server.ts takes them from the config). */
  security?: SecurityOptions;
}

/** Builds the API on a database; listening is the caller's job (server.ts, or tests via inject/supertest). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Malformed URLs never reach a handler: answer them in the same problem shape.
    frameworkErrors: (error, _request, reply) => {
      sendProblem(reply as FastifyReply, problem(400, error.message));
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // Responses are built by the query modules in their documented shape (tests check them
  // against the zod schemas); re-validating every response would cost more than the query.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  registerErrorHandling(app);
  await registerSecurity(app, options.security ?? defaultSecurityOptions);

  await registerWeb(app, { corsOrigin: options.corsOrigin ?? '*' });
  await registerOpenApi(app);

  const queries = createQueries(options.db);
  await app.register(quoteRoutes, { queries });
  await app.register(peopleRoutes, { queries });
  await app.register(eventRoutes, { queries });
  await app.register(articleRoutes, { queries });
  await app.register(outletRoutes, { queries });
  await app.register(healthRoutes, { queries, isReady: options.isReady ?? (() => true) });
  return app;
}
