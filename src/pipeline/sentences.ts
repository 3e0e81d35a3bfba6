import { MONTH_ABBREVIATIONS, SENTENCE_OPENERS, SOFT_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './lexicon/abbreviations.js';
import type { Anatomy, ExtractionContext, Sentence, Span } from './types.js';

// A hand-written splitter rather than a library: it must keep exact spans into
// the cleaned text, treat a quotation that runs on past a full stop as one
// sentence, and cost a few microseconds per paragraph over thousands of articles.

const OPENING = new Set(['"', '“', '‘', '(', '[', "'"]);
const CLOSING_AFTER_STOP = /["”’')\]]/;

/** Blank-line separated blocks of the text, trimmed, with their offsets. */
export function paragraphsOf(text: string): Span[] {
  const blocks: Span[] = [];
  const pattern = /\n[ \t]*\n/g;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s += 1;
    while (e > s && /\s/.test(text[e - 1])) e -= 1;
    if (e > s) blocks.push({ start: s, end: e });
  };
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return blocks;
}

/** The word (letters, digits and inner dots) that ends just before `index`. */
function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1])) i -= 1;
  return text.slice(i, index);
}

function wordAfter(text: string, index: number): string {
  const match = /^[\p{L}\p{N}]+/u.exec(text.slice(index, index + 40));
  return match ? match[0] : '';
}

/** Decides whether the stop at `stop` (followed by whitespace, then `next`) ends a sentence. */
function endsSentence(text: string, stop: number, nextStart: number): boolean {
  const next = text[nextStart];
  if (!next) return true;
  const opensNew = /[\p{Lu}\p{N}]/u.test(next) || OPENING.has(next) || next === '-' || next === '–' || next === '—';
  if (!opensNew) return false;
  if (text[stop] !== '.') return true;
  const word = wordBefore(text, stop);
  const lower = word.toLowerCase();
  const following = wordAfter(text, nextStart).toLowerCase();
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (MONTH_ABBREVIATIONS.has(lower)) return !/\p{N}/u.test(next);
  if (SOFT_ABBREVIATIONS.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_OPENERS.has(following);
  return true;
}

/** Splits one block, never breaking inside a quotation that closes later in the block. */
function splitBlock(text: string, block: Span, hardBreaks: Set<number>): Span[] {
  const spans: Span[] = [];
  let start = block.start;
  let inStraight = false;
  let curlyDepth = 0;
  const closesLater = (from: number): boolean => {
    const rest = text.slice(from, block.end);
    return inStraight ? rest.includes('"') : rest.includes('”');
  };
  for (let i = block.start; i < block.end; i += 1) {
    const ch = text[i];
    if (hardBreaks.has(i) && i > start) {
      spans.push({ start, end: i });
      start = i;
    }
    if (ch === '"') inStraight = !inStraight;
    else if (ch === '“') curlyDepth += 1;
    else if (ch === '”') curlyDepth = Math.max(0, curlyDepth - 1);
    if (ch !== '.' && ch !== '?' && ch !== '!' && ch !== '…') continue;
    let j = i + 1;
    while (j < block.end && (CLOSING_AFTER_STOP.test(text[j]) || text[j] === '.' || text[j] === '?' || text[j] === '!')) {
      if (text[j] === '"') inStraight = !inStraight;
      else if (text[j] === '”') curlyDepth = Math.max(0, curlyDepth - 1);
      j += 1;
    }
    if (j >= block.end) break;
    if (!/\s/.test(text[j])) continue;
    let k = j;
    while (k < block.end && /\s/.test(text[k])) k += 1;
    if ((inStraight || curlyDepth > 0) && closesLater(k)) continue;
    if (!endsSentence(text, i, k)) continue;
    spans.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (block.end > start) spans.push({ start, end: block.end });
  return spans;
}

export function splitSentences(context: ExtractionContext, anatomy: Anatomy): Sentence[] {
  const { text } = context;
  const hardBreaks = new Set<number>();
  for (const part of anatomy.parts ?? anatomy.nonBody) {
    hardBreaks.add(part.start);
    hardBreaks.add(part.end);
  }
  const sentences: Sentence[] = [];
  paragraphsOf(text).forEach((block, paragraph) => {
    for (const span of splitBlock(text, block, hardBreaks)) {
      let { start, end } = span;
      while (start < end && /\s/.test(text[start])) start += 1;
      while (end > start && /\s/.test(text[end - 1])) end -= 1;
      if (end > start) sentences.push({ start, end, text: text.slice(start, end), paragraph });
    }
  });
  return sentences;
}
