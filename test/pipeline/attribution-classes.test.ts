import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// Classes of attribution met in wire and broadcast copy: each rule with invented texts, and texts it must leave alone.

const H = 'Lakeside council weighs new tram line\n\n';

const pairs = (body: string): [string, string, string | null][] => quotesOf(body).map((q) => [q.kind, q.text, q.speaker]);

describe('"According to X, ..." opening a sentence', () => {
  it('reports the clause after the source, person or unnamed', () => {
    expect(pairs(`${H}The line would cost 40m euros. According to Mirela Vasquez, the council will vote on the plan in March.\n\nAccording to traders at Kestrel Bank, tram bonds will rise.`)).toEqual([
      ['indirect', 'the council will vote on the plan in March', 'Mirela Vasquez'],
      ['indirect', 'tram bonds will rise', null],
    ]);
  });

  it('leaves "according to plan" and a source with no clause alone', () => {
    expect(pairs(`${H}According to plan, the works began on time. According to the timetable.`)).toEqual([]);
  });
});

describe('an unnamed source noun followed by a name', () => {
  it('credits the name standing right after the noun', () => {
    expect(pairs(`${H}Rail analysts Tramview Research said 2,000 riders a day would use the line. Analyst Petra Lindqvist said fares would rise.`)).toEqual([
      ['indirect', '2,000 riders a day would use the line', 'Tramview Research'],
      ['indirect', 'fares would rise', 'Petra Lindqvist'],
    ]);
  });

  it('keeps an analyst at a named firm unnamed', () => {
    expect(pairs(`${H}Tramview Research published its forecast. One analyst at Tramview Research said 2,000 riders a day would use the line.`)).toEqual([
      ['indirect', '2,000 riders a day would use the line', null],
    ]);
  });
});

describe('"According to X, Y, ..." with a name or role in apposition', () => {
  it('starts the clause after the appositive', () => {
    expect(pairs(`${H}According to the transport office, Tramstat, ridership rose by a tenth last year.`)).toEqual([
      ['indirect', 'ridership rose by a tenth last year', null],
    ]);
  });

  it('keeps a subject followed by its own aside', () => {
    expect(pairs(`${H}According to police, Tomas Arvidsson, 45, was arrested at the depot.`)[0]?.[1]).toBe('Tomas Arvidsson, 45, was arrested at the depot');
  });

  it('drops a source that runs into its clause with no comma', () => {
    expect(pairs(`${H}According to Tramview 44% of riders use one line, 48% use two and the rest more.`)).toEqual([]);
  });
});

describe('names written where the name stages did not mark them', () => {
  it('finds a body written in lower case and a particle surname opening a sentence', () => {
    const quotes = pairs(`${H}The Tram Safety Office said on Monday that the rules would change. The tram safety office says drivers must rest every four hours.\n\nTransport minister Pieter van Aalst set a deadline. Van Aalst said the line would open in May.`);
    expect(quotes).toContainEqual(['indirect', 'drivers must rest every four hours', 'Tram Safety Office']);
    expect(quotes).toContainEqual(['indirect', 'the line would open in May', 'Pieter van Aalst']);
  });

  it('credits the company, not its Reuters ticker', () => {
    const quotes = quotesOf(`BRUSSELS, March 3 (Reuters) - Kalvo Steel Ltd <KALV.B> said its profit rose by a fifth.\n\nIt said orders from carmakers were strong.\n\nKalvo said it would pay a dividend of two crowns.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Kalvo', 'Kalvo', 'Kalvo']);
  });

  it('does not credit a body whose name is only part of a longer one', () => {
    const quotes = pairs(`${H}The Tram Safety Office published new rules. The Tram Safety Officers Union said drivers were tired.`);
    expect(quotes.map((q) => q[2])).not.toContain('Tram Safety Office');
  });
});

describe('"the company said" and "it said" after a sentence about a body', () => {
  const R = 'OSLO, March 2 (Reuters) - ';

  it('take the body the sentence before named as its subject, not one named as its object', () => {
    const quotes = quotesOf(`${R}Norrland Cable Corp said it agreed to form a venture with Vesta Electric Co Ltd of Finland.\n\nThe company said the venture would make ship cables.\n\nIt would start work in May, it added.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Norrland Cable Corp', 'Norrland Cable Corp', 'Norrland Cable Corp']);
  });

  it('leave a sentence about a person to the older rules', () => {
    const quotes = quotesOf(`${R}Vesta Electric Co Ltd said it would cut 200 jobs.\n\nChief executive Jonas Berg met unions on Monday.\n\nIt said the cuts would be voluntary.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Vesta Electric Co Ltd', 'Vesta Electric Co Ltd']);
  });

  it('keep a body reported in a ticker or a bracketed short form out of the subject', () => {
    const quotes = quotesOf(`${R}Vesta Electric Co Ltd <VEST.HE> said its sales rose.\n\nIt said orders were strong.\n\nVesta said the dividend would rise.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Vesta', 'Vesta', 'Vesta']);
  });
});

describe('"its lawyer said" after a sentence about a body nobody named', () => {
  it('stays unnamed rather than taking a body named in passing', () => {
    const quotes = quotesOf(`OSLO, March 2 (Reuters) - Vesta Electric Co Ltd said it would sell its stake in Norrland Cable.\n\nThe Berg family group opposed the sale. Its lawyer said the price was too low.`);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['it would sell its stake in Norrland Cable', 'Vesta Electric Co Ltd'],
      ['the price was too low', null],
    ]);
  });
});

