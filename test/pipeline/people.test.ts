import { describe, expect, it } from 'vitest';
import { extract, peopleOf } from './extraction-helpers.js';

describe('findEntities', () => {
  it('splits titles off as roles and joins surname mentions to the full name', () => {
    const body = 'Port deal signed\n\nNorwegian Trade Minister Ingrid Solberg met Dr Amara Nwosu in Oslo. Solberg said the deal was fair. Later, Ms Solberg and Dr Nwosu signed it.';
    const { entities } = extract(body);
    const solberg = entities.find((e) => e.name === 'Ingrid Solberg');
    expect(solberg?.roles).toContain('trade minister');
    expect(solberg?.aliases).toEqual(expect.arrayContaining(['Solberg', 'Ms Solberg']));
    expect(solberg?.mentions).toHaveLength(3);
    const nwosu = entities.find((e) => e.name === 'Amara Nwosu');
    expect(nwosu?.aliases).toEqual(expect.arrayContaining(['Dr Amara Nwosu', 'Dr Nwosu']));
    expect(entities.filter((e) => e.kind === 'person')).toHaveLength(2);
  });

  it('strips possessives and keeps the fullest form as the name', () => {
    expect(peopleOf('Vote looms\n\nSenator Paula Mendes\'s bill passed. Mendes’s aides cheered.')).toEqual(['Paula Mendes']);
  });

  it('keeps two people who share a surname apart', () => {
    const names = peopleOf('Family firm\n\nDavid Koenig founded the firm. His daughter Sarah Koenig runs it now. Koenig said little.');
    expect(names).toEqual(['David Koenig', 'Sarah Koenig']);
  });

  it('does not take organisations, places, days or months for people', () => {
    const body = 'Inquiry widens\n\nThe FBI, NATO and the Federal Security Service were named on Monday. Capitol Hill investigators met in Washington in March. The Democratic Party and Islamic State were also mentioned, Interfax and TASS reported.';
    expect(peopleOf(body)).toEqual([]);
  });

  it('marks byline and credit names as journalists', () => {
    const body = 'Dam plan approved\n\nBy Kofi Mensah\n\nACCRA (Reuters) - The cabinet approved the plan, minister Ama Boateng said.\n\n(Editing by Clara Voss)';
    const { entities } = extract(body);
    expect(entities.filter((e) => e.journalist).map((e) => e.name)).toEqual(['Kofi Mensah', 'Clara Voss']);
    expect(entities.find((e) => e.name === 'Ama Boateng')?.journalist).toBe(false);
  });

  it('accepts unknown given names when context says a person speaks', () => {
    expect(peopleOf('Cafe closes\n\n"It is a sad day," said Tarquin Oyelaran-Buckle, the owner.')).toEqual(['Tarquin Oyelaran-Buckle']);
  });

  it('adds an organisation only when it speaks', () => {
    const { entities } = extract('Profit warning\n\nBrightwater Holdings cut its forecast. The company said demand had slowed sharply.');
    expect(entities.filter((e) => e.kind === 'organisation').map((e) => e.name)).toEqual(['Brightwater Holdings']);
    const silent = extract('Profit warning\n\nBrightwater Holdings cut its forecast on Tuesday.');
    expect(silent.entities).toEqual([]);
  });

  it('never lists one person twice', () => {
    const { entities } = extract('Coach sacked\n\nCoach Marta Lindqvist left. Lindqvist, 52, had led the team. Ms Lindqvist thanked fans. Marta Lindqvist will be replaced.');
    expect(entities.map((e) => e.name)).toEqual(['Marta Lindqvist']);
  });

  it('splits hyphenated and plural titles off the name', () => {
    const body = 'Cabinet shuffle\n\nAllies of the mayor such as Vice-President Tomasz Wren and Co-Founder Imelda Strauss, backed the plan. Princes Olaf and Harald watched.';
    const { entities } = extract(body);
    expect(entities.map((e) => e.name)).toEqual(['Tomasz Wren', 'Imelda Strauss']);
    expect(entities[0].roles).toContain('vice-president');
  });

  it('takes an uncued name as a person only when the article titles its surname elsewhere', () => {
    const body = 'New hosts\n\nThe station named Quorra Vantellen as host. Tavish Ferrand and Kestrel Logistics are partners. Ms Vantellen starts in May. Kestrel Logistics will fund it.';
    expect(peopleOf(body)).toEqual(['Quorra Vantellen']);
  });

  it('does not take a sentence-opening word or a body after "of" for a person', () => {
    const body = 'Campaign trail\n\nVote Hallam was painted on walls. Mr Hallam smiled. He is chairman of Ferris Dane and wants more members.';
    expect(peopleOf(body)).toEqual(['Hallam']);
  });

  it('takes an uncued name as a person when its surname speaks or carries an age elsewhere', () => {
    const body = 'Tribute night\n\nThe band, led by Quorra Dunmere, played first. "We owe them everything," said Dunmere, 53. Vellon Works sponsored the night.';
    expect(peopleOf(body)).toEqual(['Quorra Dunmere']);
  });

  it('reads a title after a comma as a person cue and stops a name before a place possessive', () => {
    const body = 'Lira reform\n\n"It was funny money," Tevrin Oskarov, chief economist at a bank, told reporters. The premier told visiting envoy Quillan Marsh Peru\'s debts were paid.';
    expect(peopleOf(body)).toEqual(['Tevrin Oskarov', 'Quillan Marsh']);
  });

  it('reads a nationality word after a lower-case title as a given name', () => {
    expect(peopleOf('Tax row\n\nEconomy minister German Vostrikov told a newspaper the tax was wrong. The German economy minister Ilya Brams agreed.')).toEqual(['German Vostrikov', 'Ilya Brams']);
  });

  it('takes the holder after a title that ends in a body, and no body after "of the" for a person', () => {
    const body = 'Budget day\n\nChancellor of the Exchequer Gordon Brenn spoke first. David Frostell, director general of the British Chambers of Commerce, warned of cuts. The head of the North American office agreed.';
    expect(peopleOf(body)).toEqual(['Gordon Brenn', 'David Frostell']);
  });

  it('joins a surname mention to a full name ending in a generational suffix', () => {
    const { entities } = extract('Film row\n\nProducer Charles Evanson Jr sued the studio. Mr Evanson said he was owed money.');
    expect(entities.map((e) => [e.name, e.aliases])).toEqual([['Charles Evanson Jr', ['Mr Evanson', 'Evanson']]]);
  });
});
