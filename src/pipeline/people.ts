import { NAME_PARTICLES, scanNames, type NameMention } from './names.js';
import { findSpeakingOrganisations, writtenAsFirm, writtenBefore } from './organisations.js';
import { GIVEN_NAMES, WOMEN_GIVEN_NAMES, isMansGivenName } from './lexicon/given-names.js';
import { isOutletName } from './lexicon/news-outlets.js';
import { givenNameVariants } from './lexicon/nicknames.js';
import { NON_NAME_STARTERS, PLACE_WORDS } from './lexicon/non-names.js';
import { PLACE_SET } from './lexicon/places.js';
import { ANONYMOUS_HEADS, PERSON_ROLE_NOUNS, ROLE_HEADS } from './lexicon/titles.js';
import { lowercaseWords, nameKey } from './tokens.js';
import type { Anatomy, AnatomyPart, Entity, ExtractionContext, Mention, Sentence } from './types.js';

// Turns name mentions into the people of one article: every short form
// ("Okafor", "Mr Brandt") joins the full name it abbreviates, journalists come
// from the byline and credits, and organisations join only when they speak.

// Built once: the bundler turns literals with Unicode property escapes into `new RegExp(...)` calls.
const OPENS_LETTER = /^\p{L}/u;
const OPENS_CAPITAL = /^\p{Lu}/u;
const LOWER_WORD_BEFORE = /(?:^|[^\p{L}-])(\p{Ll}[\p{Ll}-]*)\s$/u;
const AWARD_CATEGORY_BEFORE = /\b(?:best|vice)\s(?:\p{Ll}+\s){0,2}$/u;
const NOUN_AFTER = /^\s(\p{Ll}+)\b/u;
const LIST_GOES_ON = /^(?:,?\s(?:and|&)\s|,\s\p{Lu})/u;
/**
 * "Safin said he was", "Trump told reporters on Tuesday that he would": a speech verb then "he" or "she" in its
 * clause, or "his" or "her" opening what was said ("Zelensky said his forces"); a body is "it", "its" or "they".
 */
