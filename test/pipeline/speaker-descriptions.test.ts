import { describe, expect, it } from 'vitest';
import { extract, quotesOf } from './extraction-helpers.js';

// Speakers written as descriptions, mouthpieces, joined subjects and the writer's own idioms. Invented texts,
// each with a text the rule must leave alone.

const H = 'Ferry deal row deepens\n\n';

const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

describe('a business described, not named ("the German giant said")', () => {
  it('means the business named with that noun', () => {
    expect(speakers(`${H}Australian brewer Kestrel Breweries has bought a stake in winemaker Dunmore Wines Ltd for $2bn. Kestrel Breweries said the deal was a long-term investment. Dunmore Wines Ltd said it was surprised. Dunmore Wines Ltd shares rose.\n\nThe brewer said it was not looking to buy more.`)).toEqual([
      ['the deal was a long-term investment', 'Kestrel Breweries'],
      ['it was surprised', 'Dunmore Wines Ltd'],
      ['it was not looking to buy more', 'Kestrel Breweries'],
    ]);
  });

  it('does not take the main business for a noun only another business may fit', () => {
    expect(speakers(`${H}Kestrel Breweries has bought a stake in Dunmore Wines Ltd for $2bn. Dunmore Wines Ltd said it was surprised. Dunmore Wines Ltd shares rose.\n\nThe carmaker said it was not looking to buy more.`)).toEqual([
      ['it was surprised', 'Dunmore Wines Ltd'],
      ['it was not looking to buy more', null],
    ]);
  });

  it('means the story\'s main business for a noun any business takes', () => {
    expect(speakers(`${H}Volkerwerk has announced 5,000 job cuts. Volkerwerk sales fell 12% last year, while rival Brandtmotor grew.\n\n"We have no choice," the German giant said.`)).toEqual([
      ['We have no choice,', 'Volkerwerk'],
    ]);
  });

  it('leaves the speaker unnamed when no business fits', () => {
    // Two businesses named alike, neither with the noun: no guess.
    expect(speakers(`${H}Volkerwerk and Brandtmotor both reported losses.\n\n"We have no choice," the German carmaker said.`)).toEqual([
      ['We have no choice,', null],
    ]);
  });
});

describe('a person described by age and a noun ("the 41-year-old chart-topper")', () => {
  it('means the person the story is about', () => {
    expect(speakers(`${H}Singer Tomas Harlow has cancelled his tour. Harlow was due to play ten dates.\n\n"I am sorry to let my fans down," the 41-year-old chart-topper told reporters.`)).toEqual([
      ['I am sorry to let my fans down,', 'Tomas Harlow'],
    ]);
  });
});

describe('an unnamed spokesman after a sentence about a body', () => {
  it('speaks for that body', () => {
    expect(speakers(`${H}The Home Office has announced new border rules. Critics attacked the plan on Monday.\n\nThe Home Office defended the measures. A spokesman said: "These rules keep people safe."`)).toEqual([
      ['These rules keep people safe.', 'Home Office'],
    ]);
  });

  it('stays unnamed after a sentence about a person', () => {
    expect(speakers(`${H}The Home Office has announced new border rules. Critics attacked the plan on Monday.\n\nMinister Petra Lindqvist defended the measures. A spokesman said: "These rules keep people safe."`)).toEqual([
      ['These rules keep people safe.', null],
    ]);
  });
});

describe('a role for a place joined by "and"', () => {
  it('keeps the whole role as the subject, not the last place', () => {
    expect(extract(`${H}The MP for Tarrow and Wendle said the plan was a disgrace.`).quotes.map((q) => q.speakerText)).toEqual(['The MP for Tarrow and Wendle']);
  });

  it('still splits two people joined by "and"', () => {
    expect(extract(`${H}The vote was lost by Hanna Orme and Ravi Castell said the plan was a disgrace.`).quotes.map((q) => q.speakerText)).toEqual(['Ravi Castell']);
  });
});

describe('people speaking together', () => {
  it('credits no single person', () => {
    expect(speakers(`${H}Jane Hollis, Mark Trent and Sara Bell all said the plan was a disgrace. Both Tom Greer and Lucy Hart said they would vote against it.`)).toEqual([
      ['the plan was a disgrace', null],
      ['they would vote against it', null],
    ]);
  });

  it('still credits one person after a conjunction joining clauses', () => {
    expect(speakers(`${H}Jane Hollis arrived late and Mark Trent said the plan was a disgrace.`)).toEqual([
      ['the plan was a disgrace', 'Mark Trent'],
    ]);
  });
});

