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

describe("a name written as a work's title once is that title throughout", () => {
  it('drops a film title given in apposition as its director\'s work', () => {
    expect(peopleOf('Awards\n\nLena Marsh, Tom Arden\'s tale of a 1950s nurse, won. Lena Marsh took three prizes, and Tom Arden said he was thrilled.')).toEqual(['Tom Arden']);
  });

  it('drops a title that credits a star or a director with a part in it', () => {
    expect(peopleOf('Odds\n\nThe bookmakers like Lena Marsh star Ruth Kellaway. Critics backed Lena Marsh for best film.')).toEqual(['Ruth Kellaway']);
  });

  it('drops a title met after a noun for a work wherever else it stands', () => {
    expect(peopleOf('Films\n\nThe nominees include the drama Vera Dane. Many think Vera Dane will win.')).toEqual([]);
  });

  it('keeps a person whose name opens a clause with a verb', () => {
    expect(peopleOf('Films\n\nDirector Tom Arden, whose film won, said he was thrilled. Tom Arden star Ruth Kellaway did not attend.')).toContain('Tom Arden');
  });
});

describe('shows and events that qualify a person', () => {
  it('drops a show whose name credits a judge or a winner', () => {
    expect(peopleOf('Charts\n\nPop Factor judge Sharon Ashby will present. Pop Factor winner Tom Brock came second.')).toEqual(['Sharon Ashby', 'Tom Brock']);
  });

  it('keeps a person qualifying an aide or an ally', () => {
    expect(peopleOf('Politics\n\nTony Harlow ally Ann Lee spoke. Tony Harlow said he agreed.')).toEqual(['Tony Harlow', 'Ann Lee']);
  });

  it('takes no abbreviation in capitals for a title', () => {
    expect(peopleOf('Games\n\nThe CPL World Tour kicks off in May; Labour MP Ann Lee will attend.')).toEqual(['Ann Lee']);
  });
});

describe('works owned by a year, characters introduced by example', () => {
  it("drops a title owned by a year", () => {
    expect(peopleOf("Obituary\n\nShe starred in 1989's Harriet Vale and later in Mike Arden's films.")).toEqual(['Mike Arden']);
  });

  it('drops characters given as examples', () => {
    expect(peopleOf('Obituary\n\nHe created characters like Stanley Korbel and Terry Mallon, said critic Ann Lee.')).toEqual(['Ann Lee']);
  });
});

describe('words that only close the name of a body', () => {
  it('takes names closed by a trade or a body word for bodies', () => {
    expect(peopleOf('Deal\n\n"It is a precursor," said Matt Lowry, a fund manager at Lasting Trustees. Orchid Films and the Bankside Medical Fellowship agreed, and so did Harbour Asset Advisors.'))
      .toEqual(['Matt Lowry']);
  });
});

describe('firms named after their founders', () => {
  it('takes well-known eponymous firms for bodies, which may speak', () => {
    expect(peopleOf('Retail\n\nLaura Ashley said sales fell. Estee Lauder and Harvey Nichols gained; Ann Lee of Harrods agreed.')).toEqual(['Ann Lee']);
  });
});

describe('grades, lectures and described parts', () => {
  it('takes a name closed by a single capital after no given name for a grade or a label', () => {
    expect(peopleOf('Schools\n\nPupils need a Grade C in maths, said Ann Lee. Class B shares rose. Malcolm X was quoted.')).toEqual(['Ann Lee', 'Malcolm X']);
  });

  it('takes a lecture or a trophy named after a person for no person', () => {
    expect(peopleOf('Speech\n\nHe gave the Adam Ferguson Lecture on Monday and won the Tom Varley Trophy.')).toEqual([]);
  });

  it('takes a part described after "played" for a character, and a part given a role for a person', () => {
    expect(peopleOf('Awards\n\nShe played abortionist Vera Dane in Tom Arden\'s film. He played singer Ray Corley in the biopic. Tom Arden said he was proud.'))
      .toEqual(['Tom Arden', 'Ray Corley']);
  });
});
