import type { Anatomy, ExtractionContext, Sentence } from './types.js';

// STUB: replaced by the sentence stage.
export function splitSentences(context: ExtractionContext, _anatomy: Anatomy): Sentence[] {
  return [{ start: 0, end: context.text.length, text: context.text, paragraph: 0 }];
}
