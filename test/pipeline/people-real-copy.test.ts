import { describe, expect, it } from 'vitest';
import { extract, peopleOf } from './extraction-helpers.js';

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

describe('a character the article goes on to write about', () => {
  it('stays no person when named by its surname or with "who"', () => {
    const text = `${H}Maura Jessop will direct Nathan Burley - a character from a cult website. Burley is described as a webmaster.`;
    expect(peopleOf(text)).toEqual(['Maura Jessop']);
    const played = `${H}It tells the story of social climber Penny Marsh, played in the film by Reese Weatherall. It was Penny Marsh, who is a memorable character, that drew her.`;
    expect(peopleOf(played)).toEqual(['Reese Weatherall']);
  });
});

describe('cues for a person whose given name the lists may not know', () => {
  it('takes who plays, directs or writes a work as a person', () => {
    expect(peopleOf(`${H}The Harbour, directed by Yimou Tanaka, won the prize. The lead is played by Corvin Ashby.`)).toEqual(['Yimou Tanaka', 'Corvin Ashby']);
  });

  it('does not take a firm making a product for one', () => {
    expect(peopleOf('Phones\n\nHandsets produced by Norvik Ericsson are unaffected by the virus.')).toEqual([]);
  });

  it('takes a name before "its minister" or "his lawyer" as a person', () => {
    expect(peopleOf('Exchange\n\n"We want the headquarters to stay," Alwin Rheidt, its minister for economic affairs, added.')).toEqual(['Alwin Rheidt']);
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

describe('a lone name quoted speaking in the first person', () => {
  const kinds = (body: string): string[] => extract(body).entities.map((e) => `${e.kind} ${e.name}`);

  it('is a person, as a body says "we"', () => {
    const text = 'Hurdler delighted\n\nTomlinova won the 60m hurdles. "I\'ve surprised myself," said Tomlinova.\n\nKluvet said: "I knew about her, she\'s a great girl."\n\n'
      + '"I\'m so happy," a tearful Claxtonne told reporters.';
    expect(kinds(text)).toEqual(['person Tomlinova', 'person Kluvet', 'person Claxtonne']);
    expect(kinds('Results\n\nVexlo said: "We are pleased with the result." "Our customers will benefit," said Norvane.')).toEqual(['organisation Vexlo', 'organisation Norvane']);
  });

  it('is not a name qualifying the speaker or a place after "of"', () => {
    expect(peopleOf('Wedding\n\n"He was my hero," said Aviator star Alan Alder.')).toEqual(['Alan Alder']);
    expect(peopleOf('Wedding\n\nThe Archbishop of Wexbury said: "I am pleased for them."')).toEqual([]);
  });
});

describe('one person written two ways in one article', () => {
  it('joins the closing words of a longer name to it', () => {
    expect(peopleOf(`${H}Hans Christoffer Andersby wrote the tale in 1837. Christoffer Andersby said little of it. Camilla Parker Stowles met him. Parker Stowles said yes.`))
      .toEqual(['Hans Christoffer Andersby', 'Camilla Parker Stowles']);
  });

  it('joins two forms of one given name before one surname, but not two given names', () => {
    expect(peopleOf(`${H}Psychologist Dave Collyer was appointed. "The appointment of David Collyer is a coup," he said.`)).toEqual(['Dave Collyer']);
    expect(peopleOf(`${H}Gary Nevin and Phil Nevin both played.`)).toEqual(['Gary Nevin', 'Phil Nevin']);
  });
});

describe("a place's name as a given name", () => {
  it('is one after a person\'s title', () => {
    expect(peopleOf('Indoor meeting\n\nOlympic heptathlon champion Carolina Klaffe was full of admiration for her rival.')).toEqual(['Carolina Klaffe']);
  });

  it('is none after a body noun, a comma or before a word the article writes in lower case', () => {
    expect(peopleOf('TV\n\nTNT is a venture between public broadcaster France Telecasts and others.')).toEqual([]);
    expect(peopleOf('Squad\n\nGordon Bullock (captain, Glasgow Rugby) leads the side. The rugby side won.')).toEqual(['Gordon Bullock']);
  });
});
