import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// "overturned by the Tribunal of Review who said ...": the body a relative pronoun follows is the speaker.

const view = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);
const HEAD = 'Ferry levy row\n\n';

describe('a body followed by "who said"', () => {
  it('speaks, as it does before "which said"', () => {
    expect(view(`${HEAD}The levy was later overturned by the Tribunal of Review who said the harbour board had acted unlawfully.`)).toEqual([
      ['the harbour board had acted unlawfully', 'Tribunal of Review'],
    ]);
    expect(view(`${HEAD}The levy was attacked by the Greens who said islanders would pay twice.`)).toEqual([
      ['islanders would pay twice', 'Greens'],
    ]);
  });

  it('leaves a person before "who said" to the person rules', () => {
    expect(view(`${HEAD}The levy was attacked by councillor Morag Struan who said islanders would pay twice.`)).toEqual([
      ['islanders would pay twice', 'Morag Struan'],
    ]);
  });

  it('makes no body of a crowd before "who said"', () => {
    expect(view(`${HEAD}The levy was attacked by MPs who said islanders would pay twice.`)).toEqual([
      ['islanders would pay twice', null],
    ]);
  });
});
