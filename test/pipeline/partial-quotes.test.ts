import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

const H = 'Council row over ferry fares\n\n';

describe('a word or two quoted inside a reported clause', () => {
  it('keeps a closing word in the clause and gives it to the speaker as a direct quote', () => {
    const quotes = quotesOf(`${H}Transport chief Arno Velde said he and the mayor would not be distracted by "gossip".`);
    expect(quotes).toEqual([
      { kind: 'indirect', text: 'he and the mayor would not be distracted by "gossip"', speaker: 'Arno Velde' },
      { kind: 'direct', text: 'gossip', speaker: 'Arno Velde' },
    ]);
  });

  it('does the same after "added that" and a pronoun', () => {
    const quotes = quotesOf(`${H}Harbour master Piet Okafor said fares would stay the same this year. He added that he did not like to do "guesswork".`);
    expect(quotes.slice(1)).toEqual([
      { kind: 'indirect', text: 'he did not like to do "guesswork"', speaker: 'Piet Okafor' },
      { kind: 'direct', text: 'guesswork', speaker: 'Piet Okafor' },
    ]);
  });

  it('keeps a three-word phrase closing a long clause inside it', () => {
    const quotes = quotesOf(`${H}Union leader Tomas Brandt said the talks over the winter timetable had collapsed because of "bad faith bargaining".`);
    expect(quotes).toEqual([
      { kind: 'indirect', text: 'the talks over the winter timetable had collapsed because of "bad faith bargaining"', speaker: 'Tomas Brandt' },
      { kind: 'direct', text: 'bad faith bargaining', speaker: 'Tomas Brandt' },
    ]);
  });

  it('gives a single word inside the clause to the speaker', () => {
    const quotes = quotesOf(`${H}Coach Rina Marsh said her players were not "panicking" about their place in the table.`);
    expect(quotes.filter((q) => q.kind === 'direct')).toEqual([{ kind: 'direct', text: 'panicking', speaker: 'Rina Marsh' }]);
  });

  it('leaves a quoted word in the writer\'s own sentence out', () => {
    expect(quotesOf(`${H}The "rescue" timetable was published on Monday and fares rose by a fifth.`)).toEqual([]);
  });

  it('leaves a quoted word before the attribution out of the direct quotes', () => {
    const quotes = quotesOf(`${H}The "rescue" timetable would add three crossings a day, ferry operator Solent Link said.`);
    expect(quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('leaves a quoted title in a reported clause out', () => {
    const quotes = quotesOf(`${H}Captain Yusuf Demir said the film "Jaws" had put him off swimming for good.`);
    expect(quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('a phrase quoted after a verb that characterises someone', () => {
  it('gives "accused X of", "likened X to", "described X as", "called X" and "branded X" to the subject', () => {
    const text = `${H}Opposition leader Karin Dost accused the mayor and his deputy of "squabbling like schoolboys". `
      + 'Green chairman Olaf Brink likened the two men to "self-obsessed schoolboys".\n\n'
      + 'Union boss Tom Reyes called the fare plan "a disgrace". Farm leader Anna Kovic described the offer as "derisory". '
      + 'Mr Reyes dismissed the claims as "nonsense". Ms Kovic branded the mayor "a coward".';
    expect(quotesOf(text)).toEqual([
      { kind: 'direct', text: 'squabbling like schoolboys', speaker: 'Karin Dost' },
      { kind: 'direct', text: 'self-obsessed schoolboys', speaker: 'Olaf Brink' },
      { kind: 'direct', text: 'a disgrace', speaker: 'Tom Reyes' },
      { kind: 'direct', text: 'derisory', speaker: 'Anna Kovic' },
      { kind: 'direct', text: 'nonsense', speaker: 'Tom Reyes' },
      { kind: 'direct', text: 'a coward', speaker: 'Anna Kovic' },
    ]);
  });

  it('gives a word inside the phrase a speech verb governs to its speaker', () => {
    const quotes = quotesOf(`${H}The day before, Piet Marsman, a former minister, warned the broadcaster to steer away from "demonising" the mayor.`);
    expect(quotes).toEqual([{ kind: 'direct', text: 'demonising', speaker: 'Piet Marsman' }]);
  });

  it('reads "who he described as" as the words of the person named before', () => {
    const quotes = quotesOf(`${H}Port chief Jan Holt praised his deputy, Ruud Lee, who he described as "very able".`);
    expect(quotes).toEqual([{ kind: 'direct', text: 'very able', speaker: 'Jan Holt' }]);
  });

  it('leaves labels with nobody speaking out: passives, so-called, dubbed, a thing called', () => {
    const text = `${H}The fare deal was described as "historic" in the local papers. The so-called "ghost fleet" was towed away. `
      + 'A band called "Velvet Hounds" played on the quay. Locals have dubbed the ferry "the slow boat".';
    expect(quotesOf(text)).toEqual([]);
  });

  it('does not take the noun "calls" for the verb', () => {
    expect(quotesOf(`${H}The ferry office handled 900 calls a day and checking tickets was "quite a chore".`)).toEqual([]);
  });
});
