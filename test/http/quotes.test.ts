import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuotePage, Quote } from '../../src/http/schemas/quotes.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { fillFixture, ids } from '../helpers/fixture.js';

let t: TestApp;
const api = () => request(t.app.server);

beforeAll(async () => {
  t = await buildTestApp(fillFixture);
});
afterAll(() => t.close());

async function quoteIds(query: string): Promise<number[]> {
  const res = await api().get(`/quotes?${query}`).expect(200);
  QuotePage.parse(res.body);
  return res.body.items.map((q: { id: number }) => q.id);
}

describe('GET /quotes', () => {
  it('lists every quote in id order with its reports, in the documented shape', async () => {
    const res = await api().get('/quotes').expect(200).expect('content-type', /application\/json/);
    const page = QuotePage.parse(res.body);
    expect(page.items.map((q) => q.id)).toEqual([ids.sharedQuote, ids.rennQuote, ids.anonymousQuote, ids.harborQuote, ids.ferryQuote]);
    expect(page.nextCursor).toBeNull();
    const shared = page.items[0];
    expect(shared.speaker).toEqual({ id: ids.quell, name: 'Mara Quell' });
    expect(shared.reports.map((r) => [r.articleId, r.text])).toEqual([
      [ids.articleBridge, 'The old bridge will close for six weeks.'],
      [ids.articleWireBridge, 'The old bridge will shut for six weeks, and ferries will run,'],
    ]);
    expect(shared.reports[1]).toMatchObject({
      outlet: { id: ids.wire, slug: 'coastline-wire', name: 'Coastline Wire' },
      articleTitle: 'Quell confirms bridge closure',
      publishedAt: '2021-03-05',
      cue: 'told',
      speakerText: 'Quell',
    });
    expect(page.items[2].speaker).toBeNull();
  });

  it('filters by speaker id, name or alias, case-insensitively', async () => {
    const quell = [ids.sharedQuote, ids.ferryQuote];
    expect(await quoteIds(`speaker=${ids.quell}`)).toEqual(quell);
    expect(await quoteIds('speaker=mara%20quell')).toEqual(quell);
    expect(await quoteIds('speaker=QUELL')).toEqual(quell);
    expect(await quoteIds('speaker=Minister%20Mara%20Quell')).toEqual(quell);
    expect(await quoteIds('speaker=harbor%20authority')).toEqual([ids.harborQuote]);
    expect(await quoteIds('speaker=nobody')).toEqual([]);
  });

  it('filters by article, outlet id or slug, and kind', async () => {
    expect(await quoteIds(`article=${ids.articleWireBridge}`)).toEqual([ids.sharedQuote, ids.anonymousQuote]);
    expect(await quoteIds('outlet=coastline-wire')).toEqual([ids.sharedQuote, ids.anonymousQuote]);
    expect(await quoteIds(`outlet=${ids.herald}`)).toEqual([ids.sharedQuote, ids.rennQuote, ids.harborQuote, ids.ferryQuote]);
    expect(await quoteIds('kind=indirect')).toEqual([ids.rennQuote, ids.harborQuote]);
    expect(await quoteIds('kind=direct&outlet=northgate-herald')).toEqual([ids.sharedQuote, ids.ferryQuote]);
  });

  it('filters by the date a reporting article was published', async () => {
    expect(await quoteIds('from=2021-03-05')).toEqual([ids.sharedQuote, ids.anonymousQuote, ids.harborQuote, ids.ferryQuote]);
    expect(await quoteIds('to=2021-03-04')).toEqual([ids.sharedQuote, ids.rennQuote]);
    expect(await quoteIds('from=2021-03-05&to=2021-03-31')).toEqual([ids.sharedQuote, ids.anonymousQuote]);
    expect(await quoteIds('from=2022-01-01')).toEqual([]);
  });

  it('searches the wording of every report and highlights the match', async () => {
    const res = await api().get('/quotes?q=shut').expect(200);
    expect(res.body.items.map((q: { id: number }) => q.id)).toEqual([ids.sharedQuote]);
    expect(res.body.items[0].snippet).toContain('<mark>shut</mark>');
    expect(await quoteIds('q=ferr*')).toEqual([ids.sharedQuote, ids.harborQuote]);
    expect(await quoteIds('q=bridge%20weeks')).toEqual([ids.sharedQuote]);
  });

  it('escapes HTML in snippets', async () => {
    const res = await api().get('/quotes?q=frequent').expect(200);
    expect(res.body.items[0].snippet).toBe('Crossings are safe &amp; <mark>frequent</mark> &lt;always&gt;,');
  });

  it('treats search syntax as words, never as an error', async () => {
    for (const q of ['"unbalanced', 'AND OR NOT', 'NEAR(bridge', 'col:umn', '*', '^bridge']) {
      const res = await api().get('/quotes').query({ q });
      expect(res.status, q).toBe(200);
    }
  });

  it('walks every quote exactly once by following nextCursor', async () => {
    const seen: number[] = [];
    let url: string | null = '/quotes?limit=2';
    let pages = 0;
    while (url) {
      const res: request.Response = await api().get(url).expect(200);
      seen.push(...res.body.items.map((q: { id: number }) => q.id));
      pages += 1;
      if (res.body.nextCursor) {
        expect(res.headers.link).toContain('rel="next"');
        url = `/quotes?limit=2&cursor=${res.body.nextCursor}`;
      } else {
        expect(res.headers.link).toBeUndefined();
        url = null;
      }
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([ids.sharedQuote, ids.rennQuote, ids.anonymousQuote, ids.harborQuote, ids.ferryQuote]);
  });

  it('keeps filters across pages', async () => {
    const first = await api().get(`/quotes?speaker=quell&limit=1`).expect(200);
    expect(first.body.items[0].id).toBe(ids.sharedQuote);
    const second = await api().get(`/quotes?speaker=quell&limit=1&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body.items.map((q: { id: number }) => q.id)).toEqual([ids.ferryQuote]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('follows the Link header to the next page', async () => {
    const first = await api().get('/quotes?limit=2&kind=direct').expect(200);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.link)?.[1];
    expect(next).toMatch(/kind=direct/);
    const second = await api().get(next!).expect(200);
    expect(second.body.items.map((q: { id: number }) => q.id)).toEqual([ids.ferryQuote]);
  });
});

describe('GET /quotes/{id}', () => {
  it('answers one quote with every report', async () => {
    const res = await api().get(`/quotes/${ids.sharedQuote}`).expect(200);
    const quote = Quote.parse(res.body);
    expect(quote.reports).toHaveLength(2);
    expect(quote.reports[0]).toMatchObject({
      articleId: ids.articleBridge,
      articleTitle: 'Bridge to close for repairs',
      outlet: { slug: 'northgate-herald' },
      publishedAt: '2021-03-04T09:00:00Z',
      cue: 'said',
      speakerText: 'Minister Mara Quell',
    });
    expect(quote.reports[0].end - quote.reports[0].start).toBe(quote.reports[0].text.length);
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const res = await api().get('/quotes/9999').expect(404).expect('content-type', /application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, errors: [{ name: 'id', in: 'path' }] });
  });
});
