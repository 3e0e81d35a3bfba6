import { describe, expect, it } from 'vitest';
import { findTemporalExpressions, isTimelessInQuote } from '../../src/pipeline/dates.js';
import { findEvents } from '../../src/pipeline/events.js';
import type { ExtractedQuote } from '../../src/pipeline/types.js';
import { context, naiveSentences } from './event-helpers.js';

// A Monday.
const MONDAY = '1991-04-15';
const datesOf = (sentence: string, reference: string | null = MONDAY) => findTemporalExpressions(sentence, reference).map((e) => [e.text, e.date]);

describe('a bound followed by a when-clause told in the past', () => {
  it('dates what the when-clause tells', () => {
    expect(datesOf('Lenders held back until November when loan demand suddenly jumped to 2.1 billion crowns.')).toEqual([['November', '1990-11']]);
    expect(datesOf('The Harriers had little joy in the cup until 1983 when they reached the semi-finals.', null)).toEqual([['1983', '1983']]);
    expect(datesOf('Okoro has played in Lisbon since 1986 when he joined from Porto for a record fee.', null)).toEqual([['1986', '1986']]);
    expect(datesOf('Approval was the lowest since March 1988 when it dropped to 38 pct.')).toEqual([['March 1988', '1988-03']]);
  });

  it('leaves a bound whose when-clause looks ahead or is in the present', () => {
    expect(datesOf('The governor will stay in office until 1994 when she will retire.')).toEqual([]);
    expect(datesOf('Rates stay frozen until June when demand is expected to recover.')).toEqual([]);
    expect(datesOf('Nothing changes until 1993 when the rules are reviewed.')).toEqual([]);
    // No when-clause: "until" is still a bound.
    expect(datesOf('The scheme ran until 1989 and was then dropped.', null)).toEqual([]);
  });
});

describe('a year named in an earlier clause', () => {
  it('does not reach a month in a later clause with its own subject and verb', () => {
    expect(datesOf('The Kestrel network launched in 1989, Orbis launched its service in November, Tellix followed in early December.', null)).toEqual([
      ['1989', '1989'],
      ['November', null],
      ['December', null],
    ]);
  });

  it('still completes a month of the same clause or of a fronted year', () => {
    expect(datesOf('In 1989, Orbis launched its service in November.', null)).toEqual([['1989', '1989'], ['November', '1989-11']]);
    expect(datesOf('The band signed in 1989 and released their single in November.', null)).toEqual([['1989', '1989'], ['November', '1989-11']]);
  });
});

describe('a change over the year so far', () => {
  it('dates "has risen since the start of 1990" in that year', () => {
    expect(datesOf('Kestrel says phone scams have risen since the start of 1990, with banks the main target.', null)).toEqual([['1990', '1990']]);
    expect(datesOf('Exports have grown by 4% since the beginning of 1991.')).toEqual([['1991', '1991']]);
  });

  it('leaves other stretches that begin with a year', () => {
    expect(datesOf('The plant has been closed since the start of 1990.', null)).toEqual([]);
    expect(datesOf('Prices rose since the start of 1990 and then fell.', null)).toEqual([]);
  });
});

describe('a year after a determiner and a judging adjective', () => {
  it('dates "an unsuccessful 1986 bid" like "the 1986 bid"', () => {
    expect(datesOf('Regulators are examining an unsuccessful 1988 bid by a Texas investor for Halvorsen Corp.')).toEqual([['1988', '1988']]);
    expect(datesOf("The court upheld the agency's controversial 1989 ruling on the merger.")).toEqual([['1989', '1989']]);
    expect(datesOf('Fans still recall their ill-fated 1984 tour of Canada.', null)).toEqual([['1984', '1984']]);
  });

  it('leaves adjectives of accounts and plans, and years still to come', () => {
    expect(datesOf('The board declared a final 1990 dividend of 12 cts.')).toEqual([]);
    expect(datesOf('Analysts discussed the expected 1990 election at length.', null)).toEqual([]);
    expect(datesOf('The partners want a successful 1993 launch for the satellite.')).toEqual([]);
  });
});

