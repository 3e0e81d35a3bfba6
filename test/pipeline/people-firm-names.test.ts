import { describe, expect, it } from 'vitest';
import { peopleOf, quotesOf } from './extraction-helpers.js';

// Firms named after people ("Hallam Fitch Corp") that the story then writes without their suffix. Invented texts,
// each with a text the rule must leave alone.

const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

describe('a name the story also writes with a corporate suffix', () => {
  it('is the firm, not a person, where it stands bare', () => {
    const body = `Jet orders\n\nLOS ANGELES, Feb 26 (Reuters) - Hallam Fitch Corp said Norland Air signed orders for four jets.\n\nHallam Fitch said on December 30 that Norland Air was among the first buyers.`;
    expect(peopleOf(body)).toEqual([]);
    expect(speakers(body)).toEqual([
      ['Norland Air signed orders for four jets', 'Hallam Fitch Corp'],
      ['Norland Air was among the first buyers', 'Hallam Fitch Corp'],
    ]);
  });

  it('reads "Halvers, Brandt and Co" as the firm "Halvers Brandt", after a role too', () => {
    const body = `Bond issue\n\nNEW YORK, March 2 (Reuters) - Halvers, Brandt Mortgage Trust, a unit of Halvers, Brandt and Co Inc, is offering 500 mln dlrs of bonds.\n\nSole manager Halvers Brandt said the first class has an initial rate of 6 pct.`;
    expect(peopleOf(body)).toEqual([]);
    expect(speakers(body)).toEqual([
      ['the first class has an initial rate of 6 pct', 'Halvers Brandt'],
    ]);
  });

  it('leaves a person whose surname alone names a firm', () => {
    const body = `Profit warning\n\nJane Marlow, chief executive of Marlow Inc, said sales were weak.`;
    expect(peopleOf(body)).toEqual(['Jane Marlow']);
    expect(speakers(body)).toEqual([['sales were weak', 'Jane Marlow']]);
  });
});

describe('a body named before, written later without its corporate suffix', () => {
  it('speaks where the verb follows another verb ("cited ... and said")', () => {
    const body = `Loan extension\n\nCHICAGO, March 2 (Reuters) - Vantor Data Inc said its lenders agreed to extend its loan.\n\nVantor Data cited higher board sales and said it is confident it will find new financing.`;
    expect(speakers(body).at(-1)).toEqual(['it is confident it will find new financing', 'Vantor Data Inc']);
  });

  it('does not stretch a name to a longer body of another name', () => {
    const body = `Loan extension\n\nCHICAGO, March 2 (Reuters) - Vantor Data Systems Inc said its lenders agreed to extend its loan.\n\nVantor Data cited higher board sales and said it is confident it will find new financing.`;
    expect(speakers(body).at(-1)).toEqual(['it is confident it will find new financing', null]);
  });
});