describe('the writer\'s own idioms', () => {
  it('are no reported speech', () => {
    expect(speakers(`${H}Having said that, Rovers are yet to concede a goal. That said, the team looks tired. But that being said, the fans are happy. Needless to say, the board was pleased.`)).toEqual([]);
  });

  it('leave real speech alone', () => {
    expect(speakers(`${H}That said, the team looks tired. Lucy Hart said that the club was safe.`)).toEqual([
      ['the club was safe', 'Lucy Hart'],
    ]);
    // A clause follows "that": the writer reports what someone said.
    expect(extract(`${H}Having said that he would resign, Tom Greer stayed on.`).quotes).toHaveLength(1);
  });
});

describe('a post on a named platform', () => {
  it('skips the platform and its former name', () => {
    expect(speakers(`${H}Maria Santos wrote on X, formerly Twitter, that the vote was rigged. Santos said on Truth Social that she would appeal.`)).toEqual([
      ['the vote was rigged', 'Maria Santos'],
      ['she would appeal', 'Maria Santos'],
    ]);
  });
});

describe('a US senator with a party tag in brackets and an appositive', () => {
  it('is the speaker, not the bracket', () => {
    expect(speakers(`${H}Sen. Margaret Hollis (D-Ore.), the bill's lead sponsor, told reporters after the vote that she had not given up. Sen. Thomas Wyatt (R-Kan.), who had co-sponsored an earlier version, said Wednesday that the new language went too far.`)).toEqual([
      ['she had not given up', 'Margaret Hollis'],
      ['the new language went too far', 'Thomas Wyatt'],
    ]);
  });
});

describe('"a spokesperson for the agency"', () => {
  it('speaks for the body the noun means', () => {
    expect(speakers(`${H}Southwest District Health, the regional health agency, said it was working with schools. Southwest District Health has closed two clinics. A spokesperson for the agency said about 180 students were under exclusion orders.`)).toEqual([
      ['it was working with schools', 'Southwest District Health'],
      ['about 180 students were under exclusion orders', 'Southwest District Health'],
    ]);
  });

  it('stays unnamed when no body was named', () => {
    expect(speakers(`${H}Health officials met on Monday. A spokesperson for the agency said about 180 students were under exclusion orders.`)).toEqual([
      ['about 180 students were under exclusion orders', null],
    ]);
  });
});

describe('a body opening the sentence after a description, then "and said"', () => {
  it('speaks', () => {
    expect(speakers(`${H}Acme Corp said profits fell. Dutch chip equipment maker Acme Corp cut its sales forecast on Tuesday and said its chief executive would step down.`)).toEqual([
      ['its chief executive would step down', 'Acme Corp'],
    ]);
  });

  it('does not speak when named inside a clause after a verb', () => {
    expect(speakers(`${H}Acme Corp shares fell. Analysts claimed Acme Corp's outlook was weak but stressed that the shares were cheap.`)).toEqual([
      ['the shares were cheap', null],
    ]);
  });
});

describe('a pronoun after a sentence about someone never named', () => {
  it('means that unnamed person, not the last person named', () => {
    expect(speakers(`${H}Kerry Whitlow, 39, has pleaded guilty to money laundering. Giving evidence, the daughter of a 91-year-old resident described her shock when she discovered the withdrawals. "Mum couldn't even hold a pen by then," she told the court.`)).toEqual([
      ["Mum couldn't even hold a pen by then,", null],
    ]);
    expect(speakers(`${H}Kerry Whitlow, 39, has pleaded guilty to money laundering. A neighbour described the noise. "It went on all night," he said.`)).toEqual([
      ['It went on all night,', null],
    ]);
  });

  it('still means the person named when the unnamed one only sat by', () => {
    expect(speakers(`${H}Kerry Whitlow, 39, has pleaded guilty to money laundering. Whitlow described her shock when she discovered the withdrawals. "I never meant it," she told the court.`)).toEqual([
      ['I never meant it,', 'Kerry Whitlow'],
    ]);
    expect(speakers(`${H}Kerry Whitlow, 39, has pleaded guilty to money laundering. The daughter of a resident sat in the gallery. "I am sorry," Whitlow told the court. "I never meant it," she said.`)).toEqual([
      ['I am sorry,', 'Kerry Whitlow'],
      ['I never meant it,', 'Kerry Whitlow'],
    ]);
  });
});

describe('a member named by their seat ("The MP for Tarrow and Wendle said")', () => {
  it('means the person the story is about', () => {
    expect(speakers(`${H}Labour backbencher Colm Brannick has praised the Tory campaign. Mr Brannick predicted the campaign would pick up.\n\nThe MP for Tarrow and Wendle said the prime minister had been tired.`)).toEqual([
      ['the prime minister had been tired', 'Colm Brannick'],
    ]);
  });

  it('is no seat without a place name', () => {
    const said = speakers(`${H}Labour backbencher Colm Brannick has praised the Tory campaign. Mr Brannick predicted the campaign would pick up.\n\nThe MP for the area said the prime minister had been tired.`);
    expect(said).toEqual([
      ['the prime minister had been tired', null],
    ]);
  });
});
