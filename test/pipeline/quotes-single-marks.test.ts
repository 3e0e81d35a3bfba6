import { describe, expect, it } from 'vitest';
import { findMarkedQuotes } from '../../src/pipeline/quote-marks.js';
import { quotesOf } from './extraction-helpers.js';

// Outlets that quote speech in single marks, straight ('...') or curly (‘...’), and the apostrophes
// and terms in single marks that are no quotation.

const H = 'Harbour plan approved\n\n';
const view = (body: string): [string, string, string | null][] => quotesOf(body).map((q) => [q.kind, q.text, q.speaker]);
const inner = (text: string): string[] => findMarkedQuotes(text).map((q) => text.slice(q.start, q.end));

describe('straight single marks around speech', () => {
  it('pair across apostrophes inside the quotation', () => {
    expect(inner("Ms Okafor said: 'We won't stop until it's done.' Then she left.")).toEqual(["We won't stop until it's done."]);
  });

  it('give the quotation after a colon and its speaker', () => {
    expect(view(`${H}The harbour master, Ingrid Sollberg, said: 'This was never about money. It was about safety.'`)).toEqual([
      ['direct', 'This was never about money. It was about safety.', 'Ingrid Sollberg'],
    ]);
  });

  it('give the speaker named after the closing mark', () => {
    expect(view(`${H}'We are building more berths than ever,' said Councillor Piet Marnix. 'The figures speak for themselves.'`)).toEqual([
      ['direct', 'We are building more berths than ever,', 'Piet Marnix'],
      ['direct', 'The figures speak for themselves.', 'Piet Marnix'],
    ]);
  });

  it('end a quotation at its close, not at a plural possessive inside it', () => {
    expect(inner("'The dockers' union has been clear all along,' said Mr Dale.")).toEqual(["The dockers' union has been clear all along,"]);
  });

  it('leave a possessive alone when the next mark would close a later quotation', () => {
    expect(inner("The players' union called the offer 'an insult' on Friday.")).toEqual(['an insult']);
  });

  it('keep a closing possessive within its own sentence', () => {
    expect(inner("They became known as 'The Invincibles' after winning. The All Blacks' 2-3-2 scrum was weak.")).toEqual(['The Invincibles']);
  });
});

describe('curly single marks around speech', () => {
  it('give the speaker named after the closing mark', () => {
    expect(view(`${H}‘It’s a good day for the harbour,’ said Piet Marnix, the council leader.`)).toEqual([
      ['direct', 'It’s a good day for the harbour,', 'Piet Marnix'],
    ]);
  });

  it('keep their marks in a reported clause', () => {
    const quotes = view(`${H}Piet Marnix said the old board had ‘let everyone down’ over the years.`);
    expect(quotes).toContainEqual(['indirect', 'the old board had ‘let everyone down’ over the years', 'Piet Marnix']);
  });
});

describe('single marks that quote nobody', () => {
  it('are apostrophes when nothing closes them', () => {
    expect(inner("In the '90s the dock lost 'em all. Rock 'n roll.")).toEqual([]);
  });

  it('set off a term in a sentence with no speech', () => {
    expect(view(`${H}The ferry runs on the 'river of light' route along the coast.`)).toEqual([]);
  });

  it('set off a claim or a title in a headline', () => {
    expect(view("Mayor 'to quit over harbour row'\n\nThe mayor of Dunmore has cancelled his meetings for the week.")).toEqual([]);
  });

  it('set off a title even with a stop inside them', () => {
    expect(view(`${H}He missed training to appear on 'Quiz Night Live.' The coach was not amused.`)).toEqual([]);
  });

  it('sit inside a double-quoted quotation without ending it', () => {
    expect(view(`${H}"I told him 'this is touch and go' and he agreed," said Piet Marnix.`)).toEqual([
      ['direct', "I told him 'this is touch and go' and he agreed,", 'Piet Marnix'],
    ]);
  });
});
