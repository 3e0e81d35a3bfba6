import { describe, expect, it } from 'vitest';
import { peopleOf, quotesOf } from './extraction-helpers.js';

// Names that stand for a work or a part rather than a person, and cues that show a person in
// results and draws. Invented texts, with texts each rule must leave alone.

describe('works and parts', () => {
  it('takes a name written after a noun for a work for that work unless the article shows a person', () => {
    const body = 'Awards night\n\nThe blockbuster The Navigator and low-budget British movie Nora Vell have shared the honours. '
      + 'Nora Vell scored best director for Mike Tallow. Ann Stoker, who is up for an award for her role in Nora Vell, arrived late.';
    expect(peopleOf(body)).toEqual(['Mike Tallow', 'Ann Stoker']);
    // The given name alone, as a headline may write it, shows no person.
    expect(peopleOf(body.replace('Awards night', 'Nora triumphs'))).toEqual(['Mike Tallow', 'Ann Stoker']);
  });

  it('keeps a person the article names after such a noun and then shows speaking', () => {
    const body = 'Film notes\n\nThe film Steven Spielman made last year won a prize. Spielman said he was pleased.';
    expect(peopleOf(body)).toEqual(['Steven Spielman']);
  });

  it('takes "the next" or "the first" before a name for a part many hold', () => {
    const body = 'Casting bets\n\nBookmakers stopped taking bets on who will be the next Jack Hollister after bets on actor Dougal Price. '
      + 'Bets on actor Colin Fenn to become the first black Jack Hollister were dismissed.';
    expect(peopleOf(body)).toEqual(['Dougal Price', 'Colin Fenn']);
  });

  it('does not read a word beginning with "a" after a comma as an appositive cue', () => {
    expect(peopleOf('Plant closure\n\nThe plant at Tarrow Vale, announced last year, will close.')).toEqual([]);
    expect(peopleOf('Plant closure\n\nThe plant run by Tarrow Vale, a local farmer, will close.')).toEqual(['Tarrow Vale']);
  });
});

describe('people in draws and results', () => {
  it('reads a name of two words followed by "of" and a country as a person from it', () => {
    expect(peopleOf('Draw made\n\nThe second seed will open against Irvo Lazadze of Georgia.')).toEqual(['Irvo Lazadze']);
    expect(peopleOf('Draw made\n\nShares in Tarrow Vale of Georgia Power fell.')).toEqual([]);
  });

  it('reads a noun for a person of a country, or a standing in the draw, as a title', () => {
    const body = 'Draw made\n\nHe could face Swede Jonte Brakman, while another Frenchwoman Camille Poux meets local favourite Lytton Hewell.';
    expect(peopleOf(body)).toEqual(['Jonte Brakman', 'Camille Poux', 'Lytton Hewell']);
  });
});

describe('body words that are surnames too', () => {
  it('takes "Hill" or "Church" after a given name as a surname, and the surname alone as that person', () => {
    const body = 'Squad named\n\nEngland are without Jonny Walkden, Mike Tandle and Richard Hill. Hill said he was fit.';
    expect(peopleOf(body)).toEqual(['Jonny Walkden', 'Mike Tandle', 'Richard Hill']);
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Richard Hill']);
  });

  it('leaves a body named after a person a body: a body noun before it, a spokesman after it, or "of" before it', () => {
    expect(peopleOf('Odds cut\n\nBookmaker William Hallam has stopped taking bets on the race.')).toEqual([]);
    expect(peopleOf('Odds cut\n\n"It is unlikely," William Tarrant spokesman Rupert Adley said.')).toEqual(['Rupert Adley']);
    expect(peopleOf('Lyrics row\n\nMr Rodling, of the Fullness of Joy Church, said he was concerned.')).toEqual(['Rodling']);
  });
});

describe('people named with their employer', () => {
  it('reads a pair followed by "of" and a body as a person', () => {
    expect(peopleOf('Rates\n\nEconomists, including Susuki Tanemoto of Industrial Bank of Norland, said rates would rise.')).toEqual(['Susuki Tanemoto']);
  });
});

describe('an appositive describing a place', () => {
  it('is no cue for a person, where one describing a person is', () => {
    expect(peopleOf('Early career\n\nIn 1983 he took Tarrow East, a new constituency including a naval base.')).toEqual([]);
    expect(peopleOf('Early career\n\nIn 1983 he met Tarrow Vance, a local farmer with a naval past.')).toEqual(['Tarrow Vance']);
  });
});
