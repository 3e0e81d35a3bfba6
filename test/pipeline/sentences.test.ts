import { describe, expect, it } from 'vitest';
import { parseAnatomy } from '../../src/pipeline/anatomy.js';
import { splitSentences } from '../../src/pipeline/sentences.js';

function split(body: string): string[] {
  const anatomy = parseAnatomy(body, {});
  const sentences = splitSentences({ text: anatomy.text, referenceDate: null }, anatomy);
  for (const s of sentences) expect(anatomy.text.slice(s.start, s.end)).toBe(s.text);
  return sentences.map((s) => s.text);
}

describe('splitSentences', () => {
  it('does not split on titles, initials, months before a day, decimals or company abbreviations', () => {
    expect(split('Heading\n\nMr. Dale met Gen. Ruiz and J. K. Obi on Jan. 12 in the U.S. capital. Rates rose 3.85 pct at Acme Inc. on Friday.')).toEqual([
      'Heading',
      'Mr. Dale met Gen. Ruiz and J. K. Obi on Jan. 12 in the U.S. capital.',
      'Rates rose 3.85 pct at Acme Inc. on Friday.',
    ]);
  });

  it('splits after an abbreviation when a new sentence clearly starts', () => {
    expect(split('Heading\n\nThe firm moved to the U.S. The move cost millions.')).toEqual(['Heading', 'The firm moved to the U.S.', 'The move cost millions.']);
  });

  it('keeps a quotation that runs over a full stop in one sentence', () => {
    expect(split('Heading\n\n"We tried. It failed," she said. Then she left.')).toEqual(['Heading', '"We tried. It failed," she said.', 'Then she left.']);
  });

  it('records the paragraph of each sentence', () => {
    const anatomy = parseAnatomy('Heading\n\nOne. Two.\n\nThree.', {});
    expect(splitSentences({ text: anatomy.text, referenceDate: null }, anatomy).map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });

  it('handles question marks, exclamations and e.g.', () => {
    expect(split('Heading\n\nWhy now? Nobody knows! Some items, e.g. chairs, were sold.')).toEqual(['Heading', 'Why now?', 'Nobody knows!', 'Some items, e.g. chairs, were sold.']);
  });

  it('returns nothing for empty text', () => {
    expect(split('')).toEqual([]);
  });
});
