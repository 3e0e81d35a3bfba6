// Cross-article matching: pure decisions over candidates that ingestion looks up.
// Ingestion applies the decisions inside one transaction.
import type { EntityKind, QuoteKind } from './types.js';

export interface KnownPerson {
  id: number;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

export interface KnownQuote {
  id: number;
  speakerId: number | null;
  kind: QuoteKind;
  /** Wording of each report already stored. */
  texts: string[];
}

export interface KnownEvent {
  id: number;
  date: string | null;
  description: string;
  personIds: number[];
  /** Sentence of each report already stored. */
  sentences: string[];
}

/** Normalised identity key for a name: lowercase, no titles or punctuation. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Keys under which ingestion looks up candidates for a name (STUB: full key only). */
export function candidateKeys(name: string): string[] {
  return [nameKey(name)];
}

/** The known person this entity is, or null for a new person. STUB: exact key only. */
export function matchPerson(entity: { kind: EntityKind; name: string; aliases: string[] }, candidates: KnownPerson[]): number | null {
  const key = nameKey(entity.name);
  return candidates.find((c) => c.kind === entity.kind && nameKey(c.name) === key)?.id ?? null;
}

/** The known quote this statement repeats, or null. STUB: identical text only. */
export function matchQuote(quote: { speakerId: number | null; kind: QuoteKind; text: string }, candidates: KnownQuote[]): number | null {
  return candidates.find((c) => c.speakerId === quote.speakerId && c.texts.includes(quote.text))?.id ?? null;
}

/** The known event this one is, or null. STUB: same date and description only. */
export function matchEvent(event: { date: string | null; description: string; personIds: number[] }, candidates: KnownEvent[]): number | null {
  return candidates.find((c) => c.date === event.date && c.description === event.description)?.id ?? null;
}
