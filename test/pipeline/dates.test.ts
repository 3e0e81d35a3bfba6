import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions, tenseAt } from '../../src/pipeline/dates.js';

// A Thursday, so weekday rules can be checked in both directions.
const THURSDAY = '2017-02-16';

/** Asserts the sentence holds exactly these expressions, as [text, date, precision]. */
function expectDates(sentence: string, reference: string | null, expected: Array<[string, string | null, string]>) {
  const found = findTemporalExpressions(sentence, reference).map((e) => [e.text, e.date, e.precision]);
  expect(found).toEqual(expected);
}

function expectNothing(sentence: string, reference: string | null = THURSDAY) {
  expect(findTemporalExpressions(sentence, reference)).toEqual([]);
}

describe('weekdays', () => {
  it('takes a past-tense weekday as the last such day on or before publication', () => {
    expectDates('The minister on Thursday said talks had stalled.', THURSDAY, [['on Thursday', '2017-02-16', 'day']]);
    expectDates('The board met on Tuesday.', THURSDAY, [['on Tuesday', '2017-02-14', 'day']]);
    expectDates("Monday's resignation of the finance chief shook markets.", THURSDAY, [['Monday', '2017-02-13', 'day']]);
    expectDates('Shares fell on Friday.', THURSDAY, [['on Friday', '2017-02-10', 'day']]);
  });

  it('takes a future-tense weekday as the next such day', () => {
    expectDates('The committee will vote on Friday.', THURSDAY, [['on Friday', '2017-02-17', 'day']]);
    expectDates('Ministers are due to meet on Monday.', THURSDAY, [['on Monday', '2017-02-20', 'day']]);
    expectDates('It launched a tender offer to begin Tuesday.', THURSDAY, [['Tuesday', '2017-02-21', 'day']]);
    expectDates('Details would be outlined at a news conference on Wednesday.', THURSDAY, [['on Wednesday', '2017-02-22', 'day']]);
  });

  it('reads "last" and "next" as strictly before and after', () => {
    expectDates('The offer expired last Thursday.', THURSDAY, [['last Thursday', '2017-02-09', 'day']]);
    expectDates('Talks resume next Thursday.', THURSDAY, [['next Thursday', '2017-02-23', 'day']]);
  });

  it('gives each date in a sentence its own tense', () => {
    expectDates('She said on Monday she will resign on Friday.', THURSDAY, [
      ['on Monday', '2017-02-13', 'day'],
      ['on Friday', '2017-02-17', 'day'],
    ]);
  });
});

describe('month and day without a year', () => {
  it('places a past date in the last year it fits', () => {
    expectDates('Voters went to the polls in the Nov. 8 election.', THURSDAY, [['Nov. 8', '2016-11-08', 'day']]);
    expectDates('The November 8th vote was close.', THURSDAY, [['November 8th', '2016-11-08', 'day']]);
    expectDates('The bank filed the offer on January 26.', THURSDAY, [['on January 26', '2017-01-26', 'day']]);
  });

  it('places a future date in the next year it fits', () => {
    expectDates('The ministers will meet on March 3.', THURSDAY, [['on March 3', '2017-03-03', 'day']]);
    expectDates('A ruling is expected on 2 February.', THURSDAY, [['on 2 February', '2018-02-02', 'day']]);
  });

  it('takes a coming day within three months when the clause gives no tense', () => {
    expectDates('Carnival ends on February 27.', '1987-02-26', [['on February 27', '1987-02-27', 'day']]);
  });

  it('keeps a given year', () => {
    expectDates('Grain entered on Oct 6, 1981 qualifies.', THURSDAY, [['on Oct 6, 1981', '1981-10-06', 'day']]);
    expectDates('He was born on 4 July 1950.', null, [['on 4 July 1950', '1950-07-04', 'day']]);
  });
});

