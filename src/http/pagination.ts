import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Page } from '../db/queries/statements.js';
import { encodeCursor } from './cursor.js';

export interface ListBody<T> {
  items: T[];
  nextCursor: string | null;
}

/** Wraps a page in the list envelope and links the next page for clients that follow headers. */
export function listBody<T>(request: FastifyRequest, reply: FastifyReply, page: Page<T>): ListBody<T> {
  const nextCursor = page.nextAfter === null ? null : encodeCursor(page.nextAfter);
  if (nextCursor !== null) reply.header('Link', `<${nextUrl(request.url, nextCursor)}>; rel="next"`);
  return { items: page.items, nextCursor };
}

function nextUrl(url: string, cursor: string): string {
  const parsed = new URL(url, 'http://x');
  parsed.searchParams.set('cursor', cursor);
  return `${parsed.pathname}${parsed.search}`;
}
