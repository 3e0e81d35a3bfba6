// Cross-article matching: pure decisions over candidates that ingestion looks up.
// Ingestion applies the decisions inside one transaction.
//
// Everything compares word bags, not characters: outlets reword, truncate and
// restyle ("NATO"/"Nato", curly quotes, "co-operative"), so what says two
// wordings are one statement is how much of the shorter one the longer holds.
// That is one pass over each text with a Map, cheaper and easier to reason
// about than an edit-distance library, and it is what a reader checks too.
import { givenNameForms, givenNameVariants, surnameForm, surnameVariants } from './lexicon/nicknames.js';
import { STOPWORDS } from './lexicon/stopwords.js';
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
  /** Articles that reported it (absent where the caller does not know). */
  articleIds?: number[];
}

/** What the article being matched shares with others, beyond the event itself. */
export interface EventContext {
  /** Other articles that report a statement this article reports: the same story. */
  storyArticles: ReadonlySet<number>;
  /** Events this article already reports: a loose match may not take one twice. */
  taken: ReadonlySet<number>;
  /** How many different things this article reports of each date (by sentence). */
  reportedOn?: ReadonlyMap<string, number>;
}

// ---------- people ----------

// Forms of address dropped from a name key: "Gen Ada Okafor" is Ada Okafor.
// Royal and religious titles stay, because "Prince Harry" without them is no name.
const ADDRESS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'gen', 'general', 'lt', 'col',
  'colonel', 'maj', 'major', 'capt', 'captain', 'adm', 'admiral', 'sgt', 'sen', 'senator', 'rep', 'gov',
  'governor', 'president', 'rev', 'reverend', 'lord', 'lady', 'baroness', 'judge', 'justice', 'secretary',
  'minister', 'chancellor', 'mayor', 'ambassador', 'commissioner', 'chairman', 'chairwoman',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'abu', 'ben']);
const ORGANISATION_ARTICLE = /^the /;

/**
 * A memo for a pure function of a string, bounded so that a long ingest run
 * keeps only recent texts: when full it starts afresh, which costs one
 * recomputation per text still in use and keeps memory flat.
 */
function memoize<T>(compute: (text: string) => T, capacity: number): (text: string) => T {
  let cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= capacity) cache = new Map();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

// Ingestion asks about the same names (every alias of every candidate) and the
// same stored wordings (every report of a speaker's recent quotes) article after
// article; normalising them once is most of the cost of matching.
const NAME_MEMO = 20_000;
const WORDING_MEMO = 50_000;

/** Normalised identity key for a name: lowercase, no accents, titles or punctuation. */
export const nameKey = memoize(computeNameKey, NAME_MEMO);

function computeNameKey(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u2018`]s\b|['\u2019\u2018`]/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = plain.split(' ');
  let first = 0;
  while (first < words.length - 1 && ADDRESS.has(words[first])) first += 1;
  return words.slice(first).join(' ');
}

interface ParsedName {
  given: string[];
  /** Canonical spelling ("shoigu" for "Shoygu"). */
  surname: string;
  /** As written, lowercased ("shoygu"). */
  writtenSurname: string;
  suffix: string | null;
}

const parseName = memoize(computeParsedName, NAME_MEMO);

function computeParsedName(name: string): ParsedName | null {
  const words = nameKey(name).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const suffix = words.length > 1 && SUFFIXES.has(words[words.length - 1]) ? (words.pop() as string) : null;
  const surname = words.pop() as string;
  return { given: words.filter((w) => !PARTICLES.has(w)), surname: surnameForm(surname), writtenSurname: surname, suffix };
}

/**
 * Keys under which ingestion looks up candidates for a name: the full key, its
 * nickname forms and every spelling of the surname. The surname is what finds
 * "James Earl Carter" for "Jimmy Carter"; matchPerson then decides, so a shared
 * surname brings candidates, never a merge.
 */
