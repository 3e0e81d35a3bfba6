import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';

// The two seed articles against their gold annotation, with the scorer's
// matching rules: a quote is found when one extracted quote covers 70% of its
// words; an extracted quote is right when 70% of its words are in gold quotes.

interface GoldArticle {
  sourceFile: string;
  outlet: string;
  publishedAt: string;
  people: { name: string; aliases?: string[]; optional?: boolean }[];
  quotes: { text: string; kind: string; speaker: string | null; optional?: boolean }[];
}

const gold = JSON.parse(readFileSync(new URL('../fixtures/pipeline/seeds-gold.json', import.meta.url), 'utf8')) as { articles: GoldArticle[] };
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'general', 'president', 'the']);

function tokens(text: string): string[] {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/(\w)-(\w)/g, '$1$2').replace(/'/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}
function covered(a: string[], b: string[]): number {
  const pool = new Map<string, number>();
  for (const t of b) pool.set(t, (pool.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of a) {
    const c = pool.get(t) ?? 0;
    if (c > 0) { n += 1; pool.set(t, c - 1); }
  }
  return n / Math.max(1, a.length);
}
function names(person: { name: string; aliases?: string[] }, name: string): boolean {
  const sys = tokens(name).filter((t) => !TITLES.has(t));
  const allowed = new Set([person.name, ...(person.aliases ?? [])].flatMap((n) => tokens(n)));
  const surname = tokens(person.name).pop()!;
  return sys.length > 0 && sys.every((t) => allowed.has(t)) && sys.includes(surname);
}

describe.each(gold.articles)('seed $sourceFile', (article) => {
  const body = readFileSync(new URL(`../../seeds/${article.sourceFile}`, import.meta.url), 'utf8');
  const result = extractArticle(body, { outlet: article.outlet, publishedAt: article.publishedAt });
  const nameOf = (key: string | null) => (key ? result.entities.find((e) => e.key === key)?.name ?? null : null);

  it('extracts only real quotes', () => {
    const goldTokens = article.quotes.flatMap((q) => tokens(q.text));
    const wrong = result.quotes.filter((q) => covered(tokens(q.text), goldTokens) < 0.7).map((q) => q.text);
    expect(wrong).toEqual([]);
  });

  it('finds every required quote with its speaker', () => {
    for (const g of article.quotes.filter((q) => !q.optional)) {
      const match = result.quotes.find((q) => covered(tokens(g.text), tokens(q.text)) >= 0.7);
      expect(match, g.text).toBeDefined();
      const speaker = nameOf(match!.speakerKey);
      const person = article.people.find((p) => p.name === g.speaker);
      if (g.speaker === null) expect(speaker).toBeNull();
      else expect(speaker !== null && names(person ?? { name: g.speaker }, speaker), `${g.text} -> ${speaker}`).toBe(true);
    }
  });

  it('lists each gold person once and nobody else', () => {
    const people = result.entities.filter((e) => e.kind === 'person');
    for (const p of people) expect(article.people.some((g) => names(g, p.name)), p.name).toBe(true);
    for (const g of article.people.filter((p) => !p.optional)) expect(people.filter((p) => names(g, p.name)), g.name).toHaveLength(1);
  });
});
