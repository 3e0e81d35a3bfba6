import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../../src/pipeline/dates.js';

// A Wednesday, so weekdays can be checked on both sides of it.
const WEDNESDAY = '2019-06-12';

/** Asserts the sentence holds exactly these expressions, as [text, date, precision]. */
function expectDates(sentence: string, reference: string | null, expected: Array<[string, string | null, string]>) {
  const found = findTemporalExpressions(sentence, reference).map((e) => [e.text, e.date, e.precision]);
  expect(found).toEqual(expected);
}

function expectNothing(sentence: string, reference: string | null = WEDNESDAY) {
  expect(findTemporalExpressions(sentence, reference)).toEqual([]);
}

describe('the day a change takes effect', () => {
  it('is a date after "effective from", "with effect from" and "as from"', () => {
    expectDates('The ministry said it cut the levy on raw sugar to 12 dinars from 15, effective from June 10.', WEDNESDAY, [
      ['June 10', '2019-06-10', 'day'],
    ]);
    expectDates('Ferry fares to the islands rise with effect from July 1.', WEDNESDAY, [['July 1', '2019-07-01', 'day']]);
    expectDates('Tolls on the bridge were lifted as from Monday.', WEDNESDAY, [['Monday', '2019-06-10', 'day']]);
  });

  it('leaves a bare "from" opening a stretch of time', () => {
    expectNothing('The exhibition in Tartu will run from June 20.');
    expectNothing('Quarterly sales rose to 40 mln crowns from June 1 to August 31.');
  });
});

describe('one unit ago', () => {
  it('dates an event told in the past with nothing compared', () => {
    expectDates('Import licences were withdrawn a year ago when the harvest failed.', WEDNESDAY, [['a year ago', '2018', 'year']]);
    expectDates('A year ago, the council closed the harbour to trawlers.', WEDNESDAY, [['A year ago', '2018', 'year']]);
    expectDates('The bakery chain went into receivership a month ago.', WEDNESDAY, [['a month ago', '2019-05', 'month']]);
  });

  it('is the period a figure is compared with, not an event', () => {
    expectNothing('Exports were 117,000 tonnes vs 121,000 tonnes a week ago.');
    expectNothing('It lost two cents a share compared to a profit of seven cents a share a year ago.');
    expectNothing('Fares are roughly a third higher than a year ago.');
    expectNothing('Turnover at the port also rose from a year ago.');
    expectNothing('Bookings were well below the levels of a year ago.');
    expectNothing('The surplus grew 1.8% on a year ago.');
  });
});

describe('a year after "For" without a comma', () => {
  it('frames figures the clause reports as past', () => {
    expectDates('For 2018 the cooperative had a surplus of 2.4 mln euros.', WEDNESDAY, [['2018', '2018', 'year']]);
    expectDates('For 2017 it earned 90 cents a share.', WEDNESDAY, [['2017', '2017', 'year']]);
  });

  it('leaves a forecast, a year not over, or a clause that looks forward', () => {
    expectNothing('For 2019 the cooperative expects a surplus of 3 mln euros.');
    expectNothing('For 2020 the cooperative had hoped for a surplus.');
    expectNothing('For 2018 it said it would restate its accounts.');
  });
});

describe('an "-ed" word inside a noun phrase', () => {
  it('describes the noun and leaves the tense to the verb', () => {
    expectDates('The premier will speak to the country in a nationally televised address Friday night.', WEDNESDAY, [['Friday', '2019-06-14', 'day']]);
    expectDates('The board will publish the revised accounts on Monday.', WEDNESDAY, [['on Monday', '2019-06-17', 'day']]);
  });

  it('is still a past verb after a noun or a relative pronoun', () => {
    expectDates('The strike that ended on Monday cost the mills dearly.', WEDNESDAY, [['on Monday', '2019-06-10', 'day']]);
    expectDates('It showed the revised figures on Monday.', WEDNESDAY, [['on Monday', '2019-06-10', 'day']]);
  });
});

