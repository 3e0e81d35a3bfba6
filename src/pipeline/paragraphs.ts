import type { Span } from './types.js';

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
