import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// "it said" means the body the sentence before is about, even when a phrase of time or manner opens that sentence
// before its subject, rather than a body the sentence names after its verb.

const story = (opening: string): string =>
  'Fines\n\nThe Maritime Safety Board said it had fined Harlan Shipping Co for late filings. Harlan Shipping Co said it would pay.\n\n'
  + `${opening} the Maritime Safety Board accused Harlan Shipping Co of failing to log cargo.\n\nBut it said it found no sign of fraud.`;

describe('"it said" after a sentence opened by a phrase', () => {
  it('means the subject after the phrase, not the body named after the verb', () => {
    expect(quotesOf(story('In its formal notice,')).at(-1)).toEqual({ kind: 'indirect', text: 'it found no sign of fraud', speaker: 'Maritime Safety Board' });
    expect(quotesOf(story('After reading the ship logs for two years,')).at(-1)).toEqual({ kind: 'indirect', text: 'it found no sign of fraud', speaker: 'Maritime Safety Board' });
  });

  it('still means the subject when no phrase opens the sentence', () => {
    expect(quotesOf(story('Separately,')).at(-1)).toEqual({ kind: 'indirect', text: 'it found no sign of fraud', speaker: 'Maritime Safety Board' });
  });

  it('does not take a body named inside the opening phrase for the subject', () => {
    const text = 'Fines\n\nThe Maritime Safety Board said it had fined Harlan Shipping Co for late filings. Harlan Shipping Co said it would pay.\n\n'
      + 'In a letter to the Maritime Safety Board, Harlan Shipping Co denied failing to log cargo.\n\nBut it said it would change its procedures.';
    expect(quotesOf(text).at(-1)).toEqual({ kind: 'indirect', text: 'it would change its procedures', speaker: 'Harlan Shipping Co' });
  });
});

describe('"the agency said" after a sentence whose subject is "it"', () => {
  const text = 'Fines\n\nThe Maritime Safety Board said it had fined Harlan Shipping Co.\n\n'
    + 'In its notice, the Maritime Safety Board accused Harlan Shipping Co of failing to log cargo.\n\n'
    + 'But it said it found 35 deposits made with Harlan Shipping Co. The total was 1,062 dlrs, the agency said.';

  it('means the body "it" stood for, not the body named after the verb', () => {
    expect(quotesOf(text).at(-1)).toEqual({ kind: 'indirect', text: 'The total was 1,062 dlrs', speaker: 'Maritime Safety Board' });
  });
});
