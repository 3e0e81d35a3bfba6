import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure, { type FastifyUnderPressureOptions } from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getHeapStatistics } from 'node:v8';
import type { Config } from '../../config.js';
import { problem, sendProblem } from '../problems.js';
import { Problem } from '../schemas/common.js';

export interface RateLimitOptions {
  /** Requests one client address may make per window. */
  max: number;
  windowMs: number;
}

export interface PressureOptions {
  /** Mean event-loop delay (ms) above which new requests are turned away. */
  maxEventLoopDelayMs: number;
  /** Heap in use above which new requests are turned away. */
  maxHeapUsedBytes: number;
  /** How often load is sampled; the delay is averaged over this interval. */
  sampleIntervalMs: number;
  retryAfterSeconds: number;
}

export interface SecurityOptions {
  /** false turns rate limiting off (tests that do not test it, trusted deployments). */
  rateLimit: RateLimitOptions | false;
  /** false turns load shedding off. */
  pressure: PressureOptions | false;
  /** Longest request target (path and query) accepted, in characters. */
  maxUrlLength: number;
  /** Largest request body accepted: the API is read-only, so anything beyond a few KiB is hostile. */
  maxBodyBytes: number;
}

export const defaultSecurityOptions: SecurityOptions = {
  // Generous: a frontend paging through results makes a few requests a second at most.
  rateLimit: { max: 1200, windowMs: 60_000 },
  pressure: {
    // A second of queueing means every client is already waiting: better to say so at once.
    maxEventLoopDelayMs: 1000,
    maxHeapUsedBytes: Math.floor(getHeapStatistics().heap_size_limit * 0.9),
    sampleIntervalMs: 1000,
    retryAfterSeconds: 5,
  },
  maxUrlLength: 8192,
  maxBodyBytes: 16 * 1024,
};

/** The deployment's choices from the environment, over the defaults. */
export function securityOptionsFrom(config: Config): SecurityOptions {
  const pressure = defaultSecurityOptions.pressure;
  return {
    ...defaultSecurityOptions,
    rateLimit: config.RATE_LIMIT_MAX > 0 ? { max: config.RATE_LIMIT_MAX, windowMs: config.RATE_LIMIT_WINDOW_MS } : false,
    pressure: config.MAX_EVENT_LOOP_DELAY_MS > 0 && pressure ? { ...pressure, maxEventLoopDelayMs: config.MAX_EVENT_LOOP_DELAY_MS } : false,
  };
}

const problemContent = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

/** Answers every route can give because of the guards below, declared so clients can expect them. */
const guardResponses = {
  413: problemContent('The request body is larger than this API accepts'),
  414: problemContent('The request URL is longer than this API accepts'),
  429: problemContent('Too many requests from this client; Retry-After says when to try again'),
  503: problemContent('The server is overloaded; Retry-After says when to try again'),
};

type PressureHandler = NonNullable<FastifyUnderPressureOptions['pressureHandler']>;

/**
 * The plugin sends whatever the handler returns and skips the route; its types
 * only admit void, but returning undefined would let the request through.
 */
function shedLoad(retryAfterSeconds: number): PressureHandler {
  const handler = (_request: FastifyRequest, reply: FastifyReply, type: string) => {
    reply.code(503).header('retry-after', String(retryAfterSeconds)).type('application/problem+json');
    return problem(503, `the server is overloaded (${type}); try again later`);
  };
  return handler as unknown as PressureHandler;
}

/**
 * Guards in front of every route: security headers, per-client rate limits,
 * size limits and load shedding, each answering in the API's problem+json shape.
 * Must be registered before the routes, so their limits and documented answers
 * include these.
 */
