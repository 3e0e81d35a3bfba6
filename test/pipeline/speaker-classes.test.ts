import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// Attribution classes of everyday news copy: letters, descriptors of the story's subject, bodies speaking
// jointly or as "they", titles of a shared surname. Invented texts, with texts each rule must leave alone.

const H = 'Harbour levy row deepens\n\n';

const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

describe('a letter: "X has written to Y accusing ..."', () => {
  it('credits the quoted words to the writer', () => {
    expect(speakers(`${H}Party chairman Corin Valdane has written to the harbour board accusing the council of a "flagrant and deliberate breach" of the rules.`)).toEqual([
      ['flagrant and deliberate breach', 'Corin Valdane'],
    ]);
  });

  it('does not make a speaker of a song written by someone', () => {
    expect(speakers(`${H}The album, written by Corin Valdane, opens with "Tides of the Northern Harbour Again".`)).toEqual([]);
  });
});

describe('a descriptor of the story\'s subject after the verb', () => {
  it('means the person the story is about', () => {
    expect(speakers(`${H}Declan Furlow has won the coastal marathon for the third time.\n\n"It was the hardest race of my life," says the Waterford man.`)).toEqual([
      ['It was the hardest race of my life,', 'Declan Furlow'],
    ]);
    expect(speakers(`${H}Declan Furlow scored twice for the visitors.\n\n"We needed that win," said the Sale winger.`)).toEqual([
      ['We needed that win,', 'Declan Furlow'],
    ]);
  });

  it('passes over a person the descriptor\'s sex rules out', () => {
    expect(speakers(`${H}Declan Furlow won the men's race. Mrs Orla Brady won the women's race.\n\n"It was the hardest race of my life," says the Waterford man.`)).toEqual([
      ['It was the hardest race of my life,', 'Declan Furlow'],
    ]);
  });

  it('leaves a bare "the man" to nobody named', () => {
    expect(speakers(`${H}Declan Furlow runs the ferry. A passenger was hurt on Monday.\n\n"It was terrifying," the man said.`)).toEqual([
      ['It was terrifying,', null],
    ]);
  });
});

describe('bodies speaking jointly', () => {
  it('are credited to the body the story names first', () => {
    for (const subject of ['The two companies', 'Both companies']) {
      expect(speakers(`${H}Acme Corp said on Monday it had agreed to buy Borlund Holdings. ${subject} said the deal would create 300 jobs.`)).toEqual([
        ['it had agreed to buy Borlund Holdings', 'Acme Corp'],
        ['the deal would create 300 jobs', 'Acme Corp'],
      ]);
    }
  });

  it('stay unnamed when no body was named, or when they are a whole industry', () => {
    expect(speakers(`${H}Two ferry firms have agreed to merge. The two companies said the deal would create 300 jobs.`)).toEqual([
      ['the deal would create 300 jobs', null],
    ]);
    expect(speakers(`${H}Acme Corp said on Monday it had agreed to buy Borlund Holdings. The tobacco companies said the deal would create 300 jobs.`)).toEqual([
      ['it had agreed to buy Borlund Holdings', 'Acme Corp'],
      ['the deal would create 300 jobs', null],
    ]);
  });
});

describe('"they said" after a body spoke', () => {
  it('continues the body', () => {
    expect(speakers(`${H}The Harbour Trust says the levy will cost jobs. They say the money should go to the lifeboats instead.`)).toEqual([
      ['the levy will cost jobs', 'Harbour Trust'],
      ['the money should go to the lifeboats instead', 'Harbour Trust'],
    ]);
  });

  it('stays unnamed after a person or nobody spoke', () => {
    expect(speakers(`${H}Ilse Marwick said the levy would cost jobs. They said the money should go to the lifeboats.`)).toEqual([
      ['the levy would cost jobs', 'Ilse Marwick'],
      ['the money should go to the lifeboats', null],
    ]);
    expect(speakers(`${H}The Harbour Trust was founded in 1990. Ferries stopped running last year. They said the money should go to the lifeboats.`)).toEqual([
      ['the money should go to the lifeboats', null],
    ]);
  });
});

