import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// "told X CLAUSE" with no "that": whom the speaker told, then what.

const H = 'Grain talks stall\n\nThe grain talks in Geneva broke up on Friday.\n\n';
const indirect = (body: string): [string, string | null][] => quotesOf(body).filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker]);

describe('the clause after "told" and its listener', () => {
  it('follows a pronoun listener', () => {
    expect(indirect(`${H}Trade envoy Mara Voss told them she had not left the talks.`)).toEqual([['she had not left the talks', 'Mara Voss']]);
  });

  it('opens with a name right after a named listener', () => {
    expect(indirect(`${H}But Mara Voss told Okafor Chile had to settle its debts with the banks first.`)).toEqual([
      ['Chile had to settle its debts with the banks first', 'Mara Voss'],
    ]);
  });

  it('is not a later verb\'s "that" clause', () => {
    expect(indirect(`${H}Mara Voss told Reuters she had no news of a deal, but said that Oslo "would consider" an offer.`)[0]).toEqual(
      ['she had no news of a deal, but said that Oslo "would consider" an offer', 'Mara Voss'],
    );
  });

  it('is nothing when the pronoun takes an infinitive', () => {
    expect(indirect(`${H}Mara Voss told them to leave the hall at once.`)).toEqual([]);
  });
});
