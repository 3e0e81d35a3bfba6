import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import * as s from '../../src/db/schema.js';
import { Quote } from '../../src/http/schemas/quotes.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { fillFixture, ids } from '../helpers/fixture.js';

// More quotes than one internal export page (500), so the stream must walk pages.
const EXTRA = 1203;

function fillMany(db: Db): void {
  fillFixture(db);
  const rows = Array.from({ length: EXTRA }, (_, i) => ({
    id: 1000 + i,
    speakerId: ids.renn,
    kind: 'direct' as const,
    text: i === 0 ? 'Steel, "tested" twice\nand passed' : `Statement number ${i}`,
    firstReported: '2021-03-04',
  }));
  db.insert(s.quotes).values(rows).run();
  db.insert(s.quoteReports)
    .values(rows.map((q) => ({ quoteId: q.id, articleId: ids.articleBridge, text: q.text, start: 0, end: q.text.length })))
    .run();
}

let t: TestApp;
const api = () => request(t.app.server);

beforeAll(async () => {
  t = await buildTestApp(fillMany);
});
afterAll(() => t.close());

/** RFC 4180 reader, enough to check what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return rows;
}

describe('quote exports', () => {
  it('streams every matching quote as RFC 4180 CSV, across internal pages', async () => {
    const res = await api().get('/people/renn/quotes').set('Accept', 'text/csv').buffer(true).parse((r, cb) => {
      let data = '';
      r.on('data', (chunk: Buffer) => (data += chunk.toString()));
      r.on('end', () => cb(null, data));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parseCsv(res.body as string);
    expect(rows[0]).toEqual(['id', 'kind', 'speakerId', 'speaker', 'text', 'firstReported', 'articleIds']);
    expect(rows).toHaveLength(1 + 1 + EXTRA);
    const tricky = rows.find((r) => r[0] === '1000');
    expect(tricky?.[4]).toBe('Steel, "tested" twice\nand passed');
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(1 + EXTRA);
  });

  it('streams NDJSON, one quote per line, chosen by ?format', async () => {
    const res = await api().get('/quotes?format=ndjson&speaker=renn').buffer(true).parse((r, cb) => {
      let data = '';
      r.on('data', (chunk: Buffer) => (data += chunk.toString()));
      r.on('end', () => cb(null, data));
    });
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = (res.body as string).trimEnd().split('\n');
    expect(lines).toHaveLength(1 + EXTRA);
    const first = Quote.parse(JSON.parse(lines[0]));
    expect(first.id).toBe(ids.rennQuote);
  });

  it('applies the filters to exports', async () => {
    const res = await api().get('/quotes?format=csv&speaker=quell');
    const rows = parseCsv(res.text);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual([ids.sharedQuote, ids.ferryQuote]);
    expect(rows[1][6]).toBe(`${ids.articleBridge};${ids.articleWireBridge}`);
  });

  it('lets ?format=json win over Accept', async () => {
    const res = await api().get('/quotes?format=json&limit=2').set('Accept', 'text/csv').expect(200);
    expect(res.body.items).toHaveLength(2);
  });
});
