import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// A document the story credits to its author ("The book, by Jane Doe, said"): its lead ("according to a new
// book"), "It claims" right after, and "according to the book" later all speak for that author. Invented texts,
// with cases the rules must leave alone.

const H = 'Mayor denies pact claim\n\n';
const speakerOf = (body: string, text: string): string | null | undefined => quotesOf(body).find((q) => q.text === text)?.speaker;

const story = `${H}Mayor Helena Strand has denied reports of a pact. According to a new book, City of Glass, Mrs Strand broke a pledge to stand aside in 2003. She said the claims were old news. The book, by local journalist Tomas Lindqvist and serialised in a weekly paper, said the two had fallen out. It claims Mrs Strand felt she had lost the council's trust. But she then changed her mind in June, according to the book.`;

describe('a book credited to its author after "by"', () => {
  it('speaks for the author in the sentence crediting it', () => {
    expect(speakerOf(story, 'the two had fallen out')).toBe('Tomas Lindqvist');
  });

  it('makes the author the source of the lead that cites "a new book"', () => {
    expect(speakerOf(story, 'Mrs Strand broke a pledge to stand aside in 2003')).toBe('Tomas Lindqvist');
  });

  it('reads "a new book about the mayor" opening a story as the book credited next', () => {
    const body = `${H}Helena Strand promised her deputy she would stand aside in 2003, a new book about the mayor claims. The book by local journalist Tomas Lindqvist said the two had fallen out.`;
    expect(speakerOf(body, 'Helena Strand promised her deputy she would stand aside in 2003')).toBe('Tomas Lindqvist');
  });

  it('leaves a new book nobody is credited with unattributed', () => {
    const body = `${H}Helena Strand promised her deputy she would stand aside in 2003, a new book about the mayor claims. She denied it on Monday.`;
    expect(speakerOf(body, 'Helena Strand promised her deputy she would stand aside in 2003')).toBeNull();
  });

  it('makes "It claims" right after the credit the author\'s', () => {
    expect(speakerOf(story, 'Mrs Strand felt she had lost the council\'s trust')).toBe('Tomas Lindqvist');
  });

  it('makes a later "according to the book" the author\'s', () => {
    expect(speakerOf(story, 'But she then changed her mind in June')).toBe('Tomas Lindqvist');
  });

  it('takes "the book" as the one credited last when two authors were credited', () => {
    const body = `${H}The book, by journalist Tomas Lindqvist, said the two had fallen out. A book by historian Greta Holm said they never met. The pair fell out in June, according to the book.`;
    expect(speakerOf(body, 'The pair fell out in June')).toBe('Greta Holm');
  });

  it('does not make "It" a document after a sentence that merely mentions one', () => {
    const body = `${H}Mayor Helena Strand said she had read the book, by journalist Tomas Lindqvist, twice. It claims nothing new, a council spokesman said.`;
    expect(quotesOf(body).filter((q) => q.speaker === 'Tomas Lindqvist')).toEqual([]);
  });
});
