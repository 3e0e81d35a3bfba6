import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

const H = 'Headline about a reservoir\n\n';

describe('a bare role noun as speaker', () => {
  it('stays unresolved when nobody is named in that role, even if a rival speaks later', () => {
    const body = `${H}Greta Lindqvist has attacked the cost of the new dam.\n\nThe Green leader said the county had spent far too much on concrete.\n\nFarmer Piet Olsen said the water was badly needed.\n\nMarsh campaigner Ole Brandt said the valley would be lost.`;
    const quotes = quotesOf(body);
    expect(quotes[0]).toEqual({ kind: 'indirect', text: 'the county had spent far too much on concrete', speaker: null });
  });

  it('resolves to the person named with that role', () => {
    const body = `${H}Green leader Greta Lindqvist toured the dam site.\n\nThe leader said the county had spent far too much on concrete.\n\nFarmer Piet Olsen said the water was badly needed.`;
    expect(quotesOf(body)[0].speaker).toBe('Greta Lindqvist');
  });
});

describe('an organisation named before a spokesperson', () => {
  it('keeps lowercase connectors between capitalised words', () => {
    const quotes = quotesOf(`${H}"We are thrilled," a Friends of the Valley spokeswoman said. A Bank of Norland spokesman said rates would stay high.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Friends of the Valley', 'Bank of Norland']);
  });

  it('does not join a place and a body across a bare "the"', () => {
    const quotes = quotesOf(`${H}In Bergen the Fjordline spokesman said the ferry was late.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'the ferry was late', speaker: 'Fjordline' }]);
  });
});

describe('short quoted labels', () => {
  it('gives a phrase after "likened ... to" to the subject, and drops one after "dubbed" or "so-called"', () => {
    expect(quotesOf(`${H}Engineer Lars Dahl likened the repair to a "giant wooden jigsaw puzzle". "It took us weeks of work," he said.`)).toEqual([
      { kind: 'direct', text: 'giant wooden jigsaw puzzle', speaker: 'Lars Dahl' },
      { kind: 'direct', text: 'It took us weeks of work,', speaker: 'Lars Dahl' },
    ]);
    expect(quotesOf(`${H}The plan, dubbed "Operation Wet Feet", was shelved. The so-called "green wall" leaks.`)).toEqual([]);
  });

  it('keeps a short quote governed by a speech verb', () => {
    expect(quotesOf(`${H}Engineer Lars Dahl said the repair was "a giant jigsaw puzzle".`)).toContainEqual({ kind: 'direct', text: 'a giant jigsaw puzzle', speaker: 'Lars Dahl' });
  });
});

describe('a reported clause and a semicolon', () => {
  it('ends at a semicolon opening a rival clause with its own speech verb', () => {
    const quotes = quotesOf(`${H}Nordvik Ltd says Baltic Corp must pay for the damaged line; Baltic Corp insists the storm was to blame.`);
    expect(quotes).toEqual([
      { kind: 'indirect', text: 'Baltic Corp must pay for the damaged line', speaker: 'Nordvik Ltd' },
      { kind: 'indirect', text: 'the storm was to blame', speaker: 'Baltic Corp' },
    ]);
  });

  it('runs on across a semicolon without a speech verb after it', () => {
    const quotes = quotesOf(`${H}Farmer Piet Olsen said the barley was ruined; the oats had survived the flood.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'the barley was ruined; the oats had survived the flood', speaker: 'Piet Olsen' }]);
  });
});

describe('members of a body as speaker', () => {
  it('resolves "the remaining members of X, who ..., said" to X', () => {
    const quotes = quotesOf(`${H}The remaining members of Zorvak, who are known for loud shows, said they hoped the singer would return.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'they hoped the singer would return', speaker: 'Zorvak' }]);
  });

  it('does not make a body of the crowd it is named after', () => {
    const quotes = quotesOf(`${H}Fans of Zorvak, who met on Friday, said they were sad about the split.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'they were sad about the split', speaker: null }]);
  });
});

describe('"the central bank" after the bank was named by its owner', () => {
  it('resolves to the owned body with the same words, past another body named since', () => {
    const quotes = quotesOf(`${H}Norland's central bank raised rates on Monday. Fjordline Ltd said its ferry profits fell. The central bank said inflation was far too high.`);
    expect(quotes).toEqual([
      { kind: 'indirect', text: 'its ferry profits fell', speaker: 'Fjordline Ltd' },
      { kind: 'indirect', text: 'inflation was far too high', speaker: "Norland's central bank" },
    ]);
  });

  it('stays unresolved when no such body was named', () => {
    const quotes = quotesOf(`${H}Prices rose again in May. The central bank said inflation was far too high.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'inflation was far too high', speaker: null }]);
  });
});

describe('a nationality noun after a quote', () => {
  const lead = `${H}Second seed Julia Sorensen lost to Petra Kovac in the final.\n\n`;
  it('skips a person who is only the subject of a reported clause', () => {
    // An unbalanced mark runs the quote, the reported clause and the next quote into one sentence.
    const body = `${lead}"I never found my rhythm," she said. "It is always tough to play her. "I could not get going. She makes you run all over the court." And Sorensen, who was beaten for pace, said Kovac was an example of the new players on the tour. "A lot more players can do it now," said the Dane.`;
    const last = quotesOf(body).find((q) => q.text.startsWith('A lot more players'));
    expect(last?.speaker).toBe('Julia Sorensen');
  });

  it('still takes a person who spoke with an inverted verb', () => {
    const quotes = quotesOf(`${lead}"I felt sharp from the start," said Kovac. "It was my best match of the season," added the Croat.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Petra Kovac', 'Petra Kovac']);
  });
});