describe('an unnamed spokesperson speaking on', () => {
  it('keeps "he" and "the spokesman" with the body the spokesman speaks for', () => {
    const quotes = pairs(`${H}A spokesman for the Lakeside Transport Authority said the line would be ready in 2009. The council wants it sooner. "We are working flat out," he said. The spokesman said the budget was fixed.`);
    expect(quotes.map((q) => q[2])).toEqual(['Lakeside Transport Authority', 'Lakeside Transport Authority', 'Lakeside Transport Authority']);
  });

  it('leaves "he" unnamed after a spokesman nobody is named for, instead of taking an earlier person', () => {
    const quotes = pairs(`${H}Mayor Ines Calder said the line was vital. A spokesman said the tender would close in June. He added that six firms had bid.`);
    expect(quotes.map((q) => q[2])).toEqual(['Ines Calder', null, null]);
  });

  it('does not carry a spokesman over a sentence where a person spoke', () => {
    const quotes = pairs(`${H}A spokesman for the Lakeside Transport Authority said the line would be ready in 2009. Engineer Tomas Berg said the tunnel was the hard part. He said it would take a year.`);
    expect(quotes.map((q) => q[2])).toEqual(['Lakeside Transport Authority', 'Tomas Berg', 'Tomas Berg']);
  });

  it('credits a company spokesman to the company the story is about', () => {
    const quotes = quotesOf(`OSLO, March 2 (Reuters) - Vesta Electric Co Ltd said it would cut 200 jobs.\n\nAbout 50 would go this year, said a company spokesman. He said the rest would follow in 1988.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Vesta Electric Co Ltd', 'Vesta Electric Co Ltd', 'Vesta Electric Co Ltd']);
  });
});

describe('a role belonging to someone: "her agent", "the singer’s spokesman"', () => {
  it('takes the person named later with that role, or the person the spokesman speaks for', () => {
    const quotes = pairs(`${H}Singer Mara Quist has cancelled her tour. She is unwell with a throat infection, her agent said. Agent Leo Brandt said: "She needs rest." The singer's spokesman said tickets would be refunded.`);
    expect(quotes.map((q) => [q[1], q[2]])).toEqual([
      ['She is unwell with a throat infection', 'Leo Brandt'],
      ['She needs rest.', 'Leo Brandt'],
      ['tickets would be refunded', 'Mara Quist'],
    ]);
  });

  it('credits the spokesman of an office to the person named as holding it', () => {
    const quotes = pairs(`${H}Prime Minister Ana Ferreira met the mayor. The prime minister's official spokesman said the line was a priority.`);
    expect(quotes).toEqual([['indirect', 'the line was a priority', 'Ana Ferreira']]);
  });

  it('credits a statement on her website to her', () => {
    const quotes = pairs(`${H}Runner Edda Solberg will miss the race. "My foot needs another month," a statement on her website said.`);
    expect(quotes).toEqual([['direct', 'My foot needs another month,', 'Edda Solberg']]);
  });

  it('leaves a lawyer of nobody named unnamed', () => {
    const quotes = pairs(`${H}The driver was charged on Monday. His lawyer said the charge would be fought.`);
    expect(quotes).toEqual([['indirect', 'the charge would be fought', null]]);
  });
});

describe('an unclosed appositive holding "and"', () => {
  it('credits the name before the comma', () => {
    const quotes = pairs(`${H}Dana Holt, the leader of the Tram and Bus Workers Union said: "We will strike."\n\nOla Berg, spokeswoman for the Fire and Rescue Service said the depot was safe.`);
    expect(quotes.map((q) => q[2])).toEqual(['Dana Holt', 'Ola Berg']);
  });
});

describe('"he" after a spokesman who talked about someone', () => {
  it('means the person the spokesman talked about', () => {
    const quotes = pairs(`${H}A spokesman said chairman Tomas Berg would retire in May. He was quoted by a local paper as saying he would stay on the board.`);
    expect(quotes.map((q) => q[2])).toEqual([null, 'Tomas Berg']);
  });
});

describe('"he said" after an unnamed single speaker', () => {
  it('stays with the unnamed speaker, not a spokesman heard earlier', () => {
    const quotes = pairs(`${H}A spokesman for the Lakeside Transport Authority said the tender was open. One engineer said the tunnel was too narrow. "It will flood every winter," he said.`);
    expect(quotes.map((q) => q[2])).toEqual(['Lakeside Transport Authority', null, null]);
  });
});

describe('a reported clause before its attribution', () => {
  it('may hold a short quoted phrase, which is a direct quote too', () => {
    expect(pairs(`${H}The depot was a "vital step" towards the new line, Mayor Ines Calder said.`)).toEqual([
      ['indirect', 'The depot was a "vital step" towards the new line', 'Ines Calder'],
      ['direct', 'vital step', 'Ines Calder'],
    ]);
  });

  it('ends before a role and a name set off by commas', () => {
    expect(pairs(`${H}The tender was delayed because two bidders withdrew, the council's lawyer, Petra Lind, said.`)).toEqual([
      ['indirect', 'The tender was delayed because two bidders withdrew', 'Petra Lind'],
    ]);
  });

  it('is not a quotation with a few words outside it', () => {
    expect(pairs(`${H}"The line will never pay for itself," he wrote, Mayor Ines Calder said.`).filter((q) => q[0] === 'indirect')).toEqual([]);
  });
});

describe('one quoted word completing a reported clause', () => {
  it('is a direct quote after a copula, not a scare quote elsewhere', () => {
    const quotes = pairs(`${H}Mayor Ines Calder told the paper the fares were "unfair" and would be cut. The "green" trams run at night.`);
    expect(quotes.filter((q) => q[0] === 'direct')).toEqual([['direct', 'unfair', 'Ines Calder']]);
  });
});

describe('a clause quoting words before an attribution to nobody named', () => {
  it('is left out, while the same clause credited to a named speaker is kept', () => {
    expect(pairs(`${H}The depot was a "vital step" towards the new line, officials said.`).filter((q) => q[0] === 'indirect')).toEqual([]);
  });
});

describe('"he said" after a clause naming someone', () => {
  it('means the speaker of the sentences before, not the person the clause is about', () => {
    const quotes = pairs(`${H}Councillor Ruth Okafor attacked the plan. She said the cost had doubled. Mayor Ines Calder had been misled by the contractors, she said.`);
    expect(quotes.map((q) => q[2])).toEqual(['Ruth Okafor', 'Ruth Okafor']);
  });
});

describe('where the writer takes over', () => {
  it('ends the clause before "but could give no details" and before a dash opening a comment', () => {
    expect(pairs(`${H}A Tramco spokesman said an eventual venture was likely but could give no details. Mayor Ines Calder said the fares were up to the council - a hint which riders took badly.`).map((q) => q[1])).toEqual([
      'an eventual venture was likely',
      'the fares were up to the council',
    ]);
  });

  it('keeps "but" with a subject of its own inside the clause', () => {
    expect(pairs(`${H}Mayor Ines Calder said the line was late but the cost had not risen.`).map((q) => q[1])).toEqual(['the line was late but the cost had not risen']);
  });

  it('does not read the clause before a participle as reported', () => {
    expect(pairs(`${H}Council officials gave a briefing to residents on Monday, explaining the new timetable.`)).toEqual([]);
  });
});

describe('a claim without "that"', () => {
  it('reports a clause opening with a subject pronoun and a verb', () => {
    expect(pairs(`${H}The driver was sued by a passenger who claimed he and his friends had been thrown off the tram.`).map((q) => q[1])).toEqual(['he and his friends had been thrown off the tram']);
  });

  it('leaves "claimed the title" and "confirmed it" alone', () => {
    expect(pairs(`${H}Ruth Okafor claimed the title in May. The council confirmed it on Monday.`)).toEqual([]);
  });
});

describe('"according to" closing a sentence without a comma', () => {
  it('reports the sentence before a short source', () => {
    expect(pairs(`${H}Only a third of riders buy monthly passes according to surveys.`)).toEqual([['indirect', 'Only a third of riders buy monthly passes', null]]);
  });
});

describe('a relative clause after an inverted name', () => {
  it('is not part of the speaker', () => {
    const quotes = pairs(`${H}Ruth Okafor and Tomas Berg opened the depot. "It is a fine day," said Okafor who thanked Berg for the loan.`);
    expect(quotes).toEqual([['direct', 'It is a fine day,', 'Ruth Okafor']]);
  });
});

describe('a relative clause holding its own claim', () => {
  it('closes at its comma, leaving the main verb its clause', () => {
    expect(pairs(`${H}Ruth Okafor, who last year denied she planned to stand, said the fares were too high.`).map((q) => q[1])).toEqual([
      'she planned to stand',
      'the fares were too high',
    ]);
  });
});

describe('a body described rather than named', () => {
  it('"the world\\u2019s biggest X" and "the non-partisan X" point back to the body', () => {
    const quotes = pairs(`${H}Tramco Holdings said it would bid for the line. Profits fell by a tenth last year, the world's biggest tram maker said. The plan was costly, the non-partisan charity Transit Watch said.\n\nThe independent group said fares would rise.`);
    expect(quotes.slice(0, 2).map((q) => q[2])).toEqual(['Tramco Holdings', 'Tramco Holdings']);
  });

  it('keeps a modifier that names a different kind of body unresolved', () => {
    const quotes = pairs(`${H}Tramco Holdings said it would bid for the line. Fares would rise by a fifth next year, the aid agency said.`);
    expect(quotes.map((q) => q[2])).toEqual(['Tramco Holdings', null]);
  });
});

describe('"X did not say when, but said ..."', () => {
  it('credits the body opening the sentence', () => {
    const quotes = pairs(`${H}Tramco Holdings said it would bid for the line. Tramco Holdings did not say when the works would start, but said it had signed a letter of intent.`);
    expect(quotes[1]).toEqual(['indirect', 'it had signed a letter of intent', 'Tramco Holdings']);
  });
});

describe('"forecast" before a quotation', () => {
  it('attributes the quotation to the forecaster', () => {
    const quotes = pairs(`${H}Mayor Ines Calder forecast strong growth "with ridership up by a third". Tramco Holdings said the outlook was "stable", with small growth forecast in other regions.`);
    expect(quotes.filter((q) => q[0] === 'direct')).toEqual([['direct', 'with ridership up by a third', 'Ines Calder'], ['direct', 'stable', 'Tramco Holdings']]);
  });
});

describe('"For instance, said X, CLAUSE"', () => {
  it('reports the clause after the name, credited to the name', () => {
    expect(pairs(`${H}Mayor Ines Calder spoke at the depot. For instance, said Ms Calder, night trams are rarely full because few people know about them.`)).toEqual([
      ['indirect', 'night trams are rarely full because few people know about them', 'Ines Calder'],
    ]);
  });

  it('leaves a list of names alone', () => {
    expect(pairs(`${H}In the end, said Ruth, Tomas and Ines.`)).toEqual([]);
  });
});

describe('"The report says" after a lead crediting "a report"', () => {
  it('takes the source the lead was credited to', () => {
    const quotes = pairs(`Tram use to double, report says\n\nTram use will double in ten years, says a report.\n\nTransit analysts Railsight said that fares will rise. The report says the cheapest tickets will go first.`);
    expect(quotes.slice(-3).map((q) => q[2])).toEqual(['Railsight', 'Railsight', 'Railsight']);
  });
});

describe('members of a body in a mixed group', () => {
  it('speak for no one body, while members of it alone speak for it', () => {
    const quotes = quotesOf(`WASHINGTON, Feb 26 (Reuters) - The Senate said it would vote on the tram bill.\n\nA group of mayors and members of the Senate said they would back the bill.\n\nMembers of the Senate said the vote would be close.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Senate', null, 'Senate']);
  });
});
