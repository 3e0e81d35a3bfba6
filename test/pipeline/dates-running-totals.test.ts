import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../../src/pipeline/dates.js';

// A Thursday in late spring, so months and weekdays can be checked on both sides of it.
const REFERENCE = '2026-05-14';

function dates(sentence: string, reference: string | null = REFERENCE): Array<[string, string | null]> {
  return findTemporalExpressions(sentence, reference).map((e) => [e.text, e.date]);
}

describe('a count kept over a stretch still running', () => {
  it('gives no date for "so far this year", "to date" or "this year through" a day', () => {
    expect(dates('Inspectors have logged 214 complaints about the ferry operator so far this year.')).toEqual([]);
    expect(dates('Shares in Lindqvist Foods have lost 31% this year through Tuesday.')).toEqual([]);
    expect(dates('Thus far in 2026 the league has sacked seven coaches.')).toEqual([]);
  });

  it('gives no date for which one of a count this year, or a year a figure is forecast for', () => {
    expect(dates('The rate rise is the third this year for the Bank of Valdoria.')).toEqual([]);
    expect(dates('It is the fourth round of layoffs this year at the Ostrava plant.')).toEqual([]);
    expect(dates('Turnover this year will be 40 million euros, the brewer said.')).toEqual([]);
    expect(dates('Hospitals treated more burns in the first four months of this year than in all of 2025.')).toEqual([['2025', '2025']]);
  });

  it('still dates what happened this year, and the second half of a named year', () => {
    expect(dates('The brewer closed two plants this year.')).toEqual([['this year', '2026']]);
    expect(dates('Output fell in the second half of 2024.')).toEqual([['2024', '2024']]);
    expect(dates('Sales will rise by 4% in the third quarter, the firm said this year.')).toEqual([['this year', '2026']]);
  });
});

describe('"today" meaning the present age', () => {
  it('gives no date after a participle of a group, "still", "even" or "than"', () => {
    expect(dates('Few vets practising today have treated the disease.')).toEqual([]);
    expect(dates('Even today, the old mill road floods every winter.')).toEqual([]);
    expect(dates('Wages are lower than today in real terms.')).toEqual([]);
  });

  it('still dates what happens today', () => {
    expect(dates('Porters are working today to clear the backlog at Larnaca.')).toEqual([['today', '2026-05-14']]);
    expect(dates('The mayor said today that the bridge would reopen.')).toEqual([['today', '2026-05-14']]);
  });
});

describe('bounds and lists of weekdays', () => {
  it('gives no date to either day of "until at least Monday or Tuesday"', () => {
    expect(dates('"We do not expect the floodwater to drop until at least Monday or Tuesday," the engineer said.')).toEqual([]);
    expect(dates('The cold snap will last at least until Saturday.')).toEqual([]);
  });

  it('dates both days when "not ... until" says when it happens', () => {
    expect(dates('The jury will not return until Monday or Tuesday.')).toEqual([
      ['Monday', '2026-05-18'],
      ['Tuesday', '2026-05-19'],
    ]);
  });
});

describe('months of what happens as a rule', () => {
  it('gives no date to a month after "can", "usually", "would expect" or "one day in"', () => {
    expect(dates('A landlord can raise the rent in January and cut the heating in February.')).toEqual([]);
    expect(dates('It is more like the weather you would expect in early October.')).toEqual([]);
    expect(dates('Pupils are judged on what they write on one day in June.')).toEqual([]);
  });

  it('still dates a month of something that happened', () => {
    expect(dates('The regatta, usually held in August, was moved to July.')).toEqual([['July', '2026-07']]);
    expect(dates('The council said in March that it would sell the depot.')).toEqual([['March', '2026-03']]);
  });
});

describe('which side of publication a coming step lies', () => {
  it('puts a day after a fixed occasion with a coming step ahead', () => {
    expect(dates('Marsh will stand down after the annual general meeting on September 30, the insurer said on Thursday.')).toEqual([
      ['on September 30', '2026-09-30'],
      ['on Thursday', '2026-05-14'],
    ]);
    expect(dates('Okoro will retire after the election in November.')).toEqual([['November', '2026-11']]);
  });

  it('leaves a day after other news to the nearest reading', () => {
    expect(dates('Shares will open lower after the news on Friday.')).toEqual([['on Friday', '2026-05-08']]);
  });

  it('reads the present after "before" or "after" as what is to come', () => {
    expect(dates('The board asked staff to report back before the plan is approved in October.')).toEqual([['October', '2026-10']]);
  });

  it('reads "that begins" as a verb of a timetable', () => {
    expect(dates('Funding runs out in the budget year that begins Oct. 1, aides said.')).toEqual([['Oct. 1', '2026-10-01']]);
  });
});

describe('a year the next clause tells of', () => {
  it('dates "since 2019, when ..." and "particularly 2019, when ..."', () => {
    expect(dates('It is the worst drought since 2019, when wells ran dry across the valley.')).toEqual([['2019', '2019']]);
    expect(dates('Harvests suffered in wet years, notably 2021, when the rye rotted in the fields.')).toEqual([['2021', '2021']]);
  });

  it('leaves a bare "since 2019" as the start of a stretch', () => {
    expect(dates('Rents have doubled since 2019.')).toEqual([]);
  });
});

describe('a weekday a state is reckoned from or reached by', () => {
  const TUESDAY = '2026-05-12';

  it('dates the day a state began after "since", unless a figure is counted from it', () => {
    expect(dates('Dock workers have been on strike since Sunday night.', TUESDAY)).toEqual([['Sunday', '2026-05-10']]);
    expect(dates('The index has gained 4% since Friday.', TUESDAY)).toEqual([]);
  });

  it('dates a state the story says was reached "By Monday", not a deadline', () => {
    expect(dates('By Monday evening, more than 40 lorries were queued outside the port, a driver said.', TUESDAY)).toEqual([
      ['Monday', '2026-05-11'],
    ]);
    expect(dates('By Friday, the panel will choose a new chair.', TUESDAY)).toEqual([]);
    expect(dates('Bids must be in by Friday.', TUESDAY)).toEqual([]);
  });
});

describe('quarters and halves written as Q4 and H1', () => {
  it('dates the year they name, as "the fourth quarter of 2025" does', () => {
    expect(dates('Orders at Brenner Pumps fell in Q4 2025.')).toEqual([['2025', '2025']]);
    expect(dates('The grocer posted H1 2025 profit of 80 million euros.')).toEqual([['2025', '2025']]);
  });

  it('leaves a quarter named as a target', () => {
    expect(dates('The Q4 2025 target was missed.')).toEqual([]);
  });
});

describe('plural subjects of a timetable and negated verbs', () => {
  const TUESDAY = '2026-05-12';

  it('looks ahead for "Voters head to the polls on Sunday" and "Pupils return on Monday"', () => {
    expect(dates('Voters in Carinthia head to the polls on Sunday.', TUESDAY)).toEqual([['on Sunday', '2026-05-17']]);
    expect(dates('Pupils return to classrooms on Monday.', TUESDAY)).toEqual([['on Monday', '2026-05-18']]);
  });

  it('takes the tense of "did not" before a timetable verb', () => {
    expect(dates('Ferry crews did not return on Monday.', TUESDAY)).toEqual([['on Monday', '2026-05-11']]);
    expect(dates('Talks did not resume on Friday.', TUESDAY)).toEqual([['on Friday', '2026-05-08']]);
    expect(dates('Talks will not resume on Friday.', TUESDAY)).toEqual([['on Friday', '2026-05-15']]);
  });
});