describe('months and years', () => {
  it('keeps month precision and resolves the year from the tense', () => {
    expectDates('Exports rose two pct in January.', THURSDAY, [['January', '2017-01', 'month']]);
    expectDates('Sales fell in December.', THURSDAY, [['December', '2016-12', 'month']]);
    expectDates('The plant will reopen in March.', THURSDAY, [['March', '2017-03', 'month']]);
    expectDates('Output peaked in December 1986.', THURSDAY, [['December 1986', '1986-12', 'month']]);
  });

  it('reads month and year words relative to publication', () => {
    expectDates('Prices rose last month.', THURSDAY, [['last month', '2017-01', 'month']]);
    expectDates("Last year's budget was cut.", THURSDAY, [['Last year', '2016', 'year']]);
    expectDates('A decision is due later this month.', THURSDAY, [['later this month', '2017-02', 'month']]);
    expectDates('Talks resume next year.', THURSDAY, [['next year', '2018', 'year']]);
  });

  it('reads a four-digit number as a year only where a year belongs', () => {
    expectDates("He cited Moscow's 2014 annexation of Crimea.", THURSDAY, [['2014', '2014', 'year']]);
    expectDates('In 1987 the company lost money.', null, [['1987', '1987', 'year']]);
    expectDates('Net profit in 1986 rose from 4 mln in 1985.', THURSDAY, [
      ['1986', '1986', 'year'],
      ['1985', '1985', 'year'],
    ]);
    expectDates('Spending in fiscal 1987 will rise.', THURSDAY, [['1987', '1987', 'year']]);
  });
});

describe('words for days', () => {
  it('counts from the publication date', () => {
    expectDates('Call money traded today at 3.85 pct.', '1987-02-26', [['today', '1987-02-26', 'day']]);
    expectDates('The index fell yesterday.', '1987-03-02', [['yesterday', '1987-03-01', 'day']]);
    expectDates('The bank will buy bills tomorrow.', '1987-02-28', [['tomorrow', '1987-03-01', 'day']]);
    expectDates('The deal closed three days ago.', THURSDAY, [['three days ago', '2017-02-13', 'day']]);
    expectDates('The minister resigned last night.', THURSDAY, [['last night', '2017-02-15', 'day']]);
    expectDates('Talks resumed this morning.', THURSDAY, [['this morning', '2017-02-16', 'day']]);
  });

  it('leaves relative dates unresolved without a publication date', () => {
    expectDates('The board met on Tuesday and will meet again in March.', null, [
      ['on Tuesday', null, 'day'],
      ['March', null, 'month'],
    ]);
    expectDates('Shares fell yesterday.', null, [['yesterday', null, 'day']]);
  });

  it('marks phrases that take their date from another event', () => {
    const [hours] = findTemporalExpressions('Just hours before Okafor spoke, the premier said so.', THURSDAY);
    expect(hours.anchor).toMatchObject({ to: 'story', offsetDays: 0 });
    expect('Just hours before Okafor spoke, the premier said so.'.slice(hours.anchor!.about!.start, hours.anchor!.about!.end)).toBe('Okafor spoke');
    const [same] = findTemporalExpressions('and the same day the premier said so.', THURSDAY);
    expect(same).toMatchObject({ text: 'the same day', date: null, anchor: { to: 'previous', offsetDays: 0 } });
    const [next] = findTemporalExpressions('The following day the strike ended.', THURSDAY);
    expect(next.anchor).toMatchObject({ to: 'previous', offsetDays: 1 });
  });
});

