import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// "CLAUSE, say researchers at Acme.": an inverted attribution whose source has no article. The clause before
// the verb is the quote; the source after it is the speaker, never a quote of its own.

const H = 'Retail outlook brightens\n\n';

const view = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

describe('a source with no article after an inverted verb', () => {
  it('leaves the clause before the verb as the quote', () => {
    expect(view(`${H}Business will reap the benefits of a continuing rise in public spending, say researchers at Calder Partners.`)).toEqual([
      ['Business will reap the benefits of a continuing rise in public spending', null],
    ]);
    expect(view(`${H}Fake bank e-mails are damaging the potential of online commerce, say e-business experts.`)).toEqual([
      ['Fake bank e-mails are damaging the potential of online commerce', null],
    ]);
  });

  it('credits a described person named after the verb', () => {
    expect(view(`${H}The sale has destroyed the company, once the owner of the refinery, said founder Ivan Perlov.`)).toEqual([
      ['The sale has destroyed the company, once the owner of the refinery', 'Ivan Perlov'],
    ]);
  });

  it('gives nobody a clause about a person when the source is unnamed', () => {
    expect(view(`${H}Coach Tony Rennick has turned down an approach from Piet Haller to be his new full-time coach, say reports.`)).toEqual([
      ['Coach Tony Rennick has turned down an approach from Piet Haller to be his new full-time coach', null],
    ]);
  });

  it('does not read a day after the verb as a source', () => {
    expect(view(`${H}In its five-year plan, announced on Tuesday, the council said it was addressing "the difficult issue" of parking.`)).toEqual([
      ['it was addressing "the difficult issue" of parking', null],
      ['the difficult issue', null],
    ]);
  });

  it('still reads a clause after the verb when it has a verb of its own', () => {
    expect(view(`${H}The minister said prices would rise.`)).toEqual([['prices would rise', null]]);
  });
});

describe('a titled name after a role in apposition', () => {
  it('speaks rather than the body the role belongs to', () => {
    // The clause ending in a short quoted phrase is reported speech, and the phrase a quote of its own: both are his.
    expect(view(`${H}The Norland Funding Council published the figures. But the share of poorer students "hardly changed at all", said its chief executive, Sir Colin Marsh.`)).toEqual([
      ['But the share of poorer students "hardly changed at all"', 'Colin Marsh'],
      ['hardly changed at all', 'Colin Marsh'],
    ]);
  });
});

describe('a quotation attributed before a place or a day after the verb', () => {
  it('keeps the speaker named before the verb', () => {
    expect(view(`${H}"Measles spreads fast," Dr. Orla Penhale, the state epidemiologist, said at a news conference in Calder.`)).toEqual([
      ['Measles spreads fast,', 'Orla Penhale'],
    ]);
    expect(view(`${H}"I leave an hour early," Bradley Tamm, 44, said Tuesday while waiting at a stop on Penn.`)).toEqual([
      ['I leave an hour early,', 'Bradley Tamm'],
    ]);
  });
});
