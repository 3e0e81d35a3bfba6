import { describe, expect, it } from 'vitest';
import { findTemporalExpressions, tenseAt } from '../../src/pipeline/dates.js';

// A Friday, so "Thursday" is yesterday looking back and six days away looking forward.
const FRIDAY = '2023-06-16';
const TUESDAY = '2022-11-15';

const datesOf = (sentence: string, reference: string) => findTemporalExpressions(sentence, reference).map((e) => [e.text, e.date]);

describe('tense around dates in modern copy', () => {
  it('reads a clock time with a colon as part of the clause', () => {
    expect(datesOf('The strike is due to end at 2:00 am on Thursday.', FRIDAY)).toEqual([['on Thursday', '2023-06-22']]);
    // Negative: a colon that introduces speech still ends the clause, and the past verb after it rules.
    expect(datesOf('Officials said: the vote was held on Thursday.', FRIDAY)).toEqual([['on Thursday', '2023-06-15']]);
  });

  it('reads past a short aside in brackets', () => {
    expect(datesOf('The stoppage is due to last until 6 a.m. local time (0400 GMT) on Thursday.', FRIDAY)).toEqual([['on Thursday', '2023-06-22']]);
    expect(datesOf('Ferries stopped at noon (1000 GMT) on Thursday.', FRIDAY)).toEqual([['on Thursday', '2023-06-15']]);
  });

  it('takes "until" with no verb saying otherwise as looking ahead', () => {
    const sentence = '"We expect no let-up until at least Wednesday or Thursday," he said.';
    const at = sentence.indexOf('Wednesday');
    expect(tenseAt(sentence, at, at + 'Wednesday'.length)).toBe('future');
    // Only a bound, though: "at least" says the change may come later still.
    expect(datesOf(sentence, FRIDAY)).toEqual([]);
    expect(datesOf('The depot stayed shut until Thursday, the owners said.', FRIDAY)).toEqual([]);
  });

  it('does not read an "-ed" word after a modal and its verb as the past', () => {
    expect(datesOf('The institute said it would publish revised figures on Monday.', FRIDAY)).toEqual([['on Monday', '2023-06-19']]);
    expect(datesOf('The institute said it published revised figures on Monday.', FRIDAY)).toEqual([['on Monday', '2023-06-12']]);
  });

  it('reads a fixture list with a plural club name as coming', () => {
    expect(datesOf('Millbrook host Dunford on Saturday at 3pm.', FRIDAY)).toEqual([['on Saturday', '2023-06-17']]);
    expect(datesOf('Millbrook face Dunford on Tuesday.', FRIDAY)).toEqual([['on Tuesday', '2023-06-20']]);
    // Negative: "the host" is a noun, and a past verb still rules.
    expect(datesOf('Millbrook beat the host on Tuesday.', FRIDAY)).toEqual([['on Tuesday', '2023-06-13']]);
  });

  it('takes "next Wednesday" written on a Tuesday as the week after, not tomorrow', () => {
    expect(datesOf('The board will vote next Wednesday.', TUESDAY)).toEqual([['next Wednesday', '2022-11-23']]);
    expect(datesOf('The board will vote next Friday.', TUESDAY)).toEqual([['next Friday', '2022-11-18']]);
  });
});