describe('"proposed" and "plan"', () => {
  it('read "proposed" before the date as a verb told in the past', () => {
    expectDates('The fisheries minister proposed on Monday that quotas be halved.', WEDNESDAY, [['on Monday', '2019-06-10', 'day']]);
    expectDates('The toll was proposed Monday.', WEDNESDAY, [['Monday', '2019-06-10', 'day']]);
  });

  it('keep the adjective and the passive looking forward', () => {
    expectDates('Unions will discuss the proposed merger on Friday.', WEDNESDAY, [['on Friday', '2019-06-14', 'day']]);
    expectDates('The new toll is proposed on Friday.', WEDNESDAY, [['on Friday', '2019-06-14', 'day']]);
  });

  it('read "plan" after a participle as a noun', () => {
    expectDates('Residents protested at a hearing on the revised plan on Monday.', WEDNESDAY, [['on Monday', '2019-06-10', 'day']]);
  });
});

describe('a whole number and a fraction', () => {
  it('is a price or a size, not a numeric date', () => {
    expectNothing('Three-month money was barely changed at 6-15/16 pct.');
    expectNothing('Spot 1-3/32 inch cotton was quoted at 61 cents a lb.');
    expectNothing('Spot cotton traded at 4/1-16 over the index.');
  });

  it('leaves numeric dates written with one separator', () => {
    expectDates('The sale closed on 5/6/19.', WEDNESDAY, [['on 5/6/19', '2019-05-06', 'day']]);
    expectDates('The sale closed on 2019-06-05.', WEDNESDAY, [['on 2019-06-05', '2019-06-05', 'day']]);
  });
});

describe('dates that bound a stretch of time', () => {
  it('leave out the day after "up to", the day naming a week, and the start of a year or season', () => {
    expectNothing('The growers pledged to negotiate up to September 30 any new sharing of the quota.');
    expectNothing('Bank lending rose 2.1 billion crowns in the June 3 week.');
    expectNothing('Shipments are capped at 40,000 tonnes in the season started June 1.');
    expectNothing('Outlays will rise 4 pct in the fiscal year beginning July 1.');
    expectNothing('The budget for the year beginning in July was passed.');
    // A fiscal year still to run is a period too, both its year and the month it begins.
    expectNothing('Funds will train 9,000 nurses in fiscal 2019 beginning in July.');
  });

  it('keep a day that starts an event, and "up to" before a figure', () => {
    expectDates('The stoppage beginning Monday will shut the ferries.', WEDNESDAY, [['Monday', '2019-06-17', 'day']]);
    expectDates('The stoppage beginning in July will shut the ferries.', WEDNESDAY, [['July', '2019-07', 'month']]);
    expectDates('Shares rose up to 5 pct on Monday.', WEDNESDAY, [['on Monday', '2019-06-10', 'day']]);
    expectDates('The June 3 vote came a week early.', WEDNESDAY, [['June 3', '2019-06-03', 'day']]);
  });
});

describe('a plan told in the past', () => {
  it('means the nearest such day, which may have passed', () => {
    expectDates('Loan waivers, which were scheduled to expire June 9, have been extended to August.', WEDNESDAY, [['June 9', '2019-06-09', 'day']]);
    expectDates('The hearing was due to take place on Monday but was put off.', WEDNESDAY, [['on Monday', '2019-06-10', 'day']]);
    expectDates('The ballot was due to take place on June 20.', WEDNESDAY, [['on June 20', '2019-06-20', 'day']]);
  });

  it('still looks forward in the present', () => {
    expectDates('The board is scheduled to meet on June 9.', WEDNESDAY, [['on June 9', '2020-06-09', 'day']]);
  });
});

describe('a verb of starting after a unit of time', () => {
  it('is the start of the event when a comma parts them', () => {
    expectDates('The strike, now in its fourth week, began on May 20.', WEDNESDAY, [['on May 20', '2019-05-20', 'day']]);
  });
});

describe('a month completed with the year the sentence named', () => {
  it('is not completed from a year that names a thing', () => {
    expectDates('She was runner-up in the 2002 and 2003 Oslo races as well as in November.', null, [
      ['2002', '2002', 'year'],
      ['November', null, 'month'],
    ]);
  });

  it('is not completed when it comes earlier in the calendar than the month named with the year', () => {
    expectDates('The poet fell ill in December 2004 and died on 26 February at his home.', null, [
      ['December 2004', '2004-12', 'month'],
      ['on 26 February', null, 'day'],
    ]);
  });

  it('is still completed from a year stated as a time, or a month-and-year before it', () => {
    expectDates('The choir won in 2003 and again in November.', null, [
      ['2003', '2003', 'year'],
      ['November', '2003-11', 'month'],
    ]);
    expectDates('In March 2004 the mill cut jobs and in June it closed a plant.', null, [
      ['March 2004', '2004-03', 'month'],
      ['June', '2004-06', 'month'],
    ]);
  });
});

