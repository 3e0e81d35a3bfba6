import { describe, expect, it } from 'vitest';
import { extract, quotesOf } from './extraction-helpers.js';

// Bodies as modern copy names them: long official names with lists, "of the", a country's short form,
// and descriptions or kinds of people that must not pass for a body's name.

const bodies = (text: string): string[] => extract(text).entities.filter((e) => e.kind === 'organisation').map((e) => e.name);
const speakerOf = (text: string, words: string): string | null | undefined => quotesOf(text).find((q) => q.text.includes(words))?.speaker;

describe('official names that list subjects', () => {
  it('keeps a list with commas and "and" after a body\'s noun and "for"/"of"', () => {
    const text = 'Badgers\n\nA spokesperson for the Ministry for Forests, Rivers and Coastal Affairs said: "We are funding new surveys."';
    expect(bodies(text)).toEqual(['Ministry for Forests, Rivers and Coastal Affairs']);
    expect(speakerOf(text, 'funding new surveys')).toBe('Ministry for Forests, Rivers and Coastal Affairs');
  });

  it('keeps several words before the "and" of such a name', () => {
    const text = 'Flu\n\nThe vaccine is about 60% effective, according to the Institute for Tropical Medicine and Hygiene.';
    expect(bodies(text)).toEqual(['Institute for Tropical Medicine and Hygiene']);
  });

  it('does not join two subjects when no body\'s noun heads the list', () => {
    expect(bodies('Trade\n\nPrices rose in Harwick, Denby and Lowfold Traders said sales had slowed.')).not.toContain('Harwick, Denby and Lowfold Traders');
  });
});

describe('"of the" inside a body\'s name', () => {
  it('reads through "of the" after a body\'s noun', () => {
    const text = 'Heat\n\nIn a statement, the Office of the Fisheries Inspector said the readings were "a warning".';
    expect(bodies(text)).toEqual(['Office of the Fisheries Inspector']);
    expect(speakerOf(text, 'the readings were')).toBe('Office of the Fisheries Inspector');
  });

  it('does not read a post with "for the" as a body', () => {
    expect(bodies('Families\n\nShadow Secretary of State for the Family Tom Ardley said the plan was late.')).not.toContain('Secretary of State for the Family');
  });
});

describe('a country\'s short form opening a body\'s name', () => {
  it('keeps "US" (not the pronoun) and answers to the name without it', () => {
    const [body] = extract('Rates\n\nRates will stay on hold, according to the US Monetary Review Board.').entities;
    expect(body).toMatchObject({ kind: 'organisation', name: 'US Monetary Review Board', aliases: ['Monetary Review Board'] });
  });

  it('gives a company no short form without the country', () => {
    const [body] = extract('Steel\n\n"Demand is weak," said UK Rolled Metals Ltd.').entities;
    expect(body).toMatchObject({ name: 'UK Rolled Metals Ltd', aliases: [] });
  });
});

describe('a nation\'s government written in lower case', () => {
  it('names the government of the people or place before it', () => {
    const text = 'Ferries\n\nA Welsh government spokesperson said it was "working closely" with the operator.';
    expect(bodies(text)).toEqual(['Welsh government']);
    expect(speakerOf(text, 'working closely')).toBe('Welsh government');
    expect(bodies('Ports\n\nThe Danish government said the harbour would reopen.')).toEqual(['Danish government']);
  });

  it('names no body for a government nobody is named with', () => {
    expect(bodies('Ferries\n\nA government spokesperson said talks were continuing.')).toEqual([]);
  });
});

describe('words that describe a body or its people are no name', () => {
  it('does not make a body of a place joined to a participle', () => {
    expect(bodies('Chips\n\nThe Lyon-based company, which makes sensors, said orders had slowed.')).toEqual([]);
    expect(bodies('Chips\n\nA Texas-headquartered firm said it would hire 200 people.')).toEqual([]);
  });

  it('does not make a body of a body\'s word before its people', () => {
    expect(bodies('Depot\n\nCounty officials have said the depot will remain open.')).toEqual([]);
    expect(bodies('Rail\n\nIndustry representatives said exporters were worried.')).toEqual([]);
    expect(bodies('Rail\n\nPolice officials said nobody was hurt.')).toEqual(['Police']);
  });

  it('does not make a body of a crowd of advocates or delegates', () => {
    expect(bodies('Insulin\n\nAdvocates said the cuts would hurt patients. Delegates said the vote was close.')).toEqual([]);
  });

  it('does not make a body of a bare "Company" opening a list line', () => {
    const text = 'Outlook cut\n\nKey points\nSales fell in the third quarter\nCompany said it awaits export licences\n\nThe company cut its outlook on Tuesday.';
    expect(bodies(text)).not.toContain('Company');
  });
});

describe('the police as a body', () => {
  it('makes "police said" and "according to police" the force speaking', () => {
    const text = 'Arrests\n\nTwo men were arrested over the theft of a lorry, police said on Friday. The lorry was found in a lay-by, according to police.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['police', 'police']);
  });

  it('names the force by the place before it', () => {
    expect(bodies('Arrests\n\nThe men were questioned overnight. North Wessex police said they had been released.')).toEqual(['North Wessex police']);
  });

  it('makes no body of police who do not speak', () => {
    expect(bodies('Arrests\n\nResidents said police arrived within minutes.')).toEqual([]);
  });
});

describe('a festival referred back to', () => {
  it('lets "the festival" and "a spokesperson for the festival" speak for the festival named before', () => {
    const text = 'Tickets\n\nMoorfield Festival director Ola Brandt has defended a rise in ticket prices.\n\nA spokesperson for the festival said it had introduced a payment plan.';
    expect(speakerOf(text, 'payment plan')).toBe('Moorfield Festival');
  });
});

describe('a body named after an opening phrase', () => {
  it('lets the body between "In a statement," and its appositive speak', () => {
    const text = 'Drug prices\n\nIn a statement, the Coalition for Fair Pricing, an industry trade group, said the bill "ignores the real costs" of research.';
    expect(bodies(text)).toEqual(['Coalition for Fair Pricing']);
    expect(speakerOf(text, 'ignores the real costs')).toBe('Coalition for Fair Pricing');
  });

  it('makes no body of the opening adverb or of a person described after it', () => {
    expect(bodies('Jets\n\nSeparately, the largest parcel carrier, Parcelo, said it had ordered ten jets.')).not.toContain('Separately');
    expect(bodies('Drug prices\n\nIn a statement, the mother of one patient, who asked not to be named, said she was relieved.')).toEqual([]);
  });
});
