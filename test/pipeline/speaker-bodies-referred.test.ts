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

describe('"the government said" after the story named one national government', () => {
  it('is that government', () => {
    expect(speakers(`Asylum plan\n\nThe UK government is planning to return children to Norland. The move was set out in the 1989 Children Act review.\n\nIn its immigration plan, announced on Tuesday, the government said it was addressing the issue.`)).toEqual([
      ['it was addressing the issue', 'UK government'],
    ]);
  });

  it('is nobody named when the story named two governments', () => {
    expect(speakers(`Asylum plan\n\nThe UK government and the French government disagree.\n\nThe government said it was addressing the issue.`).map(([, speaker]) => speaker)).not.toContain('UK government');
  });

  it('is nobody named when the story named none', () => {
    expect(speakers(`Asylum plan\n\nMinisters are planning to return children to Norland.\n\nThe government said it was addressing the issue.`)).toEqual([
      ['it was addressing the issue', null],
    ]);
  });
});

describe('"the government said" after a government named only later in passing', () => {
  it('is not that government', () => {
    expect(speakers(`Icebreaker plan\n\nOTTAWA, March 2 (Reuters) - Ministers will build a new icebreaker. The vessel will cost 300 mln dlrs. It will patrol the north.\n\nThe US government did not seek permission for a voyage last year.\n\nThe government said the icebreaker was needed.`).at(-1)).toEqual(['the icebreaker was needed', null]);
  });
});
