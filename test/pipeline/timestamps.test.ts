import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { isTimestampLine, publicationDateOf } from '../../src/pipeline/timestamps.js';

describe('timestamp lines', () => {
  it.each([
    ['Published 21 November 2023', '2023-11-21'],
    ['Updated: Nov. 21, 2023 3:05 p.m. ET', '2023-11-21'],
    ['Tue 21 Nov 2023 14.05 GMT', '2023-11-21'],
    ['November 21, 2023 at 2:05 PM EST', '2023-11-21'],
    ['Updated 3:05 PM EST, Tue November 21, 2023', '2023-11-21'],
    ['21/11/2023', '2023-11-21'],
    ['2023-11-21', '2023-11-21'],
    ['Last modified on Wed 22 Mar 2023 09.10 GMT', '2023-03-22'],
    ['Posted: Oct 2, 2020 7:15 AM ADT', '2020-10-02'],
    ['Updated / Monday, 5 Jul 2021 08:02', '2021-07-05'],
    ['12 April 2022 • 6:30am', '2022-04-12'],
    ['Friday March 3 2023, 6.00am, The Harbour Ledger', '2023-03-03'],
    ['August 9, 2021 — 11:05pm', '2021-08-09'],
    ['March 2, 20227:41 AM GMT+1Updated 3 hours ago', '2022-03-02'],
    ['Oct. 4, 2021Updated 5:03 p.m. ET', '2021-10-04'],
    ['Published On 7 Aug 2022 7 Aug 2022', '2022-08-07'],
    ['Published on April 9, 2025, at 6:40 pm (Lisbon)', '2025-04-09'],
    ['2025-04-09T18:40:00Z', '2025-04-09'],
    ['9 Apr 2025 • 4 min read', '2025-04-09'],
  ])('reads %s as the page date', (line, date) => {
    expect(isTimestampLine(line)).toBe(true);
    expect(publicationDateOf(`Headline\n\n${line}\n\nBody.`)).toBe(date);
  });

  it('is furniture but no date when day and month could be either way round', () => {
    expect(isTimestampLine('05/06/2023')).toBe(true);
    expect(publicationDateOf('Headline\n05/06/2023\nBody.')).toBeNull();
  });

  it('reads day and month either way round by the page habit of the line', () => {
    // A 24-hour clock and dots are the day-first habit, am/pm the month-first one.
    expect(publicationDateOf('Headline\n\nPublished on: 04/03/2024 - 16:05 Modified: 04/03/2024 - 18:40\n\nBody.')).toBe('2024-03-04');
    expect(publicationDateOf('Headline\n\n04.03.2024\n\nBody.')).toBe('2024-03-04');
    expect(publicationDateOf('Headline\n\nPosted 04/03/2024 9:15 AM EDT\n\nBody.')).toBe('2024-04-03');
  });

  it('never takes a line with words of the story beside the date', () => {
    for (const line of [
      'The vote is set for 21 November 2023.',
      'Election on 5 May 2024',
      'Ferry fares rise on Nov. 21, 2023 after talks',
      'The 2023 season',
    ]) {
      expect(isTimestampLine(line)).toBe(false);
      expect(publicationDateOf(`Headline\n\n${line}`)).toBeNull();
    }
  });

  it('prefers the first publication over an update, whichever comes first', () => {
    expect(publicationDateOf('Mill closes\n\nUpdated: 23 May 2022\nPublished: 20 May 2022\n\nText.')).toBe('2022-05-20');
    expect(publicationDateOf('Mill closes\n\nPublished 20 May 2022 | Updated 23 May 2022\n\nText.')).toBe('2022-05-20');
    expect(publicationDateOf('Mill closes\n\nLast updated: 23 May 2022\n\nText.')).toBe('2022-05-23');
  });

  it('reads the date from a byline line that names the writer and outlet, but keeps that line in the text', () => {
    const line = 'Rosa Lindqvist · Harbour Radio · Posted: Oct 2, 2020 7:15 AM ADT | Last Updated: October 3, 2020';
    expect(isTimestampLine(line)).toBe(false);
    expect(publicationDateOf(`Headline\n\n${line}\n\nText.`)).toBe('2020-10-02');
    expect(publicationDateOf('Headline\n\nPTN / Updated: Jan 4, 2022, 10:15 IST\n\nText.')).toBe('2022-01-04');
    const extraction = extractArticle(`Headline\n\n${line}\n\nCouncillors voted on Tuesday.`, {});
    expect(extraction.events.map((event) => [event.temporal.text, event.date])).toEqual([['on Tuesday', '2020-09-29']]);
  });

  it('reads only the opening lines of the page', () => {
    const prose = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the story.`).join('\n\n');
    expect(publicationDateOf(`Headline\n\n${prose}\n\n12 March 2021`)).toBeNull();
  });
});

describe('publication date inferred for relative dates', () => {
  const page = [
    'Ferry crews vote to strike',
    '',
    'By Ines Varga',
    'Published 14 March 2024',
    '',
    'Ferry crews voted on Tuesday to strike, the union said.',
  ].join('\n');

  it('resolves relative dates against the page date when none is given, and drops the stamp from the text', () => {
    const extraction = extractArticle(page, {});
    expect(extraction.referenceDate).toBe('2024-03-14');
    expect(extraction.anatomy.text).not.toContain('Published');
    expect(extraction.events.map((event) => event.date)).toEqual(['2024-03-12']);
  });

  it('keeps the given date when there is one', () => {
    expect(extractArticle(page, { publishedAt: '2024-03-20T10:00:00Z' }).referenceDate).toBe('2024-03-20');
  });

  it('does not take a date from the story prose', () => {
    const extraction = extractArticle('Ferry crews vote to strike\n\nFerry crews voted on 12 March 2024 to strike. They walked out on Tuesday.', {});
    expect(extraction.referenceDate).toBeNull();
    expect(extraction.events.find((event) => event.temporal.text.includes('Tuesday'))?.date ?? null).toBeNull();
  });
});
