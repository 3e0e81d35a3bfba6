import { paragraphsOf } from './paragraphs.js';
import type { Span } from './types.js';

// Finds the stretches of text inside quotation marks. Straight and curly
// double marks, and curly single marks (‘...’) whose closing mark is not an
// apostrophe. A mark left open ends at its paragraph unless the next
// paragraph opens a quote again: news style for a quote that runs on.

export interface MarkedQuote extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end when unclosed). */
  close: number;
  closed: boolean;
}

const OPENERS = new Set(['"', '“', '‘']);
const MARK = /["“”‘’]/g;
const BEFORE_OPEN = /[\s([{—–\-:,;/]/;

function inner(text: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return { start, end };
}

// The sentence splitter and the quote finder both need the marks of the same article.
let cachedText: string | null = null;
let cachedQuotes: MarkedQuote[] = [];

export function findMarkedQuotes(text: string): MarkedQuote[] {
  if (text !== cachedText) {
    cachedQuotes = scanMarkedQuotes(text);
    cachedText = text;
  }
  return cachedQuotes;
}

function scanMarkedQuotes(text: string): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  const blocks = paragraphsOf(text);
  let open: { at: number; mark: string } | null = null;
  // One scan for every mark: searching from each paragraph would rescan to the next mark, far ahead in a quote-less text.
  const marks: number[] = [];
  MARK.lastIndex = 0;
  for (let found = MARK.exec(text); found; found = MARK.exec(text)) marks.push(found.index);
  let m = 0;
  for (let b = 0; b < blocks.length; b += 1) {
    const block = blocks[b];
    if (open?.mark === '‘') open = null; // a lone single mark is an apostrophe or a stray, not a quote
    if (open && !OPENERS.has(text[block.start])) {
      const span = inner(text, open.at + 1, blocks[b - 1].end);
      if (span.end > span.start) quotes.push({ ...span, open: open.at, close: blocks[b - 1].end, closed: false });
      open = null;
    }
    while (m < marks.length && marks[m] < block.start) m += 1;
    for (; m < marks.length && marks[m] < block.end; m += 1) {
      const i = marks[m];
      const ch = text[i];
      const prev = i > block.start ? text[i - 1] : ' ';
      const next = i + 1 < block.end ? text[i + 1] : ' ';
      if (open && i === block.start && OPENERS.has(ch)) continue; // the continuation mark of a running quote
      if (!open) {
        const opens = ch === '“' || (ch === '"' && BEFORE_OPEN.test(prev) && !/\s/.test(next)) || (ch === '‘' && BEFORE_OPEN.test(prev) && /[\p{L}\p{N}'"“$£€]/u.test(next));
        if (opens) open = { at: i, mark: ch };
        continue;
      }
      // A straight mark after a space, before a word, opens: the quote before it ran on (lost paragraph break).
      if (ch === '"' && open.mark === '"' && /\s/.test(prev) && !/\s/.test(next)) continue;
      const closes = open.mark === '‘'
        ? ch === '’' && !/\s/.test(prev) && !/[\p{L}\p{N}]/u.test(next)
        : (ch === '”' || ch === '"') && open.mark !== '‘';
      if (closes) {
        const span = inner(text, open.at + 1, i);
        if (span.end > span.start) quotes.push({ ...span, open: open.at, close: i + 1, closed: true });
        open = null;
      } else if (ch === '“' && open.mark === '"') {
        open = { at: i, mark: ch };
      }
    }
  }
  if (open && open.mark !== '‘' && blocks.length) {
    const span = inner(text, open.at + 1, blocks[blocks.length - 1].end);
    if (span.end > span.start) quotes.push({ ...span, open: open.at, close: blocks[blocks.length - 1].end, closed: false });
  }
  return quotes;
}
