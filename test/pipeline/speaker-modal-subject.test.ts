import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// Who a pronoun or a description means when the sentence just before names someone else only after its verb,
// or names nobody at all. Invented texts, each with a text the rule must leave alone.

const H = 'Open round-up\n\n';

const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

describe('a sentence opened by "She will" or "He can"', () => {
  it('is about whoever the pronoun means, not the person named after the modal', () => {
    expect(speakers(`${H}Maria Kolarova reached the fourth round on Monday. After a slow start, Kolarova won in 50 minutes. She will now meet Petra Valdez. "I am ready for it," said the 22-year-old.`)).toEqual([
      ['I am ready for it,', 'Maria Kolarova'],
    ]);
  });

  it('still lets the person the sentence opens with speak', () => {
    expect(speakers(`${H}Maria Kolarova reached the fourth round on Monday. Petra Valdez will now meet her. "I am ready for it," said the 22-year-old.`)).toEqual([
      ['I am ready for it,', 'Petra Valdez'],
    ]);
  });
});

describe('"he added" after a clause that closes with a quoted phrase', () => {
  it('does not mean the person the clause names before the phrase', () => {
    const found = speakers(`Party row\n\nHousing minister Daniel Okafor has warned that Green voters are drifting. If Green voters stay at home in city seats they could see rival leader Martin Voss "walking straight into the mayor's office", he added.`);
    expect(found.at(-1)).toEqual(["walking straight into the mayor's office", 'Daniel Okafor']);
  });

  it('leaves a quotation opening the next sentence to the person named before it', () => {
    expect(speakers(`Party row\n\nHousing minister Daniel Okafor spoke first. Rival leader Martin Voss called the plan "a stunt" on Monday. "we will fight on," he said.`).at(-1)).toEqual(['we will fight on,', 'Martin Voss']);
  });

  it('leaves the phrase to a person the clause has speak', () => {
    expect(speakers(`Cup row\n\nCoach Rafael Ortiz left striker Pavel Horak on the bench. And although Horak insisted leaving was "not on my mind", he admitted "anything can happen".`).at(-1)).toEqual(['anything can happen', 'Pavel Horak']);
  });
});
