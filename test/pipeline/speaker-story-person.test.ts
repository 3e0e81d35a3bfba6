import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// Whom "he", "she" or a describing noun points back to when the sentence before is about the story's person but
// names someone else: "But he brushed off ...", "But she was pleased with actress X", "The 24-year-old Reds
// skipper spoke ...", "the heavy metal star said". Invented texts, with texts each rule must leave alone.

const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

describe('a quotation standing alone after a sentence whose subject is "he" or "she"', () => {
  const H = 'Pell starts tour\n\nGreen leader Rhona Pell has begun a tour of rural seats. Ms Pell said voters were "tired of promises".';

  it('is spoken by whom the pronoun means', () => {
    expect(speakers(`${H} But she brushed off claims her party would let the Tories in "by the side door". "We have won seats like these before. We will do it again."`)).toEqual([
      ['voters were "tired of promises"', 'Rhona Pell'],
      ['tired of promises', 'Rhona Pell'],
      ['by the side door', null],
      ['We have won seats like these before. We will do it again.', 'Rhona Pell'],
    ]);
  });

  it('leaves it to nobody when the pronoun fits nobody named', () => {
    expect(speakers('Brandt starts tour\n\nParty leader Mr Tom Brandt has begun a tour of rural seats. Mr Brandt said voters were "tired of promises". But she brushed off claims the party would let the Tories in "by the side door". "We have won seats like these before."')).toEqual([
      ['voters were "tired of promises"', 'Tom Brandt'],
      ['tired of promises', 'Tom Brandt'],
      ['by the side door', null],
      ['We have won seats like these before.', null],
    ]);
  });
});

describe('a quotation standing alone after a sentence whose subject is a person', () => {
  it('is that person speaking, not whom the sentence names after its verb', () => {
    expect(speakers('Levy row\n\nParty leader Tom Brandt said the levy was "a tax on the poor".\n\nMinister Ann Lee rejected Mr Brandt\'s claim on the radio. "We have a duty to tell people the truth about the levy."')).toEqual([
      ['the levy was "a tax on the poor"', 'Tom Brandt'],
      ['a tax on the poor', 'Tom Brandt'],
      ['We have a duty to tell people the truth about the levy.', 'Ann Lee'],
    ]);
  });

  it('leaves the speaker before to go on after a sentence about a thing', () => {
    expect(speakers('Levy row\n\nParty leader Tom Brandt said the levy was "a tax on the poor". The levy was introduced in May. "We will scrap it."')).toEqual([
      ['the levy was "a tax on the poor"', 'Tom Brandt'],
      ['a tax on the poor', 'Tom Brandt'],
      ['We will scrap it.', 'Tom Brandt'],
    ]);
  });
});

describe('"But she was pleased with X" before "she said"', () => {
  it('means the subject, not the woman named after the verb', () => {
    expect(speakers('Singer leaves the house\n\nSinger Marta Quell has become the first to leave the reality show. But she was pleased to have made up with actress Ingrid Solberg, her former sister-in-law. "That alone was worth it," she said.')).toEqual([
      ['That alone was worth it,', 'Marta Quell'],
    ]);
  });
});

describe('a describing noun with an age or a club before it as the subject', () => {
  it('points back to the story\'s person, not to a club named after the verb', () => {
    expect(speakers('Kell plays down hopes\n\nDana Kell has admitted that Rovers have little chance in the cup.\n\nThe 26-year-old Rovers skipper spoke out ahead of the tie at home to Real Bexmoor, which he will miss. "Let us be realistic about this," he told the radio.')).toEqual([
      ['Rovers have little chance in the cup', 'Dana Kell'],
      ['Let us be realistic about this,', 'Dana Kell'],
    ]);
  });
});

describe('"the heavy metal star said" after another person was named', () => {
  const H = 'Star tackles burglar\n\nRock star Tomas Varga has been praised for tackling a burglar at his home. "I acted on impulse," Varga said. "It could have been worse." Tomas Varga gave chase.';

  it('is the one person named with that noun, named at least as often', () => {
    expect(speakers(`${H} His wife, Anna Lind, who called the police, said her rings were taken.\n\nThe heavy metal star said he was glad nobody was hurt.`)).toEqual([
      ['I acted on impulse,', 'Tomas Varga'],
      ['It could have been worse.', 'Tomas Varga'],
      ['her rings were taken', 'Anna Lind'],
      ['he was glad nobody was hurt', 'Tomas Varga'],
    ]);
  });

  it('is not someone named once with that noun beside the story\'s person', () => {
    expect(speakers('Comic attacks TV\n\nComic Sam Orrick has joined fellow stars Ann Lee and Bo Dunne in attacking television. Orrick hosts a quiz.\n\nSpeaking to a magazine, the veteran sitcom star said there is too much swearing on TV.')).toEqual([
      ['there is too much swearing on TV', 'Sam Orrick'],
    ]);
  });
});
