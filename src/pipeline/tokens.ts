// Word tokens with offsets, shared by the stages that read names and cues.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(slice); match; match = WORD.exec(slice)) {
    const value = match[0];
    tokens.push({ text: value, lower: value.toLowerCase(), start: from + match.index, end: from + match.index + value.length });
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
  return /^\p{Lu}/u.test(word);
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
