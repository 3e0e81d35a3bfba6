import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { problem, ProblemError, sendProblem, type ProblemLocation } from '../problems.js';

const LOCATIONS: Record<string, ProblemLocation['in']> = { querystring: 'query', params: 'path', headers: 'header' };

/**
 * One error shape everywhere: validation failures name the parameter, handlers'
 * ProblemErrors pass through, and anything unexpected is logged and answered
 * without its message, which could carry SQL or paths.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) return sendProblem(reply, problem(error.status, error.detail, error.errors));
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = LOCATIONS[error.validationContext ?? ''] ?? 'query';
      const errors = error.validation.map((issue) => ({
        name: issue.instancePath.split('/')[1] ?? '',
        in: where,
        message: issue.message ?? 'invalid',
      }));
      const names = [...new Set(errors.map((e) => e.name))].join(', ');
      return sendProblem(reply, problem(400, `invalid ${where} parameter: ${names}`, errors));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return sendProblem(reply, problem(status, error.message));
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem(500, 'the server could not answer this request'));
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problem(404, `no route ${request.method} ${request.url.split('?')[0]}`)),
  );
}
