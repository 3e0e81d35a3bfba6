import { describe, expect, it } from 'vitest';
import { parseAnatomy } from '../../src/pipeline/anatomy.js';
import { splitSentences } from '../../src/pipeline/sentences.js';
import { quotesOf } from './extraction-helpers.js';

const H = 'Harbour board approves new ferry terminal\n\n';

function split(body: string): string[] {
  const anatomy = parseAnatomy(body, {});
  return splitSentences({ text: anatomy.text, referenceDate: null }, anatomy).map((s) => s.text);
}

describe('sentences around quotation marks', () => {
  it('splits after a quote that reopens for a second sentence, not at the end of the paragraph', () => {
    expect(split(`${H}Ona Veskari said: "The pier is too short. "We need forty more metres." The board voted on it. A rival called it "a waste".`)).toEqual([
      'Harbour board approves new ferry terminal',
      'Ona Veskari said: "The pier is too short. "We need forty more metres."',
      'The board voted on it.',
      'A rival called it "a waste".',
    ]);
  });

  it('still splits at full stops after a stray mark that never closes', () => {
    expect(split(`${H}The sign read "closed. Nobody came. The ferry left.`)).toEqual([
      'Harbour board approves new ferry terminal',
      'The sign read "closed.',
      'Nobody came.',
      'The ferry left.',
    ]);
  });
});

describe('unattributed quotes', () => {
  it('continue the speaker of the sentence just before, not an earlier quote in the paragraph', () => {
    const quotes = quotesOf(`${H}"We are ready," said pilot Ruben Okoro. Harbour master Lise Brandt warned that the channel was silting up. "Ships will run aground by spring."`);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We are ready,', 'Ruben Okoro'],
      ['the channel was silting up', 'Lise Brandt'],
      ['Ships will run aground by spring.', 'Lise Brandt'],
    ]);
  });

  it('stay with the last quoted speaker when the sentence before quotes nobody', () => {
    const quotes = quotesOf(`${H}"We are ready," said pilot Ruben Okoro. The ferry was late again. "Nobody will be left behind."`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ruben Okoro', 'Ruben Okoro']);
  });
});
