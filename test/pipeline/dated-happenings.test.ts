import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../../src/pipeline/dates.js';
import { findEvents } from '../../src/pipeline/events.js';
import { context, naiveSentences } from './event-helpers.js';

// A Monday in early March, as wire stories of a spring week are dated.
const MONDAY = '1991-03-04';

function expectDates(sentence: string, reference: string | null, expected: Array<[string, string | null, string]>) {
  const found = findTemporalExpressions(sentence, reference).map((e) => [e.text, e.date, e.precision]);
  expect(found).toEqual(expected);
}

function datesOf(text: string, reference: string | null): Array<[string, string | null]> {
  return findEvents(context(text, reference), naiveSentences(text), [], []).map((e) => [e.temporal.text, e.date]);
}

describe('a whole year of figures reported in a clause of its own', () => {
  it('is dated though the sentence goes on to look forward', () => {
    expectDates('The brewer, which just reported a loss for 1990, said it will close two plants this spring.', MONDAY, [['1990', '1990', 'year']]);
  });

  it('is still a forecast when the look forward is in its own clause', () => {
    expectDates('The brewer said profits for 1990 would rise.', MONDAY, []);
  });
});

describe('an occasion named by its month', () => {
  it('is the nearest such month, whatever the tense around it', () => {
    expectDates("If all members keep to the council's November quota agreement, prices would recover.", MONDAY, [['November', '1990-11', 'month']]);
    expectDates('Finland was the main author of the October accord on fishing limits.', MONDAY, [['October', '1990-10', 'month']]);
    expectDates('Exporters still undercut rivals despite the July agreement.', MONDAY, [['July', '1990-07', 'month']]);
  });

  it('leaves an occasion that is only proposed, a period of figures and a month with no determiner', () => {
    expectDates('Ministers are weighing a May election.', MONDAY, []);
    expectDates('The December quarter meeting of the board closed with a loss.', MONDAY, []);
    expectDates('The September report will be published in June.', MONDAY, [['June', '1991-06', 'month']]);
  });
});

describe('a record day', () => {
  it('is the nearest such day, though the clause around it looks forward', () => {
    expectDates('The offer document will be mailed tomorrow to holders of record February 22.', MONDAY, [
      ['tomorrow', '1991-03-05', 'day'],
      ['February 22', '1991-02-22', 'day'],
    ]);
    expectDates('The dividend is payable April 1 to holders of record March 15.', MONDAY, [
      ['April 1', '1991-04-01', 'day'],
      ['March 15', '1991-03-15', 'day'],
    ]);
  });
});

describe('a plan told in the past perfect', () => {
  it('may lie either side of publication, so the nearest day is meant', () => {
    expectDates('The credit line had been scheduled to expire February 28.', MONDAY, [['February 28', '1991-02-28', 'day']]);
  });

  it('is still ahead when told in the present perfect', () => {
    expectDates('The credit line has been scheduled to expire March 28.', MONDAY, [['March 28', '1991-03-28', 'day']]);
  });
});

describe('a date set against the period before it', () => {
  it('is the date of the figure, not one end of a stretch', () => {
    expectDates('Bookings from Norway rose by 12% between January 1991 and the previous year.', MONDAY, [['January 1991', '1991-01', 'month']]);
    expectDates('Sales rose 4% between February 1991 and the same month a year ago.', MONDAY, [['February 1991', '1991-02', 'month']]);
  });

  it('still bounds a stretch between two dates', () => {
    expectDates('Sales rose 4% between January 1991 and February 1991.', MONDAY, []);
  });
});

