import { parseAnatomy } from './anatomy.js';
import { findEntities } from './people.js';
import { findEvents } from './events.js';
import { findQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import { publicationDateOf } from './timestamps.js';
import type { ExtractionContext, Extraction, GivenMetadata } from './types.js';

export type * from './types.js';

/**
 * Extracts everything quotewire knows from one article's text.
 *
 * The order matters: anatomy first, because it decides which text the other
 * stages see (boilerplate gone, captions and credits marked); people before
 * quotes, because speakers are resolved to the people found; quotes before
 * events, because a statement "said on Thursday" is also an event.
 */
export function extractArticle(body: string, given: GivenMetadata = {}): Extraction {
  const anatomy = parseAnatomy(body, given);
  // Without a given date, the page's own "Published ..." line stands in for it.
  const referenceDate = referenceDateOf(given.publishedAt) ?? publicationDateOf(body ?? '');
  const context: ExtractionContext = { text: anatomy.text, referenceDate };
  const sentences = splitSentences(context, anatomy);
  const entities = findEntities(context, anatomy, sentences);
  const quotes = findQuotes(context, anatomy, sentences, entities);
  const events = findEvents(context, sentences, entities, quotes);
  return { anatomy, referenceDate: context.referenceDate, sentences, entities, quotes, events };
}

function referenceDateOf(publishedAt: string | null | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(publishedAt ?? '');
  return match ? match[1] : null;
}
