// Word tokens with offsets, shared by the stages that read names and cues.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

function tokenizeAll(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const value = match[0];
    tokens.push({ text: value, lower: value.toLowerCase(), start: match.index, end: match.index + value.length });
  }
  return tokens;
}

// Every stage asks for the words of the same article many times; keeping the
// last article's tokens turns each request into a binary search.
let cachedText: string | null = null;
let cachedTokens: Token[] = [];

function firstAtOrAfter(tokens: Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The word tokens lying wholly inside text[from, to). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  if (text !== cachedText) {
    cachedText = text;
    cachedTokens = tokenizeAll(text);
  }
  const tokens: Token[] = [];
  for (let i = firstAtOrAfter(cachedTokens, from); i < cachedTokens.length && cachedTokens[i].start < to; i += 1) {
    if (cachedTokens[i].end <= to) tokens.push(cachedTokens[i]);
  }
  return tokens;
}

/** "Trump" from "Trump's" / "Trump’s"; other words unchanged. */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/i, '');
}

export function isPossessive(word: string): boolean {
  return /['’]s$/i.test(word);
}

export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True for acronyms such as "NATO" or "FSB" (two or more capitals, no lower case). */
export function isAcronym(word: string): boolean {
  const bare = withoutPossessive(word).replace(/\./g, '');
  return bare.length >= 2 && /^[\p{Lu}\p{N}&]+$/u.test(bare);
}

/** Comparable form of a name: straight apostrophes, single spaces, lower case. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

let lowerText: string | null = null;
let lowerWords = new Set<string>();

/** Words the article writes in lower case somewhere: a capitalised use of one is a sentence start or a title, not a name. */
export function lowercaseWords(text: string): Set<string> {
  if (text !== lowerText) {
    lowerText = text;
    lowerWords = new Set();
    tokenize(text, 0, 0);
    for (const token of cachedTokens) if (token.text === token.lower) lowerWords.add(token.lower);
  }
  return lowerWords;
}

/** Index of the first span whose end lies after `at`, in spans sorted by start and not overlapping. */
export function firstSpanEndingAfter(spans: readonly { start: number; end: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when `at` falls inside one of the sorted, non-overlapping spans. */
export function insideSpans(spans: readonly { start: number; end: number }[], at: number): boolean {
  const i = firstSpanEndingAfter(spans, at);
  return i < spans.length && spans[i].start <= at;
}
