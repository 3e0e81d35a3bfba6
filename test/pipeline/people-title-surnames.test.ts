import { describe, expect, it } from 'vitest';
import { peopleOf, quotesOf } from './extraction-helpers.js';

// Persons whose names the lists misjudge: surnames that are also titles, given names that are also titles,
// and unknown given names made a person by what stands in apposition.

describe('a title word as a surname', () => {
  it('joins "Mr Bishop" to the full name the article gives', () => {
    expect(quotesOf('Fraud\n\nCrime is a business now, said Tom Bishop, head of research at Varlo. "Criminals do not do clever," said Mr Bishop.'))
      .toContainEqual({ kind: 'direct', text: 'Criminals do not do clever,', speaker: 'Tom Bishop' });
  });

  it('joins "Ms Major" to a woman given in full', () => {
    const quotes = quotesOf('Court\n\nThe actress Greta Major sued her neighbour. Ms Major said: "It was a vicious attack."');
    expect(quotes).toContainEqual({ kind: 'direct', text: 'It was a vicious attack.', speaker: 'Greta Major' });
  });

  it('makes no person of a form of address with no full name behind it', () => {
    expect(peopleOf('Debate\n\n"Order, order," said Mr Speaker. "I agree," said Mr President.')).toEqual([]);
  });
});

describe('a given name that is also a title', () => {
  it('reads "Dean" opening a pair, or inside a full name, as the given name', () => {
    expect(peopleOf('Match\n\nGoalkeeper Dean Farrow made three saves. Singer Mark Dean Holt watched.')).toEqual(['Dean Farrow', 'Mark Dean Holt']);
  });

  it('joins a surname quoted alone to the full name opened by "Dean"', () => {
    expect(quotesOf('Match\n\nThe coach, Dean Rusk-Ellery, watched. "We stood up well," admitted Rusk-Ellery.'))
      .toContainEqual({ kind: 'direct', text: 'We stood up well,', speaker: 'Dean Rusk-Ellery' });
  });

  it('keeps the office written before "of"', () => {
    expect(peopleOf('Abbey\n\nThe Dean of Norbury, Ann Vale, said the abbey was full.')).toEqual(['Ann Vale']);
  });
});

describe('unknown given names made a person by an appositive', () => {
  it("takes an office with its owner's name after the name as a person's", () => {
    expect(quotesOf('Oil\n\n"We need not cut," Tahir Bel Qasem, Zarandia\'s oil minister, told reporters.'))
      .toEqual([{ kind: 'direct', text: 'We need not cut,', speaker: 'Tahir Bel Qasem' }]);
  });

  it('takes a name speaking for a body named between it and the verb as a person', () => {
    expect(quotesOf('Robots\n\nKenjiro Oyabu, from Tamura\'s robotics laboratory, said: "We aimed to build a friend."'))
      .toEqual([{ kind: 'direct', text: 'We aimed to build a friend.', speaker: 'Kenjiro Oyabu' }]);
  });

  it('takes initials and a surname given a trade in apposition as a person', () => {
    expect(peopleOf('Cement\n\n"It is cheap," said RK Bansal, a fund manager with Orbis in Pune.')).toEqual(['RK Bansal']);
  });

  it('takes no firm for a person where its appositive names a firm or a phrase stands between', () => {
    expect(peopleOf('Banks\n\nDalton Reed, Britain\'s biggest broker, said profits rose. Vantor Strand, for its part, said it would buy. NR Velloso, the investment bank, agreed.')).toEqual([]);
  });
});

describe('given names from other languages', () => {
  it('takes French, Italian, Japanese and Indian given names opening a pair as persons', () => {
    expect(peopleOf('Squad\n\nThe side picked Yann Morvel at fly-half and Aurelien Castagne on the wing; Stefano Ardito and Toshihiko Kanda watched with Pranab Dutta.'))
      .toEqual(['Yann Morvel', 'Aurelien Castagne', 'Stefano Ardito', 'Toshihiko Kanda', 'Pranab Dutta']);
  });

  it("reads a woman's name from the added lists as a woman's", () => {
    expect(quotesOf('Race\n\nHayley Brannick and Tom Brannick ran. "I was tired," said Ms Brannick.'))
      .toContainEqual({ kind: 'direct', text: 'I was tired,', speaker: 'Hayley Brannick' });
  });
});

describe('surnames that are body words, after a given name with a title in apposition', () => {
  it('reads "Press" or "Tower" as a surname when a title follows in apposition', () => {
    expect(quotesOf('Cars\n\n"It is efficient," Jon Press, vice president of Kiroda, said. "We searched," Alexandra Towers, a spokeswoman for the bank, told reporters.'))
      .toEqual([{ kind: 'direct', text: 'It is efficient,', speaker: 'Jon Press' }, { kind: 'direct', text: 'We searched,', speaker: 'Alexandra Towers' }]);
  });

  it('keeps the body where no title follows', () => {
    expect(peopleOf('Media\n\nShe joined Liberty Press in May and Orchard Tower later.')).toEqual([]);
  });
});

describe('short Chinese given names ending in "ing"', () => {
  it('does not read "Xing" or "Qing" opening a name as a verb form', () => {
    expect(quotesOf('Tobacco\n\n"No new factories," said Xing Zhaolin, a spokesman for the agency.')).toEqual([{ kind: 'direct', text: 'No new factories,', speaker: 'Xing Zhaolin' }]);
  });
});
