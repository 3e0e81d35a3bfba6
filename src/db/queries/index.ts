import type { Db } from '../client.js';
import { createArticleQueries } from './articles.js';
import { createEventQueries } from './events.js';
import { createOutletQueries } from './outlets.js';
import { createPeopleQueries } from './people.js';
import { createQuoteQueries } from './quotes.js';
import { createReferenceResolver } from './references.js';
import { readsInOneSnapshot } from './snapshot.js';
import { createStatsQueries } from './stats.js';

/** Every read the API makes, prepared once per database connection. */
export function createQueries(db: Db) {
  const sqlite = db.$client;
  const resolve = createReferenceResolver(sqlite);
  return {
    quotes: readsInOneSnapshot(sqlite, createQuoteQueries(db, resolve)),
    people: readsInOneSnapshot(sqlite, createPeopleQueries(db, resolve)),
    events: readsInOneSnapshot(sqlite, createEventQueries(db, resolve)),
    articles: readsInOneSnapshot(sqlite, createArticleQueries(db, resolve)),
    outlets: readsInOneSnapshot(sqlite, createOutletQueries(db, resolve)),
    stats: readsInOneSnapshot(sqlite, createStatsQueries(db)),
  };
}

export type Queries = ReturnType<typeof createQueries>;
