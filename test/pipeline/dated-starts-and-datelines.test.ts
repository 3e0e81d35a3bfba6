import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../../src/pipeline/dates.js';
import { findEvents } from '../../src/pipeline/events.js';
import { context, naiveSentences } from './event-helpers.js';

// A Wednesday in mid-April, as a spring wire story is dated.
const WEDNESDAY = '1992-04-15';

function expectDates(sentence: string, reference: string | null, expected: Array<[string, string | null, string]>) {
  const found = findTemporalExpressions(sentence, reference).map((e) => [e.text, e.date, e.precision]);
  expect(found).toEqual(expected);
}

function expectNothing(sentence: string, reference: string | null = WEDNESDAY) {
  expect(findTemporalExpressions(sentence, reference)).toEqual([]);
}

function datesOf(text: string, reference: string): Array<[string, string | null]> {
  return findEvents(context(text, reference), naiveSentences(text), [], []).map((e) => [e.temporal.text, e.date]);
}

describe('a whole month after "all of", "most of", "the whole of"', () => {
  it('is the month, as "in March" is', () => {
    expectDates('Ferry bookings for all of March rose to 41,000, the operator said.', WEDNESDAY, [['March', '1992-03', 'month']]);
    expectDates('Rain fell for most of January in the northern valleys.', WEDNESDAY, [['January', '1992-01', 'month']]);
    expectDates('Mills stood idle for the whole of February.', WEDNESDAY, [['February', '1992-02', 'month']]);
  });

  it('leaves "all of" before anything but a month', () => {
    expectNothing('The trust sold all of its shares in the brewer.');
    expectNothing('Most of May Lindqvist\'s paintings were sold.');
  });
});

describe('figures "from" a month', () => {
  it('are of that month, not the start of a stretch', () => {
    expectDates('According to central bank data from November last year, lending to farmers fell.', WEDNESDAY, [
      ['November last year', '1991-11', 'month'],
    ]);
    expectDates('Customs figures from January 1991 show a surplus.', WEDNESDAY, [['January 1991', '1991-01', 'month']]);
  });

  it('still leave a stretch that runs from a month, or figures set between two', () => {
    expectNothing('Lending has fallen from November last year, the bank said.');
    expectNothing('Customs figures from January 1991 to March 1991 show a surplus.');
  });
});

describe('a change that starts "from" a date', () => {
  it('is dated there, as "effective from" is', () => {
    expectDates('The new permits are expected to be rolled out at ports from the middle of 1993, the agency said.', null, [['1993', '1993', 'year']]);
    expectDates('Smart meters will be phased in from 1994 across the region.', null, [['1994', '1994', 'year']]);
    expectDates('The cheaper fares were trialled from August 1991 on two routes.', null, [['August 1991', '1991-08', 'month']]);
  });

  it('leaves a stretch with a far end, and "from" after any other verb', () => {
    expectNothing('The cheaper fares were trialled from August 1991 to March 1992 on two routes.', null);
    expectNothing('The cheaper fares were trialled from 1991 onwards on two routes.', null);
    expectNothing('Sales have grown steadily from 1991.', null);
    expectNothing('Output was launched on a rising path, up 12 pct from 1990.', null);
  });
});

describe('a dateline a day after the stamp', () => {
  const text = (dateline: string) => `${dateline} (Reuters) - The port authority said today that it had lifted the ban on night sailings.`;

  it('is the next morning\'s paper in a place on or behind the stamp\'s clock', () => {
    expect(datesOf(text('CHICAGO, April 16'), WEDNESDAY)).toEqual([['today', '1992-04-15']]);
    expect(datesOf(text('MEXICO CITY, April 16'), WEDNESDAY)).toEqual([['today', '1992-04-15']]);
  });

  it('is still the local day in a place ahead of it', () => {
    expect(datesOf(text('MANILA, April 16'), WEDNESDAY)).toEqual([['today', '1992-04-16']]);
  });
});
