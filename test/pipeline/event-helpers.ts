// Hand-made stage inputs for the events and matching tests, so they do not
// depend on the sentence, people and quote stages.
import type { Entity, ExtractedQuote, ExtractionContext, Sentence } from '../../src/pipeline/types.js';

const ABBREVIATIONS = /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Co|Inc|Corp|No))\.$/;

/** Splits after . ? ! before a capital, unless the dot ends an abbreviation, and at blank lines. */
export function naiveSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const body = raw.trim();
    if (!body) return;
    const start = from + (raw.length - raw.trimStart().length);
    out.push({ start, end: start + body.length, text: body, paragraph });
  };
  let from = 0;
  for (const m of text.matchAll(/[.!?]["\u201d\u2019]?(?=\s+["\u201c\u2018]?[A-Z0-9])|\n\s*\n|\n/g)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('\n')) {
      push(from, m.index);
      if (/\n\s*\n/.test(m[0])) paragraph += 1;
      from = end;
      continue;
    }
    if (ABBREVIATIONS.test(text.slice(Math.max(from, m.index - 6), m.index + 1))) continue;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return out;
}

/** People given as full names: every occurrence of the full name or its surname is a mention. */
export function personEntities(text: string, names: string[]): Entity[] {
  return names.map((name, i) => {
    const surname = name.split(' ').pop() as string;
    const mentions = [];
    const pattern = new RegExp(`\\b(?:${escape(name)}|${escape(surname)})\\b`, 'g');
    for (const m of text.matchAll(pattern)) mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    return { key: `e${i}`, kind: 'person', name, aliases: [surname], roles: [], journalist: false, mentions };
  });
}

/** An indirect quote: the clause after "<speaker> said" in the text, up to the sentence end. */
export function saidQuote(text: string, clause: string, speakerKey: string | null): ExtractedQuote {
  const start = text.indexOf(clause);
  if (start < 0) throw new Error(`clause not in text: ${clause}`);
  return { kind: 'indirect', start, end: start + clause.length, text: clause, speakerKey, speakerText: null, cue: 'said' };
}

export function context(text: string, referenceDate: string | null): ExtractionContext {
  return { text, referenceDate };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
