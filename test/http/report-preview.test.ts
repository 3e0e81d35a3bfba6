import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { REPORT_PREVIEW } from '../../src/db/queries/report-preview.js';
import * as s from '../../src/db/schema.js';
import { EventPage } from '../../src/http/schemas/events.js';
import { Quote, QuotePage } from '../../src/http/schemas/quotes.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';

// One statement reprinted by eight articles of three outlets (five of them in the
// Valley Post, two in the Dune Times, one in the Fen Echo), and an event they all
// date: more reports than a list shows.

const OUTLETS = [
  { id: 1, slug: 'valley-post', name: 'Valley Post' },
  { id: 2, slug: 'dune-times', name: 'Dune Times' },
  { id: 3, slug: 'fen-echo', name: 'Fen Echo' },
];
// Article id, outlet, day of March 2022. Ids do not follow dates on purpose.
const ARTICLES: Array<[number, number, number]> = [
  [101, 1, 9],
  [102, 1, 2],
  [103, 1, 5],
  [104, 1, 7],
  [105, 1, 8],
  [106, 2, 6],
  [107, 2, 3],
  [108, 3, 4],
];
const SPEAKER = 7;
const QUOTE = 70;
const EVENT = 80;
const TEXT = 'Mayor Ilse Varga said: "The dam will hold." The dam opened on March 1, 2022.';
const WORDS = 'The dam will hold.';
const SENTENCE = 'The dam opened on March 1, 2022.';

const day = (d: number) => `2022-03-${String(d).padStart(2, '0')}`;
/** Article ids in order of publication. */
const chronological = [...ARTICLES].sort((a, b) => a[2] - b[2]).map(([id]) => id);

function fill(db: Db): void {
  db.insert(s.outlets).values(OUTLETS).run();
  db.insert(s.articles)
    .values(
      ARTICLES.map(([id, outletId, d]) => ({
        id, outletId, title: `Dam story ${id}`, authors: [], publishedAt: day(d), publishedDate: day(d),
        sourceFile: `dam-${id}.txt`, contentHash: `hash-${id}`, text: TEXT, ingestedAt: '2022-04-01T00:00:00Z',
      })),
    )
    .run();
  db.insert(s.people).values({ id: SPEAKER, name: 'Ilse Varga', nameKey: 'ilse varga', roles: ['Mayor'] }).run();
  db.insert(s.quotes).values({ id: QUOTE, speakerId: SPEAKER, kind: 'direct', text: WORDS, firstReported: day(2) }).run();
  const quoteStart = TEXT.indexOf(WORDS);
  db.insert(s.quoteReports)
    .values(ARTICLES.map(([articleId]) => ({ quoteId: QUOTE, articleId, text: WORDS, speakerText: 'Mayor Ilse Varga', cue: 'said', start: quoteStart, end: quoteStart + WORDS.length })))
    .run();
  db.insert(s.events).values({ id: EVENT, date: '2022-03-01', precision: 'day', description: 'The dam opened' }).run();
  const start = TEXT.indexOf(SENTENCE);
  const temporalStart = TEXT.indexOf('on March 1, 2022');
  db.insert(s.eventReports)
    .values(
      ARTICLES.map(([articleId]) => ({
        eventId: EVENT, articleId, sentence: SENTENCE, temporalText: 'on March 1, 2022', start, end: start + SENTENCE.length,
        temporalStart, temporalEnd: temporalStart + 'on March 1, 2022'.length,
      })),
    )
    .run();
}

let t: TestApp;
const api = () => request(t.app.server);
const articleIds = (item: { reports: Array<{ articleId: number }> }) => item.reports.map((r) => r.articleId);

beforeAll(async () => {
  t = await buildTestApp(fill);
});
afterAll(() => t.close());

describe('reports embedded in lists', () => {
  it('shows a preview: the earliest reports, with the total', async () => {
    const [quote] = QuotePage.parse((await api().get(`/quotes?speaker=${SPEAKER}`).expect(200)).body).items;
    expect(quote.reportCount).toBe(ARTICLES.length);
    expect(quote.reports).toHaveLength(REPORT_PREVIEW);
    expect(articleIds(quote)).toEqual(chronological.slice(0, REPORT_PREVIEW));
  });

  it("puts the filtering article's own wording first", async () => {
    const [quote] = QuotePage.parse((await api().get('/quotes?article=101').expect(200)).body).items;
    expect(articleIds(quote)[0]).toBe(101);
    expect(quote.reports).toHaveLength(REPORT_PREVIEW);
  });

  it("puts a filtering outlet's reports first", async () => {
    const [quote] = QuotePage.parse((await api().get('/outlets/fen-echo/quotes').expect(200)).body).items;
    expect(articleIds(quote)[0]).toBe(108);
    const [event] = EventPage.parse((await api().get('/events?outlet=dune-times').expect(200)).body).items;
    expect(articleIds(event).slice(0, 2)).toEqual([107, 106]);
  });

  it("shows only each compared outlet's earliest report, in the order named, with the full count", async () => {
    const [quote] = QuotePage.parse((await api().get('/compare/quotes?outlets=dune-times,fen-echo').expect(200)).body).items;
    // Dune Times' earlier report of its two, then Fen Echo's only one; the Valley Post's five are left out.
    expect(articleIds(quote)).toEqual([107, 108]);
    expect(quote.reportCount).toBe(ARTICLES.length);
    const [event] = EventPage.parse((await api().get('/compare/events?outlets=fen-echo,valley-post').expect(200)).body).items;
    expect(articleIds(event)).toEqual([108, 102]);
    expect(event.reportCount).toBe(ARTICLES.length);
  });

  it('shows one report when an outlet is compared with itself', async () => {
    const [quote] = QuotePage.parse((await api().get('/compare/quotes?outlets=valley-post,valley-post').expect(200)).body).items;
    expect(articleIds(quote)).toEqual([102]);
  });

  it('lists events with the same preview', async () => {
    const [event] = EventPage.parse((await api().get('/events?date=2022-03').expect(200)).body).items;
    expect(event.reportCount).toBe(ARTICLES.length);
    expect(articleIds(event)).toEqual(chronological.slice(0, REPORT_PREVIEW));
  });
});

describe('reports of one item and exports', () => {
  it('lists every report of one quote or event, in order of publication', async () => {
    const quote = Quote.parse((await api().get(`/quotes/${QUOTE}`).expect(200)).body);
    expect(quote.reportCount).toBe(ARTICLES.length);
    expect(articleIds(quote)).toEqual(chronological);
    const event = (await api().get(`/events/${EVENT}`).expect(200)).body;
    expect(articleIds(event)).toEqual(chronological);
  });

  it('exports every report: scripts read the whole record', async () => {
    const lines = (await api().get(`/quotes?speaker=${SPEAKER}&format=ndjson`).expect(200)).text.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).reports).toHaveLength(ARTICLES.length);
    const csv = (await api().get(`/quotes?speaker=${SPEAKER}&format=csv`).expect(200)).text;
    expect(csv).toContain(chronological.join(';'));
  });
});
