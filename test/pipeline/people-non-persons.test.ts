import { describe, expect, it } from 'vitest';
import { peopleOf, quotesOf } from './extraction-helpers.js';

// Names the people stage must not list as persons: places, bodies, works and events reached through a weak cue.

describe('"to" before a full name with no known given name', () => {
  it('takes no place, body or work after "to" for a person', () => {
    expect(peopleOf('Trips\n\nThe club moved to Ormsby Grove in May. Her links to Opal Dominus drew fire, and the prize went to Endless Harbour at the gala.')).toEqual([]);
  });

  it('still takes a name after "spoke to" or "lost to" for a person', () => {
    expect(peopleOf('Tennis\n\nThe seed lost to Irakis Morvanu on Monday. She later spoke to Tavita Ngaro.')).toEqual(['Irakis Morvanu', 'Tavita Ngaro']);
  });

  it('keeps a known given name after "to" a person', () => {
    expect(peopleOf('Loan\n\nThe trophy went to Helen Varga.')).toEqual(['Helen Varga']);
  });

  it('credits a quote "according to" a name with no given name and no role to that body', () => {
    expect(quotesOf('Box office\n\nThe film took $12m, according to Exhibitor Tallies.')).toEqual([{ kind: 'indirect', text: 'The film took $12m', speaker: 'Exhibitor Tallies' }]);
    expect(peopleOf('Box office\n\nThe film took $12m, according to Exhibitor Tallies.')).toEqual([]);
  });
});
