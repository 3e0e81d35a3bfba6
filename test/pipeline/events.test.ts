import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEvents } from '../../src/pipeline/events.js';
import type { Entity, ExtractedEvent } from '../../src/pipeline/types.js';
import { context, naiveSentences, personEntities, saidQuote } from './event-helpers.js';

const LISBON = readFileSync(new URL('../fixtures/events/lisbon-budget.txt', import.meta.url), 'utf8');
const LISBON_PEOPLE = ['Ana Ribeiro', 'Tomas Duarte', 'Paulo Nunes', 'Carlos Vidal'];

function extract(text: string, reference: string | null, names: string[] = [], quotes: Array<[string, number]> = []) {
  const entities = personEntities(text, names);
  const quoteList = quotes.map(([clause, who]) => saidQuote(text, clause, entities[who].key));
  return { entities, events: findEvents(context(text, reference), naiveSentences(text), entities, quoteList) };
}

function namesOf(event: ExtractedEvent, entities: Entity[]): string[] {
  return event.peopleKeys.map((key) => entities.find((e) => e.key === key)?.name ?? key);
}

function summary(events: ExtractedEvent[], entities: Entity[]) {
  return events.map((e) => ({ temporal: e.temporal.text, date: e.date, precision: e.precision, people: namesOf(e, entities), place: e.place }));
}

describe('findEvents on a written wire story', () => {
  // Published on a Thursday.
  const { entities, events } = extract(LISBON, '2023-05-11', LISBON_PEOPLE, [['inflation had peaked', 1]]);

  it('finds one event per dated clause, with its date, people and place', () => {
    expect(summary(events, entities)).toEqual([
      { temporal: 'on Thursday', date: '2023-05-11', precision: 'day', people: ['Ana Ribeiro'], place: 'Brussels' },
      { temporal: 'Just hours before', date: '2023-05-11', precision: 'day', people: ['Tomas Duarte', 'Ana Ribeiro'], place: null },
      { temporal: 'Tuesday', date: '2023-05-09', precision: 'day', people: ['Paulo Nunes'], place: null },
      { temporal: 'on Wednesday', date: '2023-05-10', precision: 'day', people: ['Ana Ribeiro'], place: null },
      { temporal: '2011', date: '2011', precision: 'year', people: [], place: null },
      { temporal: 'April', date: '2023-04', precision: 'month', people: [], place: null },
      { temporal: 'on May 16', date: '2023-05-16', precision: 'day', people: [], place: null },
      { temporal: 'on Monday', date: '2023-05-08', precision: 'day', people: ['Ana Ribeiro', 'Carlos Vidal'], place: 'Madrid' },
      { temporal: 'the same day', date: '2023-05-08', precision: 'day', people: ['Tomas Duarte'], place: null },
    ]);
  });

  it('describes each event by its own clause, without the dateline', () => {
    expect(events[0].description).toBe(
      "Portugal's finance minister Ana Ribeiro on Thursday said the budget deficit would narrow, after talks with European Union officials in Brussels.",
    );
    expect(events[7].description).toBe('Ribeiro met Spanish counterpart Carlos Vidal in Madrid on Monday');
    expect(events[8].description).toBe('the same day Duarte said rates would stay high.');
  });

  it('keeps spans that point into the text', () => {
    for (const event of events) {
      expect(LISBON.slice(event.temporal.start, event.temporal.end)).toBe(event.temporal.text);
      expect(LISBON.slice(event.sentence.start, event.sentence.end)).toBe(event.sentence.text);
    }
  });
});