export async function registerSecurity(app: FastifyInstance, options: SecurityOptions = defaultSecurityOptions): Promise<void> {
  app.addHook('onRoute', (route) => {
    route.bodyLimit = Math.min(route.bodyLimit ?? options.maxBodyBytes, options.maxBodyBytes);
    const schema = route.schema as { hide?: boolean; response?: Record<string, unknown> } | undefined;
    if (schema?.response && !schema.hide) {
      for (const [status, response] of Object.entries(guardResponses)) schema.response[status] ??= response;
    }
  });

  // One callback hook for the headers and the size checks: it runs on every
  // request, cache hits included, where an async hook's promise would cost more
  // than the checks themselves.
  // The size checks come before routing: Node only caps the whole header block
  // (16 KiB), a long query string still costs parsing and validation time, and
  // fastify never reads (so never limits) the body of a GET, which every route here is.
  const apiHeaders = securityHeaders('api');
  const pageHeaders = securityHeaders('page');
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith(DOCS_PREFIX) ? pageHeaders : apiHeaders);
    const url = request.raw.url ?? '';
    if (url.length > options.maxUrlLength) {
      sendProblem(reply, problem(414, `the request URL is ${url.length} characters long; at most ${options.maxUrlLength} are accepted`));
      return;
    }
    const length = request.headers['content-length'];
    const declared = length === undefined ? 0 : Number(length);
    if (declared > options.maxBodyBytes) {
      reply.header('connection', 'close');
      sendProblem(reply, problem(413, `the request body is ${declared} bytes; at most ${options.maxBodyBytes} are accepted`));
      return;
    }
    done();
  });

  if (options.pressure) {
    const pressure = options.pressure;
    await app.register(underPressure, {
      maxEventLoopDelay: pressure.maxEventLoopDelayMs,
      maxHeapUsedBytes: pressure.maxHeapUsedBytes,
      sampleInterval: pressure.sampleIntervalMs,
      pressureHandler: shedLoad(pressure.retryAfterSeconds),
    });
  }

  if (options.rateLimit) {
    await app.register(rateLimit, {
      max: options.rateLimit.max,
      timeWindow: options.rateLimit.windowMs,
      // The thrown error reaches the error handler, which answers problem+json with
      // its status and message; the plugin has already set Retry-After.
      errorResponseBuilder: (_request, context) =>
        Object.assign(new Error(`rate limit of ${context.max} requests exceeded; retry after ${context.after}`), {
          statusCode: context.statusCode,
        }),
    });
  }
}

/** Where Swagger UI's HTML, scripts and styles are served: the only pages a browser renders. */
const DOCS_PREFIX = '/docs';

/**
 * The security headers helmet would set, computed once: they depend on nothing in
 * the request, and building helmet's middleware per request (as its fastify plugin
 * does) cost more than serving a cached response.
 *
 * An API answer is data, never a page: it gets the headers that matter for JSON
 * (no sniffing, no framing, nothing may load from it, no referrer, HSTS). Headers that
 * only govern documents (opener policy, origin clusters, DNS prefetch, the old XSS
 * filter) go with Swagger UI's pages alone: each costs time on every cached answer.
 */
function securityHeaders(kind: 'api' | 'page'): Record<string, string> {
  // A JSON API is meant to be read by frontends on other origins (CORS decides which).
  const crossOriginResourcePolicy = { policy: 'cross-origin' as const };
  // Swagger UI loads only its own scripts and styles, but React sets inline style
  // attributes and the icons are data: URIs. No upgrade-insecure-requests: the API is
  // often served over plain HTTP on a private network, where that directive would
  // send the browser to an https port nobody listens on.
  const middleware =
    kind === 'page'
      ? helmet({
          contentSecurityPolicy: {
            useDefaults: false,
            directives: {
              defaultSrc: ["'self'"],
              baseUri: ["'self'"],
              connectSrc: ["'self'"],
              fontSrc: ["'self'", 'data:'],
              formAction: ["'self'"],
              frameAncestors: ["'none'"],
              imgSrc: ["'self'", 'data:'],
              objectSrc: ["'none'"],
              scriptSrc: ["'self'"],
              scriptSrcAttr: ["'none'"],
              styleSrc: ["'self'", "'unsafe-inline'"],
            },
          },
          crossOriginResourcePolicy,
        })
      : helmet({
          contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
          crossOriginResourcePolicy,
          xFrameOptions: { action: 'deny' },
          crossOriginOpenerPolicy: false,
          originAgentCluster: false,
          xDnsPrefetchControl: false,
          xDownloadOptions: false,
          xPermittedCrossDomainPolicies: false,
          xXssProtection: false,
        });
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let finished = false;
  middleware({} as never, recorder as never, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error('helmet did not finish synchronously');
  return headers;
}
