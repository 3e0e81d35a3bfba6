import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

const H = 'Harbour board under fire\n\n';
const indirect = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect');

describe('reported clauses: where they end', () => {
  it('runs past "U.S." and "Co." inside the clause', () => {
    expect(indirect(`${H}Mina Kobus said fund managers are bullish on the U.S. Equity markets despite a weak dollar.`)).toEqual([
      { kind: 'indirect', text: 'fund managers are bullish on the U.S. Equity markets despite a weak dollar', speaker: 'Mina Kobus' },
    ]);
  });

  it('stops before "but" and a new subject with its own speech verb', () => {
    expect(indirect(`${H}Port chief Ada Lund insisted the auction was fair but the unions argued they were never consulted.`)).toEqual([
      { kind: 'indirect', text: 'the auction was fair', speaker: 'Ada Lund' },
      { kind: 'indirect', text: 'they were never consulted', speaker: null },
    ]);
  });

  it('keeps "but he stressed" and "but added that" with the same speaker\'s clause', () => {
    const quotes = indirect(`${H}Port chief Ada Lund said the auction was fair but added that fees would be reviewed.`);
    expect(quotes.map((q) => q.text)).toEqual(['the auction was fair but added that fees would be reviewed']);
  });
});

describe('reported clauses: cues read in more shapes', () => {
  it('reads "CLAUSE, Jane Doe of Acme, said." with a stray comma after the name', () => {
    expect(indirect(`${H}Harbour fees may double this year, Tomas Rind of Nordbank Ltd, said.`)).toEqual([
      { kind: 'indirect', text: 'Harbour fees may double this year', speaker: 'Tomas Rind' },
    ]);
  });

  it('reads a bare participle after the object of the subject\'s verb', () => {
    expect(indirect(`${H}Mayor Ivo Sandt has shut down the night ferry saying it had served its purpose.`)).toEqual([
      { kind: 'indirect', text: 'it had served its purpose', speaker: 'Ivo Sandt' },
    ]);
  });

  it('does not read "a banner saying" as the subject speaking', () => {
    expect(indirect(`${H}Protesters from Solent Link carried a banner saying the harbour was closed.`)).toEqual([]);
  });

  it('reads "alleging" like "claiming"', () => {
    expect(indirect(`${H}Mayor Ivo Sandt has rejected any fee rise, alleging this will drive boats away.`)).toEqual([
      { kind: 'indirect', text: 'this will drive boats away', speaker: 'Ivo Sandt' },
    ]);
  });

  it('reads "claimed it ..." and "claims Jane Doe felt ..." without "that"', () => {
    const quotes = indirect(`${H}Solent Link claimed it sought help abroad because the local courts were slow. It claims Ada Lund felt by June she had lost the board's trust.`);
    expect(quotes.map((q) => q.text)).toEqual([
      'it sought help abroad because the local courts were slow',
      "Ada Lund felt by June she had lost the board's trust",
    ]);
    expect(indirect(`${H}Ada Lund claimed victory in the harbour vote.`)).toEqual([]);
  });

  it('lets "with sources claiming" and "with analysts saying" speak unnamed', () => {
    expect(indirect(`${H}No bid has been made, with sources claiming such a step may still be weeks away.`)).toEqual([
      { kind: 'indirect', text: 'such a step may still be weeks away', speaker: null },
    ]);
  });

  it('reads "reported that" as a cue but not the noun "reports that"', () => {
    expect(indirect(`${H}Last year, the Harbour Statistics Office reported that for the first time, more than half of all berths were empty.`)).toEqual([
      { kind: 'indirect', text: 'for the first time, more than half of all berths were empty', speaker: 'Harbour Statistics Office' },
    ]);
    expect(indirect(`${H}Ada Lund would not discuss weekend newspaper reports that the board had repaid a loan.`)).toEqual([]);
  });

  it('does not read "claims that" after "denied", "scotch" or "investigated" as a cue', () => {
    const text = `${H}Port chief Ada Lund has denied claims that she knew of the leak. The board moved to scotch claims that a rival could bid.`;
    expect(indirect(text)).toEqual([]);
  });
});

