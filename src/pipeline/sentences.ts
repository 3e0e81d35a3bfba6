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

const SCAN = /[.?!…"“”]/g;

/** Splits one block, never breaking inside a quotation that closes later in the block. */
function splitBlock(text: string, block: Span, spans: Span[]): void {
  let start = block.start;
  let inStraight = false;
  let curlyDepth = 0;
  const blockText = text.slice(block.start, block.end);
  const lastStraight = block.start + blockText.lastIndexOf('"');
  const lastCurly = block.start + blockText.lastIndexOf('”');
  const closesLater = (from: number): boolean => (inStraight ? lastStraight : lastCurly) >= from;
  SCAN.lastIndex = block.start;
  for (let found = SCAN.exec(text); found && found.index < block.end; found = SCAN.exec(text)) {
    const i = found.index;
    const ch = text[i];
    if (ch === '"') { inStraight = !inStraight; continue; }
    if (ch === '“') { curlyDepth += 1; continue; }
    if (ch === '”') { curlyDepth = Math.max(0, curlyDepth - 1); continue; }
    let j = i + 1;
    while (j < block.end && (CLOSING_AFTER_STOP.test(text[j]) || text[j] === '.' || text[j] === '?' || text[j] === '!')) {
      if (text[j] === '"') inStraight = !inStraight;
      else if (text[j] === '”') curlyDepth = Math.max(0, curlyDepth - 1);
      j += 1;
    }
    SCAN.lastIndex = j;
    if (j >= block.end) break;
    if (!/\s/.test(text[j])) continue;
    let k = j;
    while (k < block.end && /\s/.test(text[k])) k += 1;
    if ((inStraight || curlyDepth > 0) && closesLater(k)) continue;
    if (!endsSentence(text, i, k)) continue;
    spans.push({ start, end: j });
    start = k;
    SCAN.lastIndex = k;
  }
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
  paragraphsOf(text).forEach((block, paragraph) => {
    const spans: Span[] = [];
    for (const segment of segmentsOf(block, breaks)) splitBlock(text, segment, spans);
    for (const span of spans) {
      let { start, end } = span;
      while (start < end && /\s/.test(text[start])) start += 1;
      while (end > start && /\s/.test(text[end - 1])) end -= 1;
      if (end > start) sentences.push({ start, end, text: text.slice(start, end), paragraph });
    }
  });
  return sentences;
}
