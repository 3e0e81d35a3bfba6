import type { Anatomy, GivenMetadata } from './types.js';

// STUB: replaced by the article-anatomy stage.
export function parseAnatomy(body: string, given: GivenMetadata): Anatomy {
  const title = given.title ?? body.split('\n').find((line) => line.trim())?.trim() ?? null;
  return { text: body, title, standfirst: null, authors: given.authors ?? [], dateline: null, outlet: given.outlet ?? null, sourceAgency: null, credits: [], nonBody: [] };
}
