import { describe, expect, it } from 'vitest';
import { extract, peopleOf } from './extraction-helpers.js';

// A royal named by one name and a realm ("Princess Ilse of Norway") is one person under both; a founder's name the
// article writes opening a firm's name ("Harold Vance Asset Management Inc") is the firm's short form when it speaks.

describe('royals named by their realm', () => {
  it('keeps the realm after a royal title with the one name, and joins the name alone to it', () => {
    const text = 'Visit\n\nPrincess Ilse of Norway, the daughter of ex-King Olav of Norway, opened the hall. Ilse later toured the city. Norway sent a minister.';
    expect(peopleOf(text)).toEqual(['Ilse of Norway', 'Olav of Norway']);
  });

  it('leaves a royal with no realm, or one written before a possessive, as the one name', () => {
    expect(peopleOf("Visit\n\nPrince Tomas opened the hall. King Olav's visit of Norway was short.")).toEqual(['Tomas', 'Olav']);
  });
});

describe("a founder's name opening a firm's", () => {
  it('makes the short form a body that speaks, not a person', () => {
    const { entities } = extract('Stake\n\nNEW YORK, March 2 - Harold Vance Asset Management Inc raised its stake in Dorn Tools Corp. Harold Vance said it bought the shares for clients.');
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual([]);
    expect(entities.filter((e) => e.kind === 'organisation').map((e) => e.name)).toContain('Harold Vance');
  });

  it('keeps a person whose name no firm name opens', () => {
    expect(peopleOf('Stake\n\nHarold Vance said he bought shares in Dorn Tools Corp for his clients.')).toEqual(['Harold Vance']);
  });
});