const SPEAKS_AS_HE_OR_SHE = /^(?:['’]s)?\s+(?:\p{Ll}+\s+){0,2}?(?:said|says|told|tells|added|adds|explained|admitted|admits|insisted|insists|claimed|claims|revealed|believes|argued|warned|stressed)\s+(?:[\p{L}\d,-]+\s+){0,6}?(?:that\s+)?(?:he|she)\b|^\s+(?:said|says|added|adds|told\s+\p{Ll}+)\s+(?:that\s+)?(?:his|her)\s/u;

interface Cluster {
  words: string[];
  /** nameKey of each word, kept to compare names cheaply. */
  keys: string[];
  forms: Set<string>;
  roles: Set<string>;
  mentions: Mention[];
  journalist: boolean;
  firstAt: number;
  /** Seen as "the X": a body or a thing, whatever else its context suggests. */
  afterThe?: boolean;
}

const isHeadlineTitleCase = (text: string): boolean => {
  const words = text.split(/\s+/).filter((word) => OPENS_LETTER.test(word));
  return words.length >= 4 && words.filter((word) => OPENS_CAPITAL.test(word)).length / words.length > 0.6;
};

/** The stretches of text whose names are people in the story (not bylines or credits). */
function storyStretches(text: string, parts: AnatomyPart[], sentences: Sentence[]): { start: number; end: number; titleCase: boolean }[] {
  const skip = parts.filter((part) => part.kind === 'byline' || part.kind === 'credit');
  const stretches: { start: number; end: number; titleCase: boolean }[] = [];
  for (const sentence of sentences) {
    if (skip.some((part) => sentence.start >= part.start && sentence.end <= part.end)) continue;
    let end = sentence.end;
    const caption = parts.find((part) => part.kind === 'caption' && sentence.start >= part.start && sentence.start < part.end);
    if (caption) {
      const credit = /(?:photograph|photo|picture|image|illustration|credit|pic)s?\s*:/i.exec(sentence.text);
      if (credit) end = sentence.start + credit.index;
    }
    const headline = parts.some((part) => part.kind === 'headline' && sentence.start >= part.start && sentence.end <= part.end);
    if (end > sentence.start) stretches.push({ start: sentence.start, end, titleCase: headline && isHeadlineTitleCase(sentence.text) });
  }
  return stretches;
}

function sameName(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/** "George Bush" inside "George W. Bush": same first and last word, the rest in order. */
function abbreviates(s: string[], l: string[]): boolean {
  if (s.length === l.length && s.length >= 2 && s[s.length - 1] === l[l.length - 1]) {
    // "G Poll" for "Graham Poll": an initial standing for the same first name.
    const initial = (a: string, b: string): boolean => a.length === 1 && b.startsWith(a) && b.length > 1;
    return s.every((w, i) => w === l[i] || initial(w, l[i]) || initial(l[i], w));
  }
  if (s.length < 2 || s.length >= l.length) return false;
  if (s[0] !== l[0] || s[s.length - 1] !== l[l.length - 1]) return false;
  let j = 0;
  for (const word of l) if (word === s[j]) j += 1;
  return j === s.length;
}

/** "De Graaf" for "Louw de Graaf": a surname opened by a particle, written without the given name. */
function particleSurname(s: string[], l: string[]): boolean {
  return s.length >= 2 && s.length < l.length && NAME_PARTICLES.has(s[0]) && s.every((word, i) => word === l[l.length - s.length + i]);
}

/** "Christian Andersen" for "Hans Christian Andersen", "Parker Bowles" for "Camilla Parker Bowles": the closing words of a longer name. */
function closesName(s: string[], l: string[]): boolean {
  return s.length >= 2 && s.length < l.length && s.every((word, i) => word === l[l.length - s.length + i]);
}

/** "Steve Gerrard" and "Steven Gerrard", "Dave Collins" and "David Collins": one surname after two forms of one given name. */
function givenNameVariant(a: string[], b: string[]): boolean {
  return a.length === 2 && b.length === 2 && a[1] === b[1] && a[0] !== b[0] && givenNameVariants(a[0]).includes(b[0]);
}

/** "Kinnock of Bedwellty", "Marguerite of Romania": a peer's or royal's name, one name and the place it is "of". */
const namedOfPlace = (keys: string[]): boolean => keys.length === 3 && keys[1] === 'of';

/** "Lord Kinnock of Bedwellty" for "Neil Kinnock": a peer's title names the person whose surname opens it. */
function peerOf(peer: string[], person: string[]): boolean {
  return namedOfPlace(peer) && person.length >= 2 && !namedOfPlace(person) && surnameKeyOf(person) === peer[0];
}

/** "We can't all be Wayne Rooneys": a full name in the plural is the person it pluralises. */
function pluralOf(keys: string[], other: string[]): boolean {
  const last = keys[keys.length - 1];
  return keys.length >= 2 && keys.length === other.length && last === `${other[other.length - 1]}s` && keys.slice(0, -1).every((word, i) => word === other[i]);
}

function clusterFor(clusters: Cluster[], keys: string[]): Cluster | undefined {
  return clusters.find((c) => sameName(c.keys, keys) || abbreviates(keys, c.keys) || abbreviates(c.keys, keys) || pluralOf(keys, c.keys))
    ?? clusters.find((c) => particleSurname(keys, c.keys) || particleSurname(c.keys, keys) || peerOf(keys, c.keys) || peerOf(c.keys, keys))
    ?? clusters.find((c) => closesName(keys, c.keys) || closesName(c.keys, keys) || givenNameVariant(keys, c.keys));
}

/** Edits (insertions, deletions, substitutions, swaps of neighbours) turning `a` into `b`, counted up to `limit` + 1. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
    }
    if (Math.min(...current) > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/**
 * "Mr Iliaronov" after "Andrei Illarionov": a long surname written with a slip or two names the one
 * person whose surname it nearly spells, when there is exactly one.
 */
function clusterMisspelt(clusters: Cluster[], key: string): Cluster | undefined {
  // "Mr Barot" after "Jacques Barrot": a doubled letter written once (or a single one twice) is the commonest slip.
  if (key.length >= 4) {
    const single = (word: string): string => word.replace(/(\p{L})\1/gu, '$1');
    const doubled = clusters.filter((c) => c.keys.length > 1 && surnameKeyOf(c.keys) !== key && single(surnameKeyOf(c.keys)) === single(key));
    if (doubled.length === 1) return doubled[0];
  }
  // "Prince William" beside "Rowan Williams": a given name, or a plural of one, is another person.
  if (key.length < 7 || GIVEN_NAMES.has(key) || GIVEN_NAMES.has(key.replace(/s$/, ''))) return undefined;
  const near = clusters.filter((c) => {
    if (c.keys.length < 2) return false;
    const surname = surnameKeyOf(c.keys);
    const allowed = Math.min(surname.length, key.length) >= 9 ? 2 : 1;
    return surname[0] === key[0] && surname.length >= 7 && surname !== `${key}s` && key !== `${surname}s` && editDistance(surname, key, allowed) <= allowed;
  });
  return near.length === 1 ? near[0] : undefined;
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi']);

/** "Evans" for "Charles Evans Jr": a generational suffix is not the surname. */
function surnameKeyOf(keys: string[]): string {
  // "Marguerite of Romania": a royal goes by the one name before the realm, never by the realm.
  if (namedOfPlace(keys)) return keys[0];
  return keys.length > 2 && NAME_SUFFIXES.has(keys[keys.length - 1]) ? keys[keys.length - 2] : keys[keys.length - 1];
}

const WOMEN_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'baroness']);

/** "Mr Jackson" never means Katherine Jackson, nor "Mrs Brown" Gordon Brown: the honorific says which namesake is meant. */
function fitsHonorific(c: Cluster, honorific: string | null): boolean {
  if (!honorific || c.keys.length < 2) return true;
  if (honorific === 'mr' || honorific === 'sir' || honorific === 'lord') return !WOMEN_GIVEN_NAMES.has(c.keys[0]);
  return !WOMEN_HONORIFICS.has(honorific) || !isMansGivenName(c.keys[0]);
}

/** "mr" from "Mr Jackson": the honorific a one-word mention was written with, if any. */
function honorificOf(mention: NameMention): string | null {
  const words = mention.surface.split(' ');
  return words.length > mention.words.length ? words[0].toLowerCase() : null;
}

/** The full-name cluster a one-word mention refers to: surname first, nearest earlier mention wins. */
function clusterForSingle(clusters: Cluster[], word: string, at: number, honorific: string | null = null): Cluster | undefined {
  const key = nameKey(word);
  const namesakes = clusters.filter((c) => c.keys.length > 1 && surnameKeyOf(c.keys) === key);
  // Only to choose among namesakes: a name the lists misjudge must not split one person in two.
  const fitting = namesakes.filter((c) => fitsHonorific(c, honorific));
  const bySurname = fitting.length ? fitting : namesakes;
  const candidates = bySurname.length ? bySurname : clusters.filter((c) => c.keys[0] === key && c.keys.length > 1);
  if (candidates.length <= 1) return candidates[0];
  const distance = (c: Cluster): number => {
    const before = c.mentions.filter((m) => m.start <= at).map((m) => at - m.start);
    return before.length ? Math.min(...before) : Number.MAX_SAFE_INTEGER;
  };
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0];
}

/** "the Toshack era": a lower-case noun straight after the name, not a small word or a verb ("the Town triumphing", "the Mail on"). */
function qualifiesNoun(text: string, end: number): boolean {
  const next = NOUN_AFTER.exec(text.slice(end, end + 24))?.[1];
  return next !== undefined && !NON_NAME_STARTERS.has(next) && !/(?:ing|ed)$/.test(next);
}

function addMention(cluster: Cluster, mention: NameMention, text: string): void {
  // "the Toshack era", "the Blair government": a surname alone after "the" qualifies a noun; only a full name
  // written so ("the Land Registry") says the name is a body's or a thing's.
  if (mention.afterThe && !(mention.words.length === 1 && cluster.words.length > 1 && qualifiesNoun(text, mention.end))) cluster.afterThe = true;
  cluster.mentions.push({ start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end) });
  cluster.forms.add(mention.surface);
  cluster.forms.add(mention.words.join(' '));
  if (mention.role) cluster.roles.add(mention.role);
  // A peer's title never replaces the personal name it was joined to ("Neil Kinnock", not "Kinnock of Bedwellty").
  const peerTitle = namedOfPlace(mention.keys) && cluster.words.length >= 2 && !namedOfPlace(cluster.keys);
  if (peerTitle) return;
  if (namedOfPlace(cluster.keys) && mention.words.length >= 2 && !namedOfPlace(mention.keys)) {
    cluster.words = mention.words;
    cluster.keys = mention.keys;
  } else if (mention.words.length > cluster.words.length || (mention.words.length === cluster.words.length && cluster.words.some((w) => w.length === 1) && !mention.words.some((w) => w.length === 1))) {
    cluster.words = mention.words;
    cluster.keys = mention.keys;
  }
}

