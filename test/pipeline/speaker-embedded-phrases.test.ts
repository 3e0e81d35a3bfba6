import { describe, expect, it } from 'vitest';
import { extract, quotesOf } from './extraction-helpers.js';

// A phrase quoted inside another person's sentence, and adverbs between a pronoun subject and its verb.
// Invented texts, with cases each rule must leave alone.

const H = 'Ferry fares row deepens\n\n';

const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);
const speakerOf = (body: string, text: string): string | null | undefined => quotesOf(body).find((q) => q.text === text)?.speaker;

describe('a phrase quoted inside another person\'s sentence', () => {
  const setting = 'Transport spokesman Orrin Calloway and harbour chief Bastian Merrow clashed over the fares on Friday.';

  it('leaves a following pronoun to the sentence\'s subject', () => {
    const body = `${H}${setting} But Mr Merrow denied Mr Calloway, his long-time critic, said the plans "stink". He also said he was confident the board would "hold the line" when it meets next week.`;
    expect(speakerOf(body, 'stink')).toBe('Orrin Calloway');
    expect(speakerOf(body, 'hold the line')).toBe('Bastian Merrow');
  });

  it('still lets the pronoun reach the phrase\'s speaker when that speaker is the subject', () => {
    const body = `${H}${setting} Mr Calloway said the plans "stink". He also said he was confident the board would "hold the line" when it meets next week.`;
    expect(speakerOf(body, 'hold the line')).toBe('Orrin Calloway');
  });
});

describe('an adverb between a pronoun subject and its verb', () => {
  it('is no part of the subject: "He later contacted ..., saying"', () => {
    const body = `${H}Councillor Fennick Arlow sent the memo by mistake to a local radio station. He later contacted the station saying the memo had been sent in error and that it was all a "silly fuss".`;
    expect(speakers(body)).toEqual([
      ['the memo had been sent in error and that it was all a "silly fuss"', 'Fennick Arlow'],
      ['silly fuss', 'Fennick Arlow'],
    ]);
  });

  it('is no part of a named subject either: the attribution reads "Arlow", not "Arlow later"', () => {
    const result = extract(`${H}Councillor Fennick Arlow sent the memo by mistake. Arlow later contacted the station saying the memo had been sent in error.`);
    expect(result.quotes.map((q) => q.speakerText)).toEqual(['Arlow']);
  });

  it('does not make a speaker where the sentence has no subject but a noun ("The family later contacted ...")', () => {
    const body = `${H}The family later contacted the station saying the memo had been sent in error.`;
    expect(quotesOf(body).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('", they said." closing a clause after a body spoke', () => {
  it('reaches the body that spoke in the sentence before', () => {
    const body = `${H}Harbour police said a scuffle broke out among the crew at about midnight. That led to one of the deckhands falling onto a table of tourists, they said.`;
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['police', 'police']);
  });

  it('stays nobody after an unnamed group or a person', () => {
    expect(quotesOf(`${H}Fund managers said bond yields would rise. Money will flow into equities instead, they said.`).map((q) => q.speaker)).toEqual([null, null]);
    expect(quotesOf(`${H}Captain Elsbeth Tarrant said the crossing would resume on Monday. The ferry will run at half capacity, they said.`).map((q) => q.speaker)).toEqual(['Elsbeth Tarrant', null]);
  });

  it('stays nobody inside a clause ("because they said")', () => {
    expect(quotesOf(`${H}Harbour police said the quay was closed. Ferries were delayed because they said the tide was too low.`).map((q) => q.speaker)).toEqual(['police', null]);
  });
});
