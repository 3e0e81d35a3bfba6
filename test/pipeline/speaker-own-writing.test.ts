import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// "Mr Doe's book claimed", "Ms Lee's letter said": a person's own writing speaks for them, as their statement does;
// "the document said" after a sentence reporting what a person wrote is that person's paper.

const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);
const H = 'Feud\n\nA new biography of minister Anton Verrall, by journalist Clara Mendes, went on sale on Monday. ';

describe("a person's own writing", () => {
  it('credits the writer named with a possessive before "book"', () => {
    expect(speakers(`${H}Ms Mendes's book claimed that Mr Verrall told his deputy he would resign.`)).toEqual([
      ['Mr Verrall told his deputy he would resign', 'Clara Mendes'],
    ]);
  });

  it('credits the writer of a letter', () => {
    expect(speakers(`${H}"I was never consulted," Mr Verrall's letter said.`)).toEqual([
      ['I was never consulted,', 'Anton Verrall'],
    ]);
  });

  it('leaves a plain "the letter" or another possessed thing with nobody', () => {
    expect(speakers(`${H}"I was never consulted," the letter said.`)).toEqual([['I was never consulted,', null]]);
    expect(speakers(`${H}Mr Verrall's party said that the minister would not resign.`)).toEqual([['the minister would not resign', null]]);
  });
});

describe('"the document said" after a sentence reporting a person\'s words', () => {
  const P = 'Candidate suspended\n\nA council candidate, Tomas Brevik, was suspended on Friday. ';

  it('credits the person the sentence before has writing', () => {
    expect(speakers(`${P}Mr Brevik is alleged to have written that taxes should be abolished. The document reportedly said: "We want a smaller state."`)).toEqual([
      ['We want a smaller state.', 'Tomas Brevik'],
    ]);
  });

  it('credits nobody when the sentence before reports no words of that person', () => {
    expect(speakers(`${P}Mr Brevik was suspended by the party on Friday. The document reportedly said: "We want a smaller state."`)).toEqual([
      ['We want a smaller state.', null],
    ]);
  });
});