describe('present-tense verbs of a timetable', () => {
  it('look forward, in a subordinate clause too', () => {
    expectDates('The offer aims to avoid a strike when wage talks reopen in Leeds on Monday.', WEDNESDAY, [['on Monday', '2019-06-17', 'day']]);
    expectDates('The synod reconvenes on Friday.', WEDNESDAY, [['on Friday', '2019-06-14', 'day']]);
  });

  it('leave the past form looking back', () => {
    expectDates('Wage talks reopened in Leeds on Monday.', WEDNESDAY, [['on Monday', '2019-06-10', 'day']]);
  });
});

describe('a recent month before its figures', () => {
  it('dates figures told in the past', () => {
    expectDates('Analysts noted a 4.1 pct fall in May shipments.', WEDNESDAY, [['May', '2019-05', 'month']]);
    expectDates('April orders were 3.2 billion crowns.', WEDNESDAY, [['April', '2019-04', 'month']]);
  });

  it('leaves a month traded ahead or long past', () => {
    expectNothing('Mills said they would not receive July shipments.');
    expectNothing('August shipments traded at 310 dlrs a tonne.');
    expectNothing('January sales were weak.');
  });
});

describe('"since", "until" or "by" before "last" or "next" and a month', () => {
  it('bounds a period', () => {
    expectNothing('It was the first rise in tin prices since last August.');
    expectNothing('The levy stays in force until next March.');
  });

  it('leaves "last August" alone a date', () => {
    expectDates('The mint cut its prices last August.', WEDNESDAY, [['August', '2018-08', 'month']]);
  });
});

describe('a month with no tense', () => {
  it('is a coming one only when it is at most three months off and nearer', () => {
    expectDates('A clerk is accused of a 300 dlr theft in November in an alleged fraud.', WEDNESDAY, [['November', '2018-11', 'month']]);
    expectDates('A first payment going out in August.', WEDNESDAY, [['August', '2019-08', 'month']]);
    expectDates('A first payment going out in May.', WEDNESDAY, [['May', '2019-05', 'month']]);
  });
});

describe('a year after "the whole of", "all of", "the rest of"', () => {
  it('is a year like "in 2004"', () => {
    expectDates('For all of 2016, ferry traffic rose 4%.', null, [['2016', '2016', 'year']]);
    expectDates('Shoppers spent 26bn on cards during the whole of 2016.', null, [['2016', '2016', 'year']]);
  });

  it('leaves a year that only qualifies a count or a thing', () => {
    expectNothing('Some 2016 models of the kettle are faulty.', null);
    expectNothing('All of 2016 pct of the target was met.', null);
  });
});

describe('two months joined by a dash', () => {
  it('are a span, not a month', () => {
    expectNothing('Car imports in Jan-Feb rose 4 pct.');
    expectNothing('Car imports in April\u2013May rose 4 pct.');
  });

  it('leave "mid-" before a month alone', () => {
    expectDates('Car imports fell in mid-May.', WEDNESDAY, [['May', '2019-05', 'month']]);
  });
});

describe('a dash after a month that opens an aside', () => {
  it('leaves the month a date', () => {
    expectDates('Two men freed from the camp in May - Omar Said and Ali Noor - have written to the court.', WEDNESDAY, [['May', '2019-05', 'month']]);
  });
});

describe('a present-tense verb of a set occasion', () => {
  it('looks forward', () => {
    expectDates('The state senate votes Friday on the ferry bill.', WEDNESDAY, [['Friday', '2019-06-14', 'day']]);
    expectDates('The ministry holds talks with dockers on Monday.', WEDNESDAY, [['on Monday', '2019-06-17', 'day']]);
  });

  it('is a noun after a determiner', () => {
    expectDates('The votes on Monday were close.', WEDNESDAY, [['on Monday', '2019-06-10', 'day']]);
  });
});

