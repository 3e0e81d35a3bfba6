import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// Attribution shapes of modern news copy: a clause that goes on after "but", a letter or statement that speaks
// for its signer, party members speaking as a group, a body's unnamed officer, an age before a description.
// Invented texts, each with a case the rule must leave alone.

const H = 'Harbour strike enters second week\n\n';

const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

describe('a reported clause joined by "but that" or "but" and a verb', () => {
  it('runs on past a quoted phrase to the end of the second clause', () => {
    const said = speakers(`${H}Club chairman Tom Reeve said he had "put in every penny I had" but that the loss of ticket income had made the position hopeless.`);
    expect(said).toContainEqual(['he had "put in every penny I had" but that the loss of ticket income had made the position hopeless', 'Tom Reeve']);
    const understood = speakers(`${H}The theatre's director, Anna Bell, said members were "shocked" but understood the need for safety.`);
    expect(understood).toContainEqual(['members were "shocked" but understood the need for safety', 'Anna Bell']);
  });

  it('still stops where the writer takes over or another clause opens', () => {
    const declined = speakers(`${H}Club chairman Tom Reeve said the club was "in real trouble" but declined to say how much it owed.`);
    expect(declined.map(([text]) => text)).not.toContainEqual(expect.stringContaining('declined'));
    const after = speakers(`${H}Club chairman Tom Reeve said the club was "in real trouble" after the bank called in its loan.`);
    expect(after.map(([text]) => text)).not.toContainEqual(expect.stringContaining('bank called'));
  });
});

describe('a letter or a statement quoted after its signer was named', () => {
  it('speaks for whoever wrote it', () => {
    expect(speakers(`${H}The Open Web Council, a trade group whose members include several app makers, argued in a letter to the committee on Tuesday that the rule would force firms to collect data. "This rule would build huge databases of private data," the letter said.`)).toEqual([
      ['the rule would force firms to collect data', 'Open Web Council'],
      ['This rule would build huge databases of private data,', 'Open Web Council'],
    ]);
  });

  it('stays unnamed when no one was said to have written one', () => {
    expect(speakers(`${H}The Open Web Council said the rule would force firms to collect data. "This rule would build huge databases of private data," the letter said.`)).toEqual([
      ['the rule would force firms to collect data', 'Open Web Council'],
      ['This rule would build huge databases of private data,', null],
    ]);
  });
});

describe('party members speaking as a group ("Democrats said")', () => {
  it('names no speaker', () => {
    expect(speakers(`${H}Talks on the farm bill collapsed after Republican senators insisted on cuts. Democrats said that would gut money promised to rural counties. House Republicans argued the cuts were overdue.`)).toEqual([
      ['that would gut money promised to rural counties', null],
      ['the cuts were overdue', null],
    ]);
  });

  it('keeps a party named as a body', () => {
    expect(speakers(`${H}The Liberal Democrats said the plan was a mistake. Labour said it would vote against it. The Democrats said they would appeal.`)).toEqual([
      ['the plan was a mistake', 'Liberal Democrats'],
      ['it would vote against it', 'Labour'],
      ['they would appeal', 'Democrats'],
    ]);
  });
});

describe('a body\'s officer nobody was named as ("Its chief executive has said")', () => {
  it('speaks for the body', () => {
    expect(speakers(`${H}The Rail Regulation Authority said fares would rise. It is expected to set out its plans later this year. Its chief executive has previously said the regulator would be "prepared to use every tool we have".`)).toContainEqual(
      ['the regulator would be "prepared to use every tool we have"', 'Rail Regulation Authority'],
    );
  });

  it('is the person named in that role, and no former holder is the body', () => {
    expect(speakers(`${H}The Rail Regulation Authority said fares would rise. Chief executive Mara Holt took over in May. Its chief executive said the plans were sound.`)).toContainEqual(['the plans were sound', 'Mara Holt']);
    expect(speakers(`${H}The Rail Regulation Authority said fares would rise. Its former chairman said the plans were sound.`)).toContainEqual(['the plans were sound', null]);
  });
});

describe('an age between a name and its description ("said Jane Doe, 41, a nurse from Tucson who said")', () => {
  it('gives the relative clause to the person named', () => {
    expect(speakers(`${H}Patients gathered outside the statehouse on Tuesday. "Every week this waits, people suffer," said Maria Delgado, 52, a nurse from Tucson who said she lost her coverage last spring.`)).toEqual([
      ['Every week this waits, people suffer,', 'Maria Delgado'],
      ['she lost her coverage last spring', 'Maria Delgado'],
    ]);
  });
});