describe('findEvents on a written state-politics story', () => {
  const text = readFileSync(new URL('../fixtures/events/drought-bill.txt', import.meta.url), 'utf8');
  // Published on Tuesday 2 March 2021.
  const { entities, events } = extract(text, '2021-03-02', ['Dale Okafor', 'Rita Sandoval', 'Luis Ortega']);

  it('dates weeks by their month, skips deadlines and recurring days', () => {
    expect(summary(events, entities).map(({ temporal, date, precision, people }) => ({ temporal, date, precision, people }))).toEqual([
      { temporal: 'on Monday', date: '2021-03-01', precision: 'day', people: [] },
      { temporal: 'Tuesday', date: '2021-03-02', precision: 'day', people: ['Dale Okafor'] },
      { temporal: 'on April 30', date: '2021-04-30', precision: 'day', people: ['Dale Okafor'] },
      { temporal: 'on Feb. 16', date: '2021-02-16', precision: 'day', people: [] },
      { temporal: 'August', date: '2020-08', precision: 'month', people: ['Rita Sandoval'] },
      { temporal: 'last week', date: '2021-02', precision: 'month', people: [] },
      { temporal: '2022', date: '2022', precision: 'year', people: [] },
      { temporal: '2012', date: '2012', precision: 'year', people: [] },
      { temporal: 'March 9', date: '2021-03-09', precision: 'day', people: [] },
      { temporal: 'earlier this week', date: '2021-03', precision: 'month', people: ['Luis Ortega'] },
    ]);
  });
});

describe('findEvents anchors', () => {
  it('dates "hours after X spoke" by the day X was last reported, not the story day', () => {
    const text = 'Markets fell on Monday. Ribeiro on Tuesday presented the plan. Hours after Ribeiro spoke, unions called a strike.';
    const { events } = extract(text, '2023-05-11', ['Ana Ribeiro']);
    expect(events.map((e) => [e.temporal.text, e.date])).toEqual([
      ['on Monday', '2023-05-08'],
      ['on Tuesday', '2023-05-09'],
      ['Hours after', '2023-05-09'],
    ]);
  });

  it('dates "the following day" from the last dated event', () => {
    const { events } = extract('The strike began on Monday. The following day the port closed.', '2023-05-11');
    expect(events.map((e) => e.date)).toEqual(['2023-05-08', '2023-05-09']);
  });

  it('leaves an anchor with nothing to anchor to undated', () => {
    const { events } = extract('The same day the port closed.', '2023-05-11');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: null, precision: null });
  });
});

describe('findEvents on relative weeks, counted days and timetables', () => {
  it('dates "two days later" from the last dated event', () => {
    const { events } = extract('The strike began on Monday. Two days later the port closed.', '2023-05-11');
    expect(events.map((e) => [e.temporal.text, e.date])).toEqual([
      ['on Monday', '2023-05-08'],
      ['Two days later', '2023-05-10'],
    ]);
  });

  it('gives a resignation "last week" its month and its people', () => {
    const { entities, events } = extract('Treasurer Lena Okoro, who resigned last week, was replaced by Ivo Marsh.', '2023-05-11', ['Lena Okoro', 'Ivo Marsh']);
    expect(summary(events, entities)).toEqual([
      { temporal: 'last week', date: '2023-05', precision: 'month', people: ['Lena Okoro', 'Ivo Marsh'], place: null },
    ]);
  });

  it('keeps the payment day and drops the yearly coupon day', () => {
    const { events } = extract('The notes are for payment on June 2 with interest paid annually on October 9.', '2023-05-11');
    expect(events.map((e) => [e.temporal.text, e.date])).toEqual([['on June 2', '2023-06-02']]);
  });
});

describe('findEvents without a publication date', () => {
  it('resolves absolute dates and leaves relative ones unresolved', () => {
    const { events } = extract('The treaty was signed on 4 July 1950. The ministers met on Tuesday. Trade fell in 1987.', null);
    expect(events.map((e) => [e.temporal.text, e.date, e.precision])).toEqual([
      ['on 4 July 1950', '1950-07-04', 'day'],
      ['on Tuesday', null, null],
      ['1987', '1987', 'year'],
    ]);
  });
});

