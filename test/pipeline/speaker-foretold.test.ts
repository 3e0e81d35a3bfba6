import { describe, expect, it } from 'vitest';
import { extract, quotesOf } from './extraction-helpers.js';

// Speech a story reports ahead of time ('"...," she will argue.') and the office-holder a sentence is about.

const view = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

const PITCH = 'Greens court rural vote\n\nRhona Pell, the Green leader, is to make a pitch for rural voters on Monday.';

describe('a quotation closed by a pronoun and "will" before a speech verb', () => {
  it('is spoken by whom the pronoun means, for any such verb', () => {
    expect(view(`${PITCH} "It sets town against country and leaves farmers behind," she will argue. Ms Pell will also call for tolerance. "Villages still lose their post offices," she will say before turning to banks.`)).toEqual([
      ['It sets town against country and leaves farmers behind,', 'Rhona Pell'],
      ['Villages still lose their post offices,', 'Rhona Pell'],
    ]);
  });

  it('leaves "will" out of the attribution before a clause', () => {
    const result = extract(`${PITCH} She will also say that the party wants to "keep the buses running" in every county.`);
    const pell = result.entities.find((e) => e.name === 'Rhona Pell')?.key;
    expect(result.quotes.map((q) => [q.text, q.speakerText, q.speakerKey])).toEqual([
      ['the party wants to "keep the buses running" in every county', 'She', pell],
      ['keep the buses running', 'She', pell],
    ]);
  });

  it('does not make a speaker of a quotation that only mentions a future speech', () => {
    expect(view(`${PITCH} Critics expect "more of the same" when he will speak.`)).toEqual([['more of the same', null]]);
  });

  it('does not read "will" after a quotation as speech without a pronoun subject', () => {
    expect(view(`${PITCH} "Rural Britain matters," the leaflets will say.`).filter(([, speaker]) => speaker !== null)).toEqual([]);
  });
});

describe('a sentence whose subject is an office one named person holds', () => {
  const CHURCH = 'Archbishop calls for peace\n\nArchbishop Tomas Ekwueme has urged leaders to end the fighting in the delta. He spoke alongside the mayor, Jon Brandt, and Imam Yusuf Okoro on Tuesday.';

  it('points a following pronoun back to that person', () => {
    expect(view(`${CHURCH}\n\nOn Sunday, the Archbishop will lead prayers at the cathedral. "Peace is within reach," he will say.`)).toEqual([
      ['Peace is within reach,', 'Tomas Ekwueme'],
    ]);
  });

  it('works for any office so held', () => {
    expect(view(`${CHURCH}\n\nOn Sunday, the Imam will lead prayers at the mosque. "Peace is within reach," he will say.`)).toEqual([
      ['Peace is within reach,', 'Yusuf Okoro'],
    ]);
  });

  it('does not reach an office nobody was named with', () => {
    expect(view(`${CHURCH}\n\nOn Sunday, the Cardinal will lead prayers at the mosque. "Peace is within reach," he will say.`)[0]?.[1]).not.toBe('Tomas Ekwueme');
  });

  it('does not choose when two people the story named hold that office', () => {
    const opening = 'Bishops unite\n\nBishop Tomas Ekwueme and Bishop Carl Lindqvist have urged leaders to end the fighting. Carl Lindqvist spoke on Monday.\n\n';
    const quote = ' "Peace is within reach," he said.';
    expect(view(`${opening}On Sunday, the Bishop will lead prayers at the cathedral.${quote}`)).toEqual(view(`${opening}On Sunday, the congregation will gather at the cathedral.${quote}`));
  });
});
