import type { Db } from '../client.js';
import { createArticleQueries } from './articles.js';
import { createEventQueries } from './events.js';
import { createOutletQueries } from './outlets.js';
import { createPeopleQueries } from './people.js';
import { createQuoteQueries } from './quotes.js';
import { createReferenceResolver } from './references.js';
import { createStatsQueries } from './stats.js';

/** Every read the API makes, prepared once per database connection. */
export function createQueries(db: Db) {
  const resolve = createReferenceResolver(db.$client);
  return {
    quotes: createQuoteQueries(db, resolve),
    people: createPeopleQueries(db, resolve),
    events: createEventQueries(db, resolve),
    articles: createArticleQueries(db, resolve),
    outlets: createOutletQueries(db, resolve),
    stats: createStatsQueries(db),
  };
}

export type Queries = ReturnType<typeof createQueries>;
