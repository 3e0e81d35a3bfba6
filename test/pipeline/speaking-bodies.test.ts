import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// Bodies that speak through a descriptor or a spokesperson: party spokespeople, analysts named after
// "according to", a rival named before its verb. Invented texts, with texts each rule must leave alone.

const H = 'Harbour levy row deepens\n\n';

const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

describe('a party word before a spokesperson noun', () => {
  it('names the party when the article uses the word as a body', () => {
    expect(speakers(`${H}Labour and the Greens backed the levy. A Labour spokesman said the money would fund new cranes.`)).toEqual([
      ['the money would fund new cranes', 'Labour'],
    ]);
    expect(speakers(`${H}The Liberal Party opposed the levy. A Liberal spokeswoman said the levy would hurt exporters.`)).toEqual([
      ['the levy would hurt exporters', 'Liberal Party'],
    ]);
    expect(speakers(`${H}The Republicans opposed the levy. A Republican spokesman said the levy would hurt exporters.`)).toEqual([
      ['the levy would hurt exporters', 'Republicans'],
    ]);
  });

  it('leaves a nationality, or a party word the article never uses as a body, unresolved', () => {
    expect(speakers(`${H}The French and the Germans met in Geneva. A French spokesman said the levy would hurt exporters.`)).toEqual([
      ['the levy would hurt exporters', null],
    ]);
    expect(speakers(`${H}The levy was published on Monday. A Labour spokesman said the money would fund new cranes.`)).toEqual([
      ['the money would fund new cranes', null],
    ]);
  });
});

describe('a body named after "according to" and its descriptor', () => {
  it('is the source when the descriptor ends in a body noun or a plural for its people', () => {
    expect(speakers(`${H}Shipping costs rose. Cargo volumes will double by 2009, according to industry analysts Tallis Research.`)).toEqual([
      ['Cargo volumes will double by 2009', 'Tallis Research'],
    ]);
    expect(speakers(`${H}Shipping costs rose. Cargo volumes fell by a fifth, according to the freight firm Kelso & Vane.`)).toEqual([
      ['Cargo volumes fell by a fifth', 'Kelso & Vane'],
    ]);
  });

  it('stops at a sentence word after a missing full stop', () => {
    expect(speakers(`${H}Shipping costs rose. Cargo volumes fell by a fifth, according to analysts Tallis More than 40 ships were idle.`)).toEqual([
      ['Cargo volumes fell by a fifth', 'Tallis'],
    ]);
  });

  it('leaves a person after the descriptor a person, and a descriptor without a name alone', () => {
    expect(speakers(`${H}Shipping costs rose. Cargo volumes fell by a fifth, according to industry analysts Petra Lindqvist.`)).toEqual([
      ['Cargo volumes fell by a fifth', 'Petra Lindqvist'],
    ]);
    expect(speakers(`${H}Shipping costs rose. Cargo volumes fell by a fifth, according to figures released on Monday.`)).toEqual([
      ['Cargo volumes fell by a fifth', null],
    ]);
  });
});

describe('a rival named before its verb', () => {
  it('speaks without the descriptor in its name', () => {
    expect(speakers(`${H}Tallis launched a new crane. Rival Ferrocorp has said it will launch a bigger crane in May.`)).toEqual([
      ['it will launch a bigger crane in May', 'Ferrocorp'],
    ]);
  });
});

describe('a time phrase between a body and its verb', () => {
  it('does not hide the body', () => {
    expect(speakers(`${H}Harbour lender Tidewell Mae must restate its accounts. Tidewell Mae last month warned that some records were wrong.`)).toEqual([
      ['some records were wrong', 'Tidewell Mae'],
    ]);
    expect(speakers(`${H}Cargo volumes fell. Tidewell Ltd earlier this week said that some records were wrong.`)).toEqual([
      ['some records were wrong', 'Tidewell Ltd'],
    ]);
  });

  it('does not make a body of a capitalised time phrase alone', () => {
    expect(speakers(`${H}Cargo volumes fell. Last month said that some records were wrong.`)).toEqual([
      ['some records were wrong', null],
    ]);
  });
});

