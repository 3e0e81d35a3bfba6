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

describe('church offices', () => {
  it('are the cleric the story named with that title', () => {
    expect(speakers(`${H}Money spent on war should go to the poor, Cardinal Ennio Varro has said.\n\nThe cardinal said the coming year should be one of giving. Archbishop Tomas Ruel agreed.\n\nThe archbishop said churches would collect for the cause.`)).toEqual([
      ['Money spent on war should go to the poor', 'Ennio Varro'],
      ['the coming year should be one of giving', 'Ennio Varro'],
      ['churches would collect for the cause', 'Tomas Ruel'],
    ]);
  });

  it('stay nobody when no one was named with the title', () => {
    expect(speakers(`${H}Ennio Varro, a lay preacher, spoke first.\n\nThe bishop said churches would collect for the cause.`)).toEqual([
      ['churches would collect for the cause', null],
    ]);
  });
});
