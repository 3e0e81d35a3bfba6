import { describe, expect, it } from 'vitest';
import { expectOnlyQuotes, quotesOf } from './extraction-helpers.js';

const H = 'Headline about a dam\n\n';

describe('findQuotes: direct quotes', () => {
  it('attributes "..., X said" and "X said: ..." with straight and curly marks', () => {
    expectOnlyQuotes(`${H}"The water is rising fast," Amara Nwosu said.\n\nNwosu said: “We will open the gates tonight.”`, [
      { kind: 'direct', text: 'The water is rising fast,', speaker: 'Amara Nwosu' },
      { kind: 'direct', text: 'We will open the gates tonight.', speaker: 'Amara Nwosu' },
    ]);
  });

  it('handles inverted attribution, appositives and said-after-name forms', () => {
    expectOnlyQuotes(`${H}"We saw it coming," said Pedro Alves, a farmer.\n\nLuisa Ferro, a hydrologist, said: "The models were right."`, [
      { kind: 'direct', text: 'We saw it coming,', speaker: 'Pedro Alves' },
      { kind: 'direct', text: 'The models were right.', speaker: 'Luisa Ferro' },
    ]);
  });

  it('carries the speaker across a quote split by its attribution and into a following quote paragraph', () => {
    const quotes = quotesOf(`${H}"We are ready," Mayor Ines Duarte said. "Nobody will be left behind."\n\n"The buses leave at six."`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ines Duarte', 'Ines Duarte', 'Ines Duarte']);
  });

  it('joins a quote that runs over paragraphs', () => {
    const quotes = quotesOf(`${H}Engineer Tomas Vidal said: "The wall held.\n\n"But it will not hold twice."`);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('The wall held.\n\n"But it will not hold twice.');
    expect(quotes[0].speaker).toBe('Tomas Vidal');
  });

  it('resolves pronouns to the person named just before', () => {
    const quotes = quotesOf(`${H}The warning came from Interior Minister Kaveh Jafari. "Leave now," he told residents.`);
    expect(quotes).toEqual([{ kind: 'direct', text: 'Leave now,', speaker: 'Kaveh Jafari' }]);
  });

  it('resolves "X was quoted as saying by" and "Agency quoted X as saying"', () => {
    const quotes = quotesOf(`${H}"Talks are over," Oleg Petrenko was quoted as saying by the Ukrinform agency.\n\n"We will sue," Ukrinform quoted lawyer Dana Kovac as saying.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Oleg Petrenko', 'Dana Kovac']);
  });

  it('keeps a partial quote inside a sentence and the reported clause around it', () => {
    const quotes = quotesOf(`${H}Engineer Tomas Vidal said the council had to "act before the rains come" as he left the meeting.`);
    expect(quotes).toEqual([
      { kind: 'indirect', text: 'the council had to "act before the rains come"', speaker: 'Tomas Vidal' },
      { kind: 'direct', text: 'act before the rains come', speaker: 'Tomas Vidal' },
    ]);
  });

  it('reads single-quoted quotes in a headline, not apostrophes', () => {
    const quotes = quotesOf('Minister Kaveh Jafari says ‘no choice’ but to open dam\n\nThe dam’s gates and the town’s walls held.');
    expect(quotes.map((q) => q.text)).toEqual(['no choice']);
    expect(quotes[0].speaker).toBe('Kaveh Jafari');
  });

  it('drops scare quotes and titles that are not speech', () => {
    const quotes = quotesOf(`${H}The so-called "safe zone" was flooded. Residents watched "The Long Night" on television.`);
    expect(quotes).toEqual([]);
  });

  it('never swallows the rest of the article after an unbalanced mark', () => {
    const quotes = quotesOf(`${H}He said "the gates were open.\n\nThe next paragraph is plain narration by the reporter.\n\nSo is this one.`);
    expect(quotes.every((q) => !q.text.includes('plain narration'))).toBe(true);
  });

  it('gives null when nobody is named', () => {
    const quotes = quotesOf(`${H}"It is the worst flood in decades," one engineer said.\n\n"Prices will rise," analysts said.`);
    expect(quotes.map((q) => q.speaker)).toEqual([null, null]);
  });

  it('makes an organisation speak', () => {
    const quotes = quotesOf(`${H}Brightwater Holdings owns the dam. "Safety is our priority," the company said in a statement.`);
    expect(quotes).toEqual([{ kind: 'direct', text: 'Safety is our priority,', speaker: 'Brightwater Holdings' }]);
  });
});

describe('findQuotes: indirect quotes', () => {
  it('takes the reported clause after said, said on a day, told ... that, warned that and according to', () => {
    const body = `${H}Amara Nwosu said on Tuesday that the reservoir was full. Luisa Ferro told a council meeting on Monday that repairs would take a year. Ferro warned the cost could double. Repairs will be slow, according to Pedro Alves.`;
    expect(quotesOf(body)).toEqual([
      { kind: 'indirect', text: 'the reservoir was full', speaker: 'Amara Nwosu' },
      { kind: 'indirect', text: 'repairs would take a year', speaker: 'Luisa Ferro' },
      { kind: 'indirect', text: 'the cost could double', speaker: 'Luisa Ferro' },
      { kind: 'indirect', text: 'Repairs will be slow', speaker: 'Pedro Alves' },
    ]);
  });

  it('drops the writer\'s adjunct after the clause', () => {
    const quotes = quotesOf(`${H}Prime Minister Hana Sato said she would not resign, in a blow to opposition hopes of an early vote.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'she would not resign', speaker: 'Hana Sato' }]);
  });

  it('reads a clause reported before a closing attribution', () => {
    const quotes = quotesOf(`${H}The dam was inspected twice last year, officials said.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'The dam was inspected twice last year', speaker: null }]);
  });

  it('resolves a role to the person the article names in it, and an unnamed aide to the aide named next', () => {
    const body = `${H}Water Minister Rui Costa visited the site. The minister said the town was safe.\n\nA ministry aide said evacuations had ended. "Everyone is home," ministry aide Joana Reis told reporters.`;
    const quotes = quotesOf(body);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['the town was safe', 'Rui Costa'],
      ['evacuations had ended', 'Joana Reis'],
      ['Everyone is home,', 'Joana Reis'],
    ]);
  });

  it('names the person a lead refers to by role before naming them', () => {
    const body = `${H}The country's finance chief on Monday said she saw no need for new taxes, in a blow to unions.\n\nBudgets were tight.\n\n"We will manage," Elena Marsh told reporters.`;
    expect(quotesOf(body)[0]).toEqual({ kind: 'indirect', text: 'she saw no need for new taxes', speaker: 'Elena Marsh' });
  });

  it('does not read "confirmed the deal" or "has not yet announced when" as reported speech', () => {
    expect(quotesOf(`${H}Acme Corp confirmed the deal on Friday. Acme Corp has not yet announced when the plant will open.`)).toEqual([]);
  });

  it('ends a clause reported in a relative clause at its comma and finds the subject of "but said"', () => {
    const body = `${H}Coach Dana Whitfield, who said the team was tired, left early. Defender Ola Brandt is injured but said he would play on Sunday.`;
    expect(quotesOf(body)).toEqual([
      { kind: 'indirect', text: 'the team was tired', speaker: 'Dana Whitfield' },
      { kind: 'indirect', text: 'he would play on Sunday', speaker: 'Ola Brandt' },
    ]);
  });

  it('reads "the striker said" as the player the story is about when nobody else holds that role', () => {
    const quotes = quotesOf(`${H}Striker Tomas Abbey was injured on Saturday. "I am fine," the striker said.`);
    expect(quotes).toEqual([{ kind: 'direct', text: 'I am fine,', speaker: 'Tomas Abbey' }]);
  });

  it('lets a role named after a source speak and reads an unclosed appositive', () => {
    const quotes = quotesOf(`${H}Prime Minister Hana Sato spoke first. According to Mr Okoro the prime minister said: "We stay."\n\n"Voice is key," Eric Abensur, Wanadoo's chief executive told the website.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Hana Sato', 'Eric Abensur']);
  });

  it('drops a caption quote that only repeats words the body quotes', () => {
    const body = 'Dam holds\n\nEngineer Luisa Ferro: “The wall held.” Photograph: Ana Lima/Reuters\n\n"The wall held. We were lucky," Engineer Luisa Ferro said.';
    expect(quotesOf(body).map((q) => q.text)).toEqual(['The wall held. We were lucky,']);
  });
});
