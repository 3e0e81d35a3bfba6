import { describe, expect, it } from 'vitest';
import { extract, peopleOf, quotesOf } from './extraction-helpers.js';

// People named in ways the given-name lists and title rules miss, and names that look like people but are not.

describe('surnames that are also place or body words', () => {
  it('reads a place word after a given name as a surname when a role follows in apposition', () => {
    expect(peopleOf('Appeal\n\nGreg Marsh, a spokesman for the firm, said it would appeal. Greg Lake hosted.')).toEqual(['Greg Marsh']);
  });
});

describe('players named by one word', () => {
  it('takes a one-word subject opening its sentence before a score in sets as a player', () => {
    expect(peopleOf('Open\n\nKovalenka came through 7-5 5-7 6-4 in the heat.')).toEqual(['Kovalenka']);
  });

  it('takes a one-word name given a seeding or a trade in apposition as a person', () => {
    expect(peopleOf('Open\n\nBrankova, the third seed, now plays on Tuesday.')).toEqual(['Brankova']);
  });

  it('does not take a word inside a clause, or one before a role noun, as the player', () => {
    expect(peopleOf('Open\n\nShe reached a Grand Slam event when she beat unseeded Ann Lee 6-3 6-2. Ninth seed Ana Ruiz won 6-1 6-0.')).toEqual(['Ann Lee', 'Ana Ruiz']);
  });
});

describe('one person, not two', () => {
  it('joins a full name in the plural to the person', () => {
    expect(peopleOf('Stars\n\nWayne Cotter scored twice. "We cannot all be Wayne Cotters," said Jaap Brink.')).toEqual(['Wayne Cotter', 'Jaap Brink']);
  });

  it("joins a peer's title to the personal name whose surname opens it, keeping the personal name", () => {
    const { entities } = extract('Lords\n\nFormer leader Neil Penrose took his seat as Baron Penrose of Bedwell. Lord Penrose said he was proud.');
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Neil Penrose']);
  });
});

describe('names that are no person there', () => {
  it('takes no club at home or away in a fixture for a person', () => {
    expect(peopleOf('Cup\n\nThe side play at home to Vardo Kessling on Tuesday and away to Real Tarvis next week.')).toEqual([]);
  });

  it("takes a maker's name on goods for a brand", () => {
    expect(peopleOf('Burglary\n\nThieves took a Pierre Varenne watch and a Lucia Montez dress.')).toEqual([]);
  });

  it("keeps a player whose name qualifies a goal or a penalty", () => {
    expect(peopleOf('Match\n\nIreland drew level with a Ronan Keogh penalty.')).toEqual(['Ronan Keogh']);
  });
});

describe('a stock code between a body and its spokesman', () => {
  it('credits the body before the bracketed code', () => {
    expect(quotesOf('Chips\n\n"Prices will rise," a Tarkon Ltd <TRK.T> spokesman said.')).toEqual([{ kind: 'direct', text: 'Prices will rise,', speaker: 'Tarkon Ltd' }]);
  });
});
