import { describe, expect, it } from 'vitest';
import { extract, quotesOf } from './extraction-helpers.js';
import { isStateName, readsAsBodyName } from '../../src/pipeline/speaking-names.js';

const H = 'Talks stall over tariffs\n\n';

const bodiesOf = (body: string): string[] => extract(body).entities.filter((e) => e.kind === 'organisation').map((e) => e.name);

describe('states that speak', () => {
  it('makes a country opening the sentence as the subject of a speech verb the speaker', () => {
    const quotes = quotesOf(`${H}Norway said it would not lift the quota before the spring. Brazil has insisted the tariff was lawful.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Norway', 'Brazil']);
  });

  it('reads "the US", "The UK" and a capital standing for its government', () => {
    const quotes = quotesOf(`${H}The US says it will let the market set the rate. Canberra said the talks had failed. But the UK said it would wait.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['US', 'Canberra', 'UK']);
  });

  it('carries "it said" on to the country that spoke', () => {
    const quotes = quotesOf(`${H}Chile said the copper levy would stay. It said the decision was final.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Chile', 'Chile']);
  });

  it('takes a one-word body a state owns, and no continent', () => {
    const quotes = quotesOf(`${H}Norway's Vardex said it would cut 300 jobs. But Europe said the euro had risen too far.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Vardex', null]);
  });

  it('does not make a crowd or a person opening a sentence speak through a participle', () => {
    const quotes = quotesOf(`${H}Unions reacted angrily to the plan, arguing that the airline was profitable. Xandro did things on Sunday worthy of a champion, the paper beams, adding that he was the best.`);
    expect(bodiesOf(`${H}Unions reacted angrily to the plan, arguing that the airline was profitable.`)).toEqual([]);
    expect(quotes.map((q) => q.speaker)).not.toContain('Xandro');
  });

  it('leaves people in a place, officials of a country and places after a preposition without a state', () => {
    const quotes = quotesOf(`${H}Farmers in Norway said prices had collapsed. US officials said the talks had stalled. Exporters from Chile say the levy hurts.`);
    expect(quotes.map((q) => q.speaker)).toEqual([null, null, null]);
    expect(bodiesOf(`${H}Farmers in Norway said prices had collapsed. US officials said the talks had stalled.`)).toEqual([]);
  });

  it('does not take a person who bears a place name for a state', () => {
    const quotes = quotesOf(`${H}Team boss Gary Jordan won the appeal. Jordan said he was thrilled with the verdict.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Gary Jordan']);
    // "Georgia said" of a woman named Georgia is left to the people stages, never a state.
    expect(bodiesOf(`${H}Singer Georgia Lane won the award. Georgia said she was thrilled to have won it.`)).toEqual([]);
  });

  it('knows states from districts, surnames and words', () => {
    expect(isStateName('Turkey', 'Exports to Turkey rose.')).toBe(true);
    expect(isStateName('Turkey', 'The turkey was served at noon.')).toBe(false);
    expect(isStateName('Wall Street', '')).toBe(false);
    expect(isStateName('Dallas', '')).toBe(false);
    expect(isStateName('Vexlo', '')).toBe(false);
  });
});

describe('bodies whose names no body noun closes', () => {
  it('takes a name with a place or a people in it that speaks as a body', () => {
    const quotes = quotesOf(`${H}Danish Re said claims would rise this year. "It has been a costly year," said Danish Re. Roads Norway said the bridge would reopen.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Danish Re', 'Danish Re', 'Roads Norway']);
  });

  it('takes a name made of words the article writes in lower case', () => {
    const text = `${H}The charity said every age group had been hurt by the cost of fuel and the loss of aid. Fuel Aid Now said the winter payment was too small.`;
    expect(quotesOf(text).map((q) => q.speaker)).toContain('Fuel Aid Now');
  });

  it('takes such a body opening a sentence before an appositive or a relative clause', () => {
    const quotes = quotesOf(`${H}Colleges Norway, which represents college heads, claimed that the rise was small. Toshihiko Horiuchi, an analyst at a bank, said the yen would fall.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Colleges Norway', 'Toshihiko Horiuchi']);
  });

  it('takes such a body opening a sentence and speaking through a participle', () => {
    const quotes = quotesOf(`${H}Coast Safety Norway urged swimmers to take care, noting that cold water still kills.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Coast Safety Norway']);
  });

  it('finds the source of data or analysis after "according to"', () => {
    const quotes = quotesOf(`${H}Sea temperatures were at a record high in May, according to data from the Nordic Marine Weather Office.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Nordic Marine Weather Office']);
  });

  it('reads "of the" inside a body\'s name after "according to figures from"', () => {
    const quotes = quotesOf(`${H}House prices fell 0.7% in May, according to figures from the Office of the Rural Housing Commissioner.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Office of the Rural Housing Commissioner']);
  });

  it('reads a place before the noun describing a source after "according to"', () => {
    const quotes = quotesOf(`${H}Sales will double by 2008, according to a report published by UK-based research consultancy Ardent. It said prices would fall.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ardent', 'Ardent']);
    expect(quotesOf(`${H}Users upload more content, according to a report by UK think-tank Vellum.`).map((q) => q.speaker)).toEqual(['Vellum']);
  });

  it('keeps a name closing the sentence whole after a body noun', () => {
    const quotes = quotesOf(`${H}Bonuses rose by a third last year, according to analysis by the campaign group Clear Water Now.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Clear Water Now']);
  });

  it('leaves a trade noun opening the sentence out of the name', () => {
    const quotes = quotesOf(`${H}Exports of gold to Norway fell. Miner Norway Gold Fields said it regretted the limit on sales of its mines.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Norway Gold Fields']);
  });

  it('takes the name before a newspaper, magazine or news agency as the outlet that speaks', () => {
    const quotes = quotesOf(`${H}The Courier newspaper said on Tuesday it had been handed a dossier. Fieldwork magazine said the survey was flawed. The Norpress news agency reported that talks had failed. Chile's New Dawn newspaper said the strike was over.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Courier', 'Fieldwork', 'Norpress', 'New Dawn']);
    // A local paper and a national agency name no outlet.
    const unnamed = quotesOf(`${H}A local newspaper said the mayor would resign. The Environment agency said the river was safe. A French newspaper said the talks had failed.`);
    expect(unnamed.map((q) => q.speaker)).toEqual([null, null, null]);
  });

  it('does not make a body of a person the name stages missed', () => {
    expect(readsAsBodyName(['Toshihiko', 'Horiuchi'], 'He said the yen would fall.')).toBe(false);
    // A surname that is also a word ("rice") closing the name is no sign of a body.
    expect(readsAsBodyName(['Condoleezza', 'Rice'], 'The price of rice rose.')).toBe(false);
    expect(readsAsBodyName(['Ten', 'Cate'], 'Ten men were sent off.')).toBe(false);
    expect(readsAsBodyName(['Mr', 'King'], 'The king spoke.')).toBe(false);
    expect(readsAsBodyName(['Swiss', 'Re'], '')).toBe(true);
    expect(readsAsBodyName(['Age', 'Concern'], 'Their concern is the age of the plan.')).toBe(true);
  });

  it('leaves a person who opens a sentence a person', () => {
    const quotes = quotesOf(`${H}Toshihiko Horiuchi said the yen would fall. Anna Lindqvist said Norway would wait.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Toshihiko Horiuchi', 'Anna Lindqvist']);
    expect(bodiesOf(`${H}Toshihiko Horiuchi said the yen would fall.`)).toEqual([]);
  });
});
