import { describe, expect, it } from 'vitest';
import { peopleOf } from './extraction-helpers.js';

// People as real news copy writes them beside works, characters, places and clubs: what makes a name no
// person, and what must not undo a person. Invented texts.

const H = 'Awards season opens\n\n';

describe('a surname alone after "the"', () => {
  it('qualifying a noun leaves the full name a person', () => {
    const text = 'Hart handed captaincy\n\nJohn Hartwell, in his first game as coach, admits he is surprised. "He deserves it," Hartwell said.\n\n'
      + 'But the Hartwell era has only begun, and the players back him.';
    expect(peopleOf(text)).toEqual(['John Hartwell']);
  });

  it('still marks a name written as a body or a thing', () => {
    const text = `${H}The Darcy Kids won the prize. Fans of the Darcy Kids cheered. Tom Vale said it was deserved.`;
    expect(peopleOf(text)).toEqual(['Tom Vale']);
  });
});

describe('works and characters', () => {
  it('makes no person of what a part is played in', () => {
    expect(peopleOf(`${H}Imelda Stanton was nominated for her role in Vera Drayton, and Jim Bright starred in Nora Kell.`)).toEqual(['Imelda Stanton', 'Jim Bright']);
  });

  it('keeps a person owning the work the part is in', () => {
    expect(peopleOf(`${H}She won praise for her role in Mike Nicholl's film Closer.`)).toEqual(['Mike Nicholl']);
  });

  it('makes no person of a match-up or a sequel title', () => {
    expect(peopleOf(`${H}The most recent, Freddy Vs Jason, was a hit. Harry Potter and the Prisoner of Azkaban won the public vote.`)).toEqual([]);
  });

  it('makes no person of a made-up character the article never shows as one', () => {
    expect(peopleOf(`${H}Fans will see Dan Holloway return in the role of Luke Stardust. The character Fagin was the villain.`)).toEqual(['Dan Holloway']);
    expect(peopleOf(`${H}Maura Jessop will direct Nathan Burley - a character from a cult website - for Channel 4. Nathan Burley will be a comedy.`)).toEqual(['Maura Jessop']);
  });
});

describe('places, clubs and faiths', () => {
  it('makes no person of a place that looks like a name', () => {
    expect(peopleOf(`${H}He died at his home in Beverly Hills, California. Police in Milton Keynes said he was 80.`)).toEqual([]);
  });

  it('makes no person of an athletics club after an athlete', () => {
    expect(peopleOf('Trials\n\nSelected: H Clitheroe (Preston Harriers), K Holmes (Ealing AC).')).toEqual(['H Clitheroe', 'K Holmes']);
  });

  it('makes no person of a faith', () => {
    expect(peopleOf('Film row\n\nRoman Catholic groups in India have demanded the film be withdrawn. Roman Catholics protested in Mumbai.')).toEqual([]);
  });
});
