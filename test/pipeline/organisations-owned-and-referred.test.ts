import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// Bodies named by a brief before a lower-case noun, referred back to by a noun opening the sentence, or introduced
// by a noun for a kind of business.

describe('a department or ministry named by its brief', () => {
  it('credits "the Labor department said" to that department', () => {
    expect(quotesOf('Output\n\nFactory output rose 2 pct in January, the Fisheries department said.')).toEqual([
      { kind: 'indirect', text: 'Factory output rose 2 pct in January', speaker: 'Fisheries department' },
    ]);
  });

  it('credits no body for a department with no name before it', () => {
    expect(quotesOf('Output\n\nFactory output rose 2 pct in January, the department said.')).toEqual([
      { kind: 'indirect', text: 'Factory output rose 2 pct in January', speaker: null },
    ]);
  });
});

describe('"The company, which ..., said"', () => {
  it('credits the company named before', () => {
    const text = 'Chips\n\nVelmora Corp makes memory chips. The company, which just reported a loss, said it will spend 75 mln dlrs on new plants.';
    expect(quotesOf(text)).toEqual([{ kind: 'indirect', text: 'it will spend 75 mln dlrs on new plants', speaker: 'Velmora Corp' }]);
  });
});

describe('a brewer or winemaker introduced by its trade', () => {
  it('lets a one-word name ending like a plural speak as the body', () => {
    const text = 'Stake\n\nAustralian brewer Tollers has bought a stake in a winemaker. Tollers said it was in talks.';
    expect(quotesOf(text)).toEqual([{ kind: 'indirect', text: 'it was in talks', speaker: 'Tollers' }]);
  });
});

describe('a firm named after its founders', () => {
  it('speaks as a body when the lists know it, though it reads like a person', () => {
    expect(quotesOf('Bonds\n\nThe notes pay 7 pct, sole manager Paine Webber said on Monday.')).toEqual([
      { kind: 'indirect', text: 'The notes pay 7 pct', speaker: 'Paine Webber' },
    ]);
  });
});