export function candidateKeys(name: string): string[] {
  const key = nameKey(name);
  if (!key) return [];
  const keys = new Set([key]);
  const words = key.split(' ');
  if (words.length > 1) {
    const [first, ...rest] = words;
    for (const variant of givenNameVariants(first)) keys.add([variant, ...rest].join(' '));
    const parsed = parseName(name);
    if (parsed) {
      keys.add(parsed.writtenSurname);
      for (const spelling of surnameVariants(parsed.writtenSurname)) keys.add(spelling);
    }
  }
  return [...keys];
}

/**
 * The surname of a full name as written, with the particles that belong to it
 * ("de Gaulle" in "Charles de Gaulle", "Okafor" in "Gen. Ada Okafor"), or null for
 * a name with no given name ("Okafor", "Gen Okafor"). Ingestion stores it as an
 * alias, so a later article's nickname or middle-name form finds the person.
 */
export function surnameOf(name: string): string | null {
  const parsed = parseName(name);
  if (!parsed || parsed.given.length === 0) return null;
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && SUFFIXES.has(nameKey(words[words.length - 1]))) words.pop();
  let first = words.length - 1;
  while (first > 1 && PARTICLES.has(nameKey(words[first - 1]))) first -= 1;
  const surname = words.slice(first).join(' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return nameKey(surname) ? surname : null;
}

function givenCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const forms = new Set(givenNameForms(a));
  return givenNameForms(b).some((form) => forms.has(form));
}

/** Whether two full names can be one person: same surname, compatible given names, same generation. */
function sameFullName(a: ParsedName, b: ParsedName): boolean {
  if (a.surname !== b.surname || a.suffix !== b.suffix) return false;
  if (a.given.length === 0 || b.given.length === 0) return false;
  const [short, long] = a.given.length <= b.given.length ? [a.given, b.given] : [b.given, a.given];
  // "Tayyip Erdogan" is "Recep Tayyip Erdogan": the shorter given names appear in order in the longer.
  let at = 0;
  for (const word of short) {
    while (at < long.length && !givenCompatible(word, long[at])) at += 1;
    if (at === long.length) return false;
    at += 1;
  }
  return givenCompatible(short[0], long[0]) || short.length < long.length;
}

/**
 * Identity key for a body: its name without "the" or a closing legal form, as outlets
 * differ on both ("Velmar Systems NV", "Velmar Systems"; "the Arden Group plc").
 */
