import type { Db } from '../client.js';
import { createQuoteQueries } from './quotes.js';

/** Every read the API makes, prepared once per database connection. */
export function createQueries(db: Db) {
  return {
    quotes: createQuoteQueries(db),
  };
}

export type Queries = ReturnType<typeof createQueries>;