describe('"before" and "after" leading a phrase', () => {
  it('let the verb further left place the date when the order allows', () => {
    expectDates('The port chief testifies before the inquiry on Friday.', WEDNESDAY, [['on Friday', '2019-06-14', 'day']]);
    expectDates('Ferry shares rose after the announcement on Monday.', WEDNESDAY, [['on Monday', '2019-06-10', 'day']]);
  });

  it('leave the date to its own reading when the order does not', () => {
    // A coming recovery after a crash says nothing of when the crash was: a month with no tense.
    expectDates('Ferry shares will recover after the crash in November.', WEDNESDAY, [['November', '2018-11', 'month']]);
    expectDates('Prices are expected to ease in June after April\'s sharp rise.', WEDNESDAY, [
      ['June', '2019-06', 'month'],
      ['April', '2019-04', 'month'],
    ]);
  });
});

describe('more words that look forward', () => {
  it('read "expects to", "poised to", "ahead of" and "due out" as looking forward', () => {
    expectDates('The mill expects to close the sale on Monday.', WEDNESDAY, [['on Monday', '2019-06-17', 'day']]);
    expectDates('The mill is poised to close the sale on Monday.', WEDNESDAY, [['on Monday', '2019-06-17', 'day']]);
    expectDates('Traders were cautious ahead of the auction on Monday.', WEDNESDAY, [['on Monday', '2019-06-17', 'day']]);
    expectDates('The figures, due out on Monday, should show a rise.', WEDNESDAY, [['on Monday', '2019-06-17', 'day']]);
  });

  it('leave "moved ahead" and a payment "due on" a day to the verb', () => {
    expectDates('Ferry shares moved ahead on Monday.', WEDNESDAY, [['on Monday', '2019-06-10', 'day']]);
    expectDates('The mill missed the payment due on Monday.', WEDNESDAY, [['on Monday', '2019-06-10', 'day']]);
  });
});

describe('a decade written with an apostrophe', () => {
  it('is not a year', () => {
    expectNothing('The show gathers the best-known painters of the 1970\'s.', null);
    expectNothing('Fares were last this low in the late 1990\'s.', null);
  });

  it('leaves the possessive of a year alone', () => {
    expectDates('2016\'s harvest was poor.', null, [['2016', '2016', 'year']]);
  });
});

describe('an occasion named by its year', () => {
  it('dates the occasion after a determiner', () => {
    expectDates('Pereira captained Portugal at the 1966 World Cup - when they came third.', null, [['1966', '1966', 'year']]);
    expectDates('She led her club to the 1991 European Cup title.', null, [['1991', '1991', 'year']]);
    expectDates('Hundreds queued outside the 2004 Cannes film festival.', null, [['2004', '2004', 'year']]);
    expectDates('He never recovered from defeat at the 1997 Wimbledon final.', '1998-01-05', [['1997', '1997', 'year']]);
  });

  it('dates a title won there even without a determiner', () => {
    expectDates('Ivanova beat 2001 Australian Open champion Morales in straight sets.', null, [['2001', '2001', 'year']]);
  });

  it('leaves laws, products, teams and bids named by a year', () => {
    expectNothing('The 1989 Fisheries Act gives the board its powers.', null);
    expectNothing('He restored a 1962 Jaguar Mark Two.', null);
    expectNothing('The 1905 All Blacks changed how scrums were set.', null);
    expectNothing('The minister said it would not harm the 2016 Olympics bid.', null);
    expectNothing('Kovac, a 2001 Open University graduate, spoke first.', null);
  });

  it('dates a later occasion of a list', () => {
    expectDates('She won the 1996 World Cup and 1999 Asian Championship with Japan.', null, [
      ['1996', '1996', 'year'],
      ['1999', '1999', 'year'],
    ]);
    expectNothing('The 1998 World Cup Act and 2000 Lottery Act are still in force.', null);
  });

  it('leaves an occasion still to come when the publication date says so', () => {
    expectNothing('Builders are racing to finish the stadium for the 2022 World Cup.', '2019-06-12');
  });
});

