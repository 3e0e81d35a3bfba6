import type { Anatomy, Entity, ExtractedQuote, ExtractionContext, Sentence } from './types.js';

// STUB: replaced by the quotes stage.
export function findQuotes(_context: ExtractionContext, _anatomy: Anatomy, _sentences: Sentence[], _entities: Entity[]): ExtractedQuote[] {
  return [];
}
