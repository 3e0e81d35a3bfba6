import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// "Mr Harlow said ... he told MPs. The chancellor said ...": an office the story never named anyone with, right
// after a speaker it gave no office, is that speaker going on. Invented texts, with texts the rule must leave alone.

const H = 'Budget rules row\n\n';

const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

describe('an office nobody was named with, right after an untitled speaker', () => {
  it('is that speaker going on', () => {
    expect(speakers(`${H}Mr Tom Harlow said it was vital to keep investing in science. Otherwise the country would fall behind, he told MPs. The chancellor said the new rules would force a surplus.`)).toEqual([
      ['it was vital to keep investing in science', 'Tom Harlow'],
      ['Otherwise the country would fall behind', 'Tom Harlow'],
      ['the new rules would force a surplus', 'Tom Harlow'],
    ]);
  });

  it('stays nobody when the sentence names that speaker', () => {
    expect(speakers(`${H}Conservative Ian Fell asked Mr Tom Harlow about the figures and said the statistics office had been leaned on. But the chancellor said Mr Fell was "impugning the integrity" of the office.`).slice(1)).toEqual([
      ['Mr Fell was "impugning the integrity" of the office', null],
      ['impugning the integrity', null],
    ]);
  });

  it('stays nobody inside a later clause', () => {
    expect(speakers(`${H}"We can do more," Mr Tom Harlow said. Navy ships have helped the relief effort and the prime minister has said aid could reach millions.`)[1]).toEqual(
      ['aid could reach millions', null],
    );
  });

  it('stays nobody after a speaker the story gave another office', () => {
    expect(speakers(`${H}Health Secretary Tom Harlow said waiting lists had fallen. The chancellor said the new rules would force a surplus.`)[1]).toEqual(
      ['the new rules would force a surplus', null],
    );
  });
});