describe('"the firm" as the subject of a participle of speech', () => {
  it('speaks for the body it refers back to, without the describing noun before its name', () => {
    // A quoted phrase opening the participle's clause is the clause's subject: the clause is reported speech too.
    expect(speakers(`${H}Bookmaker Ladbrook Bets has stopped taking bets on the next harbour master.\n\nThe firm closed the book on Friday, saying "inside knowledge" may have played a part.`)).toEqual([
      ['"inside knowledge" may have played a part', 'Ladbrook Bets'],
      ['inside knowledge', 'Ladbrook Bets'],
    ]);
  });

  it('stays unresolved when no body was named before', () => {
    expect(speakers(`${H}Petra Lindqvist has stopped taking bets on the next harbour master.\n\nThe firm closed the book on Friday, saying "inside knowledge" may have played a part.`)).toEqual([
      ['"inside knowledge" may have played a part', null],
      ['inside knowledge', null],
    ]);
  });
});

describe('a body in apposition before a colon and a quotation', () => {
  it('speaks the quotation', () => {
    expect(speakers(`${H}Cargo volumes fell. Tallis Group, the crane maker, said: "We will not move the plant."`)).toEqual([
      ['We will not move the plant.', 'Tallis Group'],
    ]);
    expect(speakers(`${H}Cargo volumes fell. Kelso Holdings, a unit of Vane Ltd, said: "We will not move the plant."`)).toEqual([
      ['We will not move the plant.', 'Kelso Holdings'],
    ]);
  });

  it('leaves a person in apposition a person, and a name after the verb the speaker', () => {
    expect(speakers(`${H}Cargo volumes fell. Petra Lindqvist, a harbour pilot, said: "We will not move the plant."`)).toEqual([
      ['We will not move the plant.', 'Petra Lindqvist'],
    ]);
    expect(speakers(`${H}"We will not move the plant," said Kelso Holdings.`)).toEqual([
      ['We will not move the plant,', 'Kelso Holdings'],
    ]);
  });
});

describe('a body named with "of" and "and"', () => {
  it('keeps both joined words after the body noun and "of"', () => {
    expect(speakers(`${H}Cargo volumes fell. The Ministry of Ports and Fisheries said the levy would stay.`)).toEqual([
      ['the levy would stay', 'Ministry of Ports and Fisheries'],
    ]);
    expect(speakers(`${H}Cargo volumes fell. The levy will stay, according to the Ministry of Ports and Fisheries.`)).toEqual([
      ['The levy will stay', 'Ministry of Ports and Fisheries'],
    ]);
  });

  it('keeps two bodies apart when the first ends in a place', () => {
    expect(speakers(`${H}Cargo volumes fell. The levy will stay, according to the Bank of England and Barclays.`)).toEqual([
      ['The levy will stay', 'Bank of England'],
    ]);
  });
});

describe('a body named in commas after its noun', () => {
  it('is the body "a union spokesman" speaks for', () => {
    expect(speakers(`${H}The dockers' union, KVB, called a strike on Monday. A union spokesman said the talks had failed.`)).toEqual([
      ['the talks had failed', 'KVB'],
    ]);
  });

  it('leaves "a union spokesman" unresolved when no union was named', () => {
    expect(speakers(`${H}The dockers called a strike on Monday. A union spokesman said the talks had failed.`)).toEqual([
      ['the talks had failed', null],
    ]);
  });
});

describe('a one-word name ending in "s" opening the sentence', () => {
  it('is a body, not a crowd', () => {
    expect(speakers(`${H}Cargo volumes fell. Vexos has said it will sue the port.`)).toEqual([
      ['it will sue the port', 'Vexos'],
    ]);
  });

  it('leaves crowd nouns and the plural of a word the article uses a crowd', () => {
    expect(speakers(`${H}Cargo volumes fell. Traders said the port would lose business.`)).toEqual([
      ['the port would lose business', null],
    ]);
    expect(speakers(`${H}Cargo volumes fell. Reports said the port would lose business.`)).toEqual([
      ['the port would lose business', null],
    ]);
    expect(speakers(`${H}One docker spoke out. Dockers said the port would lose business.`)).toEqual([
      ['the port would lose business', null],
    ]);
  });
});
