import { parse } from 'yaml';
import type { GivenMetadata } from './types.js';

// STUB: replaced by the ingest work (front matter is read before anatomy).
export function splitFrontMatter(fileText: string): { meta: GivenMetadata; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(fileText);
  if (!match) return { meta: {}, body: fileText };
  return { meta: (parse(match[1]) ?? {}) as GivenMetadata, body: fileText.slice(match[0].length) };
}
