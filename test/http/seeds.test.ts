import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleDetail, ArticlePage } from '../../src/http/schemas/articles.js';
import { EventPage } from '../../src/http/schemas/events.js';
import { PersonPage } from '../../src/http/schemas/people.js';
import { QuotePage } from '../../src/http/schemas/quotes.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { ingestSeeds } from '../helpers/seeds.js';

// The seed articles through the whole path: files -> ingest -> SQLite -> JSON.
// These check what the API promises about whatever was extracted.

let t: TestApp;
const api = () => request(t.app.server);

beforeAll(async () => {
  t = await buildTestApp(ingestSeeds);
});
afterAll(() => t?.close());

async function all<T extends { id: number }>(path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const res: request.Response = await api().get(`${path}${sep}limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return items;
}

const MATTIS = 'We are not in a position right now to collaborate on a military level';

describe('the seeds through the API', () => {
  it('lists both seed articles with their files, titles, outlets and dates', async () => {
    const page = ArticlePage.parse((await api().get('/articles').expect(200)).body);
    expect(page.items.map((a) => a.sourceFile).sort()).toEqual(['000_16b0362df74f1e84.txt', '002_9a74c48be5c1deb8.txt']);
    for (const article of page.items) {
      expect(article.title).toBeTruthy();
      expect(article.outlet?.name).toBeTruthy();
      expect(article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}/);
    }
  });

  it('answers each article with spans that point into its text', async () => {
    for (const { id } of (await api().get('/articles')).body.items) {
      const article = ArticleDetail.parse((await api().get(`/articles/${id}`).expect(200)).body);
      for (const quote of article.quotes) expect(article.text.slice(quote.start, quote.end)).toBe(quote.text);
      for (const event of article.events) expect(article.text.slice(event.start, event.end)).toBe(event.sentence);
    }
  });

  it('gives every quote listed for an article a report in that article', async () => {
    for (const { id } of (await api().get('/articles')).body.items) {
      const quotes = await all<{ id: number; reports: Array<{ articleId: number; text: string }> }>(`/quotes?article=${id}`);
      QuotePage.parse({ items: quotes, nextCursor: null });
      for (const quote of quotes) expect(quote.reports.some((r) => r.articleId === id && r.text.length > 0)).toBe(true);
    }
  });

  it('finds each speaker quote again through ?speaker= by id and by name', async () => {
    const quotes = await all<{ id: number; speaker: { id: number; name: string } | null }>('/quotes');
    for (const quote of quotes.filter((q) => q.speaker !== null).slice(0, 5)) {
      const byId = await all<{ id: number }>(`/quotes?speaker=${quote.speaker!.id}`);
      expect(byId.map((q) => q.id)).toContain(quote.id);
      const byName = await all<{ id: number }>(`/quotes?speaker=${encodeURIComponent(quote.speaker!.name.toUpperCase())}`);
      expect(byName.map((q) => q.id)).toContain(quote.id);
    }
  });

  it('lists the people and events of each article in the documented shapes', async () => {
    for (const { id } of (await api().get('/articles')).body.items) {
      const people = PersonPage.parse((await api().get(`/people?article=${id}&limit=500`).expect(200)).body);
      expect(people.items.length).toBeGreaterThan(0);
      expect(new Set(people.items.map((p) => p.id)).size).toBe(people.items.length);
      const events = EventPage.parse((await api().get(`/events?article=${id}&limit=500`).expect(200)).body);
      for (const event of events.items) {
        if (event.date !== null) expect(event.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(event.reports.some((r) => r.articleId === id)).toBe(true);
      }
    }
  });

  it('walks every list of the seeds exactly once', async () => {
    for (const path of ['/quotes', '/people?kind=any', '/events', '/articles', '/outlets']) {
      const walked = await all<{ id: number }>(path);
      const whole = (await api().get(`${path}${path.includes('?') ? '&' : '?'}limit=500`).expect(200)).body.items;
      expect(walked.map((x) => x.id)).toEqual(whole.map((x: { id: number }) => x.id));
    }
  });

  it('answers a script asking for Jim Mattis by any form of his name', async () => {
    for (const speaker of ['Jim Mattis', 'mattis', 'Gen Jim Mattis']) {
      const quotes = await all<{ id: number; text: string; speaker: { name: string } | null }>(`/quotes?speaker=${encodeURIComponent(speaker)}`);
      const quote = quotes.find((q) => q.text.includes(MATTIS));
      expect(quote, speaker).toBeDefined();
      expect(quote!.speaker?.name).toBe('Jim Mattis');
    }
    const csv = await api().get('/people/Mattis/quotes?format=csv').expect(200);
    expect(csv.text).toContain(MATTIS);
  });

  it('finds the quote by its words, highlighted, with the wording of each outlet', async () => {
    const res = await api().get('/quotes?q=collaborate%20military').expect(200);
    const quote = QuotePage.parse(res.body).items.find((q) => q.text.includes(MATTIS));
    expect(quote?.snippet).toContain('<mark>collaborate</mark>');
    const outlets = new Set(quote!.reports.map((r) => r.outlet?.slug));
    expect(outlets.size).toBe(2);
  });

  it('compares the two outlets: the Mattis quote is carried by both', async () => {
    const outlets = (await api().get('/outlets').expect(200)).body.items.map((o: { slug: string }) => o.slug);
    const res = await api().get(`/compare/quotes?outlets=${outlets.join(',')}&set=both&limit=500`).expect(200);
    expect(res.body.items.map((q: { text: string }) => q.text).some((text: string) => text.includes(MATTIS))).toBe(true);
  });
});