describe('reported clauses: before an attribution and after unusual verbs', () => {
  it('keeps a clause whose object names a participle before ", said a spokesman"', () => {
    const quotes = indirect(`${H}At one point about 700 claims had been filed alleging the dredging harmed the oyster beds, said a harbour spokesman.`);
    expect(quotes.map((q) => q.text)).toContain('At one point about 700 claims had been filed alleging the dredging harmed the oyster beds');
  });

  it('reads a clause before ", X said, and ..." and a clause closing on a short quoted phrase', () => {
    expect(indirect(`${H}Berth fees have risen 0.9% this year, Ada Lund said, and if this pace persists, fees would rise by 6% by December.`)).toEqual([
      { kind: 'indirect', text: 'Berth fees have risen 0.9% this year', speaker: 'Ada Lund' },
    ]);
    expect(indirect(`${H}The new ferry will be "a floating village", according to designer Ivo Sandt.`)).toEqual([
      { kind: 'indirect', text: 'The new ferry will be "a floating village"', speaker: 'Ivo Sandt' },
    ]);
  });

  it('reads a closing "the Gazette reports" and "claims he cannot"', () => {
    expect(indirect(`${H}The port handled 3,248 ships in 2004, more than any other in the region, the Harbour Gazette reports.`).map((q) => q.text)).toEqual([
      'The port handled 3,248 ships in 2004, more than any other in the region',
    ]);
    expect(indirect(`${H}Chairman Ivo Sandt claims he cannot afford to sack the harbour master.`)).toEqual([
      { kind: 'indirect', text: 'he cannot afford to sack the harbour master', speaker: 'Ivo Sandt' },
    ]);
  });

  it('reads "added" with an irregular past verb, but not "added features that made"', () => {
    expect(indirect(`${H}Elsewhere, Ada Lund added berth bookings rose by 4% in November.`)).toEqual([
      { kind: 'indirect', text: 'berth bookings rose by 4% in November', speaker: 'Ada Lund' },
    ]);
    expect(indirect(`${H}The upgrade closed two loopholes and added features that made it easier to dock at night.`)).toEqual([]);
  });

  it('skips a place before an explicit "that"', () => {
    expect(indirect(`${H}Ada Lund said on Saturday in Port Talbot that the board would not have cut fees without a loan.`)).toEqual([
      { kind: 'indirect', text: 'the board would not have cut fees without a loan', speaker: 'Ada Lund' },
    ]);
  });

  it('skips "before Wednesday\'s game" and stops before "amid reports"', () => {
    expect(indirect(`${H}Skipper Tomas Rind had said before Wednesday's game he would consider leaving if the club lost.`)).toEqual([
      { kind: 'indirect', text: 'he would consider leaving if the club lost', speaker: 'Tomas Rind' },
    ]);
    expect(indirect(`${H}Club chief Ada Lund insists the club will never sell Tomas Rind amid reports a rival will renew its bid.`)).toEqual([
      { kind: 'indirect', text: 'the club will never sell Tomas Rind', speaker: 'Ada Lund' },
    ]);
  });
});

describe('the subject a participle reports', () => {
  it('reaches a pronoun opening the sentence past an adverb', () => {
    const text = `${H}Harbour master Ivo Sandt said the memo went out by mistake. He later contacted the paper saying the memo had been a draft.`;
    expect(indirect(text)).toEqual([
      { kind: 'indirect', text: 'the memo went out by mistake', speaker: 'Ivo Sandt' },
      { kind: 'indirect', text: 'the memo had been a draft', speaker: 'Ivo Sandt' },
    ]);
  });
});

describe('reported clauses: a participle of speaking right after the verb', () => {
  it('opens no clause of the verb: "said referring to ..." reports nothing', () => {
    expect(quotesOf(`${H}"We were bound to meet," Ada Lund said referring to her match with Vera Kolb.`)).toEqual([
      { kind: 'direct', text: 'We were bound to meet,', speaker: 'Ada Lund' },
    ]);
  });

  it('reads "he said adding that ..." as the speaker adding the clause', () => {
    expect(quotesOf(`${H}"No date was ever set for the sale," Ada Lund said adding that the berth had been advertised.`)).toEqual([
      { kind: 'direct', text: 'No date was ever set for the sale,', speaker: 'Ada Lund' },
      { kind: 'indirect', text: 'the berth had been advertised', speaker: 'Ada Lund' },
    ]);
  });

  it('keeps a clause whose subject is a gerund: "said talking was the only answer"', () => {
    expect(indirect(`${H}Ada Lund said talking was the only answer to the dispute.`)).toEqual([
      { kind: 'indirect', text: 'talking was the only answer to the dispute', speaker: 'Ada Lund' },
    ]);
  });
});

describe('reported clauses: after the audience of "told"', () => {
  it('opens with a bare noun right before an auxiliary', () => {
    expect(indirect(`${H}A senior port official told the BBC lessons were being learned.`)).toEqual([
      { kind: 'indirect', text: 'lessons were being learned', speaker: null },
    ]);
  });

  it('does not open with a question word or a subordinator after the audience', () => {
    expect(indirect(`${H}Port chief Ada Lund told the Harbour Hour programme what was needed was one approach.`)).toEqual([]);
  });

  it('ends at a partial quotation before "but said", which reports a clause of its own', () => {
    expect(indirect(`${H}Ada Lund told The Courier port life was a "constant barrage of attack" but said she would not quit.`)).toEqual([
      { kind: 'indirect', text: 'port life was a "constant barrage of attack"', speaker: 'Ada Lund' },
      { kind: 'indirect', text: 'she would not quit', speaker: 'Ada Lund' },
    ]);
  });

  it('reads a bare noun after a mid-sentence attribution, but not "although ..."', () => {
    const texts = indirect(`${H}The plan would cut fees, Ada Lund said, although she could not predict a figure.`).map((q) => q.text);
    expect(texts.filter((text) => /^although/.test(text))).toEqual([]);
    expect(indirect(`${H}By contrast, Ada Lund said, cargo ships were paying less each year.`)).toEqual([
      { kind: 'indirect', text: 'cargo ships were paying less each year', speaker: 'Ada Lund' },
    ]);
  });
});
