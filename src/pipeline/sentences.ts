import { MONTH_ABBREVIATIONS, SENTENCE_OPENERS, SOFT_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './lexicon/abbreviations.js';
import { QUOTE_CUES } from './lexicon/speech-verbs.js';
import { paragraphsOf } from './paragraphs.js';
import { findMarkedQuotes, type MarkedQuote } from './quote-marks.js';
import type { Anatomy, ExtractionContext, Sentence, Span } from './types.js';

export { paragraphsOf };

// A hand-written splitter rather than a library: it must keep exact spans into
// the cleaned text, treat a quotation that runs on past a full stop as one
// sentence, and cost a few microseconds per paragraph over thousands of articles.

const OPENING = new Set(['"', '“', '‘', '(', '[', "'"]);
const CLOSING_AFTER_STOP = /["”’')\]]/;
// Built once here: the bundler turns a regex literal with \p{...} inside a function
// into a `new RegExp` call made every time the function runs.
const WORD_CHAR_OR_DOT = /[\p{L}\p{N}.]/u;
const LEADING_WORD = /^[\p{L}\p{N}]+/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const INITIAL = /^\p{Lu}$/u;
const DIGIT = /\p{N}/u;
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;

/** The word (letters, digits and inner dots) that ends just before `index`. */
function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && WORD_CHAR_OR_DOT.test(text[i - 1])) i -= 1;
  return text.slice(i, index);
}

function wordAfter(text: string, index: number): string {
  const match = LEADING_WORD.exec(text.slice(index, index + 40));
  return match ? match[0] : '';
}

/**
 * `"Why not us?" Jane Doe asked.` and `"Unbelievable!" Ann Lee said, grinning.`: a name and a speech verb closing the
 * sentence after a quoted question or exclamation attribute it; they start no sentence of their own.
 */
const NAME_THEN_VERB = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Gen|Sen|Rep|Gov|Capt|Col)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(\p{Ll}+)(?:\s+(?:in|on|at|to|during|after|from)\s[^.,;:!?"“”]{1,30})?[.,]/u;

function attributionAfterQuestion(text: string, stop: number, nextStart: number): boolean {
  if (text[stop] === '.' || !/["”’']/.test(text[stop + 1] ?? '')) return false;
  const attribution = NAME_THEN_VERB.exec(text.slice(nextStart, nextStart + 80));
  return attribution !== null && QUOTE_CUES.has(attribution[1]);
}

/** Decides whether the stop at `stop` (followed by whitespace, then `next`) ends a sentence. */
function endsSentence(text: string, stop: number, nextStart: number): boolean {
  const next = text[nextStart];
  if (!next) return true;
  const opensNew = UPPER_OR_DIGIT.test(next) || OPENING.has(next) || next === '-' || next === '–' || next === '—';
  if (!opensNew) return false;
  if (text[stop] !== '.') return !attributionAfterQuestion(text, stop, nextStart);
  const word = wordBefore(text, stop);
  const lower = word.toLowerCase();
  const following = wordAfter(text, nextStart).toLowerCase();
  if (INITIAL.test(word)) return false; // an initial: "J. Smith"
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (MONTH_ABBREVIATIONS.has(lower)) return !DIGIT.test(next);
  if (SOFT_ABBREVIATIONS.has(lower) || DOTTED_LETTERS.test(word)) return SENTENCE_OPENERS.has(following);
  return true;
}

const SCAN = /[.?!…]/g;

/**
 * Splits one block, never breaking inside a quotation that closes later in the block.
 * Which marks pair up is decided once, by the quotation finder, so a mark that
 * reopens a running quote or a stray mark cannot flip the rest of the block.
 */
function splitBlock(text: string, block: Span, spans: Span[], quotes: MarkedQuote[], cursor: { q: number }): void {
  let start = block.start;
  let q = cursor.q;
  SCAN.lastIndex = block.start;
  for (let found = SCAN.exec(text); found && found.index < block.end; found = SCAN.exec(text)) {
    const i = found.index;
    let j = i + 1;
    while (j < block.end && (CLOSING_AFTER_STOP.test(text[j]) || text[j] === '.' || text[j] === '?' || text[j] === '!')) j += 1;
    SCAN.lastIndex = j;
    if (j >= block.end) break;
    if (!/\s/.test(text[j])) continue;
    let k = j;
    while (k < block.end && /\s/.test(text[k])) k += 1;
    while (q < quotes.length && quotes[q].close <= i) q += 1;
    const quote = quotes[q];
    if (quote && quote.open < i && quote.close > k && quote.closed && quote.close <= block.end) continue;
    if (!endsSentence(text, i, k)) continue;
    spans.push({ start, end: j });
    start = k;
    SCAN.lastIndex = k;
  }
  cursor.q = q;
  if (block.end > start) spans.push({ start, end: block.end });
}

/** Cuts a block at the edges of headline, caption and credit parts. */
function segmentsOf(block: Span, breaks: number[]): Span[] {
  const segments: Span[] = [];
  let start = block.start;
  for (const at of breaks) {
    if (at <= start || at >= block.end) continue;
    segments.push({ start, end: at });
    start = at;
  }
  segments.push({ start, end: block.end });
  return segments;
}

export function splitSentences(context: ExtractionContext, anatomy: Anatomy): Sentence[] {
  const { text } = context;
  const breaks = (anatomy.parts ?? anatomy.nonBody).flatMap((part) => [part.start, part.end]).sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  const quotes = findMarkedQuotes(text);
  const cursor = { q: 0 };
  paragraphsOf(text).forEach((block, paragraph) => {
    const spans: Span[] = [];
    for (const segment of segmentsOf(block, breaks)) splitBlock(text, segment, spans, quotes, cursor);
    for (const span of spans) {
      let { start, end } = span;
      while (start < end && /\s/.test(text[start])) start += 1;
      while (end > start && /\s/.test(text[end - 1])) end -= 1;
      if (end > start) sentences.push({ start, end, text: text.slice(start, end), paragraph });
    }
  });
  return sentences;
}
