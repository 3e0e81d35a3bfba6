import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Page } from '../db/queries/statements.js';

export type Format = 'json' | 'csv' | 'ndjson';

export const MEDIA_TYPES: Record<Format, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson',
};

/** ?format= wins; otherwise the first media type in Accept that we serve. */
export function chooseFormat(request: FastifyRequest, format: Format | undefined): Format {
  if (format) return format;
  const accept = request.headers.accept ?? '';
  for (const part of accept.split(',')) {
    const type = part.split(';')[0].trim().toLowerCase();
    if (type === 'text/csv') return 'csv';
    if (type === 'application/x-ndjson') return 'ndjson';
    if (type === 'application/json' || type === 'application/*' || type === '*/*') return 'json';
  }
  return 'json';
}

/** RFC 4180: quote a field when it holds a quote, comma or line break; double inner quotes. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export interface ExportSpec<T> {
  /** Fetches the page after a key; called lazily, one page per chunk written. */
  page: (after: number | undefined) => Page<T>;
  header: readonly string[];
  row: (item: T) => readonly unknown[];
}

/**
 * Streams every row from the start key on, one keyset page at a time, so an
 * export of the whole table never sits in memory as one string.
 */
export function sendExport<T>(reply: FastifyReply, format: 'csv' | 'ndjson', spec: ExportSpec<T>, after?: number) {
  async function* chunks() {
    if (format === 'csv') yield csvLine(spec.header);
    let key = after;
    for (;;) {
      const page = spec.page(key);
      if (page.items.length > 0) {
        yield format === 'csv'
          ? page.items.map((item) => csvLine(spec.row(item))).join('')
          : page.items.map((item) => `${JSON.stringify(item)}\n`).join('');
      }
      if (page.nextAfter === null) return;
      key = page.nextAfter;
    }
  }
  return reply.type(MEDIA_TYPES[format]).send(Readable.from(chunks(), { objectMode: false }));
}
