import { expect } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import type { Extraction, GivenMetadata } from '../../src/pipeline/types.js';

// "Finds exactly this" and "finds nothing" helpers over the whole pipeline, so
// each stage is tested with the data earlier stages really hand it.

export function extract(body: string, given: GivenMetadata = {}): Extraction {
  const result = extractArticle(body, given);
  // Every span must point into the cleaned text.
  for (const item of [...result.sentences, ...result.quotes, ...result.entities.flatMap((e) => e.mentions)]) {
    expect(result.anatomy.text.slice(item.start, item.end)).toBe(item.text);
  }
  return result;
}

export interface QuoteView {
  kind: 'direct' | 'indirect';
  text: string;
  speaker: string | null;
}

export function quotesOf(body: string, given: GivenMetadata = {}): QuoteView[] {
  const result = extract(body, given);
  return result.quotes.map((q) => ({
    kind: q.kind,
    text: q.text,
    speaker: q.speakerKey ? result.entities.find((e) => e.key === q.speakerKey)?.name ?? '??' : null,
  }));
}

export function peopleOf(body: string, given: GivenMetadata = {}): string[] {
  return extract(body, given).entities.filter((e) => e.kind === 'person').map((e) => e.name);
}

export function expectOnlyQuotes(body: string, expected: QuoteView[]): void {
  expect(quotesOf(body)).toEqual(expected);
}

export function expectNoQuotes(body: string): void {
  expect(quotesOf(body)).toEqual([]);
}
