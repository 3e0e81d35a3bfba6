// Arbitraries for what a hostile or careless client puts in a URL. Values are
// either text (sent percent-encoded as UTF-8) or raw bytes (sent percent-encoded
// as they are, so they can be invalid UTF-8).
import { fc } from '@fast-check/vitest';

export type Sent = { text: string } | { bytes: Uint8Array };

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** Percent-encodes every byte that is not unreserved, as a strict client would. */
export function encodeSent(value: Sent): string {
  if ('text' in value) {
    try {
      return encodeURIComponent(value.text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    } catch {
      // A lone surrogate: encode its UTF-8 replacement below, as a browser would.
    }
  }
  const bytes = 'text' in value ? Buffer.from(value.text, 'utf8') : Buffer.from(value.bytes);
  let out = '';
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    out += byte < 0x80 && UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function sentText(value: Sent): string {
  return 'text' in value ? value.text : Buffer.from(value.bytes).toString('latin1');
}

const text = (arb: fc.Arbitrary<string>): fc.Arbitrary<Sent> => arb.map((t) => ({ text: t }));

export const FTS_TOKENS = ['"', '*', '-', ':', '(', ')', 'NEAR', 'NEAR(', 'AND', 'OR', 'NOT', '^', '+', '{', '}', ',', 'text:', 'said', 'bridge', '""'];

/** FTS5 query syntax, balanced or not, glued or spaced. */
export const ftsSyntax = fc
  .tuple(fc.array(fc.constantFrom(...FTS_TOKENS), { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', '', '  '))
  .map(([tokens, glue]) => tokens.join(glue));

export const SQL_FRAGMENTS = [
  "' OR '1'='1",
  "1' OR 1=1 --",
  '1; DROP TABLE articles; --',
  "x' UNION SELECT sql, name FROM sqlite_master --",
  '1 AND (SELECT count(*) FROM people) > 0',
  '%',
  '_',
  '%%',
  '\\',
  "'",
  "''",
  '"',
  '`',
  '/*',
  '*/',
  'NULL',
  'null',
  'undefined',
  '[]',
  '{}',
  'true',
  '0x41',
];

const sql = fc.constantFrom(...SQL_FRAGMENTS);

/** Number-like strings that are not plain positive integers, and ones that are extreme. */
export const numberish = fc.oneof(
  fc.integer().map(String),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(String),
  fc.double().map(String),
  fc.constantFrom('', ' ', '+1', '-0', '0', '1e3', '1e309', '0x1F', '0b1', '0o7', '1_000', '1,5', '1.5', '00001', ' 5', '5 ', '\u0665', '\uFF11\uFF12', '9007199254740993', 'Infinity', 'NaN', '-Infinity'),
);

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** Dates a calendar refuses, malformed ones, and a few real ones. */
export const dateish = fc.oneof(
  fc.constantFrom(
    '2017-02-30',
    '2017-02-29',
    '2016-02-29',
    '2017-13-01',
    '2017-00-10',
    '2017-04-31',
    '0000-00-00',
    '0000-01-01',
    '9999-12-31',
    '2017-2-3',
    '20170203',
    '2017-02-03T00:00:00Z',
    '2017-02-30T25:61:00Z',
    '2017-02',
    '2017',
    '-2017-01-01',
    '+002017-01-01',
    '1987-02-26',
    '2017-02-16',
  ),
  fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 })).map(
    ([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`,
  ),
  fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

const CONTROL = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u202e', '\u200b', '\ufeff', '\uffff', '\ud800', '\udfff'];

export const unicodeish = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...CONTROL), minLength: 1, maxLength: 8 }),
  fc.tuple(fc.constantFrom('Mattis', 'Reuters', 'bridge'), fc.constantFrom(...CONTROL)).map(([word, control]) => `${word}${control}`),
  fc.constantFrom('Zo\u00eb', 'Zoe\u0301', '\u0130stanbul', '\uD83D\uDE00', '\u4E2D\u6587', '\u0627\u0644\u0639\u0631\u0628\u064A\u0629', 'a\u0000b'),
);

/** Long values: just under and over the URL limit, in bytes that encode to one or many characters. */
export const longish = fc
  .tuple(fc.integer({ min: 100, max: 9000 }), fc.constantFrom('a', '\u00e9', '\uD83D\uDE00', '"', '%', ' ', '*'))
  .map(([n, unit]) => unit.repeat(n));

/** Bytes that are not UTF-8: truncated sequences, overlongs, lone continuation bytes. */
export const invalidUtf8: fc.Arbitrary<Sent> = fc.oneof(
  fc.constantFrom([0xc3, 0x28], [0xff], [0xe2, 0x82], [0xc0, 0xaf], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]).map((b) => ({ bytes: Uint8Array.from(b) })),
  fc.uint8Array({ minLength: 1, maxLength: 24 }).map((bytes) => ({ bytes })),
);

/** Cursors a client could forge or damage. `issued` are real ones, to truncate and tamper with. */
export function cursorish(issued: string[]): fc.Arbitrary<string> {
  const b64 = (value: string) => Buffer.from(value, 'utf8').toString('base64url');
  const forged = fc.oneof(
    fc.jsonValue().map((value) => b64(JSON.stringify(value))),
    fc.array(fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)), { maxLength: 3 }).map((key) => b64(JSON.stringify(key))),
    fc.constantFrom('[-1]', '[0]', '[1.5]', '[9007199254740993]', '[1e308]', '["1"]', '[1,2]', '[]', '{"after":1}', '[null]', '[').map(b64),
    fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/'.split('')), maxLength: 80 }),
  );
  if (issued.length === 0) return forged;
  const real = fc.constantFrom(...issued);
  return fc.oneof(
    forged,
    real,
    fc.tuple(real, fc.nat()).map(([cursor, cut]) => cursor.slice(0, cut % Math.max(cursor.length, 1))),
    fc.tuple(real, fc.nat(), fc.constantFrom('A', '_', '-', '=', '.', '%')).map(([cursor, at, char]) => {
      const i = at % Math.max(cursor.length, 1);
      return cursor.slice(0, i) + char + cursor.slice(i + 1);
    }),
    real.map((cursor) => `${cursor}${cursor}`),
  );
}

/** Any hostile value, whatever the parameter is meant to hold. */
export function hostile(issuedCursors: string[]): fc.Arbitrary<Sent> {
  return fc.oneof(
    text(numberish),
    text(dateish),
    text(ftsSyntax),
    text(sql),
    text(unicodeish),
    { arbitrary: text(longish), weight: 1 },
    invalidUtf8,
    text(cursorish(issuedCursors)),
  );
}

export function asText(arb: fc.Arbitrary<string>): fc.Arbitrary<Sent> {
  return text(arb);
}

/** Junk appended to a query string: empty pairs, bracket syntax, prototype keys, bad escapes. */
export const querySuffix = fc.constantFrom(
  '',
  '',
  '',
  '&',
  '&&',
  '&=',
  '&=x',
  '&limit',
  '&cursor=',
  '&%',
  '&%zz=1',
  '&a[b]=1',
  '&__proto__=1',
  '&__proto__[x]=1',
  '&constructor[prototype][x]=1',
  '&%C3%28=1',
  '&q=%',
  '#fragment',
  '&;=;',
);
