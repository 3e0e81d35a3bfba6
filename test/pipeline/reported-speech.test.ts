import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

const H = 'Headline about a harbour\n\n';

describe('indirect quotes: clause openers', () => {
  it('skips a month or year adjunct before the clause', () => {
    const quotes = quotesOf(`${H}Harbour master Colm Reilly said in March that the pier would reopen before summer.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'the pier would reopen before summer', speaker: 'Colm Reilly' }]);
  });

  it('accepts a preposition opening a clause after an explicit "that"', () => {
    const quotes = quotesOf(`${H}Skipper Ines Barros said that in most years the catch was far larger.`);
    expect(quotes.map((q) => q.text)).toEqual(['in most years the catch was far larger']);
  });

  it('accepts a fronted adverbial with its own subject after the comma', () => {
    const quotes = quotesOf(`${H}Dock worker Tariq Mansoor said by the time the ferry arrived, it was already too late.`);
    expect(quotes.map((q) => q.text)).toEqual(['by the time the ferry arrived, it was already too late']);
  });

  it('still rejects "said on" and "said more than" that open no clause', () => {
    expect(quotesOf(`${H}Colm Reilly said on the radio there was nothing more to add.`)).toEqual([]);
    expect(quotesOf(`${H}Colm Reilly said more than he meant to say.`)).toEqual([]);
  });

  it('takes "more people ..." as a clause when a verb follows', () => {
    const quotes = quotesOf(`${H}The Port Authority said more boats went out this winter than last.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'more boats went out this winter than last', speaker: 'Port Authority' }]);
  });

  it('reads "revealed that" as reported speech', () => {
    const quotes = quotesOf(`${H}Coach Dara Quinlan revealed that two players had been injured in training.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'two players had been injured in training', speaker: 'Dara Quinlan' }]);
  });
});

describe('indirect quotes: participles after a comma', () => {
  it('gives "..., saying ..." to the subject of the main clause', () => {
    const quotes = quotesOf(`${H}Mr Reilly sued the council in 2003, claiming he had designed the new pier himself.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'he had designed the new pier himself', speaker: 'Reilly' }]);
  });

  it('leaves an unnamed subject without a speaker', () => {
    const quotes = quotesOf(`${H}A port spokesman declined to comment, saying it was up to the minister to decide.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'it was up to the minister to decide', speaker: null }]);
  });

  it('ignores participles that are not after a comma', () => {
    expect(quotesOf(`${H}Nobody was saying much in the harbour bar that night.`)).toEqual([]);
  });
});

describe('partial quotes ending a clause', () => {
  it('keeps a short quoted phrase in a clause that needs it, and gives the phrase too', () => {
    const quotes = quotesOf(`${H}Minister Aroha Tane said the new harbour wall had been "painfully slow to build".`);
    expect(quotes).toEqual([
      { kind: 'indirect', text: 'the new harbour wall had been "painfully slow to build"', speaker: 'Aroha Tane' },
      { kind: 'direct', text: 'painfully slow to build', speaker: 'Aroha Tane' },
    ]);
  });

  it('ends a clause that already says most of it before a short closing phrase', () => {
    const quotes = quotesOf(`${H}Minister Aroha Tane said the fleet would be rebuilt over the winter and that crews could soon "fish the banks without fear".`);
    expect(quotes).toEqual([
      { kind: 'indirect', text: 'the fleet would be rebuilt over the winter and that crews could soon', speaker: 'Aroha Tane' },
      { kind: 'direct', text: 'fish the banks without fear', speaker: 'Aroha Tane' },
    ]);
  });

  it('ends the clause before a long quotation that closes it', () => {
    const quotes = quotesOf(`${H}Minister Aroha Tane said the fleet would be rebuilt in the north before the fishing season opened "because the boats are old and the crews are tired."`);
    expect(quotes).toEqual([
      { kind: 'indirect', text: 'the fleet would be rebuilt in the north before the fishing season opened', speaker: 'Aroha Tane' },
      { kind: 'direct', text: 'because the boats are old and the crews are tired.', speaker: 'Aroha Tane' },
    ]);
  });

  it('keeps a two-word quotation inside reported speech as a direct quote', () => {
    const quotes = quotesOf(`${H}Aroha Tane said the talks would stop unless the owners brought "firm offers" to the table.`);
    expect(quotes.filter((q) => q.kind === 'direct')).toEqual([{ kind: 'direct', text: 'firm offers', speaker: 'Aroha Tane' }]);
  });

  it('still drops two-word scare quotes with no speech nearby', () => {
    expect(quotesOf(`${H}The so-called "ghost boats" were towed away in the night.`)).toEqual([]);
  });
});

describe('a clause followed by "and said:" and a quotation', () => {
  it('ends the clause before the second verb and gives both to the body "it" stands for', () => {
    const text = `${H}Harbour Trust Ltd said the pier would reopen in May. Repairs were paid for by a local appeal that raised more than enough money for the work, and the trust thanked every donor who gave. The money came from hundreds of small gifts made over two long winters by people from all over the county and far beyond it. It added that fees would stay the same next year, and said: "Nobody will pay more to walk on the pier."`;
    const quotes = quotesOf(text);
    expect(quotes.slice(1)).toEqual([
      { kind: 'indirect', text: 'fees would stay the same next year', speaker: 'Harbour Trust Ltd' },
      { kind: 'direct', text: 'Nobody will pay more to walk on the pier.', speaker: 'Harbour Trust Ltd' },
    ]);
  });

  it('does not give "it said" to a body that spoke far earlier', () => {
    const filler = 'The weather stayed dry and boats went out every morning. '.repeat(20);
    const quotes = quotesOf(`${H}Harbour Trust Ltd said the pier would reopen in May.\n\n${filler}\n\nIt said the fees were fair.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Harbour Trust Ltd', null]);
  });
});
