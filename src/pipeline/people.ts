import type { Anatomy, Entity, ExtractionContext, Sentence } from './types.js';

// STUB: replaced by the people stage.
export function findEntities(_context: ExtractionContext, _anatomy: Anatomy, _sentences: Sentence[]): Entity[] {
  return [];
}