describe('"she" and a title written before a surname two people share', () => {
  it('keeps the woman the story names in full', () => {
    expect(speakers(`${H}Singer Marco Dellamore faces trial in March. His mother Rosa Dellamore said on Sunday that her son was innocent. Describing Mr Dellamore as a good person, she said he would not get a fair trial. "I know his character," she said.`)).toEqual([
      ['her son was innocent', 'Rosa Dellamore'],
      ['he would not get a fair trial', 'Rosa Dellamore'],
      ['I know his character,', 'Rosa Dellamore'],
    ]);
  });
});

describe('a lead hiding a person behind "a backbencher"', () => {
  it('is the person the next sentence names speaking', () => {
    expect(speakers(`${H}The levy is a tax on trade, a Liberal backbencher has said. Derek Holt said the levy would cost jobs.`)).toEqual([
      ['The levy is a tax on trade', 'Derek Holt'],
      ['the levy would cost jobs', 'Derek Holt'],
    ]);
  });
});

describe('a surname after describing words', () => {
  it('names the one person known by it', () => {
    expect(speakers(`${H}Film star Clive Brennan won best actor. "I am thrilled," the Oscar-nominated Brennan told reporters.`)).toEqual([
      ['I am thrilled,', 'Clive Brennan'],
    ]);
  });
});

describe('"he" after a sentence naming several people', () => {
  it('passes over a name in an aside', () => {
    expect(speakers(`${H}The harbour club, despite having Gordon Hale still out injured, welcomed back captain Brian Tully. "It really helped," he said.`)).toEqual([
      ['It really helped,', 'Brian Tully'],
    ]);
  });

  it('passes over a person talked about in a reported clause', () => {
    expect(speakers(`${H}Derek Holt spoke at a rally on Monday. The MP for Harbourside said Prime Minister Tony Blair had been hurt by the war. But Mr Blair would recover, he added.`)).toEqual([
      // A member named by a seat is the person the story is about.
      ['Prime Minister Tony Blair had been hurt by the war', 'Derek Holt'],
      ['But Mr Blair would recover', 'Derek Holt'],
    ]);
  });
});

describe('"X did something with Y and said"', () => {
  it('credits the subject of the sentence, not a name in its object', () => {
    expect(speakers(`${H}Derek Holt runs the ferry. A Liberal party spokesman played down differences with Mr Holt and said the levy would stay.`)).toEqual([
      ['the levy would stay', null],
    ]);
  });

  it('keeps the subject of a later clause of its own', () => {
    expect(speakers(`${H}Acme Corp kept the levy, but its lawyer, Derek Holt, told the court on Monday that the firm would appeal and added: "We will win this case."`)).toEqual([
      ['the firm would appeal', 'Derek Holt'],
      ['We will win this case.', 'Derek Holt'],
    ]);
  });
});

describe('a quotation standing alone after an unnamed speaker', () => {
  it('is the unnamed speaker\'s, not the last person quoted', () => {
    expect(speakers(`${H}"We will win the vote," said Derek Holt. A Liberal party spokesman said the levy would stay. "This is a choice between growth and decline."`)).toEqual([
      ['We will win the vote,', 'Derek Holt'],
      ['the levy would stay', null],
      ['This is a choice between growth and decline.', null],
    ]);
  });

  it('still goes back to the last person quoted after a role nobody was named with', () => {
    // ("However," keeps the role from carrying Holt on, as an office right after his words otherwise would.)
    expect(speakers(`${H}"We will win the vote," said Derek Holt. However, the Liberal chairman said the levy would stay. "This is a choice between growth and decline."`)).toEqual([
      ['We will win the vote,', 'Derek Holt'],
      ['the levy would stay', null],
      ['This is a choice between growth and decline.', 'Derek Holt'],
    ]);
  });
});

describe('the channel after the verb', () => {
  it('is skipped before the clause: a blog post, a statement released by a lawyer, a book', () => {
    expect(speakers(`${H}Economist Harald Brune wrote in a blog post that rates would rise.`)).toEqual([['rates would rise', 'Harald Brune']]);
    expect(speakers(`${H}Karen Holt resigned on Monday. "I am proud of what we achieved," she said in a statement released by her lawyer.`)).toEqual([
      ['I am proud of what we achieved,', 'Karen Holt'],
    ]);
    expect(speakers(`${H}The levy will cost jobs, Karen Holt says in her new book.`)).toEqual([['The levy will cost jobs', 'Karen Holt']]);
  });
});