describe('years counted from the year just told', () => {
  it('dates "N years later" from a stated year in the sentences just before', () => {
    const text = 'In 1971 Maren Holt opened a bakery in Bergen. Two years later she sold it to a cooperative.';
    expect(datesOf(text, null)).toEqual([
      ['1971', '1971'],
      ['Two years later', '1973'],
    ]);
    const after = 'She remained mayor until 1982, when she resigned to run the port authority. Five years later she became its chair.';
    expect(datesOf(after, null)).toEqual([
      ['1982', '1982'],
      ['Five years later', '1987'],
    ]);
  });

  it('counts back for "years earlier"', () => {
    expect(datesOf('The club were relegated in 1996. Three years earlier, they had won the cup.', null)).toEqual([
      ['1996', '1996'],
      ['Three years earlier', '1993'],
    ]);
  });

  it('has no start when the last event gave no year in words, or was told pages back', () => {
    expect(datesOf('Last June the winger was banned for two matches. Six years earlier he was sent off in Lyon.', MONDAY)).toEqual([
      ['June', '1990-06'],
      ['Six years earlier', null],
    ]);
    const far = 'The ferry line opened in 1960. It ran twice a day. Tourists loved it. Fares were low. Crews were local. Ten years later it closed.';
    expect(datesOf(far, null)).toEqual([
      ['1960', '1960'],
      ['Ten years later', null],
    ]);
  });

  it('is no date for an approximate count, a comparison or a plan', () => {
    expectDates('More than 20 years later, he would record a jazz album.', null, []);
    expectDates('The trade deficit was 400 mln dlrs, from a 1.2 billion dlr surplus just two years earlier.', MONDAY, []);
    expectDates('The contract will end in 1994, five years earlier than planned.', MONDAY, [['1994', '1994', 'year']]);
    expectDates('A year earlier the harbour was closed.', MONDAY, []);
  });
});

describe('a count of years beside a stated date', () => {
  it('gives way to the date the sentence states', () => {
    expect(datesOf('Their first shop opened early in 1998. A year later, in May 1999, they opened a second.', null)).toEqual([
      ['1998', '1998'],
      ['May 1999', '1999-05'],
    ]);
  });
});

describe('a day number spelled out in wire style', () => {
  it('is read with a capital, and before more words that follow a date', () => {
    expectDates('The bank said its leasing unit on April One will redeem its notes.', MONDAY, [['on April One', '1991-04-01', 'day']]);
    expectDates('Two Kestrel directors will join the board on March Six to serve out the term.', MONDAY, [['on March Six', '1991-03-06', 'day']]);
    expectDates('Its chairman responded on January eight by saying the stake was welcome.', MONDAY, [['on January eight', '1991-01-08', 'day']]);
  });

  it('is not a day before a count or a measure', () => {
    expectDates('In March one of the directors resigned.', MONDAY, [['March', '1991-03', 'month']]);
  });
});

describe('a state told as of a day', () => {
  it('is the nearest such day, though the clause is in the present', () => {
    expectDates('The airline said that as of March One it is operating in technical default.', MONDAY, [['March One', '1991-03-01', 'day']]);
  });
});

describe('a month naming published figures after "said"', () => {
  it('is the month the figures are for, a rate or a spending total included', () => {
    expectDates('The ministry said January construction spending was 5.1 billion crowns.', MONDAY, [['January', '1991-01', 'month']]);
    expectDates('But the December rate of 4.06 mln units had been the highest in years.', MONDAY, [['December', '1990-12', 'month']]);
  });
});

describe('a debt named by its kind', () => {
  it('says nothing of the tense of a coming payment', () => {
    const sentence = 'The group does not intend to pay the interest due March 15 on its 9 pct notes due 1996 or the interest due May one on its 10 pct subordinated notes due 2001.';
    expectDates(sentence, MONDAY, [
      ['March 15', '1991-03-15', 'day'],
      ['May one', '1991-05-01', 'day'],
    ]);
  });
});

describe('the following year, that year', () => {
  it('count from a stated year just told, as a number of years does', () => {
    expect(datesOf('The festival moved to Tromso in 1996. The following year it drew 40,000 visitors.', null)).toEqual([
      ['1996', '1996'],
      ['The following year', '1997'],
    ]);
    expect(datesOf('The ferry line opened in 1988. During that year, 90,000 passengers crossed.', null)).toEqual([
      ['1988', '1988'],
      ['that year', '1988'],
    ]);
    expect(datesOf('Her debut album came out in 2001. But in the same year she left the label.', null)).toEqual([
      ['2001', '2001'],
      ['the same year', '2001'],
    ]);
  });

  it('is no date for a stretch still to run, a month of that year, or a year with nothing stated before it', () => {
    expectDates('Prices should settle over the next year.', MONDAY, []);
    expect(datesOf('The plant opened in January 1990. In August of that year it was sold.', null)).toEqual([
      ['January 1990', '1990-01'],
      ['August', null],
    ]);
    expect(datesOf('She was born in the same year that plastic cards first appeared.', null)).toEqual([['the same year', null]]);
  });
});
