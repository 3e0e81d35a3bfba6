import type { Db } from '../client.js';
import { createArticleQueries } from './articles.js';
import { createEventQueries } from './events.js';
import { createOutletQueries } from './outlets.js';
import { createPeopleQueries } from './people.js';
import { createQuoteQueries } from './quotes.js';
import { createStatsQueries } from './stats.js';

/** Every read the API makes, prepared once per database connection. */
export function createQueries(db: Db) {
  return {
    quotes: createQuoteQueries(db),
    people: createPeopleQueries(db),
    events: createEventQueries(db),
    articles: createArticleQueries(db),
    outlets: createOutletQueries(db),
    stats: createStatsQueries(db),
  };
}

export type Queries = ReturnType<typeof createQueries>;
