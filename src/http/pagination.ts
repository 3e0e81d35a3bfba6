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

/**
 * The request's own path and query with its cursor replaced, built from the string as
 * sent: parsing it into a URL and serialising it back cost every paged answer several
 * microseconds, and re-encoded every parameter (a comma became %2C) for nothing.
 */
export function nextUrl(url: string, cursor: string): string {
  const mark = url.indexOf('?');
  if (mark === -1) return `${url}?cursor=${cursor}`;
  const kept = url
    .slice(mark + 1)
    .split('&')
    .filter((pair) => pair !== '' && !isCursor(pair));
  kept.push(`cursor=${cursor}`);
  return `${url.slice(0, mark)}?${kept.join('&')}`;
}

function isCursor(pair: string): boolean {
  const end = pair.indexOf('=');
  const name = end === -1 ? pair : pair.slice(0, end);
  if (name === 'cursor') return true;
  if (!name.includes('%') && !name.includes('+')) return false;
  try {
    return decodeURIComponent(name.replaceAll('+', ' ')) === 'cursor';
  } catch {
    return false;
  }
}
