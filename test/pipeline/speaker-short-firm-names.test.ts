import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

const H = 'HALLMOOR TO BUY STAKES\n\nTORONTO, March 2 (Reuters) - ';

describe('a firm named again without its trade word and suffix', () => {
  it('is the firm named in full before', () => {
    const quotes = quotesOf(`${H}<Hallmoor QVX Mining Corp> said it agreed to issue 7.8 mln shares.

Hallmoor QVX said it will acquire 29 pct of Delta, a gold mining company.

Delta earned 11 mln dlrs in 1986, Hallmoor QVX said.`);
    expect(quotes.map((q) => q.speaker)).toEqual(Array(3).fill('Hallmoor QVX Mining Corp'));
  });

  it('is not a firm whose longer name holds more than a trade word', () => {
    const quotes = quotesOf(`${H}<Hallmoor QVX Acceptance Corp> said it agreed to issue 7.8 mln shares.

Hallmoor QVX said it will acquire 29 pct of Delta, a gold mining company.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Hallmoor QVX Acceptance Corp', null]);
  });
});