describe('findEvents finds nothing', () => {
  it.each([
    ['a text without dates', 'Prices rose 2.5 pct to 1,750 dlrs. Theresa May said the plan may work.'],
    ['a headline in capitals', 'EXPORTS ROSE IN JANUARY'],
    ['a dateline alone', 'SALVADOR, Feb 26 (Reuters) - Showers continued in the cocoa zone.'],
    ['a page timestamp', 'Published: Thursday 16 February 2017 10.32 GMT'],
    ['an update stamp', 'Last updated on 3 March 1987'],
    ['empty text', ''],
  ])('in %s', (_label, text) => {
    expect(extract(text, '1987-02-26').events).toEqual([]);
  });

  it('stays fast on a very long text', () => {
    const text = 'The committee met on Tuesday and prices rose 2 pct. '.repeat(2000);
    const started = performance.now();
    const { events } = extract(text, '2023-05-11');
    expect(events).toHaveLength(2000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('findEvents on a written money-market story', () => {
  // Published on Tuesday 2 March 2021.
  const text = [
    'NORDVIK BANK SEEN HOLDING RATES',
    '',
    'OSLO, March 2 (Reuters) - The Nordvik central bank is unlikely to change its lending rates at its policy board meeting on Thursday, money market dealers said.',
    '',
    'The tender was announced last Friday, because a holiday closed banks in Bergen yesterday.',
    '',
    'Talks with port unions ended Saturday after members voted. Hours later the union called a strike.',
    '',
    'Last March governor Signe Vik cut the deposit rate, and for 2020, the bank posted a loss of 40 mln crowns.',
    '',
    'Coupons payable this September will be cut, and notes maturing between September 2022 and September 2025 will pay less.',
    '',
    'Vik takes over as chair effective April one, when Arne Dahl retires.',
    '',
    'Call money traded today at 3.85 pct, up from 3.80 yesterday.',
  ].join('\n');
  const { entities, events } = extract(text, '2021-03-02', ['Signe Vik', 'Arne Dahl']);

  it('dates each clause by tense, anchors, spelled days and framing years', () => {
    expect(events.map((e) => [e.temporal.text, e.date, e.precision])).toEqual([
      ['on Thursday', '2021-03-04', 'day'],
      ['last Friday', '2021-02-26', 'day'],
      ['yesterday', '2021-03-01', 'day'],
      ['Saturday', '2021-02-27', 'day'],
      ['Hours later', '2021-02-27', 'day'],
      ['March', '2020-03', 'month'],
      ['2020', '2020', 'year'],
      ['September', '2021-09', 'month'],
      ['April one', '2021-04-01', 'day'],
      ['today', '2021-03-02', 'day'],
      ['yesterday', '2021-03-01', 'day'],
    ]);
  });

  it('keeps the people of the clause that is dated', () => {
    const chair = events.find((e) => e.temporal.text === 'April one');
    expect(chair && namesOf(chair, entities)).toEqual(['Signe Vik', 'Arne Dahl']);
  });
});

describe('the publication day of a story filed the day after its stamp', () => {
  const text = (dateline: string) =>
    `${dateline} (Reuters) - The port authority said today that it had lifted the ban on night sailings.\n\nDockers walked out yesterday over pay.`;
  const dated = (body: string, reference: string) => extract(body, reference).events.map((e) => [e.temporal.text, e.date]);

  it('counts "today" and "yesterday" from the dateline when it is the next day', () => {
    expect(dated(text('OSAKA, March 3'), '2022-03-02')).toEqual([
      ['today', '2022-03-03'],
      ['yesterday', '2022-03-02'],
    ]);
    expect(dated(text('AUCKLAND, Jan 1'), '2021-12-31')).toEqual([
      ['today', '2022-01-01'],
      ['yesterday', '2021-12-31'],
    ]);
  });

  it('keeps the stamp for a dateline on the same day, an earlier one, or none', () => {
    expect(dated(text('OSAKA, March 2'), '2022-03-02')).toEqual([
      ['today', '2022-03-02'],
      ['yesterday', '2022-03-01'],
    ]);
    expect(dated(text('OSAKA, Feb 27'), '2022-03-02')).toEqual([
      ['today', '2022-03-02'],
      ['yesterday', '2022-03-01'],
    ]);
    expect(dated(text('OSAKA, March 5'), '2022-03-02')).toEqual([
      ['today', '2022-03-02'],
      ['yesterday', '2022-03-01'],
    ]);
    expect(dated(text('OSAKA'), '2022-03-02')).toEqual([
      ['today', '2022-03-02'],
      ['yesterday', '2022-03-01'],
    ]);
  });
});
