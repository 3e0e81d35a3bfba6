import type { Entity, ExtractedEvent, ExtractedQuote, ExtractionContext, Sentence } from './types.js';

// STUB: replaced by the events stage.
export function findEvents(_context: ExtractionContext, _sentences: Sentence[], _entities: Entity[], _quotes: ExtractedQuote[]): ExtractedEvent[] {
  return [];
}
