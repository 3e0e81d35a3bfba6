import { describe, expect, it } from 'vitest';
import { peopleOf, quotesOf } from './extraction-helpers.js';

const H = 'Headline about a merger\n\n';

describe('speaking organisations: full names', () => {
  it('keeps "and" inside a name a corporate suffix closes', () => {
    const quotes = quotesOf(`${H}Harlow and Benning Corp said it would close two plants in Ohio. It said the closures would cost 40 jobs.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Harlow and Benning Corp', 'Harlow and Benning Corp']);
  });

  it('keeps "&" and joined initials in a name', () => {
    const quotes = quotesOf(`${H}Fenwick & Drury Ltd said profits fell sharply last year. M and K said the bond was rated lower.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Fenwick & Drury Ltd', 'M and K']);
  });

  it('does not join two people named as one subject', () => {
    const quotes = quotesOf(`${H}Priya Raman and Oskar Lindqvist said the study had been stopped early.`);
    expect(quotes.map((q) => q.speaker)).not.toContain('Priya Raman and Oskar Lindqvist');
  });

  it('reads wire-style <Company> markup as an organisation', () => {
    const quotes = quotesOf(`${H}<Castlegate Mills Plc> said it agreed to buy a rival spinner for 8 mln dlrs.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'it agreed to buy a rival spinner for 8 mln dlrs', speaker: 'Castlegate Mills Plc' }]);
  });

  it('takes a numbered broadcaster as a speaker', () => {
    const quotes = quotesOf(`${H}Channel 9 said the late bulletin would move to an earlier slot in spring.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Channel 9']);
  });

  it('does not take a lone capital letter as an organisation', () => {
    const quotes = quotesOf(`${H}P said the rain would stop by noon on most of the coast.`);
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('leaves unnamed sources without a speaker', () => {
    const quotes = quotesOf(`${H}A source said the board would meet again soon. Analysts said the shares were cheap. One dealer said trading was thin.`);
    expect(quotes.map((q) => q.speaker)).toEqual([null, null, null]);
  });

  it('names no person for an organisation that speaks', () => {
    expect(peopleOf(`${H}Harlow and Benning Corp said it would close two plants in Ohio.`)).toEqual([]);
  });
});

describe('speaking organisations: references back', () => {
  it('resolves "the company said" to a body introduced by a noun such as "firm"', () => {
    const quotes = quotesOf(`${H}Shipping firm Nordhavn Lines made record profits on Monday. Fuel costs fell sharply. The company also said it would raise its dividend next year.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Nordhavn Lines']);
  });

  it('resolves "said the radio station" and "the paper said" to the body that spoke before', () => {
    const quotes = quotesOf(`${H}Radio 5 said the new schedule would start in May. "Listeners asked for more live music," said the radio station.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Radio 5', 'Radio 5']);
  });

  it('drops a sentence adverb before "the board"', () => {
    const quotes = quotesOf(`${H}Makers Pottery Ltd said it had received an offer. Now the board has confirmed that talks will begin next week.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Makers Pottery Ltd', 'Makers Pottery Ltd']);
  });

  it('takes the name a bracketed acronym spells as the body that speaks, else the acronym', () => {
    const quotes = quotesOf(`${H}The Federation of Potters (FOP) said kiln prices had doubled since spring.\n\nThe glaze makers' union (GMU) said clay prices had doubled too.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Federation of Potters', 'GMU']);
  });

  it('leaves "the company said" unresolved when no body was named', () => {
    const quotes = quotesOf(`${H}Profits rose sharply last year. The company said it would hire 200 people.`);
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('speaking organisations: what is not one', () => {
  it('does not take contractions or plural acronyms as bodies', () => {
    const quotes = quotesOf(`${H}"We will wait," I've said before. MEPs said the vote would be close.`);
    expect(quotes.map((q) => q.speaker)).toEqual([null, null]);
  });

  it('does not take a lone "Reports" as a publication', () => {
    const quotes = quotesOf(`${H}Reports said the mill would shut before winter.`);
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('unnamed sources near a name', () => {
  it('keeps "sources close to X" and "an analyst at X" without a speaker', () => {
    const quotes = quotesOf(`${H}Rates will rise again in June, sources close to the Central Bank said. Shares in Corvel Ltd are cheap, an analyst at Brannock Securities said.`);
    expect(quotes.map((q) => q.speaker)).toEqual([null, null]);
  });

  it('still names a body that speaks for itself', () => {
    const quotes = quotesOf(`${H}Corvel Ltd said its shares were cheap.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Corvel Ltd']);
  });
});
