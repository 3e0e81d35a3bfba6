import { GIVEN_NAMES } from './lexicon/given-names.js';
import { DESCRIBING_BODY_NOUNS, NON_NAME_STARTERS, PLACE_WORDS, TIME_NAMES } from './lexicon/non-names.js';
import { PLACE_SET } from './lexicon/places.js';
import { HONORIFICS, NATIONALITIES, ROLE_HEADS } from './lexicon/titles.js';
import { isCapitalised, lowercaseWords, nameKey, withoutPossessive, type Token } from './tokens.js';
import type { Entity, Span } from './types.js';

// Names the organisation stage's own tests reject, read again where the sentence makes the name speak as its
// subject: a country standing for its government ("Turkey said", "The US has said"), and a body's name whose
// words say body rather than person though no body's noun closes it ("Swiss Re said", "Age Concern said").

/** Short forms and names of states not in the place list as such. */
const STATE_FORMS = new Set(['US', 'U.S.', 'UK', 'U.K.', 'Britain', 'America', 'EU']);
/** Places of the list that are districts, markets or surnames, and never speak for a government. */
const NOT_STATES = new Set(['Wall Street', 'Silicon Valley', 'Canary Wharf', 'Capitol Hill', 'Beverly Hills', 'Milton Keynes', 'Dallas', 'Houston', 'Cleveland', 'Salvador', 'Nice', 'Perth',
  // Continents and regions hold no one government.
  'Europe', 'Asia', 'Africa', 'Antarctica', 'Scandinavia', 'Middle East', 'Latin America', 'South America', 'North America', 'Central America', 'Caribbean', 'Balkans', 'Gulf']);
/** Surname particles: "Ten Cate", "Bin Shatwan" are people the name stages missed, not bodies. */
const PARTICLES = new Set(['de', 'van', 'von', 'ten', 'ter', 'da', 'di', 'le', 'la', 'du', 'del', 'della', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'mac', 'mc', 'st']);
const CONNECTORS = new Set(['of', 'for', 'and', '&']);
/** Nouns for a trade written before a body's name as a sentence opens: "Miner Highland Gold", "Brewer Castle Ales". */
const TRADE_NOUNS = new Set([...[...DESCRIBING_BODY_NOUNS].filter((noun) => !noun.endsWith('s')),
  'miner', 'brewer', 'steelmaker', 'publisher', 'broadcaster', 'builder', 'housebuilder', 'distiller', 'grocer']);
