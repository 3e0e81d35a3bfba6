import Database from 'better-sqlite3';
import { get } from './server-process.mjs';

const SEARCH_WORDS = ['government', 'economy', 'market', 'election', 'people', 'music', 'game'];

function one(db, sql, ...params) {
  try {
    return db.prepare(sql).get(...params);
  } catch {
    return undefined;
  }
}

/**
 * The requests a frontend makes most, with parameters picked from the data so every
 * one returns a full answer (a prolific speaker, the busiest month, a common word).
 * A request is skipped, with the reason, when the data or the route is not there.
 */
export async function pickHotRequests(databasePath, quotewireUrl) {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const requests = [];
    const skip = (name, reason) => requests.push({ name, url: null, reason });

    const speaker = one(db, `SELECT speaker_id AS id, count(*) AS n FROM quotes WHERE speaker_id IS NOT NULL
      GROUP BY speaker_id ORDER BY n DESC LIMIT 1`);
    if (speaker) {
      const first = `/quotes?speaker=${speaker.id}&limit=50`;
      requests.push({ name: 'quotes by speaker', url: first, note: `${speaker.n} quotes` });
      const page = await get(quotewireUrl + first).catch(() => null);
      const cursor = page?.status === 200 ? JSON.parse(page.body).nextCursor : null;
      if (cursor) requests.push({ name: 'next page (cursor)', url: `${first}&cursor=${cursor}` });
      else skip('next page (cursor)', 'the speaker has a single page');
    } else {
      skip('quotes by speaker', 'no quote has a speaker');
      skip('next page (cursor)', 'no quote has a speaker');
    }

    const month = one(db, `SELECT substr(date, 1, 7) AS month, count(*) AS n FROM events WHERE length(date) >= 7
      GROUP BY month ORDER BY n DESC LIMIT 1`);
    if (month) requests.push({ name: 'events in a month', url: `/events?date=${month.month}&limit=50`, note: `${month.n} events` });
    else skip('events in a month', 'no dated events');

    const word = SEARCH_WORDS.map((w) => ({ w, n: one(db, `SELECT count(*) AS n FROM quote_reports_fts WHERE quote_reports_fts MATCH ?`, `"${w}"`)?.n ?? 0 }))
      .sort((a, b) => b.n - a.n)[0];
    if (word?.n > 0) requests.push({ name: 'quote search', url: `/quotes?q=${word.w}&limit=50`, note: `${word.n} quotes` });
    else skip('quote search', 'no quote matches the search words');

    const article = one(db, `SELECT article_id AS id, count(*) AS n FROM quote_reports GROUP BY article_id ORDER BY n DESC LIMIT 1`);
    if (article) requests.push({ name: 'article with its quotes', url: `/articles/${article.id}`, note: `${article.n} quotes` });
    else skip('article with its quotes', 'no article has quotes');

    // The two outlets that share the most quotes: the comparison with the most to compare,
    // so the page is as full as the data allows at every scale (the two biggest outlets
    // of the small database share too few quotes to fill a page that the big one fills).
    const pair = (() => {
      try {
        return db.prepare(`SELECT lo.slug AS first, hi.slug AS second, count(*) AS n FROM outlet_pair_quotes p
          JOIN outlets lo ON lo.id = p.lower_outlet_id JOIN outlets hi ON hi.id = p.upper_outlet_id
          GROUP BY p.lower_outlet_id, p.upper_outlet_id ORDER BY n DESC LIMIT 1`).get();
      } catch {
        return undefined;
      }
    })();
    if (pair) {
      requests.push({
        name: 'outlet comparison',
        url: `/compare/quotes?outlets=${pair.first},${pair.second}&set=both&limit=50`,
        note: `quotes both reported: ${pair.n}`,
      });
    } else skip('outlet comparison', 'no two outlets reported the same quote');

    return requests;
  } finally {
    db.close();
  }
}
