import { isNewsOutlet } from './lexicon/news-outlets.js';
import { QUOTE_CUES } from './lexicon/speech-verbs.js';
import type { Speaker, SpeakerScope } from './speakers.js';
import { isCapitalised, tokenize } from './tokens.js';
import type { Span } from './types.js';

// A news agency that "said" a minister stated something only relays the
// statement: "Minister Jane Doe reiterated the pledge, the state news agency
// said" is the minister's. Facts the agency reports itself ("the river
// flooded, the agency said") stay the agency's.

/** Verbs of stating that news copy uses for relayed statements beyond the speech-cue list. */
const STATING_VERBS = new Set(['reaffirmed', 'expressed', 'voiced', 'underlined', 'underscored', 'hailed', 'condemned', 'criticised', 'criticized', 'praised', 'rejected', 'dismissed', 'described']);

/** The person whose statement an outlet's "said" relays, or null when the outlet speaks for itself. */
export function relayedSpeaker(scope: SpeakerScope, speaker: Speaker, clause: Span): Speaker | null {
  if (!speaker.key) return null;
  const outlet = scope.organisations.find((entity) => entity.key === speaker.key);
  if (!outlet || !isNewsOutlet(outlet.name)) return null;
  let opening: { key: string; start: number; end: number; text: string } | null = null;
  for (const person of scope.people) {
    for (const mention of person.mentions) {
      if (mention.start >= clause.start && mention.end <= clause.end && (!opening || mention.start < opening.start)) opening = { key: person.key, ...mention };
    }
  }
  if (!opening) return null;
  // Only titles may stand before the name: "Trade Minister Jane Doe reiterated ...".
  const before = tokenize(scope.text, clause.start, opening.start);
  if (before.length > 4 || before.some((token) => !isCapitalised(token.text))) return null;
  const verb = tokenize(scope.text, opening.end, Math.min(clause.end, opening.end + 40))[0];
  if (!verb || scope.text.slice(opening.end, verb.start) !== ' ') return null;
  return QUOTE_CUES.has(verb.text) || STATING_VERBS.has(verb.text) ? { key: opening.key, text: opening.text } : null;
}
