import { paragraphsOf } from './paragraphs.js';
import type { Span } from './types.js';

// Finds the stretches of text inside quotation marks. Straight and curly
// double marks, and single marks (‘...’ and '...') whose closing mark is not an
// apostrophe. A double mark left open ends at its paragraph unless the next
// paragraph opens a quote again: news style for a quote that runs on.

export interface MarkedQuote extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end when unclosed). */
  close: number;
  closed: boolean;
  /** The opening mark: '"', '“', '‘' or "'". */
  mark: string;
}

const OPENERS = new Set(['"', '“', '‘']);
const MARK = /["“”‘’']/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_LETTER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const BEFORE_OPEN = /[\s([{—–\-:,;/]/;
const OPENS_CURLY_SINGLE = /[\p{L}\p{N}'"“$£€]/u;

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
      if (span.end > span.start) quotes.push({ ...span, open: open.at, close: blocks[b - 1].end, closed: false, mark: open.mark });
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
        if (ch === "'") {
          const close = BEFORE_OPEN.test(prev) && LETTER_OR_DIGIT.test(next) ? straightSingleClose(text, block, marks, m) : -1;
          if (close >= 0) {
            const span = inner(text, i + 1, marks[close]);
            if (span.end > span.start) quotes.push({ ...span, open: i, close: marks[close] + 1, closed: true, mark: ch });
            m = close;
          }
          continue;
        }
        const opens = ch === '“' || (ch === '"' && BEFORE_OPEN.test(prev) && !/\s/.test(next)) || (ch === '‘' && BEFORE_OPEN.test(prev) && OPENS_CURLY_SINGLE.test(next))
          // Typing slips of web copy: a closing curly mark opening ('”We are ...”') and a missing space ('she said."We ...').
          || (ch === '”' && BEFORE_OPEN.test(prev) && LETTER_OR_DIGIT.test(next))
          || (ch === '"' && /[.,;!?]/.test(prev) && LETTER_OR_DIGIT.test(next) && LETTER.test(text[i - 2] ?? ''));
        if (opens) open = { at: i, mark: ch };
        continue;
      }
      if (ch === "'") continue; // an apostrophe, or a quotation nested in the one open
      // A straight mark after a space, before a word, opens: the quote before it ran on (lost paragraph break).
      if (ch === '"' && open.mark === '"' && /\s/.test(prev) && !/\s/.test(next)) continue;
      const closes = open.mark === '‘'
        ? ch === '’' && !/\s/.test(prev) && !LETTER_OR_DIGIT.test(next)
        : ch === '”' || ch === '"' || (ch === '“' && open.mark === '“' && !/\s/.test(prev) && !LETTER_OR_DIGIT.test(next)); // “...,“ closes too
      if (closes) {
        const span = inner(text, open.at + 1, i);
        if (span.end > span.start) quotes.push({ ...span, open: open.at, close: i + 1, closed: true, mark: open.mark });
        open = null;
      } else if (ch === '“' && open.mark === '"') {
        open = { at: i, mark: ch };
      }
    }
  }
  if (open && open.mark !== '‘' && blocks.length) {
    const span = inner(text, open.at + 1, blocks[blocks.length - 1].end);
    if (span.end > span.start) quotes.push({ ...span, open: open.at, close: blocks[blocks.length - 1].end, closed: false, mark: open.mark });
  }
  return quotes;
}

/**
 * The index in `marks` of the straight single mark closing the one at `marks[from]`, or -1. Its own paragraph must
 * close it: a lone mark is an apostrophe ('90s, 'em). A mark between letters is an apostrophe too (won't), and "s'"
 * before anything but a capital is more likely a plural possessive ("the players' union") while a later close
 * follows in the same sentence, before another quotation could open.
 */
function straightSingleClose(text: string, block: Span, marks: number[], from: number): number {
  let possessive = -1;
  for (let k = from + 1; k < marks.length && marks[k] < block.end; k += 1) {
    const i = marks[k];
    if (text[i] !== "'") continue;
    const prev = text[i - 1];
    const next = i + 1 < block.end ? text[i + 1] : ' ';
    if (/\s/.test(prev)) {
      if (possessive >= 0 && LETTER_OR_DIGIT.test(next)) return possessive;
      continue;
    }
    if (LETTER_OR_DIGIT.test(next)) continue;
    // A close past the end of the sentence the possessive sits in would swallow prose between two quotations.
    if (possessive >= 0 && /[.!?]\s/.test(text.slice(marks[possessive], i))) return possessive;
    if (prev === 's' && /\s/.test(next) && !UPPER_LETTER.test(text[i + 2] ?? '')) {
      if (possessive < 0) possessive = k;
      continue;
    }
    return k;
  }
  return possessive;
}

// The speaker and clause rules read double marks; single quotation marks are seen as double ones, offsets unchanged.
let viewedText: string | null = null;
let view = '';

/** The text with the marks that open and close a quotation written as “double” ones (single marks, slips like ”...“). */
export function withDoubleMarks(text: string): string {
  if (text === viewedText) return view;
  const opens = (q: MarkedQuote): boolean => text[q.open] !== '"' && text[q.open] !== '“';
  const closes = (q: MarkedQuote): boolean => q.closed && text[q.close - 1] !== '"' && text[q.close - 1] !== '”';
  const quotes = findMarkedQuotes(text).filter((q) => opens(q) || closes(q));
  if (!quotes.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const quote of quotes) {
    if (opens(quote)) {
      parts.push(text.slice(at, quote.open), '“');
      at = quote.open + 1;
    }
    if (closes(quote)) {
      parts.push(text.slice(at, quote.close - 1), '”');
      at = quote.close;
    }
  }
  parts.push(text.slice(at));
  viewedText = text;
  view = parts.join('');
  return view;
}