export function organisationKey(name: string): string {
  const words = nameKey(undotted(name)).replace(ORGANISATION_ARTICLE, '').split(' ');
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** "N.V." as "NV.": a dotted abbreviation is one word. */
function undotted(name: string): string {
  return name.replace(/\.(?=\p{L})/gu, '');
}

// Closing words that say how a business is registered, not which one it is.
const LEGAL_FORMS = new Set([
  'inc', 'incorporated', 'corp', 'ltd', 'limited', 'plc', 'llc', 'llp', 'lp', 'nv', 'bv', 'ag', 'sa', 'se', 'spa', 'gmbh', 'ab', 'asa', 'oyj', 'kgaa', 'pty', 'pte',
]);

/**
 * The name of a body as another outlet may write it, without its legal form, or null when
 * it has none. Ingestion stores it as an alias, so "Velmar Systems" finds "Velmar Systems NV".
 */
export function organisationShortName(name: string): string | null {
  const words = name.trim().split(/\s+/);
  let end = words.length;
  while (end > 1 && LEGAL_FORMS.has(nameKey(undotted(words[end - 1])))) end -= 1;
  if (end === words.length) return null;
  const short = words.slice(0, end).join(' ').replace(/[,\s]+$/u, '');
  return nameKey(short) ? short : null;
}

/** The known person this entity is, or null for a new person. */
export function matchPerson(entity: { kind: EntityKind; name: string; aliases: string[] }, candidates: KnownPerson[]): number | null {
  const sameKind = candidates.filter((c) => c.kind === entity.kind);
  if (entity.kind === 'organisation') {
    // A body named only by a common noun ("police") is that story's own: one story's police are not the next one's.
    if (!/\p{Lu}/u.test(entity.name)) return null;
    const keys = new Set([entity.name, ...entity.aliases].map(organisationKey).filter(Boolean));
    return sameKind.find((c) => [c.name, ...c.aliases].some((n) => keys.has(organisationKey(n))))?.id ?? null;
  }
  const own = [entity.name, ...entity.aliases].map(parseName).filter((p): p is ParsedName => p !== null);
  const full = own.filter((p) => p.given.length > 0);
  // The forms that spell a given name out say more than initials ("Simon Taylor" over "S Taylor").
  const spelled = full.filter((p) => p.given.some((word) => word.length > 1));
  const telling = spelled.length > 0 ? spelled : full;
  if (full.length > 0) {
    // Different people share surnames (Donald and Melania Trump): a full name joins only a compatible full name.
    // It must fit the name the person is known by too: an initial among the aliases ("S Taylor" beside
    // "Roger Taylor") would otherwise let every S. Taylor in, and each would bring more aliases.
    const hits = sameKind.filter((c) => {
      const known = parseName(c.name);
      if (known !== null && known.given.length > 0 && !telling.some((mine) => sameFullName(mine, known))) return false;
      const forms = [c.name, ...c.aliases].map(parseName).filter((p): p is ParsedName => p !== null && p.given.length > 0);
      return full.some((mine) => forms.some((theirs) => sameFullName(mine, theirs)));
    });
    return bestByAliasOverlap(hits, entity) ?? null;
  }
  // A surname alone is someone only when exactly one known person carries it.
  const surname = own[0]?.surname;
  if (!surname) return null;
  const key = nameKey(entity.name);
  const bearers = sameKind.filter((c) => [c.name, ...c.aliases].some((n) => parseName(n)?.surname === surname || nameKey(n) === key));
  const ids = new Set(bearers.map((c) => c.id));
  if (ids.size === 1) return [...ids][0];
  // Several people share it: an earlier article's equally bare "Trump" is the one to join,
  // rather than a new duplicate for every article that names nobody in full.
  return bearers.find((c) => nameKey(c.name) === key)?.id ?? null;
}

function bestByAliasOverlap(hits: KnownPerson[], entity: { name: string; aliases: string[] }): number | null {
  if (hits.length === 0) return null;
  const keys = new Set([entity.name, ...entity.aliases].map(nameKey));
  let best = hits[0];
  let bestScore = -1;
  for (const c of hits) {
    const score = [c.name, ...c.aliases].filter((n) => keys.has(nameKey(n))).length;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best.id;
}

// ---------- words ----------

/** Word tokens as the statement reads, case, quote style and hyphenation aside. */
export function wordTokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/\bu\.s\.(?!\w)/g, 'us')
      .replace(/\bu\.k\.(?!\w)/g, 'uk')
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .replace(/(\p{L})-(?=\p{L})/gu, '$1')
      .replace(/'/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Content words, folded for spelling and plural so two outlets' wordings meet. */
export function contentWords(tokens: string[]): Set<string> {
  const out = new Set<string>();
  for (const token of tokens) {
    if (token.length < 2 || STOPWORDS.has(token)) continue;
    out.add(fold(token));
  }
  return out;
}

const SPELLING: Record<string, string> = { defence: 'defense', offence: 'offense', licence: 'license', programme: 'program' };

function fold(word: string): string {
  let w = word;
  if (w.length > 5) w = w.replace(/our$/, 'or').replace(/is(e|ed|es|ing|ation)$/, 'iz$1');
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // After the plural, so "licences" meets "licenses" as "licence" meets "license".
  return SPELLING[w] ?? w;
}

/**
 * A wording as matching reads it: its tokens, their counts and its folded content
 * words, worked out once per text (see WORDING_MEMO) rather than once per comparison.
 */
interface Wording {
  tokens: string[];
  counts: Map<string, number>;
  content: Set<string>;
}

const wordingOf = memoize((text: string): Wording => {
  const tokens = wordTokens(text);
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { tokens, counts, content: contentWords(tokens) };
}, WORDING_MEMO);

/** Share of the shorter wording's words found in the longer one, counting repeats. */
function containment(short: Wording, long: Wording): number {
  if (short.tokens.length === 0) return 0;
  let hit = 0;
  for (const [t, n] of short.counts) hit += Math.min(n, long.counts.get(t) ?? 0);
  return hit / short.tokens.length;
}

function containsPhrase(long: string[], phrase: string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= long.length; i += 1) {
    for (let j = 0; j < phrase.length; j += 1) if (long[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether the shorter of two wordings is (nearly) all held in the longer: a fragment or a repeat of it. */
export function wordingHolds(a: string, b: string): boolean {
  const [x, y] = [wordingOf(a), wordingOf(b)];
  const [short, long] = x.tokens.length <= y.tokens.length ? [x, y] : [y, x];
  return short.tokens.length > 0 && containment(short, long) >= 0.8;
}

interface Overlap {
  shared: number;
  /** Shared content words over the smaller set. */
  contained: number;
  dice: number;
}

function contentOverlap(a: Set<string>, b: Set<string>): Overlap {
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) shared += 1;
  return { shared, contained: small.size ? shared / small.size : 0, dice: a.size + b.size ? (2 * shared) / (a.size + b.size) : 0 };
}

// ---------- quotes ----------

/**
 * How strongly two wordings by one speaker are one statement: 0 when they are not.
 * Containment is weighed by how much of the longer wording the shorter covers, so a
 * long report that merely embeds a short known phrase prefers its own paraphrase.
 */
function quoteSimilarity(a: Wording, b: Wording, attributed: boolean, bothDirect: boolean): number {
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  const shortLength = short.tokens.length;
  if (shortLength === 0) return 0;
  const ratio = shortLength / long.tokens.length;
  if (!attributed) {
    // Nobody is named: only the same words, near enough in length, make one quote.
    if (shortLength < 4 || ratio < 0.8) return 0;
    const c = containment(short, long);
    return c >= 0.9 ? c : 0;
  }
  const coverage = 0.5 + 0.5 * ratio;
  // A headline fragment or caption ("very little doubt") is the full quote cut down, word for
  // word. Longer runs count only between direct quotes: an indirect report may embed a short
  // quoted phrase of another statement ("ensure its diplomats could 'negotiate from ...'").
  if (shortLength >= 2 && (shortLength <= 4 || bothDirect) && containsPhrase(long.tokens, short.tokens)) return coverage;
  if (shortLength <= 4) return 0;
  const words = contentOverlap(a.content, b.content);
  const c = containment(short, long);
  if (ratio >= 0.35 && c >= 0.8 && words.contained >= 0.6) return c * coverage;
  // An indirect report of the same words: most content words shared both ways.
  if (words.shared >= 4 && words.contained >= 0.7 && words.dice >= 0.55) return words.dice;
  return 0;
}

/**
 * How strongly a wording whose speaker one outlet did not name ("it said", "officials said")
 * is a named speaker's statement in another: 0 unless it is the same words, held nearly
 * whole and long enough to say something, never a paraphrase or a stock phrase, which
 * another speaker may share. Weighed below any match with a known speaker.
 */
function unnamedSimilarity(a: Wording, b: Wording, bothDirect: boolean): number {
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (short.tokens.length < UNNAMED_MIN_WORDS) return 0;
  const ratio = short.tokens.length / long.tokens.length;
  if (bothDirect && containsPhrase(long.tokens, short.tokens)) return 0.9 * (0.5 + 0.5 * ratio);
  if (ratio < 0.35) return 0;
  const c = containment(short, long);
  const words = contentOverlap(a.content, b.content);
  return c >= 0.85 && words.shared >= 4 && words.contained >= 0.7 ? 0.9 * c * (0.5 + 0.5 * ratio) : 0;
}

const UNNAMED_MIN_WORDS = 6;

/**
 * The known quote this statement repeats, or null. Different speakers' statements never
 * meet; a statement with no speaker meets a named one only through the same words.
 */
export function matchQuote(quote: { speakerId: number | null; kind: QuoteKind; text: string }, candidates: KnownQuote[]): number | null {
  const mine = wordingOf(quote.text);
  const attributed = quote.speakerId !== null;
  let best: { id: number; score: number } | null = null;
  for (const candidate of candidates) {
    const unnamed = candidate.speakerId !== quote.speakerId;
    if (unnamed && candidate.speakerId !== null && quote.speakerId !== null) continue;
    const bothDirect = candidate.kind === 'direct' && quote.kind === 'direct';
    for (const text of candidate.texts) {
      const theirs = wordingOf(text);
      const score = unnamed ? unnamedSimilarity(mine, theirs, bothDirect) : quoteSimilarity(mine, theirs, attributed, bothDirect);
      if (score > 0 && (!best || score > best.score)) best = { id: candidate.id, score };
    }
  }
  return best?.id ?? null;
}

// ---------- events ----------

const DAY_LENGTH = 'YYYY-MM-DD'.length;

// Words that say when, not what: two reports of one day share them whatever happened.
const WHEN_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec morning afternoon evening
  night overnight tonight today yesterday tomorrow midnight noon early late earlier later day days week weekend
  month year last next local time gmt utc bst cet est edt pst am pm`.split(/\s+/),
);
const NUMBER_WORD = /^\d+(?:st|nd|rd|th)?$/;

/** Content words that say what happened: neither when it did nor any number. */
function whatWords(content: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const w of content) if (!WHEN_WORDS.has(w) && !NUMBER_WORD.test(w)) out.add(w);
  return out;
}

function sharesWhat(a: Set<string>, b: Set<string>): boolean {
  const theirs = whatWords(b);
  for (const w of whatWords(a)) if (theirs.has(w)) return true;
  return false;
}

/**
 * The known event this one is, or null. Different dates (or precisions) never merge.
 * Within one story (articles that carry the same statements) a day's event of the same
 * person is one event however differently the outlets word it ("cut its forecast on
 * Tuesday and said Hoogeveen would step down" / "Hoogeveen will leave ..., the company
 * said Tuesday"), when nothing closer is found and the known event is not taken yet.
 * So is the one thing a story reports of a day when this article too reports one thing
 * of it and the two share a word of what happened ("Freight services have been on strike
 * since Monday evening" / "Freight traffic was halted on Monday evening"): a story telling
 * of several things that day ("the strike began", "the union leader told reporters")
 * needs a person or the wording to tell which is which.
 */
export function matchEvent(
  event: { date: string | null; description: string; personIds: number[] },
  candidates: KnownEvent[],
  context?: EventContext,
): number | null {
  if (event.date === null) return null;
  const mine = wordingOf(event.description).content;
  const people = new Set(event.personIds);
  const inStory = (candidate: KnownEvent): boolean =>
    context !== undefined && (candidate.articleIds ?? []).some((id) => context.storyArticles.has(id));
  const storyDay = context !== undefined && event.date.length === DAY_LENGTH;
  // Whether the story knows one thing of this day and this article reports one thing of it too.
  const onlyOneThatDay =
    storyDay && context.reportedOn?.get(event.date) === 1 && candidates.filter((c) => c.date === event.date && inStory(c)).length === 1;
  let best: { id: number; score: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.date !== event.date) continue;
    const sharedPeople = candidate.personIds.filter((id) => people.has(id)).length;
    const texts = [candidate.description, ...candidate.sentences];
    let words: Overlap = { shared: 0, contained: 0, dice: 0 };
    for (const text of texts) {
      const o = contentOverlap(mine, wordingOf(text).content);
      if (o.dice > words.dice) words = o;
    }
    const same =
      (sharedPeople > 0 && words.shared >= 3 && words.dice >= 0.25) ||
      (words.shared >= 4 && words.dice >= 0.5) ||
      (words.shared >= 4 && words.contained >= 0.8);
    const loose = !same && storyDay && inStory(candidate) && !context.taken.has(candidate.id);
    const sameStoryDay =
      loose && (sharedPeople > 0 || (onlyOneThatDay && texts.some((text) => sharesWhat(mine, wordingOf(text).content))));
    if (!same && !sameStoryDay) continue;
    // A match through wording always beats one through the story alone.
    const score = (same ? 1 : 0) + words.dice + 0.2 * sharedPeople;
    if (!best || score > best.score) best = { id: candidate.id, score };
  }
  return best?.id ?? null;
}