describe('what is not a date', () => {
  it('skips the dateline, which is the publication date', () => {
    expectNothing('SALVADOR, Feb 26 (Reuters) - Showers continued throughout the week.', '1987-02-26');
  });

  it('skips impossible days', () => {
    expectNothing('The report is dated February 30.');
  });

  const lines = readFileSync(new URL('../fixtures/events/no-dates.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
  it.each(lines)('finds no date in: %s', (line) => {
    expectNothing(line);
    expectNothing(line, null);
  });

  it('survives odd input', () => {
    expectNothing('');
    expectNothing('(((((( "unbalanced');
    const long = 'Prices rose 2 pct. '.repeat(20000);
    const started = performance.now();
    expect(findTemporalExpressions(long, THURSDAY)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('tense cues that mislead', () => {
  it('does not read "than expected" or "up to last" as future', () => {
    expectDates('Firms created fewer jobs than expected in January.', '2005-03-10', [['January', '2005-01', 'month']]);
    expectDates("Jobs fell up to last November's election.", '2005-03-10', [['November', '2004-11', 'month']]);
    expectDates('A ruling is expected in April.', '2005-03-10', [['April', '2005-04', 'month']]);
  });
});

describe('context within the sentence', () => {
  it('completes a month with the year the sentence has just named', () => {
    expectDates('Sales fell in the second half of 2004 after a fire in April.', '2005-03-10', [
      ['2004', '2004', 'year'],
      ['April', '2004-04', 'month'],
    ]);
    expectDates('Profit rose in 2004 and the firm will expand in April.', '2005-03-10', [
      ['2004', '2004', 'year'],
      ['April', '2005-04', 'month'],
    ]);
  });

  it('knows the attacks named by their day', () => {
    expectDates('Security was tightened after the 11 September attacks.', '2005-03-10', [['11 September', '2001-09-11', 'day']]);
  });

  it('does not take a measured span of hours for the same day', () => {
    expectNothing('It took over 10 hours before the rider knew the result.');
    expectNothing('The book topped the chart less than 24 hours after its release.');
  });
});

describe('a day without a year in a past-looking clause', () => {
  it('is a coming day when the past one would be most of a year back', () => {
    expectDates('The bonds will be dated March 15 and delivered March 16.', '1987-03-03', [
      ['March 15', '1987-03-15', 'day'],
      ['March 16', '1987-03-16', 'day'],
    ]);
    expectDates('The offer was filed on January 26.', '1987-02-26', [['on January 26', '1987-01-26', 'day']]);
  });
});

describe('"last" before a month', () => {
  it('means the one before publication, a year back if need be', () => {
    expectDates('Announced last February 28, the plan froze prices.', '1987-02-26', [['February 28', '1986-02-28', 'day']]);
    expectDates('Sales peaked last December.', '1987-02-26', [['December', '1986-12', 'month']]);
    expectDates('Sales peaked last February.', '1987-02-26', [['February', '1986-02', 'month']]);
    expectDates("1987's results will gain from a firm ICI bought last November.", '1987-03-02', [
      ['1987', '1987', 'year'],
      ['November', '1986-11', 'month'],
    ]);
  });
});

describe('the present for what is arranged', () => {
  it('looks forward', () => {
    expectDates('Ministers are meeting on Friday.', THURSDAY, [['on Friday', '2017-02-17', 'day']]);
    expectDates('The summit opens on Monday in Oslo.', THURSDAY, [['on Monday', '2017-02-20', 'day']]);
    expectDates('The minister is considering the offer made on Monday.', THURSDAY, [['on Monday', '2017-02-13', 'day']]);
  });
});

describe('numbers near a month', () => {
  it('are not an infinitive', () => {
    expectDates('The index fell 0.4 pct to 99.7 in January from the previous month.', '1987-02-26', [['January', '1987-01', 'month']]);
    expectDates('Exports rose to 5 pct in January.', '1987-02-26', [['January', '1987-01', 'month']]);
  });
});

describe('more Reuters habits', () => {
  it('reads the second of two coordinated days with the first one verb', () => {
    expectDates('The minister will visit Washington on Friday and Saturday.', THURSDAY, [
      ['on Friday', '2017-02-17', 'day'],
      ['Saturday', '2017-02-18', 'day'],
    ]);
    expectDates('The envoy met the panel on Tuesday and Wednesday.', THURSDAY, [
      ['on Tuesday', '2017-02-14', 'day'],
      ['Wednesday', '2017-02-15', 'day'],
    ]);
  });

  it('does not take a noun after "to" for an infinitive', () => {
    expectDates('Presenting the budget to parliament on Saturday, the premier said cuts would follow.', '1987-03-02', [['on Saturday', '1987-02-28', 'day']]);
  });

  it('does not read a figure after a month as its day', () => {
    expectDates('The index was 1,886.8 in February, 1,837.2 in January.', '1987-03-02', [
      ['February', '1987-02', 'month'],
      ['January', '1987-01', 'month'],
    ]);
  });
});

describe('adjectives of what is to come', () => {
  it('look forward', () => {
    expectDates('Rates are likely to rise after the anticipated general election in May.', '2005-03-10', [['May', '2005-05', 'month']]);
  });
});

describe('a year after "mid-"', () => {
  it('is the year, and a hyphen between numbers still is not', () => {
    expectDates('Copper dipped below a dollar in mid-1998 from 1.40 dlrs in late 1996.', THURSDAY, [
      ['1998', '1998', 'year'],
      ['1996', '1996', 'year'],
    ]);
    expectDates('Her appointment in Mid-2009 surprised the board.', THURSDAY, [['2009', '2009', 'year']]);
  });
});

describe('what is set for a month or a year', () => {
  it('is placed there', () => {
    expectDates('The shareholder vote is scheduled for June.', '2011-03-10', [['June', '2011-06', 'month']]);
    expectDates('The party congress is slated for May.', '2011-03-10', [['May', '2011-05', 'month']]);
    expectDates('The launch is set for 2013.', '2011-03-10', [['2013', '2013', 'year']]);
    expectDates('Fares rose sharply last May.', '2011-03-10', [['May', '2010-05', 'month']]);
  });
});

describe('weeks relative to publication', () => {
  it('give the month when the working week lies inside one', () => {
    // Published on a Thursday: last week ran from 6 to 10 February.
    expectDates('The chairman resigned last week.', THURSDAY, [['last week', '2017-02', 'month']]);
    // Published on Wednesday 1 March: last week was 20 to 24 February.
    expectDates('The chairman resigned last week.', '2017-03-01', [['last week', '2017-02', 'month']]);
    expectDates('Talks held earlier this week ended without a deal.', THURSDAY, [['earlier this week', '2017-02', 'month']]);
    expectDates('The envoy will travel to Lima next week.', THURSDAY, [['next week', '2017-02', 'month']]);
  });

  it('give no date when the week may straddle two months', () => {
    // Monday 6 March: last week ran from 27 February to 3 March.
    expectDates('The chairman resigned last week.', '2017-03-06', [['last week', null, 'month']]);
    // Saturday 11 February: "last week" may be 30 January to 3 February or the week just ended.
    expectDates('The chairman resigned last week.', '2017-02-11', [['last week', null, 'month']]);
    expectDates('The chairman resigned last week.', '2017-02-18', [['last week', '2017-02', 'month']]);
    expectDates('The envoy will travel to Lima next week.', '2017-02-23', [['next week', null, 'month']]);
  });

  it('counts weeks back give or take a few days', () => {
    expectDates('The strike began two weeks ago.', '2017-02-23', [['two weeks ago', '2017-02', 'month']]);
    expectDates('The strike began two weeks ago.', THURSDAY, [['two weeks ago', null, 'month']]);
  });
});

describe('this month, this year and units ago', () => {
  it('count from the publication date', () => {
    expectDates('The copper smelter will close this year.', THURSDAY, [['this year', '2017', 'year']]);
    expectDates('The bank cut its rate this month.', THURSDAY, [['this month', '2017-02', 'month']]);
    expectDates('The mill was founded 120 years ago.', THURSDAY, [['120 years ago', '1897', 'year']]);
    expectDates('The line closed three months ago.', THURSDAY, [['three months ago', '2016-11', 'month']]);
  });

  it('take the month or day written before the year word', () => {
    expectDates('Output rose in September this year.', '2017-10-05', [['September this year', '2017-09', 'month']]);
    expectDates('The envoy will return on 3 March next year.', THURSDAY, [['on 3 March next year', '2018-03-03', 'day']]);
    expectDates('The plant shut on June 4 last year.', THURSDAY, [['on June 4 last year', '2016-06-04', 'day']]);
  });
});

describe('deadlines and recurring dates', () => {
  it('leave out the deadline but keep a day named by its possessive', () => {
    expectDates('Shares were hit by Tuesday\'s sell-off and must recover by March 31.', THURSDAY, [['Tuesday', '2017-02-14', 'day']]);
  });

  it('keep the one-off date beside a recurring one', () => {
    expectDates('The bonds are for payment on May 2 and pay interest annually on May 2.', THURSDAY, [['on May 2', '2017-05-02', 'day']]);
  });
});

describe('a coming month that has only just ended', () => {
  it('is the month just ended', () => {
    expectDates('Retail sales are expected to show a recovery in February.', '2009-03-04', [['February', '2009-02', 'month']]);
    expectDates('Retail sales are expected to show a recovery in April.', '2009-03-04', [['April', '2009-04', 'month']]);
  });
});

describe('holidays on a fixed day', () => {
  it('are that day, in the year given or the one the tense points to', () => {
    expectDates('The ferry sank on Christmas Eve.', '2005-01-10', [['on Christmas Eve', '2004-12-24', 'day']]);
    expectDates('The store opened on Boxing Day 2003.', null, [['on Boxing Day 2003', '2003-12-26', 'day']]);
    expectDates('The band will play on New Year\'s Eve.', '2004-11-08', [["on New Year's Eve", '2004-12-31', 'day']]);
  });
});

describe('"next" before a month', () => {
  it('means the coming one, a year ahead if need be', () => {
    expectDates('The jet should have its first flight next February.', '1987-03-02', [['February', '1988-02', 'month']]);
    expectDates('The jet should have its first flight next June.', '1987-03-02', [['June', '1987-06', 'month']]);
  });
});

describe('days counted from another event', () => {
  it('read the count and the direction', () => {
    const [later] = findTemporalExpressions('Two days later the port closed.', THURSDAY);
    expect(later).toMatchObject({ text: 'Two days later', date: null, anchor: { to: 'previous', offsetDays: 2 } });
    const [before] = findTemporalExpressions('The day before, police had warned residents.', THURSDAY);
    expect(before).toMatchObject({ text: 'The day before', anchor: { to: 'previous', offsetDays: -1 } });
  });
});

describe('irregular past forms', () => {
  it('point back', () => {
    expectDates('Police caught the suspect on June 23.', THURSDAY, [['on June 23', '2016-06-23', 'day']]);
    expectDates('The rebels withdrew on 1 August.', THURSDAY, [['on 1 August', '2016-08-01', 'day']]);
  });
});

describe('"due" before a date', () => {
  it('looks forward only with "is" or "to"', () => {
    expectDates('The payment is due on September 29.', '1987-03-02', [['on September 29', '1987-09-29', 'day']]);
    expectDates('The debtor missed an instalment of 40 mln due on September 29.', '1987-03-02', [['on September 29', '1986-09-29', 'day']]);
  });
});

describe('a passive after "is"', () => {
  it('is not a past verb', () => {
    expectDates('The deputy will stay on until a successor is named, probably in September.', '2019-06-13', [['September', '2019-09', 'month']]);
  });
});

// A Tuesday, for the rules added while checking events on articles the rules were not written on.
const TUESDAY = '2021-03-02';

describe('tense read across a long clause', () => {
  it('reaches the verb before a long noun phrase', () => {
    expectDates('The central bank is unlikely to alter its lending rates at its policy board meeting on Thursday.', TUESDAY, [
      ['on Thursday', '2021-03-04', 'day'],
    ]);
    expectDates('The central bank left its lending rates unchanged at its policy board meeting on Thursday.', TUESDAY, [
      ['on Thursday', '2021-02-25', 'day'],
    ]);
  });

  it('does not stop at an "and" between two figures', () => {
    expectDates('The new notes will have coupons of between 4.50 and 5.25 pct in September.', TUESDAY, [['September', '2021-09', 'month']]);
    expectDates('The old notes had coupons of between 4.50 and 5.25 pct in September.', TUESDAY, [['September', '2020-09', 'month']]);
  });

  it('does not take "compared" for a past verb', () => {
    const sentence = 'Coupons of 4.10 pct in September compared with 4.60 pct.';
    const at = sentence.indexOf('September');
    expect(tenseAt(sentence, at, at + 'September'.length)).toBeNull();
    const past = 'Coupons rose to 4.10 pct in September.';
    expect(tenseAt(past, past.indexOf('September'), past.indexOf('September') + 9)).toBe('past');
  });
});

describe('a month after "this", "last" or "next"', () => {
  it('"this" keeps the publication year on either side of it', () => {
    expectDates('The bank cut coupons payable this September.', TUESDAY, [['September', '2021-09', 'month']]);
    expectDates('Rates fell from 6.1 pct this January.', TUESDAY, [['January', '2021-01', 'month']]);
  });

  it('is a date even before a name', () => {
    expectDates('Last March Okafor cut the sales tax to 12 pct.', TUESDAY, [['March', '2020-03', 'month']]);
    expectNothing('The singer June Adeyemi met April Sorensen in Lagos.', TUESDAY);
  });
});

describe('years that place figures', () => {
  it('reads a year opening the clause', () => {
    expectDates('For 2019, the insurer posted a gain of 12 mln dlrs on the sale.', TUESDAY, [['2019', '2019', 'year']]);
    expectNothing('Analysts raised their forecast for 2019, the bank said.', TUESDAY);
  });

  it('reads a past year before the accounts it names, and "a" year before its noun', () => {
    // "this year" is only the year the figure is forecast for.
    expectDates('Results this year will top 2019 income of 41 mln dlrs.', TUESDAY, [['2019', '2019', 'year']]);
    expectDates('The bank reported a 2020 surplus of 3.1 billion crowns.', TUESDAY, [['2020', '2020', 'year']]);
    expectNothing('The mill expects 2022 output to reach 300,000 tonnes.', TUESDAY);
  });
});

describe('day numbers written as words', () => {
  it('are read as the day, with the span as written', () => {
    expectDates('Her appointment is effective May one when Ruiz retires.', TUESDAY, [['May one', '2021-05-01', 'day']]);
    expectDates('The firm will hire 80 engineers by October one.', TUESDAY, []);
    expectDates('The rebate took effect on October two, the ministry said.', TUESDAY, [['on October two', '2020-10-02', 'day']]);
  });

  it('are not taken from a count that follows a month', () => {
    expectDates('In May one analyst resigned.', TUESDAY, [['May', '2020-05', 'month']]);
  });
});

describe('a month after a year that has just ended', () => {
  it('is not given that year', () => {
    expectDates('After falls at the end of 2004, prices rose 0.8% in January.', null, [
      ['2004', '2004', 'year'],
      ['January', null, 'month'],
    ]);
    expectDates('After falls in the first half of 2004, prices rose 0.8% in July.', null, [
      ['2004', '2004', 'year'],
      ['July', '2004-07', 'month'],
    ]);
  });
});

describe('more deadlines and periods', () => {
  it('leave out a date the text only uses as a limit or an end', () => {
    expectNothing('The price rises if the merger is delayed beyond April 30.', TUESDAY);
    expectNothing('It expects earnings for the year to end July 31 to rise.', TUESDAY);
  });
});

describe('a day and month with no tense', () => {
  it('is the last one before publication unless it is at most three months ahead', () => {
    expectDates('The June 5 referendum result stands.', TUESDAY, [['June 5', '2020-06-05', 'day']]);
    expectDates('Payment is on April 20.', TUESDAY, [['on April 20', '2021-04-20', 'day']]);
  });
});

describe('"ended" before a date', () => {
  it('closes a period only after a unit of time', () => {
    expectDates('Talks with the dockers ended Saturday after members voted.', TUESDAY, [['Saturday', '2021-02-27', 'day']]);
    expectNothing('Shipments for the week ended February 19 were 91,400 bags.', TUESDAY);
    expectNothing('The brewer reported a first quarter, ended November 30, profit of 2.1 mln dlrs.', TUESDAY);
    expectNothing('Profits for the nine months ended September 30, 2020 fell.', TUESDAY);
  });
});

describe('years and months in lists and ranges', () => {
  it('reads every year of a list after "in"', () => {
    expectDates('The club won the cup in 1998 and 2003.', TUESDAY, [
      ['1998', '1998', 'year'],
      ['2003', '2003', 'year'],
    ]);
    expectDates('Loans fell due in 2022, 2023 and 2024.', TUESDAY, [
      ['2022', '2022', 'year'],
      ['2023', '2023', 'year'],
      ['2024', '2024', 'year'],
    ]);
  });

  it('leaves out both ends of a range', () => {
    expectNothing('He coached the side between 1961 and 1974.', TUESDAY);
    expectNothing('The option runs between January 2014 and July 2019.', TUESDAY);
    expectNothing('Prices rose from March to June, the agency said.', TUESDAY);
  });
});

describe('years of reported figures', () => {
  it('reads "profits for 2019" when the clause reports them as past', () => {
    expectDates('Pre-tax profits for 2019 rose 9% to 2.4bn euros.', null, [['2019', '2019', 'year']]);
    expectDates('The brewer said sales for 2020 fell.', TUESDAY, [['2020', '2020', 'year']]);
    expectNothing('The brewer said profits for 2021 would rise.', TUESDAY);
    expectNothing('The brewer said profits for 2019 would rise.', null);
    expectNothing('He was jailed for 2004 offences.', null);
  });

  it('reads a year that is the subject of a past verb at the head of the sentence', () => {
    expectDates('2019 was a record year for the ferry line.', null, [['2019', '2019', 'year']]);
    expectNothing('2019 tickets are on sale.', null);
  });
});

describe('more phrases anchored to another event', () => {
  it('are marked to take the date of the event before them', () => {
    for (const [sentence, phrase, offset] of [
      ['That day the bank cut rates.', 'That day', 0],
      ['Hours later the union called a strike.', 'Hours later', 0],
      ['Within hours, the minister resigned.', 'Within hours', 0],
      ['The following morning shares fell.', 'The following morning', 1],
      ['The previous evening the board met.', 'The previous evening', -1],
    ] as const) {
      const found = findTemporalExpressions(sentence, TUESDAY);
      expect(found.map((e) => [e.text, e.date, e.anchor?.to, e.anchor?.offsetDays])).toEqual([[phrase, null, 'previous', offset]]);
    }
  });

  it('leave a measured span alone', () => {
    expectNothing('Prices rose 24 hours later.', TUESDAY);
  });
});

describe('a month naming published figures', () => {
  // A Tuesday in early May.
  const MAY = '2021-05-04';

  it('is the last such month, when it is a few months back at most', () => {
    expectDates('A surprise 4.1 pct drop in U.S. March factory orders worried dealers.', MAY, [['March', '2021-03', 'month']]);
    expectDates('The February index was down 0.3 pct on a year earlier.', MAY, [['February', '2021-02', 'month']]);
  });

  it('is not a month further off, or one with no publication date to count from', () => {
    expectDates('The September report will be published in June.', MAY, [['June', '2021-06', 'month']]);
    expectNothing('The March figures showed a deficit.', null);
    expectNothing('The March shipment was sold to Egypt.', MAY);
  });

  it('is read where chrono reads no date, and a figure after it is not its day', () => {
    expectDates('Stocks rose 0.6 pct in February and in March 0.7 pct.', MAY, [
      ['February', '2021-02', 'month'],
      ['March', '2021-03', 'month'],
    ]);
    expectDates('Exports rose in March 12 pct.', MAY, [['March', '2021-03', 'month']]);
  });
});

describe('words that look forward but do not here', () => {
  it('leaves an adjectival "proposed" to the verb', () => {
    expectDates('When the exchange announced its proposed rule change in December, shares rose.', TUESDAY, [['December', '2020-12', 'month']]);
    expectDates('The exchange will adopt the rule change in December.', TUESDAY, [['December', '2021-12', 'month']]);
  });

  it('drops an anchor in a clause that states a rule, not an event', () => {
    expectNothing('Either party can offset the trade with a futures contract the next day.', TUESDAY);
  });
});

describe('bounds that are not events', () => {
  it('leaves out a date after "after", "no later than" or ", ending"', () => {
    expectNothing('Grain entered after Oct 6, 2019 qualifies.', TUESDAY);
    expectNothing('A final dividend will be announced after July 1.', TUESDAY);
    expectNothing('The buyer must pay no later than March 31.', TUESDAY);
    expectNothing('Growth in fiscal 2020/21, ending June 30, will be slower.', TUESDAY);
    expectNothing('Warrants run from March one, 2022, to September one, 2023.', TUESDAY);
  });

  it('reads "payable" as looking forward', () => {
    expectDates('The board declared a dividend payable May one to holders of record April 10.', TUESDAY, [
      ['May one', '2021-05-01', 'day'],
      ['April 10', '2021-04-10', 'day'],
    ]);
  });
});

describe('infinitives and coming months', () => {
  it('reads an infinitive of a timetable verb as looking forward unless a past verb governs it', () => {
    expectDates('There are no plans for the minister Ana Silva to meet bankers during her trip to Oslo on Friday.', TUESDAY, [['on Friday', '2021-03-05', 'day']]);
    expectDates('She flew to Oslo to meet bankers on Friday.', TUESDAY, [['on Friday', '2021-02-26', 'day']]);
  });

  it('gives a coming month the year just named when that year is not over', () => {
    expectDates('The first ship is due in April 2023 with the others arriving in May and June.', TUESDAY, [
      ['April 2023', '2023-04', 'month'],
      ['May', '2023-05', 'month'],
      ['June', '2023-06', 'month'],
    ]);
    expectDates('Sales peaked in April 2019 and will recover in May.', TUESDAY, [
      ['April 2019', '2019-04', 'month'],
      ['May', '2021-05', 'month'],
    ]);
  });
});

describe('coming months next to a named year without a publication date', () => {
  it('stay unresolved, since the year named may be long past', () => {
    expectDates('The band, formed in 1977, will begin a world tour on 28 March.', null, [
      ['1977', '1977', 'year'],
      ['on 28 March', null, 'day'],
    ]);
  });
});

describe('a month listed after another', () => {
  it('takes the tense of the first one', () => {
    expectDates('Holders will vote at a meeting to be held in April or May, it said.', TUESDAY, [
      ['April', '2021-04', 'month'],
      ['May', '2021-05', 'month'],
    ]);
  });
});

describe('names and targets that look like dates', () => {
  it('are not dates', () => {
    expectNothing("Past winners include Pip & Dec's Saturday Night Takeaway.", TUESDAY);
    expectNothing('Viewers tuned in to Monday Night Football.', TUESDAY);
    expectNothing('The reform puts the country ahead of a 2024 deadline.', TUESDAY);
    expectNothing('For 2022, the group is projecting earnings growth of 5%.', TUESDAY);
  });

  it('keep a scheduled end and a meeting to be held', () => {
    expectDates('Voting is due to end on 22 March.', TUESDAY, [['on 22 March', '2021-03-22', 'day']]);
    expectDates('The merger needs approval at a meeting to be held in May, the firm said.', TUESDAY, [['May', '2021-05', 'month']]);
  });
});

describe('forecast participles', () => {
  it('look forward like "expected"', () => {
    expectNothing('For 2021, production is projected to fall to 17.1 mln tonnes.', TUESDAY);
    expectDates('Output rose more than projected in January.', TUESDAY, [['January', '2021-01', 'month']]);
  });
});

describe('nouns that look like plans, and numbers after a month', () => {
  it('leave the tense to the verb', () => {
    expectDates('Officials expressed high hopes for the new models at a briefing on Friday.', TUESDAY, [['on Friday', '2021-02-26', 'day']]);
    expectDates('The firm announced plans to meet bankers on Friday.', TUESDAY, [['on Friday', '2021-03-05', 'day']]);
  });

  it('do not read a hyphenated number after a month as its day', () => {
    expectNothing('The coupon on the January 10-year bond stays unchanged.', TUESDAY);
  });
});

describe('the period a figure is compared with', () => {
  it('is not an event', () => {
    expectNothing('Sales for the first four months showed a healthy increase on the same period last year.', TUESDAY);
    expectDates('Sales rose sharply last year.', TUESDAY, [['last year', '2020', 'year']]);
  });
});
