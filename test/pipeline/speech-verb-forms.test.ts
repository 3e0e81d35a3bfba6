import { describe, expect, it } from 'vitest';
import { QUOTE_CUES } from '../../src/pipeline/lexicon/speech-verbs.js';
import { quotesOf } from './extraction-helpers.js';

// The written forms of the speech verbs: a misspelt past tense ("admited") is a cue that never matches.

const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

describe('speech verbs whose final consonant doubles', () => {
  it('are written as the past tense really is', () => {
    expect(QUOTE_CUES.has('admitted')).toBe(true);
    expect(QUOTE_CUES.has('blogged')).toBe(true);
    expect(QUOTE_CUES.has('admited')).toBe(false);
  });

  it('attribute a quotation: "..., admitted Jane Doe"', () => {
    expect(speakers(`Indoor sprint title\n\nOrla Penhale won the 60m title on Sunday.\n\n"It was a close race," admitted Penhale.`)).toEqual([
      ['It was a close race,', 'Orla Penhale'],
    ]);
  });

  it('do not make a cue of a hospital admission', () => {
    expect(speakers(`Indoor sprint title\n\nOrla Penhale was admitted to hospital after the "close race" on Sunday.`)).toEqual([]);
  });
});