/** What may stand before the subject opening a sentence: a quotation mark, a conjunction, "the". */
const SUBJECT_OPENING = /^\s*["“]?(?:(?:But|And|Yet|Now|However,?|Meanwhile,?|Separately,?)\s+)?(?:[Tt]he\s+)?$/;
/** A dateline before the first sentence: "LONDON (Reuters) - ". */
export const DATELINE_PREFIX = /^[^()]{0,80}\([^()]{1,20}\)\s*[-–—]+\s*/;

export interface NamedRun extends Span {
  name: string;
}

/** A capitalised word that may stand inside a name: not "The" or "But", though "US" (a short form) may. */
// A possessive ends a name before it: "France's Snecma" is Snecma, owned by a state.
const isNameWord = (token: Token): boolean => isCapitalised(token.text) && !/['’]s$/.test(token.text)
  && (!NON_NAME_STARTERS.has(token.lower) || (token.text.length > 1 && token.text === token.text.toUpperCase()));

/** The capitalised name ending at `lastIndex`, read back through "of", "for" and "and" between capitals; its first index. */
function runStart(text: string, tokens: Token[], lastIndex: number): number {
  let first = lastIndex;
  while (first > 0) {
    const prev = tokens[first - 1];
    if (text.slice(prev.end, tokens[first].start) !== ' ') break;
    if (isNameWord(prev)) first -= 1;
    else if (CONNECTORS.has(prev.lower) && first - 2 >= 0 && isNameWord(tokens[first - 2])
      && text.slice(tokens[first - 2].end, prev.start) === ' ') first -= 2;
    else break;
  }
  return first;
}

/** Whether `name` is a country or a capital standing for its government. */
export function isStateName(name: string, text: string): boolean {
  if (STATE_FORMS.has(name)) return true;
  if (!PLACE_SET.has(name) || NOT_STATES.has(name)) return false;
  const lower = name.toLowerCase();
  // "Georgia said", "Chad said": a given name or a word of the article ("Turkey" at Christmas) is no state here.
  return !GIVEN_NAMES.has(lower) && !lowercaseWords(text).has(lower);
}

/** Whether the words of a capitalised name of two or more words say it is a body's: a place or people in it, or plain words. */
export function readsAsBodyName(words: string[], text: string): boolean {
  const lower = words.map((word) => withoutPossessive(word).toLowerCase());
  const content = lower.filter((word) => !CONNECTORS.has(word));
  if (content.length < 2 || GIVEN_NAMES.has(content[0]) || content.some((word) => PARTICLES.has(word) || HONORIFICS.has(word) || TIME_NAMES.has(word))) return false;
  if (ROLE_HEADS.has(content[0]) || (NON_NAME_STARTERS.has(content[0]) && words[0] !== words[0].toUpperCase())) return false;
  if (content.some((word) => PLACE_WORDS.has(word) || NATIONALITIES.has(word))) return true;
  // "Age Concern", "Stop Stansted Expansion", "Met Éireann": words the article also writes in lower case. A surname
  // may be one ("Condoleezza Rice"), so a plain word closing the name alone is not enough.
  const known = lowercaseWords(text);
  const plain = content.filter((word) => word.length > 2 && known.has(word) && !GIVEN_NAMES.has(word));
  return plain.length >= 2 || (plain.length === 1 && plain[0] !== content[content.length - 1]);
}

/** Whether a person the article names is found in, or shares a word with, text[start, end). */
function personThere(people: Entity[], start: number, end: number, words: string[]): boolean {
  const keys = new Set(words.map((word) => nameKey(withoutPossessive(word))));
  return people.some((p) => p.kind === 'person' && (p.mentions.some((m) => m.start < end && m.end > start) || nameKey(p.name).split(' ').some((word) => keys.has(word))));
}

/**
 * The state or body named by the capitalised run ending at `lastIndex` (the word before a speech verb), when it
 * opens its sentence as the subject (`sentenceStart` given), or closes the clause after the verb (`sentenceStart`
 * null: the caller has placed it). A state needs the subject's place: "farmers in Turkey said" are no state.
 */
export function speakingNameEndingAt(text: string, tokens: Token[], lastIndex: number, sentenceStart: number | null, people: Entity[]): NamedRun | null {
  const last = tokens[lastIndex];
  if (!last || !isCapitalised(last.text) || /['’]s$/.test(last.text)) return null;
  const runFirst = runStart(text, tokens, lastIndex);
  // "Miner Highland Gold said": a trade noun opening the sentence describes the body after it.
  const first = lastIndex - runFirst >= 2 && TRADE_NOUNS.has(tokens[runFirst].lower) ? runFirst + 1 : runFirst;
  const start = tokens[first].start;
  const end = last.end;
  // "France's Snecma said": a name a state owns opening the sentence is a body, though one word.
  const owner = tokens[first - 1];
  const owned = owner !== undefined && first === lastIndex && /['’]s$/.test(owner.text) && text.slice(owner.end, start) === ' '
    && isStateName(withoutPossessive(owner.text), text) && !GIVEN_NAMES.has(last.lower) && !lowercaseWords(text).has(last.lower);
  const opensAt = owned ? owner.start : tokens[runFirst].start;
  if (sentenceStart !== null && !SUBJECT_OPENING.test(text.slice(sentenceStart, opensAt).replace(DATELINE_PREFIX, ''))) return null;
  const name = text.slice(start, end);
  const words = tokens.slice(first, lastIndex + 1).map((token) => token.text);
  if (personThere(people, start, end, words)) return null;
  if (sentenceStart !== null && (isStateName(name, text) || owned)) return { start, end, name };
  // The trade noun says what the name is, whatever its words.
  return first < lastIndex && (first > runFirst || readsAsBodyName(words, text)) ? { start, end, name } : null;
}
