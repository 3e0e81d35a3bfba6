import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// Who a sentence is about when its first name is not its subject: a name in a phrase set before the subject, a
// nationality or an age standing for the story's person, the subject of "X did this and said ...", the speaker a
// participle continues, a person's own statement, and a phrase quoted in the question an answer follows.
// Invented texts, with texts each rule must leave alone.

const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

describe('a name inside a phrase opening the sentence before its subject', () => {
  const H = 'Quell eyes title\n\nMarta Quell and Ingrid Solberg both won on Monday.\n\n';

  it('is not whom a following pronoun means', () => {
    expect(speakers(`${H}Before her match with Solberg, Quell believes her serve needs work. "I was too slow at the net," she said.`)).toEqual([
      ['I was too slow at the net,', 'Marta Quell'],
    ]);
    expect(speakers(`${H}Despite losing a set to Quell last year, Solberg is confident. "I know her game well," she said.`)).toEqual([
      ['I know her game well,', 'Ingrid Solberg'],
    ]);
  });

  it('is still the topic when no name follows it', () => {
    expect(speakers(`${H}After the draw, Solberg was in a cheerful mood. "It is a fair draw," she said.`)).toEqual([
      ['It is a fair draw,', 'Ingrid Solberg'],
    ]);
  });
});

describe('a nationality or an age as the subject before a pronoun', () => {
  const H = 'Varga doubt for final\n\nTomas Varga is likely to miss the final after hurting his knee in the semi-final. Tomas Varga had been in good form.\n\n';

  it('means the person the story is about, not the expert quoted on him', () => {
    expect(speakers(`${H}"He needs at least a month of rest," said team doctor Piet Lammers. "It is a bad tear." The Czech has struggled with injuries all year. "I will fight to be back," he said.`)).toEqual([
      ['He needs at least a month of rest,', 'Piet Lammers'],
      ['It is a bad tear.', 'Piet Lammers'],
      ['I will fight to be back,', 'Tomas Varga'],
    ]);
    expect(speakers(`${H}"He needs at least a month of rest," said team doctor Piet Lammers. The 27-year-old has struggled with injuries all year. "I will fight to be back," he said.`)).toEqual([
      ['He needs at least a month of rest,', 'Piet Lammers'],
      ['I will fight to be back,', 'Tomas Varga'],
    ]);
  });

  it('leaves the speaker just quoted when he was named with no office', () => {
    expect(speakers(`${H}Piet Lammers, who shares a coach with Varga, said: "I think the knee will hold." The Dutchman has played with him for years. "He is tough," he said.`)).toEqual([
      ['I think the knee will hold.', 'Piet Lammers'],
      ['He is tough,', 'Piet Lammers'],
    ]);
  });
});

describe('"X did this to Y and said"', () => {
  it('is said by the subject past a long opening phrase, not by the object', () => {
    expect(speakers('Fraud trial hears boss\n\nDuring his third day on the stand at the Denver trial Mr Halvorsen played down his ties with Mr Brandt and said he rarely met him.')).toEqual([
      ['he rarely met him', 'Halvorsen'],
    ]);
  });

  it('leaves a sentence whose first name is no subject to the clause rules', () => {
    expect(speakers('Fraud trial hears boss\n\nMr Halvorsen was in court. And the former finance chief believes Mr Brandt is to blame and says the books were clean.')).toEqual([
      ['the books were clean', 'Brandt'],
    ]);
  });
});

describe('a participle after "he told the court,"', () => {
  it('goes to whom the pronoun means, not to a person talked about before the quotation', () => {
    expect(speakers('Fraud trial hears boss\n\nMr Halvorsen denied the charges on Tuesday. Mr Brandt "kept the books," he told the district court, saying his deputy had "a fine head for figures".')).toEqual([
      ['kept the books,', 'Halvorsen'],
      ['his deputy had "a fine head for figures"', 'Halvorsen'],
      ['a fine head for figures', 'Halvorsen'],
    ]);
  });
});

