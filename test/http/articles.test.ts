import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleDetail, ArticlePage } from '../../src/http/schemas/articles.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { fillFixture, ids } from '../helpers/fixture.js';

let t: TestApp;
const api = () => request(t.app.server);

beforeAll(async () => {
  t = await buildTestApp(fillFixture);
});
afterAll(() => t.close());

async function articleIds(query: string): Promise<number[]> {
  const res = await api().get(`/articles?${query}`).expect(200);
  return ArticlePage.parse(res.body).items.map((a) => a.id);
}

describe('GET /articles', () => {
  it('lists articles with the fields the scorer reads', async () => {
    const page = ArticlePage.parse((await api().get('/articles').expect(200)).body);
    expect(page.items[0]).toMatchObject({
      id: ids.articleBridge,
      sourceFile: 'herald/bridge.txt',
      title: 'Bridge to close for repairs',
      outlet: { name: 'Northgate Herald' },
      publishedAt: '2021-03-04T09:00:00Z',
      authors: ['Ada Penhallow'],
    });
    expect(page.items[0]).not.toHaveProperty('text');
  });

  it('filters by outlet, person and publication date', async () => {
    expect(await articleIds('outlet=northgate-herald')).toEqual([ids.articleBridge, ids.articleFerry]);
    expect(await articleIds(`outlet=${ids.wire}`)).toEqual([ids.articleWireBridge]);
    expect(await articleIds('person=renn')).toEqual([ids.articleBridge, ids.articleWireBridge]);
    expect(await articleIds('person=Harbor%20Authority')).toEqual([ids.articleFerry]);
    expect(await articleIds('from=2021-03-05')).toEqual([ids.articleWireBridge, ids.articleFerry]);
    expect(await articleIds('to=2021-03-05')).toEqual([ids.articleBridge, ids.articleWireBridge]);
    expect(await articleIds('outlet=nowhere')).toEqual([]);
  });
});

describe('GET /articles/{id}', () => {
  it('answers its text, quotes in its wording, events and people', async () => {
    const article = ArticleDetail.parse((await api().get(`/articles/${ids.articleWireBridge}`).expect(200)).body);
    expect(article.text).toContain('Nobody asked us');
    expect(article.quotes.map((q) => [q.id, q.text])).toEqual([
      [ids.sharedQuote, 'The old bridge will shut for six weeks, and ferries will run,'],
      [ids.anonymousQuote, 'Nobody asked us,'],
    ]);
    for (const quote of article.quotes) expect(article.text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(article.events.map((e) => e.id)).toEqual([ids.closureEvent, ids.reviewEvent]);
    expect(article.people.map((p) => p.name)).toEqual(['Mara Quell', 'Tobias Renn']);
  });

  it('answers 404 for an unknown id', async () => {
    await api().get('/articles/77').expect(404);
  });
});