describe('the date something was moved to', () => {
  it('is the new date after postponed, delayed, adjourned or put back', () => {
    expectDates('A meeting of the growers, set for this evening, has been postponed until tomorrow, officials said.', WEDNESDAY, [
      ['this evening', '2019-06-12', 'day'],
      ['tomorrow', '2019-06-13', 'day'],
    ]);
    expectDates('The next album, first due in 2018, has been delayed until 2020 by a label dispute.', WEDNESDAY, [
      ['2018', '2018', 'year'],
      ['2020', '2020', 'year'],
    ]);
    expectDates('The inquest was adjourned until Friday.', WEDNESDAY, [['Friday', '2019-06-14', 'day']]);
    expectDates('The ballot was put back to July 3.', WEDNESDAY, [['July 3', '2019-07-03', 'day']]);
    expectDates('The derby was brought forward to Saturday.', WEDNESDAY, [['Saturday', '2019-06-15', 'day']]);
    expectDates('The ferry link has been postponed until the start of March.', WEDNESDAY, [['March', '2020-03', 'month']]);
  });

  it('leaves "until" a bound after other verbs', () => {
    expectNothing('The discount runs until Friday.');
    expectNothing('The board will hold rates steady until March.');
    expectNothing('Trading in the shares was suspended until 2020.');
    expectNothing('The plant stays shut until tomorrow.');
    expectNothing('The vote was delayed to give members time to read the bill.');
  });
});

describe('a long reported clause closed by its attribution', () => {
  it('takes its weekday from the clause\'s own "will", not from "said"', () => {
    expectDates(
      'The Treasury will sell between four and nine billion crowns worth of government notes depending on demand at its regular weekly auction on Thursday, the central bank said.',
      WEDNESDAY,
      [['on Thursday', '2019-06-13', 'day']],
    );
  });

  it('leaves a clause told in the past, or a "will" cut off by another clause', () => {
    expectDates(
      'The Treasury sold between four and nine billion crowns worth of government notes depending on demand at its regular weekly auction on Thursday, the central bank said.',
      WEDNESDAY,
      [['on Thursday', '2019-06-06', 'day']],
    );
    expectDates(
      'The agency will publish its report, which covered the crowns worth of government notes depending on demand at its regular weekly auction on Thursday, officials said.',
      WEDNESDAY,
      [['on Thursday', '2019-06-06', 'day']],
    );
  });
});

describe('"until" after a negation or "wait"', () => {
  it('gives the date the thing happens', () => {
    expectDates('The board will not meet until Friday.', WEDNESDAY, [['Friday', '2019-06-14', 'day']]);
    expectDates('Kovacs had to wait until 1970 before he could return to parliament.', WEDNESDAY, [['1970', '1970', 'year']]);
    expectDates('Polls are not due until 2021.', WEDNESDAY, [['2021', '2021', 'year']]);
  });

  it('leaves a bound when the negation belongs to another clause', () => {
    expectNothing('The coin is no longer legal tender but will remain exchangeable at banks until 2030.');
    expectNothing('He is not in the squad and will stay home until Friday.');
    expectNothing('"Growers cannot wait until next year," she said.');
    expectNothing('Shoppers would not be waiting until March.');
    expectNothing('Rates will stay unchanged until March, and no cut is planned.');
  });
});

describe('the period a figure is compared with', () => {
  it('is left out after "than", "as" and "the same month in"', () => {
    expectNothing('Ticket sales were about the same as those of last year.');
    expectNothing('Rents in Kaunas rose faster than in 2016.');
    expectNothing('Exports are 4% higher than at the start of 2017.');
    expectNothing('Bookings grew, but not as quickly as in 2015.');
    expectDates('The choir sang in Riga as well as in 2016.', null, [['2016', '2016', 'year']]);
    expectDates('Fewer flats were let in May than for the same month in 2018.', WEDNESDAY, [['May', '2019-05', 'month']]);
  });

  it('keeps a figure given for its own year', () => {
    expectDates('Membership rose to 40% in 2018, up from 31% in 2015.', WEDNESDAY, [
      ['2018', '2018', 'year'],
      ['2015', '2015', 'year'],
    ]);
  });
});