describe('a date inside a condition', () => {
  it('drops a date in an if-clause that is not past', () => {
    expect(datesOf('Neumann said if the council approves the plan this week, work will start in May.')).toEqual([['May', '1991-05']]);
    expect(datesOf('Unless the dispute ends on Friday, the mill will close.')).toEqual([]);
  });

  it('keeps a past condition and an aside such as "if necessary"', () => {
    expect(datesOf('But if his hopes were dashed in 1987, he kept going.', null)).toEqual([['1987', '1987']]);
    expect(datesOf('The bank will add funds if necessary at next week\'s tender.')).toEqual([['next week', '1991-04']]);
    expect(datesOf('She asked if the panel met as planned yesterday.')).toEqual([['yesterday', '1991-04-14']]);
  });
});

describe('dates inside a quotation', () => {
  const timeless = (quote: string, date: string, precision: 'day' | 'month' | 'year' = 'year') => {
    const at = quote.indexOf(date);
    return isTimelessInQuote(quote, at, at + date.length, precision);
  };

  it('finds present statements and generic possibilities timeless', () => {
    expect(timeless('What bothers me is that we are still doing this in 1996, with all the cameras there', '1996')).toBe(true);
    expect(timeless('I usually start saving in March.', 'March', 'month')).toBe(true);
    expect(timeless('It is something every family can do tomorrow.', 'tomorrow', 'day')).toBe(true);
  });

  it('keeps what the speaker reports or plans', () => {
    expect(timeless('We lost the final in 1994 and never forgot it.', '1994')).toBe(false);
    expect(timeless('In 1989, our firm doubled its sales.', '1989')).toBe(false);
    expect(timeless('It is the same target she set in 1992, with one change.', '1992')).toBe(false);
    expect(timeless("We'll decide in June.", 'June', 'month')).toBe(false);
    expect(timeless('We play the leaders on Saturday.', 'on Saturday', 'day')).toBe(false);
    // A timetable verb in the present makes a day, not a month, an occasion.
    expect(timeless('We play the leaders in May.', 'May', 'month')).toBe(true);
  });

  it('leaves a timeless quoted date out of the events, and keeps the narrative ones', () => {
    const text = 'Ferrante said on Friday the pool would reopen. "People are still swimming in rivers in 1991," she said.';
    const start = text.indexOf('People');
    const quoted = 'People are still swimming in rivers in 1991,';
    const quote: ExtractedQuote = { kind: 'direct', start, end: start + quoted.length, text: quoted, speakerKey: null, speakerText: 'she', cue: 'said' };
    const events = findEvents(context(text, MONDAY), naiveSentences(text), [], [quote]);
    expect(events.map((e) => [e.temporal.text, e.date])).toEqual([['on Friday', '1991-04-12']]);
    // Negative: the same sentence outside quotation marks is narrative and keeps its year.
    const plain = 'Ferrante said on Friday the pool would reopen. People were still swimming in rivers in 1991, she said.';
    expect(findEvents(context(plain, MONDAY), naiveSentences(plain), [], []).map((e) => e.temporal.text)).toEqual(['on Friday', '1991']);
  });
});

describe('anchors to a day told earlier', () => {
  const eventsOf = (text: string) => findEvents(context(text, MONDAY), naiveSentences(text), [], []).map((e) => [e.temporal.text, e.date]);

  it('reach a day told a few sentences before', () => {
    expect(eventsOf('The mill closed on Friday. Workers gathered outside. That day, the owners left town.')).toEqual([
      ['on Friday', '1991-04-12'],
      ['That day', '1991-04-12'],
    ]);
  });

  it('do not reach a day told pages back', () => {
    const filler = Array.from({ length: 14 }, (_, i) => `Point ${i + 1} of the argument follows here.`).join(' ');
    expect(eventsOf(`The mill closed on Friday. ${filler} And that day, you will be the one left outside.`)).toEqual([
      ['on Friday', '1991-04-12'],
      ['that day', null],
    ]);
  });
});