describe('"Mr X\'s statement said"', () => {
  it('is that person speaking', () => {
    expect(speakers('Tycoon says sorry\n\nDairy tycoon Carlo Benassi was arrested in March. "I am sorry for the harm I caused," Mr Benassi\'s statement said.')).toEqual([
      ['I am sorry for the harm I caused,', 'Carlo Benassi'],
    ]);
  });

  it('leaves "the statement" with nobody before it to nobody', () => {
    expect(speakers('Tycoon says sorry\n\nDairy tycoon Carlo Benassi was arrested in March. "Nobody was harmed," the statement said.')).toEqual([
      ['Nobody was harmed,', null],
    ]);
  });
});

describe('a phrase quoted inside an opening question', () => {
  it('is the question\'s wording, not the answer', () => {
    expect(speakers('Greens deny plan\n\nGreen leader Rhona Pell spoke on Monday. Asked if this was the party\'s "scorched earth plan" Ms Pell said it was not a phrase she used.')).toEqual([
      ['it was not a phrase she used', 'Rhona Pell'],
    ]);
    expect(speakers('Greens deny plan\n\nGreen leader Rhona Pell spoke on Monday. Asked whether the deal was "fair and square", she replied: "It was the best we could get."')).toEqual([
      ['It was the best we could get.', 'Rhona Pell'],
    ]);
  });

  it('keeps the answer\'s own quotation and a phrase after the answering verb', () => {
    expect(speakers('Greens deny plan\n\nGreen leader Rhona Pell spoke on Monday. Asked about the row Ms Pell told the BBC it was "a storm in a teacup".')).toEqual([
      ['it was "a storm in a teacup"', 'Rhona Pell'],
      ['a storm in a teacup', 'Rhona Pell'],
    ]);
  });
});

describe('a participle after an attribution or a long opening phrase', () => {
  const H = 'Port fees row\n\nPort chief Ada Lund and Tomas Rind met on Monday.\n\n';

  it('hangs on the attribution just before it, whatever its verb', () => {
    expect(speakers(`${H}"We trust this board," Mr Rind continued, adding that any review would be short.`)).toEqual([
      ['We trust this board,', 'Tomas Rind'],
      ['any review would be short', 'Tomas Rind'],
    ]);
    expect(speakers(`${H}The new fee is politically motivated, Mr Rind claimed, adding that he paid the old one in May.`)).toEqual([
      ['The new fee is politically motivated', 'Tomas Rind'],
      ['he paid the old one in May', 'Tomas Rind'],
    ]);
  });

  it('reaches the name past an appositive after the verb', () => {
    expect(speakers(`${H}"It is a severe setback," said Vera Kolb, a professor at Harwick Law School, adding that an appeal was likely.`)).toEqual([
      ['It is a severe setback,', 'Vera Kolb'],
      ['an appeal was likely', 'Vera Kolb'],
    ]);
  });

  it('goes to the first person a verb follows past an opening phrase', () => {
    expect(speakers(`${H}However, Ms Lund rejected calls for a new levy, saying the port already paid more tax.`)).toEqual([
      ['the port already paid more tax', 'Ada Lund'],
    ]);
  });

  it('leaves a participle whose subject is nobody named to nobody', () => {
    expect(speakers(`${H}However, many dock workers remained defiant, saying they would ignore the ruling.`)).toEqual([
      ['they would ignore the ruling', null],
    ]);
  });
});

describe('a second speech verb joined on with no subject of its own', () => {
  const H = 'Port fees row\n\nThe port authority met on Monday.\n\n';

  it('has the speaker of the speech verb before it in the sentence', () => {
    expect(speakers(`${H}In a statement on Thursday, Harlow Docks said any bid was likely to be in cash, but added that: "There can be no assurance of a deal."`)
      .filter(([text]) => text.startsWith('There'))).toEqual([
      ['There can be no assurance of a deal.', 'Harlow Docks'],
    ]);
    expect(speakers(`${H}Freight traffic is improving, Harlow Docks said, but warned that it was not yet making money.`)).toEqual([
      ['Freight traffic is improving', 'Harlow Docks'],
      ['it was not yet making money', 'Harlow Docks'],
    ]);
  });

  it('leaves it to nobody when the first verb has no known speaker either', () => {
    expect(speakers(`${H}Freight traffic is improving, observers said, but warned that it was not yet making money.`)).toEqual([
      ['Freight traffic is improving', null],
      ['it was not yet making money', null],
    ]);
  });
});