function journalistClusters(text: string, anatomy: Anatomy): Cluster[] {
  const parts = (anatomy.parts ?? []).filter((part) => part.kind === 'byline' || part.kind === 'credit' || part.kind === 'caption');
  // "CNN’s Daniel Pruitt contributed": the outlet owning a credited name is no part of it.
  return anatomy.credits.map((credited) => credited.replace(OUTLET_OWNING_NAME, '')).map((name) => {
    const mentions: Mention[] = [];
    for (const part of parts) {
      const at = text.slice(part.start, part.end).indexOf(name);
      if (at >= 0) mentions.push({ start: part.start + at, end: part.start + at + name.length, text: name });
    }
    const words = name.split(/\s+/);
    return { words, keys: words.map(nameKey), forms: new Set([name]), roles: new Set<string>(), mentions, journalist: true, firstAt: mentions[0]?.start ?? text.length };
  });
}

const OUTLET_OWNING_NAME = /^[\p{Lu}][\p{L}.&-]*(?:\s[\p{Lu}][\p{L}.&-]*){0,3}['’]s\s(?=\p{Lu})/u;

/** "Snoop Dogg - real name Calvin Broadus", "Kano, whose real name is ...", "Dusty Springfield, born Mary O'Brien". */
const REAL_NAME_JOINT = /^\s*(?:[-–—,(]\s*(?:whose\s+)?real\s+name\s+(?:is\s+)?|,\s+born\s+)$/i;

/** A stage or ring name and the real name given beside it are one person: the real name becomes an alias. */
function joinRealNames(text: string, clusters: Cluster[]): void {
  for (const named of [...clusters]) {
    const known = clusters.find((other) => other !== named && other.mentions.some((a) => named.mentions.some((b) => b.start > a.end && b.start - a.end < 30 && REAL_NAME_JOINT.test(text.slice(a.end, b.start)))));
    if (!known) continue;
    known.mentions.push(...named.mentions);
    for (const form of named.forms) known.forms.add(form);
    for (const role of named.roles) known.roles.add(role);
    clusters.splice(clusters.indexOf(named), 1);
  }
}

/**
 * Works are listed with people: "A Very Long Engagement", "All's Well That Ends Well", "Gone Are
 * the Days", "Maroon 5". A determiner or an owner before, or a small word and a capital or a number
 * after, mark a title.
 */
function looksLikeTitle(text: string, m: NameMention): boolean {
  // "Verdi's La Traviata", "the Rolling Stones' Emotional Rescue": a work owned by the name before it.
  // A capital "A" opening a list item is an initial ("A Craig, H Southwell").
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  if (/(?:(?:^|\s)(?:An|My|Your|Our|His|Her|Their|Its|That|This)|[^,;(\s]\sA)\s$/.test(before)) return true;
  // "France's Fabien Pelous": a place owns its people, not its works.
  const owner = /(\p{Lu}[\p{L}.]*)['’]s?\s$/u.exec(before)?.[1];
  if (owner && !PLACE_WORDS.has(owner.toLowerCase()) && !PLACE_SET.has(owner)) return true;
  if (/^\s(?:the|a|an)\s\p{Lu}/u.test(text.slice(m.end, m.end + 8)) || /^\s\d/.test(text.slice(m.end, m.end + 2))) return true;
  // "Troy star Eric Bana", "Railtrack managers": a name qualifying a role names a work or a body.
  const next = /^\s(\p{Ll}+)/u.exec(text.slice(m.end, m.end + 24))?.[1];
  return Boolean(next && [next, next.replace(/s$/, '')].some((word) => ROLE_HEADS.has(word) || ANONYMOUS_HEADS.has(word)));
}

/**
 * One word that names a person with no full name anywhere: "midfielder Edu", "frontman Bono said",
 * "Safin said he was", "Parry claims he will". A body is "it" or "they", never "he" or "she".
 */
function oneNamePerson(text: string, m: NameMention): boolean {
  const word = m.words[0];
  // "I've", "Prosecutors", "Stars In Their Eyes": contractions, crowds and works.
  if (/['’](?!s$)/.test(word) || ANONYMOUS_HEADS.has(word.toLowerCase()) || m.afterThe) return false;
  const lead = text.slice(Math.max(0, m.start - 32), m.start);
  if (/(?:^|\s)(?:The|Their|His|Her|Its|My|Our|Your|A|An|in|at|from|near)\s$/.test(lead)) return false;
  // "midfielder Edu", but not "the best actress Oscar": an award is named after the category it crowns.
  const role = LOWER_WORD_BEFORE.exec(lead)?.[1];
  if (role && PERSON_ROLE_NOUNS.has(role) && !AWARD_CATEGORY_BEFORE.test(lead)) return true;
  // Only as the subject opening its sentence: in "at a Grand Slam event when she beat ..." the name is no player.
  // "Fifth seed Fernando Gonzalez eased past ...": a word before a role noun qualifies the name after it.
  const nextWord = NOUN_AFTER.exec(text.slice(m.end, m.end + 24))?.[1];
  if (SENTENCE_OPENS_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start)) && !(nextWord && (ROLE_HEADS.has(nextWord) || STANDINGS.has(nextWord)))
    && SET_SCORES_AFTER.test(text.slice(m.end, m.end + 80))) return true;
  // "Myskina, the third seed, now plays ...": an appositive only a player or performer is given.
  const head = APPOSITIVE_PHRASE.exec(text.slice(m.end, m.end + 50))?.[1].split(' ').at(-1);
  if (head && (PERSON_ROLE_NOUNS.has(head) || STANDINGS.has(head))) return true;
  return (m.speaks && (SPEAKS_AS_HE_OR_SHE.test(text.slice(m.end, m.end + 90)) || speaksInFirstPerson(text, m))) || (m.possessive && PERSONS_OWN.test(text.slice(m.end, m.end + 24)));
}

/** "Dementieva came through 7-5 5-7 6-4", "Molik beat Ann Lee 6-3 6-2": a match won or lost by sets is a player's. */
const SENTENCE_OPENS_BEFORE = /(?:^|[.!?]\s+|["“]\s*|\n\s*)$/;
const SET_SCORES_AFTER = /^(?![^.!?;:"“”]{0,60}?\b(?:when|who|which|she|he|after|before|while)\b)[^.!?;:"“”]{0,60}?(?<![\d-])[0-7]-[0-7](?:\s?\(\d{1,2}(?:-\d{1,2})?\))?,?\s[0-7]-[0-7](?![\d-])/;
/** ", the third seed," after a name: the phrase of a short appositive, lower case, closed by a comma or a stop. */
const APPOSITIVE_PHRASE = /^,\s(?:the|a|an)\s((?:[\p{Ll}\d-]+\s){0,3}[\p{Ll}-]+)[,.;]/u;
/** A sport's standings, given in apposition to players: "the third seed", "last year's finalist". */
const STANDINGS = new Set(['seed', 'finalist', 'qualifier', 'favourite', 'runner-up', 'semi-finalist', 'quarter-finalist']);

/** "I", "I'm", "my", "myself": one person speaking; a body's spokesman says "we". */
const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|my|me|myself)(?![\p{L}'’])/u;
/** What may follow a quoted speaker's name: a stop, or the verb. */
const NAME_ENDS_CLAUSE = /^(?:['’]s)?(?:\s*[.,;:!?"”]|\s*$|\s+(?:said|says|added|adds|admitted|admits|insisted|explained|continued|told)\b)/;
/** `said Tomlin. "I ...` after the name: the verb, then a colon or nothing, and the quotation's opening words. */
const QUOTE_AFTER_NAME = /^\s+(?:said|says|added|adds|admitted|admits|insisted|explained|continued)\s*:?\s*["“]([^"“”]{1,240})/u;
/** `"I ...," said Tomlin` or `"I'm so happy," a tearful Tomlin told`: a quotation closing right before the verb and the name. */
const QUOTE_BEFORE_NAME = /["“]([^"“”]{1,240})[,.!?]?["”]\s*,?\s+(?:(?:said|says|added|adds|admitted|insisted|explained|continued)\s+|(?:a|an|the)\s+(?:\p{Ll}+\s+){1,2})$/u;

/**
 * `"I've surprised myself," said Tomlin`, `Kluvet said: "I knew about her"`: a lone name quoted speaking of itself in the
 * first person is one person, as a body speaks of itself as "we".
 */
function speaksInFirstPerson(text: string, m: NameMention): boolean {
  // "said Aviator star Alan Alda": a name qualifying a noun is not the one quoted; "the Archbishop of Canterbury said" names a place.
  if (!NAME_ENDS_CLAUSE.test(text.slice(m.end, m.end + 12)) || /\bof\s$/.test(text.slice(Math.max(0, m.start - 4), m.start))) return false;
  const before = QUOTE_BEFORE_NAME.exec(text.slice(Math.max(0, m.start - 260), m.start))?.[1];
  if (before !== undefined && FIRST_PERSON.test(before)) return true;
  const after = QUOTE_AFTER_NAME.exec(text.slice(m.end, m.end + 280))?.[1];
  return after !== undefined && FIRST_PERSON.test(after);
}

/** "Sunak's wife", "Okafor's presidency": kin and offices held are a person's; a body has lawyers, spokesmen and successors too. */
const PERSONS_OWN = /^['’]s?\s(?:wife|husband|son|daughter|sons|daughters|children|mother|father|parents|brother|sister|widow|widower|administration|presidency|premiership)\b/;

const DESCRIBES_NAME_AFTER = /^\s(?!(?:and|or|nor)\s)(?:\p{Ll}+-)?\p{Ll}+\s\p{Lu}/u;

/** ", ", " and ", ", and ": the joints of a list of names; an item may open with "the" ("Bono, The Edge"). */
const LIST_JOINT = /^(?:,\s|,?\s(?:and|&)\s)(?:[Tt]he\s)?$/;

/**
 * "Huw Stephens, Ras Kwame and Rob Moyo will host": a name listed with people is one too. A name
 * of several words needs one person in its list; a single word ("Bono, Adam Clayton and Larry
 * Mullen") needs a list of three or more with two people in it, as club and firm names are listed alike.
 */
function listedPeople(text: string, mentions: NameMention[], supported: (m: NameMention) => boolean): Set<NameMention> {
  const surnames = new Set(mentions.filter((m) => m.words.length > 1 && supported(m)).map((m) => m.keys[m.keys.length - 1]));
  // "the show Fat Albert and the Cosby Kids": a name after "the" is a body or a thing, so it vouches for no one.
  const isPerson = (m: NameMention): boolean => !m.afterThe && (m.words.length > 1 ? supported(m) : m.cued || surnames.has(m.keys[0]));
  const listed = new Set<NameMention>();
  const close = (list: NameMention[]): void => {
    if (list.length < 2) return;
    const people = list.filter(isPerson).length;
    // "Rhodri Thomas, Plaid Cymru health spokesman": two names joined by a comma alone are in apposition, not a list.
    const last = list[list.length - 1];
    const joinedByAnd = list.some((m, i) => i > 0 && /\s(?:and|&)\s/.test(text.slice(list[i - 1].end, m.start)))
      || LIST_GOES_ON.test(text.slice(last.end, last.end + 6));
    if (people === 0 || (list.length === 2 && !joinedByAnd)) return;
    for (const m of list) {
      if (isPerson(m) || m.words.length > 3 || m.afterThe || m.opensSentence || looksLikeTitle(text, m)) continue;
      // "Spike Lee, Burt Reynolds and Oscar nominee Alan Alda": one word before a noun and a name qualifies that name.
      if (m.words.length === 1 && DESCRIBES_NAME_AFTER.test(text.slice(m.end, m.end + 40))) continue;
      if (m.words.length > 1 || (list.length >= 3 && people >= 2)) listed.add(m);
    }
  };
  let list: NameMention[] = [];
  let closedByAnd = false;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const prev = list[list.length - 1];
    const joint = prev && !prev.possessive && mention.start - prev.end <= 10 ? text.slice(prev.end, mention.start) : '';
    // "the Minister of Trade and Industry, Michel Cote": a comma after the closing "and" opens an apposition.
    if (prev && LIST_JOINT.test(joint) && !(closedByAnd && !/\s(?:and|&)\s/.test(joint))) {
      list.push(mention);
      closedByAnd ||= /\s(?:and|&)\s/.test(joint);
    } else {
      closedByAnd = false;
      close(list);
      list = [mention];
    }
  }
  close(list);
  return listed;
}

/**
 * "stars such as Beenie Man and Sizzla", "the artists - Ras Tembo, Kofi Dread and Lyrix": a plural noun for
 * performers or players opening a list says its items are people, stage names of one or two words included.
 * ("acts" and "bands" name groups, "names" anything.)
 */
const PEOPLE_LIST_OPENING = /\b(?:[Ss]tars|artists|singers|rappers|musicians|performers|DJs|comedians|actors|actresses|[Pp]layers|athletes|celebrities)(?:\s(?:such\sas|including|like)|\s[-–—:])\s$/;
/** Between two items of such a list: a comma or "and", over a short form in capitals listed between them ("..., TOK, ..."). */
const PEOPLE_LIST_JOINT = /^(?:,\s|,?\s(?:and|&)\s)(?:[\p{Lu}\d]{2,6}(?:,\s|,?\s(?:and|&)\s))*(?:[Tt]he\s)?$/u;

function listedAfterPeopleNoun(text: string, mentions: NameMention[]): Set<NameMention> {
  const listed = new Set<NameMention>();
  // "Scissor Sisters", "The Darkness": a plural closing a name with no known given name, or an article, marks a band.
  // One word before a noun and a name qualifies that name ("Oscar nominee Alan Alda"), and a given name alone is part
  // of a name the list writes with a nickname ('David "Fathead" Newman').
  const person = (m: NameMention): boolean => !m.afterThe && !m.body && m.words.length <= 3
    && (m.words.length === 1 ? !GIVEN_NAMES.has(m.keys[0]) && !DESCRIBES_NAME_AFTER.test(text.slice(m.end, m.end + 40)) : GIVEN_NAMES.has(m.keys[0]) || !/s$/.test(m.keys[m.keys.length - 1]));
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i += 1) {
    if (!PEOPLE_LIST_OPENING.test(text.slice(Math.max(0, sorted[i].start - 40), sorted[i].start))) continue;
    let j = i;
    for (;;) {
      if (person(sorted[j])) listed.add(sorted[j]);
      const next = sorted[j + 1];
      const joint = next ? text.slice(sorted[j].end, next.start) : '';
      if (!next || !PEOPLE_LIST_JOINT.test(joint)) break;
      j += 1;
      // The item after "and" closes the list.
      if (/\s(?:and|&)\s/.test(joint)) {
        if (person(next)) listed.add(next);
        break;
      }
    }
    i = j;
  }
  return listed;
}

/** What closes a firm's name after a founder's: "Mitchell Hutchins Asset Management Inc", "Dalton Reed Securities". */
const FIRM_NAME_TAIL = /^\s(?:\p{Lu}[\p{L}&.-]*\s){0,4}(?:Inc|Corp|Corporation|Ltd|Plc|PLC|LLC|Co|Group|Holdings|AG|SA|NV|GmbH|Partners|Associates|Securities)\b/u;

/** "Mitchell Hutchins said" after "Mitchell Hutchins Asset Management Inc": a founder's name the article writes opening a firm's is the firm's short form. */
const opensFirmName = (text: string, name: string): boolean => writtenBefore(text, name, FIRM_NAME_TAIL, 60);

export function findEntities(context: ExtractionContext, anatomy: Anatomy, sentences: Sentence[]): Entity[] {
  const { text } = context;
  // A name standing for a title, a part or a club ("the drama Vera Dane") is no mention of a person, though the name may be one elsewhere.
  const scanned = storyStretches(text, anatomy.parts ?? [], sentences).flatMap((stretch) => scanNames(text, stretch.start, stretch.end, { titleCase: stretch.titleCase }));
  const mentions = scanned.filter((m) => !m.notPerson);

  // A name run with no cue of its own ("Ras Kwame and Huw Stephens will host") is a
  // person when the article writes the same name with a cue, or its surname after an
  // honorific or title ("Mr Kwame") or as a speaker ("said Kwame"); otherwise it is as
  // likely a firm or a title.
  // "Lord Roberts of Conwy" titles the surname Roberts as "Lord Roberts" would.
  const titledSurnames = new Set(mentions.filter((m) => (m.words.length === 1 && (m.cued || m.speaks)) || (namedOfPlace(m.keys) && m.cued)).map((m) => m.keys[0]));
  const speakingSurnames = new Set(mentions.filter((m) => m.words.length === 1 && m.speaks).map((m) => m.keys[0]));
  const cuedNames = new Set(mentions.filter((m) => m.words.length > 1 && m.cued).map((m) => m.keys.join(' ')));
  // "Lleyton Hewitt gave ..." opening a sentence: a person when the surname alone speaks ("said Hewitt"), unless
  // the surname belongs to another full name ("Vote Blair" beside "Tony Blair").
  const surnameOwners = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.words.length < 2 || m.opensSentence) continue;
    const keys = m.keys;
    surnameOwners.set(keys[keys.length - 1], (surnameOwners.get(keys[keys.length - 1]) ?? new Set()).add(keys[0]));
  }
  const supported = (m: NameMention): boolean => {
    if (m.cued || m.words.length === 1) return true;
    const keys = m.keys;
    if (cuedNames.has(keys.join(' '))) return true;
    // "world number 46 Rusedski", "180,000 Rover cars": a number before a surname is no stage name.
    if (/^\d/.test(keys[0])) return false;
    const owners = surnameOwners.get(keys[keys.length - 1]);
    if (m.opensSentence) return speakingSurnames.has(keys[keys.length - 1]) && !(owners && !owners.has(keys[0]));
    return titledSurnames.has(keys[keys.length - 1]);
  };

  const listed = listedPeople(text, mentions, supported);
  for (const m of listedAfterPeopleNoun(text, mentions)) listed.add(m);
  const common = lowercaseWords(text);
  const clusters: Cluster[] = [];
  for (const mention of mentions.filter((m) => m.words.length > 1 && (supported(m) || listed.has(m)))) {
    const keys = mention.keys;
    const cluster = clusterFor(clusters, keys);
    if (cluster) addMention(cluster, mention, text);
    // "De Beers said": a particle the article also writes in lower case opens a body's name unless it shortens a person's.
    else if (NAME_PARTICLES.has(keys[0]) && common.has(keys[0])) continue;
    else {
      const created: Cluster = { words: mention.words, keys, forms: new Set(), roles: new Set(), mentions: [], journalist: false, firstAt: mention.start };
      addMention(created, mention, text);
      clusters.push(created);
    }
  }
  let knownAlone: Set<string> | undefined;
  const isKnownAlone = (key: string): boolean => (knownAlone ??= new Set(mentions.filter((m) => m.words.length === 1 && oneNamePerson(text, m)).map((m) => m.keys[0]))).has(key);
  for (const mention of mentions.filter((m) => m.words.length === 1)) {
    const cluster = clusterForSingle(clusters, mention.words[0], mention.start, honorificOf(mention))
      ?? clusters.find((c) => c.keys.length === 1 && c.keys[0] === mention.keys[0]);
    const joined = cluster ?? (mention.cued ? clusterMisspelt(clusters, mention.keys[0]) : undefined);
    if (joined) addMention(joined, mention, text);
    else if (mention.cued || listed.has(mention) || isKnownAlone(mention.keys[0])) {
      const created: Cluster = { words: mention.words, keys: mention.keys, forms: new Set(), roles: new Set(), mentions: [], journalist: false, firstAt: mention.start };
      addMention(created, mention, text);
      clusters.push(created);
    }
  }
  joinRealNames(text, clusters);
  for (const journalist of journalistClusters(text, anatomy)) {
    const same = clusters.find((c) => sameName(c.keys, journalist.keys));
    if (same) {
      same.journalist = same.mentions.length === 0;
      same.mentions.push(...journalist.mentions);
    } else clusters.push(journalist);
  }

  // A name the article once describes as a body is that body wherever it speaks ("Deutsche Boerse said").
  const bodies = new Set(mentions.filter((m) => m.body).map((m) => m.keys.join(' ')));
  const suffixed = new Set(clusters.filter((cluster) => writtenAsFirm(text, cluster.words)));
  for (const cluster of suffixed) bodies.add(cluster.keys.join(' '));
  // "the movie Vera Dane": a name once written as a work's title is that work unless the article shows a person
  // (a role, a speech verb, or the surname alone).
  const works = new Set(scanned.filter((m) => m.afterWorkNoun || m.work).map((m) => m.keys.join(' ')));
  const surnameAlone = (cluster: Cluster): boolean => [...cluster.forms].some((form) => form !== cluster.words.join(' ') && form.split(' ').length <= 2 && form.endsWith(cluster.words[cluster.words.length - 1]));
  const showsPerson = (cluster: Cluster): boolean => cluster.roles.size > 0 || surnameAlone(cluster)
    || mentions.some((m) => m.speaks && cluster.mentions.some((c) => c.start === m.start));
  // "the role of Luke Stardust ... Stardust, who is a memorable character, ...": a character goes by its surname and takes
  // "who" too, so only a role shows a person.
  const characters = new Set(mentions.filter((m) => m.character).map((m) => m.keys.join(' ')));
  const people = clusters
    .filter((cluster) => cluster.journalist || !works.has(cluster.keys.join(' ')) || showsPerson(cluster))
    .filter((cluster) => cluster.journalist || !characters.has(cluster.keys.join(' ')) || cluster.roles.size > 0)
    .filter((cluster) => cluster.journalist || !(cluster.afterThe && cluster.roles.size === 0))
    .filter((cluster) => cluster.journalist || cluster.roles.size > 0 || !bodies.has(cluster.keys.join(' ')))
    // "Hallam Fitch Corp said ... said sole manager Hallam Fitch": a name the article also writes with a corporate
    // suffix is the firm's wherever it stands bare, even after a role ("lead manager" is a firm's part in an issue).
    .filter((cluster) => cluster.journalist || !suffixed.has(cluster))
    .filter((cluster) => {
      if (cluster.journalist || cluster.roles.size > 0 || cluster.words.length < 2 || !opensFirmName(text, cluster.words.join(' '))) return true;
      // The firm speaks under the short form where the name did.
      bodies.add(cluster.keys.join(' '));
      return false;
    })
    .map((cluster) => ({ ...cluster, firstAt: Math.min(cluster.firstAt, ...cluster.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.firstAt - b.firstAt);
  const entities: Entity[] = people.map((cluster, index) => {
    const name = cluster.words.join(' ');
    return {
      key: `e${index}`,
      // "told Al Jazeera", "Der Spiegel reported": an outlet read as a name is a body, which may still speak.
      kind: !cluster.journalist && isOutletName(name) ? 'organisation' : 'person',
      name,
      aliases: [...cluster.forms].filter((form) => form !== name),
      roles: [...cluster.roles],
      journalist: cluster.journalist,
      mentions: cluster.mentions.sort((a, b) => a.start - b.start),
    };
  });
  return [...entities, ...findSpeakingOrganisations(text, sentences, entities, bodies)];
}
