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