describe('a participle after a subject with an aside between dashes', () => {
  it('credits the subject before the aside', () => {
    expect(speakers(`${H}Acme Records said on Monday the tour was off. The label - whose biggest act sold a million albums - thanked fans, adding: "We are heartbroken to let you down."`)).toEqual([
      ['the tour was off', 'Acme Records'],
      ['We are heartbroken to let you down.', 'Acme Records'],
    ]);
  });
});

describe('a name followed by a bare role with its body', () => {
  it('is the speaker, not the body', () => {
    expect(speakers(`${H}In a statement, Dr John E. Kelly, IBM senior vice president, Technology and Intellectual Property, said: "True innovation is more than numbers."`)).toEqual([
      ['True innovation is more than numbers.', 'John E Kelly'],
    ]);
  });
});

describe('a role with the name of a body or place before it', () => {
  it('is the one person holding that role', () => {
    expect(speakers(`${H}Chester have won two games but Chairman Steve Vaughan claims he cannot afford to sack the manager. But the Chester chairman added: "They decided to withdraw the agreement."`)).toEqual([
      ['he cannot afford to sack the manager', 'Steve Vaughan'],
      ['They decided to withdraw the agreement.', 'Steve Vaughan'],
    ]);
  });

  it('is not a surname that is also a role', () => {
    expect(speakers(`${H}Singer Courtney Love denies the charge. Ms King said the singer threw a bottle.`)).toEqual([
      ['the singer threw a bottle', null],
    ]);
  });
});

describe('a clause opening with "if"', () => {
  it('is reported when a modal of its own follows', () => {
    expect(speakers(`${H}Homeowners expect prices to rise, Mr Bannister said. He said if the growth continued then the Bank of England may increase interest rates.`)).toEqual([
      ['Homeowners expect prices to rise', 'Bannister'],
      ['if the growth continued then the Bank of England may increase interest rates', 'Bannister'],
    ]);
  });
});

describe('a name with an unclosed description before at/of/for', () => {
  it('is the speaker, not the body the description names', () => {
    expect(speakers(`${H}Acme Corp published a report on Monday. "What we propose is a civic commons," Will Davies, senior research fellow at Acme Corp told reporters.`)).toEqual([
      ['What we propose is a civic commons,', 'Will Davies'],
    ]);
  });
});

describe('"he" after a sentence naming someone only in a relative clause', () => {
  it('goes back to the person the story was about', () => {
    expect(speakers(`${H}Tim Henman beat Cyril Saulnier last year. The seventh seed, who is lined up to meet Andy Roddick in the last eight, is looking forward to the match. "He is a tough player," he said.`)).toEqual([
      ['He is a tough player,', 'Tim Henman'],
    ]);
  });
});

describe('reported clauses that open unusually', () => {
  it('reads a clause opening with a quoted phrase, with "much of" or "more than" far from its verb, and after a named programme', () => {
    expect(speakers(`${H}G7 ministers met on Saturday and Jim Baker said "excess volatility" would impede growth.`)).toEqual([
      ['"excess volatility" would impede growth', 'Jim Baker'],
      ['excess volatility', 'Jim Baker'],
    ]);
    expect(speakers(`${H}Jim Baker said much of the money pledged by the US had not yet been dispensed.`)).toEqual([
      ['much of the money pledged by the US had not yet been dispensed', 'Jim Baker'],
    ]);
    expect(speakers(`${H}Earlier, Jim Baker told BBC Radio 4's Today programme the US had increased support for Africa.`)).toEqual([
      ['the US had increased support for Africa', 'Jim Baker'],
    ]);
  });

  it('leaves a quoted word with no clause after it, and "said more about"', () => {
    expect(speakers(`${H}Jim Baker said "hello" to the crowd.`)).toEqual([]);
    expect(speakers(`${H}The vote said more about the party than the voters were willing to admit.`)).toEqual([]);
  });
});
