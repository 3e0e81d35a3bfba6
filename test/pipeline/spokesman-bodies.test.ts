import { describe, expect, it } from 'vitest';
import { extract, quotesOf } from './extraction-helpers.js';

// A body the story names only as the one a spokesperson speaks for ("a spokesman for the X, which ..., said") is
// an organisation, and its spokesperson's words are its own. Invented texts, with texts the rule must leave alone.

const H = 'League plans row\n\n';
const speakers = (body: string): (string | null)[] => quotesOf(body).map((q) => q.speaker);
const bodies = (body: string): string[] => extract(body).entities.filter((e) => e.kind === 'organisation').map((e) => e.name);

describe('the body a spokesperson speaks for', () => {
  it('is an organisation when an appositive stands between it and the verb, and "he" goes on speaking for it', () => {
    const body = `${H}A spokesman for the Marlow Skating Federation, which runs the national league, said the plans were unfair. `
      + 'He said: "Our clubs will not accept this."';
    expect(bodies(body)).toContain('Marlow Skating Federation');
    expect(speakers(body)).toEqual(['Marlow Skating Federation', 'Marlow Skating Federation']);
  });

  it('is read without "the", before a described owner, and after "But"', () => {
    expect(speakers(`${H}A spokeswoman for Tarnwick, the parent company of Bellamy Foods, said output would be cut.`)).toEqual(['Tarnwick']);
    expect(speakers(`${H}But a spokesperson for the Northern Opera Company told reporters that the tour would go ahead.`)).toEqual(['Northern Opera Company']);
  });

  it('is read after the verb too', () => {
    expect(speakers(`${H}"We are pleased with the result," said a spokesman for Quellon Systems.`)).toEqual(['Quellon Systems']);
  });

  it('leaves a fuller name read from the verb whole', () => {
    const names = bodies(`${H}A spokesman for the Department for Farming, Fisheries and Food said there were no plans to sell the land.`);
    expect(names).toContain('Department for Farming, Fisheries and Food');
    expect(names).not.toContain('Department for Farming');
  });
});

describe('names a spokesperson speaks for that are no body', () => {
  it('leaves a person the story names to the person', () => {
    const body = `${H}Gerald Marsh has resigned as chairman. A spokesman for Gerald Marsh, who is on holiday, said he would make no comment.`;
    expect(bodies(body)).toEqual([]);
    expect(speakers(body)).toEqual(['Gerald Marsh']);
    expect(bodies(`${H}Ruth Okafor has resigned. A spokeswoman for Mrs Okafor, who is abroad, said she was tired.`)).toEqual([]);
  });

  it('leaves a people or a name describing the noun after it', () => {
    expect(bodies(`${H}A spokesman for the Danish embassy in London said the visa rules had changed.`)).toEqual([]);
    expect(bodies(`${H}A spokeswoman for the Harlan campaign said the poll was wrong.`)).toEqual([]);
    expect(bodies(`${H}A spokeswoman for the Marsh Brothers' stables, which are in Kent, said the horse was well.`)).toEqual([]);
  });

  it('leaves a place and a sentence where nobody speaks', () => {
    expect(bodies(`${H}A spokesman for Manchester, which hosts the final, said tickets had sold out.`)).toEqual([]);
    expect(bodies(`${H}A spokesman for the Holm Rowing Club was among the guests at the dinner.`)).toEqual([]);
  });
});

describe('a body named before a spokesperson noun after the verb', () => {
  it('speaks through "said a ... spokesman" and "according to a ... spokeswoman"', () => {
    const body = `${H}"The match will go ahead," said a Dravik spokesman. "We have told the fans."`;
    expect(bodies(body)).toEqual(['Dravik']);
    expect(speakers(body)).toEqual(['Dravik', 'Dravik']);
    expect(speakers(`${H}"Tickets are sold out," said a Castle Ferry Line spokeswoman.`)).toEqual(['Castle Ferry Line']);
    expect(bodies(`${H}About 900 staff are affected, according to an Orlen Marine spokeswoman.`)).toEqual(['Orlen Marine']);
  });

  it('leaves a people, a person\'s spokesman and a noun no verb comes before', () => {
    expect(bodies(`${H}"The talks went well," said a French spokesman.`)).toEqual([]);
    expect(bodies(`${H}Alan Tovey was unavailable. "He is resting," said Mr Tovey's spokesman.`)).toEqual([]);
    expect(bodies(`${H}A Dravik spokesman attended the dinner in Leeds.`)).toEqual([]);
  });
});

describe('names with joining words before a spokesperson noun', () => {
  it('keeps "of" and a bare ampersand inside the name', () => {
    expect(speakers(`${H}"The rules are clear," said a Ministry of Inland Waters spokeswoman.`)).toEqual(['Ministry of Inland Waters']);
    const body = `${H}An R&K spokesman said the shops would stay open. "We have more staff than ever," said the R&K spokesman.`;
    expect(bodies(body)).toEqual(['R&K']);
    expect(speakers(body)).toEqual(['R&K', 'R&K']);
  });
});
