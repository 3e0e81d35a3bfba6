import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from './db/client.js';
import { createQueries } from './db/queries/index.js';
import { registerErrorHandling } from './http/plugins/errors.js';
import { registerOpenApi } from './http/plugins/openapi.js';
import { registerResponseCache } from './http/plugins/response-cache.js';
import { defaultSecurityOptions, registerSecurity, type SecurityOptions } from './http/plugins/security.js';
import { registerCors, registerEncoding } from './http/plugins/web.js';
import { createPathParamLocator } from './http/path-params.js';
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
  /**
   * Keep GET responses until the data changes (default on). Hits are answered from a
   * route-level onRequest hook placed after the rate limiter's, so they still count
   * against a client's limit.
   */
  responseCache?: boolean;
}

// Responses are built by the query modules in their documented shape (tests check them
// against the zod schemas); re-validating every response would cost more than the query.
const serializeAsJson = () => (data: unknown): string => JSON.stringify(data);

/** Longest path parameter the router accepts; the schemas give tighter limits with better messages. */
const MAX_PARAM_LENGTH = 500;

/** Builds the API on a database; listening is the caller's job (server.ts, or tests via inject/supertest). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const pathParams = createPathParamLocator(MAX_PARAM_LENGTH);
  const app = Fastify({
    logger: options.logger ?? false,
    // Given at construction (as well as set below, where the types follow them), so
    // fastify never loads its default compilers, ajv and fast-json-stringify, which
    // no route uses.
    schemaController: { compilersFactory: { buildValidator: (() => validatorCompiler) as never, buildSerializer: (() => serializeAsJson) as never } },
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // While closing, a request that reached an open connection is still answered
    // (the database closes only after the app has); fastify's own 503 for it would
    // not be problem+json.
    return503OnClosing: false,
    // Malformed URLs never reach a handler: answer them in the same problem shape,
    // naming the path parameter the router could not read.
    frameworkErrors: (error, request, reply) => {
      if (error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
        const name = pathParams.locate(request.raw.url ?? '');
        if (name === null) return sendProblem(reply as FastifyReply, problem(404, `no route ${request.raw.method} ${request.raw.url?.split('?')[0]}`));
        const message = error.code === 'FST_ERR_BAD_URL' ? 'not valid percent-encoded UTF-8' : `longer than ${MAX_PARAM_LENGTH} characters`;
        return sendProblem(reply as FastifyReply, problem(400, `invalid path parameter: ${name}`, [{ name, in: 'path', message }]));
      }
      sendProblem(reply as FastifyReply, problem(400, error.message));
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.addHook('onRoute', (route) => pathParams.record(route.url));

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializeAsJson);
  registerErrorHandling(app);
  await registerSecurity(app, options.security ?? defaultSecurityOptions);

  await registerCors(app, { corsOrigin: options.corsOrigin ?? '*' });
  // After CORS and the guards, whose onRequest hooks must run on cache hits too.
  if (options.responseCache ?? true) await registerResponseCache(app, { db: options.db });
  await registerEncoding(app);
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
