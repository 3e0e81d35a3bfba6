import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// Bodies a story names once, in passing, and then lets speak under a common noun. Invented texts, each with a
// text the rule must leave alone.

const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

describe('"The company, which ..., said" after a body was named without speaking', () => {
  it('is that body', () => {
    expect(speakers(`Valve maker plans custom parts\n\nZentro Corp <ZNT>, the largest maker of valves, alerted the industry to its plans last fall.\n\nThe company, which just reported a loss for 1986, said it will spend 75 mln dlrs on new plants.`)).toEqual([
      ['it will spend 75 mln dlrs on new plants', 'Zentro Corp'],
    ]);
  });

  it('reads "The firm, which ..." the same way', () => {
    expect(speakers(`Gas find\n\nShares in Marrow Energy rose 3% after the UK firm announced a new find.\n\nThe firm, which made two finds last year, said the discovery could be large.`)).toEqual([
      ['the discovery could be large', 'Marrow Energy'],
    ]);
  });

  it('finds nobody when no body was named before', () => {
    expect(speakers(`Valve maker plans custom parts\n\nValve makers are struggling.\n\nThe company, which just reported a loss for 1986, said it will spend 75 mln dlrs on new plants.`)).toEqual([
      ['it will spend 75 mln dlrs on new plants', null],
    ]);
  });
});

describe('a one-word name introduced by a kind of business ("brewer Hollers")', () => {
  it('is that business though it ends like a crowd ("Hollers said")', () => {
    expect(speakers(`Beer deal\n\nDutch brewer Hollers has bought a large stake in winemaker Vinto.\n\nHollers said it was in talks with the board. The brewer said last summer that it was not looking to expand.`)).toEqual([
      ['it was in talks with the board', 'Hollers'],
      ['it was not looking to expand', 'Hollers'],
    ]);
  });

  it('leaves a crowd opening a sentence a crowd', () => {
    expect(speakers(`Beer deal\n\nDutch brewer Hollers has bought a large stake in winemaker Vinto.\n\nGrowers said prices would fall.`)).toEqual([
      ['prices would fall', null],
    ]);
  });
});
