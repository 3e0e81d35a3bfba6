import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// Layouts of direct quotes in present-day news pages.

const H = 'Cup run goes on\n\n';
const view = (body: string): [string, string, string | null][] => quotesOf(body).map((q) => [q.kind, q.text, q.speaker]);

describe('a quoted question or exclamation before its attribution', () => {
  it('is attributed by the name and verb after it, however short', () => {
    expect(view(`${H}Rovers coach Dana Whitfield was in no mood to relax.\n\n"Why not us?" Whitfield asked. "Why not this year?"`)).toEqual([
      ['direct', 'Why not us?', 'Dana Whitfield'],
      ['direct', 'Why not this year?', 'Dana Whitfield'],
    ]);
  });

  it('is attributed across an exclamation mark and a titled name', () => {
    expect(view(`${H}Tomas Berg watched from the stand with Nora Quinn.\n\n"What a finish to the season!" Ms Quinn said. "I can't believe it."`)).toEqual([
      ['direct', 'What a finish to the season!', 'Nora Quinn'],
      ['direct', "I can't believe it.", 'Nora Quinn'],
    ]);
  });

  it('leaves a sentence of its own to a name whose verb reports a clause', () => {
    const quotes = view(`${H}"Who pays for the new stand?" Tomas Berg said the club would not answer that.`);
    expect(quotes).toContainEqual(['indirect', 'the club would not answer that', 'Tomas Berg']);
  });
});

describe('typing slips in quotation marks', () => {
  const P = 'Port strike goes on\n\nDock workers at Felton remain on strike.\n\n';

  it('close a quotation at an opening curly mark typed for the closing one', () => {
    expect(view(`${P}“We are not going back until they listen,“ said union rep Carl Benn.`)).toEqual([
      ['direct', 'We are not going back until they listen,', 'Carl Benn'],
    ]);
  });

  it('open a quotation at a closing curly mark typed for the opening one', () => {
    expect(view(`${P}”The company has made its final offer,” said port director Lisa Ward.`)).toEqual([
      ['direct', 'The company has made its final offer,', 'Lisa Ward'],
    ]);
  });

  it('open a quotation right after a stop with the space left out', () => {
    expect(view(`${P}"Everyone loses," worker Amir Haddad said."Nobody wins a strike."`)).toEqual([
      ['direct', 'Everyone loses,', 'Amir Haddad'],
      ['direct', 'Nobody wins a strike.', 'Amir Haddad'],
    ]);
  });

  it('leave no quotation of a stray mark around nothing but a stop', () => {
    expect(quotesOf(`${P}Carl Benn added that the offer was " fair and generous ".`).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('a word or two quoted inside a clause reported before its cue', () => {
  it('is the speaker\'s own, as the clause is', () => {
    expect(view(`${H}The club should stop "demonising" its former manager Ray Tull, chairman Oskar Lind has said.`)).toEqual([
      ['indirect', 'The club should stop "demonising" its former manager Ray Tull', 'Oskar Lind'],
      ['direct', 'demonising', 'Oskar Lind'],
    ]);
  });

  it('stays a scare quote in a sentence whose clause nobody reports', () => {
    expect(view(`${H}The club has stopped "demonising" its former manager Ray Tull.`)).toEqual([]);
  });
});