describe('the year or month a forecast of figures is for', () => {
  it('is left out, with the years listed after it', () => {
    expectNothing('The brewer forecast a 6% fall in beer sales in 2020, followed by further declines in 2021 and 2022.');
    expectNothing('The central bank expects inflation to rise in 2020.');
    expectNothing('The economy of the islands could grow by as much as 3% in 2019.');
    expectNothing('"We have no forecast for the jobless rate this year," an official said.');
  });

  it('keeps what is scheduled, the day a forecast was made, and figures told in the past', () => {
    expectDates('The bridge over the Daugava will open in 2021.', WEDNESDAY, [['2021', '2021', 'year']]);
    expectDates('Analysts forecast in March that prices would fall.', WEDNESDAY, [['March', '2019-03', 'month']]);
    expectDates('Analysts had expected a rise, but sales fell 5% in 2018.', WEDNESDAY, [['2018', '2018', 'year']]);
    expectDates('Staff will get rises of six pct, with the first payment going out in April.', WEDNESDAY, [['April', '2020-04', 'month']]);
    expectDates('Deliveries would be in 2020 and 2021.', WEDNESDAY, [
      ['2020', '2020', 'year'],
      ['2021', '2021', 'year'],
    ]);
  });
});

describe('a trading session with no day named', () => {
  it('is the publication day', () => {
    expectDates('Shares of Tarvel Corp climbed 1-1/4 to 30-1/2 by midafternoon.', WEDNESDAY, [['by midafternoon', '2019-06-12', 'day']]);
    expectDates('Palm oil futures eased in early trading.', WEDNESDAY, [['in early trading', '2019-06-12', 'day']]);
    expectDates('Shares of Tarvel Corp climbed by midafternoon.', null, [['by midafternoon', null, 'day']]);
  });

  it('gives way to a day named with it', () => {
    expectDates('Copper slipped in late trading on Friday.', WEDNESDAY, [['on Friday', '2019-06-07', 'day']]);
    expectDates('On Friday, in late trading, copper slipped.', WEDNESDAY, [['On Friday', '2019-06-07', 'day']]);
  });
});

describe('years that name a plan, a bond or a period', () => {
  it('are not events', () => {
    expectNothing('The ministry set aside money for job schemes in fiscal 2020 beginning in April.');
    expectNothing('Parliament has yet to pass the 2020 budget.');
    expectNothing('The central bank will buy 10 mln dlrs of the 2031 maturity.');
  });

  it('leave a fiscal year of reported figures alone', () => {
    expectDates('Profits doubled in fiscal 2018.', WEDNESDAY, [['2018', '2018', 'year']]);
  });
});

describe('a year after "back to"', () => {
  it('is when something began or happened', () => {
    expectDates('The row over fishing rights dates back to 2009.', null, [['2009', '2009', 'year']]);
    expectDates('Old fans still hark back to 1996, when the club won the league.', null, [['1996', '1996', 'year']]);
  });

  it('is not a level a figure returns to', () => {
    expectNothing('Output is back to 2015 levels.');
  });
});

describe('a possessive date after a word that bounds a period', () => {
  it('names the day of what follows', () => {
    expectDates("The port is recovering from last year's strike.", WEDNESDAY, [['last year', '2018', 'year']]);
    expectDates("Prices have fallen since Monday's vote.", WEDNESDAY, [['Monday', '2019-06-10', 'day']]);
  });

  it('is still the period a figure is compared with', () => {
    expectNothing("Rig counts fell to 707 from last week's 744.");
    expectNothing("Sales slipped three pct from December's seasonally adjusted rate.");
  });
});

describe('"by" before a date', () => {
  it('dates a figure the end of a period closed with, told in the past', () => {
    expectDates('The fund shrank to 4.1 billion dlrs by the end of last year.', WEDNESDAY, [['last year', '2018', 'year']]);
    expectNothing('The fund will shrink to 4 billion dlrs by the end of next year.');
  });

  it('dates what is scheduled for that day in a clause after it', () => {
    expectDates('The senator wants the report by July 2, when parliament is scheduled to rise for the summer.', WEDNESDAY, [['July 2', '2019-07-02', 'day']]);
    expectNothing('Bids are due by July 2.');
  });
});

describe('a month followed by "in" and a year', () => {
  it('is that year\'s month', () => {
    expectDates('An election was last held in February in 1974.', null, [
      ['February', '1974-02', 'month'],
      ['1974', '1974', 'year'],
    ]);
  });
});