describe('attributions with a writer\'s tail or a modern channel', () => {
  const texts = (body: string): string[] => quotesOf(`${H}${body}`).map((q) => q.text);

  it('reads the lead clause before "officials said Wednesday, making it ..." and "the company said, while ..."', () => {
    expect(speakers(`${H}A flu outbreak in northern Nevada has grown to 63 confirmed cases, state health officials said Wednesday, making it the largest in a decade.`)).toEqual([
      ['A flu outbreak in northern Nevada has grown to 63 confirmed cases', null],
    ]);
    expect(texts('Only around a third of regional services were running, the company said, while freight trains were almost entirely halted.')).toEqual([
      'Only around a third of regional services were running',
    ]);
  });

  it('reads a source described or qualified after "according to"', () => {
    expect(speakers(`${H}Bookings for the ferries have jumped since the storm, according to Dr. Ana Ruiz, a doctor in Reno.`)).toEqual([
      ['Bookings for the ferries have jumped since the storm', 'Ana Ruiz'],
    ]);
    expect(texts('The board had been weighing a sale since early spring, according to people familiar with the matter, who asked not to be identified discussing private talks.')).toEqual([
      'The board had been weighing a sale since early spring',
    ]);
  });

  it('passes over a call, closing statements or a witness statement before "that"', () => {
    expect(texts('Finance chief Mia Holt said on a call with journalists that some permits for exports were still pending.')).toEqual(['some permits for exports were still pending']);
    expect(texts('The lawyer, Sam Greer, argued in closing statements that the witness was lying to cut his own sentence.')).toEqual(['the witness was lying to cut his own sentence']);
    expect(texts('Inspector Ray Moss said in a witness statement read to the court that officers found stolen cards in a drawer.')).toEqual(['officers found stolen cards in a drawer']);
  });

  it('reads what was told to jurors or a committee without "that"', () => {
    expect(speakers(`${H}Carl Dunne told jurors he handed the mayor envelopes of cash on at least three occasions.`)).toEqual([
      ['he handed the mayor envelopes of cash on at least three occasions', 'Carl Dunne'],
    ]);
    expect(texts('The minister told the committee the scheme would be reviewed in the spring.')).toEqual(['the scheme would be reviewed in the spring']);
  });

  it('leaves a sentence with no attribution, or a tail that is no attribution, alone', () => {
    expect(texts('Carl Dunne told jurors about the mayor, who listened quietly.')).toEqual([]);
    expect(texts('Only around a third of regional services were running on Tuesday, while freight trains were almost entirely halted.')).toEqual([]);
  });
});

describe('"Analysts at Halden Bank said", the analyst named in the next sentence', () => {
  const lead = 'Shares in Norvik Marine fell 9% on Tuesday. Analysts at Halden Bank said the forecast cut was larger than expected.';

  it('is the member of that body the next sentence names with the same noun', () => {
    expect(speakers(`${H}${lead} "The export exposure was always the question mark," Halden Bank analyst Petra Lund wrote in a note to clients.`)).toEqual([
      ['the forecast cut was larger than expected', 'Petra Lund'],
      ['The export exposure was always the question mark,', 'Petra Lund'],
    ]);
  });

  it('stays unnamed for bare analysts, or when the next person named is not one of them', () => {
    expect(speakers(`${H}Shares in Norvik Marine fell 9% on Tuesday. Analysts said the forecast cut was larger than expected. "The export exposure was always the question mark," Halden Bank analyst Petra Lund wrote in a note to clients.`)[0]).toEqual(
      ['the forecast cut was larger than expected', null],
    );
    expect(speakers(`${H}${lead} "The export exposure was always the question mark," said Petra Lund, a fund manager.`)[0]).toEqual(
      ['the forecast cut was larger than expected', null],
    );
  });
});

describe('"she" or "he" for people named without a title', () => {
  it('passes over a person whose given name is of the other sex', () => {
    expect(speakers(`${H}Prosecutor Rebecca Harland told the court the money was never a gift. Defence barrister Tom Alder said his client had kept records. She added that no records had been found.`)).toEqual([
      ['the money was never a gift', 'Rebecca Harland'],
      ['his client had kept records', 'Tom Alder'],
      ['no records had been found', 'Rebecca Harland'],
    ]);
  });

  it('still takes the last person named when the given name says nothing of sex', () => {
    expect(speakers(`${H}Prosecutor Rebecca Harland told the court the money was never a gift. Defence barrister Robin Alder said his client had kept records. She added that no records had been found.`)[2]).toEqual(
      ['no records had been found', 'Robin Alder'],
    );
  });
});

describe('a pronoun after a sentence whose subject describes the story\'s person', () => {
  it('means that person, not the one the sentence names after', () => {
    expect(speakers(`${H}Winger Tiago Mendes wants to leave the club in January. The attacking midfielder also claims he has not had the backing of boss Neil Carrow. "I can't understand why I am in this situation," he continued.`)).toContainEqual(
      ["I can't understand why I am in this situation,", 'Tiago Mendes'],
    );
  });

  it('still means the person named when the subject is a plain noun', () => {
    expect(speakers(`${H}Winger Tiago Mendes wants to leave the club in January. The club also claims it has the backing of boss Neil Carrow. "We are united," he continued.`)).toContainEqual(
      ['We are united,', 'Neil Carrow'],
    );
  });
});
