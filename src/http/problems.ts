import { STATUS_CODES } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { ProblemBody } from './schemas/common.js';

export type ProblemLocation = ProblemBody['errors'][number];

/** An error a handler throws on purpose; the error handler turns it into problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors: ProblemLocation[] = [],
  ) {
    super(detail);
  }
}

export function notFoundError(what: string, id: string | number, param = 'id'): ProblemError {
  return new ProblemError(404, `no ${what} with id ${id}`, [{ name: param, in: 'path', message: `no ${what} with id ${id}` }]);
}

export function problem(status: number, detail: string, errors: ProblemLocation[] = []): ProblemBody {
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail, errors };
}

export function sendProblem(reply: FastifyReply, body: ProblemBody): FastifyReply {
  return reply.code(body.status).type('application/problem+json').send(body);
}
