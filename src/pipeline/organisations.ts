import { TITLE_ABBREVIATIONS } from './lexicon/abbreviations.js';
import { PLACE_SET } from './lexicon/places.js';
import { ANONYMOUS_HEADS, HONORIFICS, NATIONALITIES, ROLE_HEADS } from './lexicon/titles.js';
import { COMPANY_SUFFIXES, DESCRIBING_BODY_NOUNS, FIRMS_LIKE_NAMES, PUBLICATION_WORDS, NON_NAME_STARTERS, NON_ORG_ACRONYMS, ORGANISATION_ANAPHORS, ORGANISATION_WORDS, ONE_WORD_FIRMS, PLACE_WORDS, TIME_NAMES } from './lexicon/non-names.js';
import { PARTICIPLE_CUES, QUOTE_CUES } from './lexicon/speech-verbs.js';
import { speakingNameEndingAt } from './speaking-names.js';
import { GIVEN_NAMES } from './lexicon/given-names.js';
import { isAcronym, isCapitalised, isPossessive, lowercaseWords, nameKey, tokenize, withoutPossessive, type Token } from './tokens.js';
import type { Entity, Mention, Sentence, Span } from './types.js';

// Organisations become entities only when the article makes them speak:
// "Acme Corp said", "UKIP officials said", "according to the ministry", or
// "the company said" referring back to the last company the article named.

/** "MPs", "CEOs" (built once: the bundler turns such literals into `new RegExp(...)` calls). */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
const SPOKESPEOPLE = new Set(['official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'executives', 'executive', 'representatives', 'representative', 'statement', 'lawyers', 'lawyer']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are']);
const ADVERBS = new Set(['also', 'later', 'earlier', 'previously', 'then', 'again', 'reportedly', 'recently', 'separately', 'has', 'have', 'had', 'was', 'is', 'further']);

/** Endings of plural nouns for groups of people: traders, investors, critics, economists, residents, advocates, Tories. */
const CROWD_PLURAL = /(?:ers|ors|ists|ians|ans|ants|ents|ees|ives|ics|ies|ats|ates|erts|rts|ces|ples|ffs|ses|ues)$/;
const RIVAL_WORDS = new Set(['rival', 'rivals']);

const TIME_UNITS = new Set(['week', 'month', 'year', 'weekend', 'summer', 'spring', 'autumn', 'winter', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_OPENERS = new Set(['last', 'this', 'next', 'earlier', 'on']);

/**
 * "Acme Corp last month warned", "Acme on Monday said": how many tokens of a time phrase end at `index`
 * between a subject and its verb (0 when none).
 */
function timePhraseEndingAt(tokens: Token[], index: number): number {
  const word = tokens[index];
  if (!word) return 0;
  if (word.lower === 'yesterday' || word.lower === 'today') return 1;
  const opener = tokens[index - 1];
  if (!opener || !TIME_UNITS.has(word.lower) || !TIME_OPENERS.has(opener.lower) || opener.text !== opener.lower) return 0;
  // "earlier this month"
  return tokens[index - 2]?.lower === 'earlier' && opener.lower === 'this' ? 3 : 2;
}

interface OrgRun {
  start: number;
  end: number;
  name: string;
  companyLike: boolean;
  /** Named right after a noun such as "firm" or "club", or described as a body elsewhere in the article. */
  introduced?: boolean;
  /** The noun that introduced it ("union" in "the dockers' union, KVB,"), so "a union spokesman" can mean it. */
  noun?: string;
  /** Start of the sentence it was found in. */
  sentence?: number;
}

/** "KHG.L", "AAPL.O", "7203.T": an exchange code, a symbol and the market's letters after a full stop. */
const EXCHANGE_TICKER = /^[\p{Lu}\d]{1,6}\.[\p{Lu}]{1,3}$/u;

/** A corporate suffix straight after a name: "Hallam Fitch Corp", "Hallam Fitch and Co" (not "and Co-Founder Jane Doe"). */
const SUFFIX_AFTER = /^\s(?:(?:and|&)\s)?(?:Co|Corp|Inc|Ltd|Plc|PLC|LLC)(?![\p{L}-])/u;

/** Whether the article writes `name` somewhere with `tail` straight after it (looked for within `reach` characters). */
export function writtenBefore(text: string, name: string, tail: RegExp, reach: number): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (tail.test(text.slice(at + name.length, at + name.length + reach))) return true;
  }
  return false;
}

const writtenWithSuffix = (text: string, name: string): boolean => writtenBefore(text, name, SUFFIX_AFTER, 12);

/**
 * "Hallam Fitch Corp said ... Hallam Fitch said": a name of two words or more the article also writes with a
 * corporate suffix is the firm's wherever it stands bare ("Kidder, Peabody and Co" is "Kidder Peabody" with its comma).
 */
export function writtenAsFirm(text: string, words: string[]): boolean {
  if (words.length < 2) return false;
  return writtenWithSuffix(text, words.join(' ')) || (words.length === 2 && writtenWithSuffix(text, words.join(', ')));
}

/** What may stand before a bare spokesperson opening the sentence: a conjunction, or a quotation the words close. */
const BARE_SPOKESPERSON_LEAD = /^\s*(?:(?:But|And|However,?|Later,?)\s+)?$|[”"],?\s*$/;
/** "However, the DTI has dismissed the plan.": a name opening a sentence as its subject, up to its verb. */
const BODY_OPENING = /^(\s*["“]?(?:(?:But|And|However|Meanwhile|Now|Separately),?\s+)?(?:[Tt]he\s+)?)(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}&.'’-]*)){0,7})\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:\p{Ll}{2,}ed|would|will|could|did|does|refused|declined)\b/u;

/** The body `sentence` opens with as its subject (not a person, a place or a plain word), or null. */
// Only a state or a body's name read by its words (`namedOnly`) when the verb is not itself a cue: "Xavi did things
// ..., the paper beams, adding" does not make a player speak, nor "Unions reacted angrily, arguing" a body called Unions.
function bodyOpening(text: string, sentence: Sentence, people: Entity[], namedOnly = false): OrgRun | null {
  const match = BODY_OPENING.exec(text.slice(sentence.start, sentence.end));
  if (!match) return null;
  const end = sentence.start + match[1].length + match[2].length;
  const tokens = tokenize(text, sentence.start, end);
  const last = tokens.length - 1;
  if (last < 0 || tokens[last].end !== end) return null;
  const run = (namedOnly ? null : orgRunEndingAt(text, tokens, last, sentence.start, people)) ?? speakingRun(text, tokens, last, sentence.start, people);
  return run && run.end === end ? run : null;
}

/** A state or a body's name the organisation tests reject, as a run: see speaking-names.ts. */
function speakingRun(text: string, tokens: Token[], lastIndex: number, sentenceStart: number | null, people: Entity[]): OrgRun | null {
  const named = speakingNameEndingAt(text, tokens, lastIndex, sentenceStart, people);
  return named && { ...named, companyLike: false };
}

/** Writings a body issues under its name: "a World Bank report", "the Halifax survey". */
const AUTHORED_DOCUMENTS = new Set(['report', 'study', 'survey', 'review', 'analysis', 'poll', 'statement']);

/** A determiner before a document's author that no capitalised word precedes: "The", "said a", not "Paying the". */
const DETERMINER_BEFORE_NAME = /(?:^|(?:^|[^\p{L}’'])\p{Ll}+\s+|[,;:"“]\s*)(?:[Aa]n?|[Tt]he)\s+$|^\s*["“]?(?:(?:But|And|Yet)\s+)?(?:[Aa]n?|[Tt]he)\s+$/u;

/** Cues whose object is who hears the words, not who says them. */
const LISTENER_VERBS = new Set(['told', 'tells', 'tell']);

/** Documents a body issues: "according to a statement from ..." names the body after them. */
// "according to data from the Weather Office", "according to analysis by the campaign group X": findings name their source too.
const STATEMENT_NOUNS = new Set(['statement', 'report', 'release', 'filing', 'letter', 'notice', 'memo', 'study', 'survey', 'research', 'poll', 'data', 'analysis', 'figures', 'estimates', 'statistics']);
/** Words dating a finding before its noun: "recent research", "the latest survey". */
const FINDING_AGES = new Set(['recent', 'new', 'latest', 'annual', 'published']);

/** The token after "from"/"by" (or "carried out by", "conducted by", "commissioned by", "published by") following a document's noun; -1 when none follows. */
function sourceAfterDocument(tokens: Token[], at: number): number {
  const word = tokens[at]?.lower;
  if (word === 'from' || word === 'by') return at + 1;
  if ((word === 'conducted' || word === 'commissioned' || word === 'published' || word === 'compiled') && tokens[at + 1]?.lower === 'by') return at + 2;
  if (word === 'carried' && tokens[at + 1]?.lower === 'out' && tokens[at + 2]?.lower === 'by') return at + 3;
  return -1;
}

const OPENS_LOWER_CASE = /^\p{Ll}/u;

/** Parties named by one word that other rules read as an affiliation ("a Labour MP") or a common noun. */
const PARTY_NAMES = new Set(['labour', 'tories', 'snp', 'ukip', 'dup', 'sdlp', 'plaid']);

/** "Eindhoven-based", "Paris-listed", "Kremlin-backed": a capitalised word joined to a participle describes, never names. */
const DESCRIBING_COMPOUND = /^\p{Lu}[\p{L}.]*-\p{Ll}+(?:ed|born)$/u;

/** What may open a sentence before its subject's name: "The ", "The Florida-based ". */
const SUBJECT_LEAD = /^(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*-\p{Ll}+(?:ed|born)\s+)?$/u;

/**
 * "the China-published Economic Observer", "San Francisco-based US Court of Appeals": a place joined to a participle
 * describes the body after it and is no part of its name. The index of the name's first word in tokens[first..last].
 */
function afterDescription(tokens: Token[], first: number, last: number): number {
  for (let k = last - 1; k >= first; k -= 1) if (DESCRIBING_COMPOUND.test(tokens[k].text)) return k + 1;
  return first;
}

/** Plural nouns for a body's people: "County officials", "Industry representatives". */
const BODY_PEOPLE = new Set(['officials', 'representatives', 'executives', 'sources', 'leaders', 'figures', 'bosses', 'chiefs', 'insiders', 'staff', 'workers']);

/** Body words that alone mean one body a British or wire article has in mind: "Police officials", "Government sources". */
const BODY_OF_ITS_OWN = new Set(['police', 'government', 'army', 'navy', 'treasury', 'cabinet', 'parliament', 'congress', 'senate', 'kremlin', 'pentagon']);

/** A capitalised run that names an organisation rather than a person or place. */
/** Heads of public bodies whose names often join two places or trades: "Dumfries and Galloway Council". */
const JOINT_BODY_HEADS = new Set(['council', 'councils', 'authority', 'union', 'board', 'commission', 'trust', 'federation', 'association', 'service']);

/** "U.S", "U.N", "R.P": a dotted short form or initials as a token (tokens.ts leaves the closing stop out). */
const DOTTED_STATE = /^\p{Lu}(?:\.\p{Lu})+$/u;

/**
 * "the New China News Agency", "New Zealand Rugby": "New" opening a name inside a sentence, or opening "New York",
 * is the name's own first word; opening a sentence it is more often the adjective ("New rules said ...").
 */
function namesNew(tokens: Token[], first: number, lastIndex: number, sentenceStart: number): boolean {
  return tokens[first].text === 'New' && first < lastIndex && (tokens[first].start > sentenceStart + 1 || PLACE_SET.has(`New ${tokens[first + 1].text}`));
}

/** Words placing something in a country: "in the U.K." closes a phrase, and a capital after its stop may open a sentence. */
const PLACING_PREPOSITIONS = new Set(['in', 'into', 'across', 'throughout', 'outside', 'inside', 'within']);

/** Where a name opening at tokens[first] starts once dotted initials or a state's dotted short form before it are read in. */
// Not after "in the U.K.": "Sales fell in the U.K. Harvest Board officials said" may be two sentences run together.
function dottedOpening(text: string, tokens: Token[], first: number): number {
  const before = tokens[first - 1];
  if (!before || !DOTTED_STATE.test(before.text) || text.slice(before.end, tokens[first].start) !== '. ') return tokens[first].start;
  const placing = tokens[first - 2]?.lower === 'the' ? tokens[first - 3] : tokens[first - 2];
  return placing && PLACING_PREPOSITIONS.has(placing.lower) ? tokens[first].start : before.start;
}

function orgRunEndingAt(text: string, tokens: Token[], lastIndex: number, sentenceStart: number, people: Entity[]): OrgRun | null {
  const lastWord = withoutPossessive(tokens[lastIndex].lower);
  const endsCompany = COMPANY_SUFFIXES.has(lastWord);
  let first = lastIndex;
  let conjoined = false;
  for (;;) {
    if (first === 0) break;
    const prev = tokens[first - 1];
    const gap = text.slice(prev.end, tokens[first].start);
    // "the National Teachers' Union": a plural possessive inside a name does not end it.
    const pluralPossessive = (gap === "' " || gap === '’ ') && /s$/.test(prev.text) && isCapitalised(prev.text);
    if (pluralPossessive || (gap === ' ' && (isCapitalised(prev.text) || prev.lower === 'of' || (prev.lower === 'for' && first - 1 > 0 && isCapitalised(tokens[first - 2].text))))) {
      first -= 1;
      continue;
    }
    // "Black and Decker Corp", "Smith & Sons Ltd", "S and P": a conjunction joins one name
    // only when a corporate suffix closes it or it joins initials; otherwise it joins two subjects.
    const joiner = gap === ' & ' ? prev : prev.lower === 'and' && gap === ' ' ? prev : null;
    const before = joiner === prev && prev.lower === 'and' ? tokens[first - 2] : joiner ? prev : undefined;
    const initials = before !== undefined && before.text.length === 1 && tokens[first].text.length === 1;
    // "Dumfries and Galloway Council", "Ghana Ports and Harbours Authority": one word then a public body's head closing
    // the right side names one body covering both (two bodies each carry their own head: "Fife Council and Tay Trust").
    const jointBody = prev.lower === 'and' && lastIndex - first === 1 && JOINT_BODY_HEADS.has(lastWord) && before !== undefined
      && !ORGANISATION_WORDS.has(before.lower) && !people.some((p) => p.kind === 'person' && p.mentions.some((m) => m.start <= before.start && m.end >= before.end));
    // "Department of the Environment": read through "of the" to the body's noun.
    if (gap === ' ' && prev.lower === 'the' && first - 1 >= 2 && ofTheInside(tokens, first - 1) && text.slice(tokens[first - 2].end, prev.start) === ' ') {
      first -= 2;
      continue;
    }
    const listStart = joiner && before ? ofPhraseListStart(text, tokens, first - 2, prev) : -1;
    if (!joiner || !before || !isCapitalised(before.text) || !(endsCompany || initials || jointBody || listStart >= 0)) break;
    // "following Deutsche Bank and Nordia Credit Group": a body's word closing the left side, and a name of its own
    // before the suffix on the right, make two bodies ("Union Bank and Trust Co" stays one).
    if (!initials && prev.lower === 'and' && lastIndex - first >= 2 && namesBodyEndingAt(text, tokens, first - 2)) break;
    if (prev.lower === 'and' && text.slice(before.end, prev.start) !== ' ') break;
    first = listStart >= 0 && prev.lower === 'and' ? listStart : prev.lower === 'and' ? first - 2 : first - 1;
    conjoined = true;
  }
  // "the US Centers for Disease Control": "US" is the country, not the pronoun "us", and stays in the name.
  // "TV channel Five ... Five said": a number word the article introduced as a broadcaster's name is that body.
  if (first === lastIndex && numberNamedBodies.has(withoutPossessive(tokens[first].text))) {
    return { start: tokens[first].start, end: tokens[first].start + withoutPossessive(tokens[first].text).length, name: withoutPossessive(tokens[first].text), companyLike: false, introduced: true };
  }
  while (first <= lastIndex && ((NON_NAME_STARTERS.has(tokens[first].lower) && !(first < lastIndex && PLACE_SET.has(tokens[first].text) && isAcronym(tokens[first].text)) && !namesNew(tokens, first, lastIndex, sentenceStart)) || tokens[first].lower === 'of' || tokens[first].lower === 'for')) first += 1;
  // "Rival Sony has said", "Bookmaker Ladbrook Bets": a describing noun opening the sentence is not part of the name.
  if (first < lastIndex && (RIVAL_WORDS.has(tokens[first].lower) || DESCRIBING_BODY_NOUNS.has(tokens[first].lower)) && tokens[first].start <= sentenceStart + 1) first += 1;
  if (first < lastIndex) first = afterDescription(tokens, first, lastIndex);
  if (first > lastIndex) return null;
  const run = tokens.slice(first, lastIndex + 1);
  // "The company, which employs ..., said": lower-case nouns alone make no name, though "company" may close one.
  // "The Eindhoven-based company", "a Paris-listed firm": a place joined to a participle describes the body the noun means.
  if (run.every((token) => OPENS_LOWER_CASE.test(token.text) || DESCRIBING_COMPOUND.test(token.text))) return null;
  const start = run[0].start;
  const end = run[run.length - 1].start + withoutPossessive(run[run.length - 1].text).length;
  if (people.some((p) => p.kind === 'person' && p.mentions.some((m) => m.start < end && m.end > start))) return null;
  const words = run.map((token) => withoutPossessive(token.text).toLowerCase());
  // "Hill said" where the article names Richard Hill: the surname of a person, though it is also a body's word.
  if (run.length === 1 && people.some((p) => p.kind === 'person' && nameKey(p.name).split(' ').at(-1) === nameKey(words[0]))) return null;
  const last = words[words.length - 1];
  const companyLike = COMPANY_SUFFIXES.has(last);
  // "Bank of England", "Council for Research": the head noun sits before the of/for phrase.
  const linker = words.findIndex((word) => word === 'of' || word === 'for');
  const orgWord = ORGANISATION_WORDS.has(last) || companyLike || (linker > 0 && ORGANISATION_WORDS.has(words[linker - 1])) || (run.length > 1 && PUBLICATION_WORDS.has(last));
  const acronym = run.length === 1 && isAcronym(run[0].text) && !NON_ORG_ACRONYMS.has(words[0]);
  // A plural common noun opening a sentence ("Ministers say") is a crowd, not a body.
  // A name that only ends in "s" ("Vexos has said") is no crowd: a crowd noun ends like one ("Traders", "Critics",
  // "Tories") or is the plural of a word the article writes in lower case or a role.
  const pluralOpener = start <= sentenceStart + 1 && /s$/.test(last) && !isAcronym(run[0].text)
    && (CROWD_PLURAL.test(last) || lowercaseWords(text).has(last.slice(0, -1)) || ROLE_HEADS.has(last.slice(0, -1)) || ANONYMOUS_HEADS.has(last) || ANONYMOUS_HEADS.has(last.slice(0, -1)));
  // "Radio 1", "Channel 4": a number closing a capitalised name is part of a title, never of a person's name.
  const numbered = run.length > 1 && /^\d+$/.test(last) && !words.slice(0, -1).some((word) => TIME_NAMES.has(word));
  const bracketed = text[start - 1] === '<' && text[end] === '>';
  // "I've", "We'll": a contraction is a pronoun, not a name.
  // "MPs", "CEOs": a plural acronym is a crowd of people, like "analysts".
  const lone = run.length === 1 && run[0].text.length > 1 && !(start <= sentenceStart + 1 && openingAdverbOrGerund(text, last, end)) && !/['’](?!s$)/i.test(run[0].text) && !PLURAL_ACRONYM.test(run[0].text) && !pluralOpener && !lowercaseWords(text).has(last) && !NON_NAME_STARTERS.has(last) && !GIVEN_NAMES.has(last) && (!PLACE_WORDS.has(last) || ONE_WORD_FIRMS.has(last)) && !TIME_NAMES.has(last)
    && !NATIONALITIES.has(last) && !NATIONALITIES.has(last.replace(/s$/, '')) && !ANONYMOUS_HEADS.has(last) && !TITLE_ABBREVIATIONS.has(last)
    // "according to the Bishop": a title standing alone names a person, not a body.
    && !HONORIFICS.has(last) && !ROLE_HEADS.has(last);
  // "Union says members ...": a body's noun opening a headline-style sentence without its article is no name.
  // "the Government" is written as a name in British copy, so it stays one.
  // A list line opens like a sentence: "Company said it awaits licences" under "Key points".
  const opening = start <= sentenceStart + 1 || /\n[ \t•*-]*$/.test(text.slice(Math.max(0, start - 4), start));
  if (run.length === 1 && opening && ORGANISATION_ANAPHORS.has(last) && last !== 'government' && lowercaseWords(text).has(last)) return null;
  // "County officials said", "Industry representatives said": a body's word before its people only says which kind
  // of people they are; "Police officials" mean that one force, and "Ministry officials" the ministry named before.
  const next = tokens[lastIndex + 1];
  if (run.length === 1 && ORGANISATION_WORDS.has(last) && !ORGANISATION_ANAPHORS.has(last) && !BODY_OF_ITS_OWN.has(last) && next !== undefined
    && BODY_PEOPLE.has(next.text) && text.slice(tokens[lastIndex].end, next.start) === ' ') return null;
  // "Labour said": a party known by a word that is also an affiliation or a common noun.
  // Before "spokesman" it is an affiliation, which the spokesperson rules weigh.
  const party = run.length === 1 && PARTY_NAMES.has(last) && !SPOKESPEOPLE.has(tokens[lastIndex + 1]?.lower ?? '');
  if (words.some((word) => TIME_NAMES.has(word)) && !orgWord) return null;
  // The name finder saw the article describe this name as a body ("mortgage giant Fannie Maye").
  const described = knownBodies.has(words.join(' ')) || writtenAsFirm(text, run.map((token) => withoutPossessive(token.text)))
    // "Kidder Peabody said", "Morgan Stanley said": a firm named after its founders, which the lists know.
    || (words.length >= 2 && FIRMS_LIKE_NAMES.has(`${words[0].replace(/\./g, '')} ${words[1]}`));
  if (!orgWord && !acronym && !lone && !numbered && !bracketed && !conjoined && !described && !party) return null;
  // "the U.S. Agriculture Department", "the U.N. Security Council", "R.P. Scherer Inc": a dotted short form or
  // initials opening the name are part of it as written ("US Justice Department" keeps its "US"), though the closing
  // stop ends their token.
  const placed = dottedOpening(text, tokens, first);
  return { start: placed, end, name: text.slice(placed, end), companyLike, introduced: described || undefined };
}

/**
 * "Worryingly, said the firm", "Having said that", "Following claims that": an adverb before a comma, or a verb's
 * "-ing" form whose verb the article also writes in lower case, opening a sentence ("Boeing said" stays a name).
 */
function openingAdverbOrGerund(text: string, word: string, end: number): boolean {
  if (word.endsWith('ly') && text[end] === ',') return true;
  if (!word.endsWith('ing') || word.length < 6) return false;
  const stem = word.slice(0, -3);
  const known = lowercaseWords(text);
  return [stem, `${stem}e`, `${stem}s`, `${stem}ed`].some((form) => known.has(form));
}

/** "Deutsche Bank", "Bank of Norland": the capitalised run ending at `index` holds a body's word, so it is a body's name on its own. */
function namesBodyEndingAt(text: string, tokens: Token[], index: number): boolean {
  for (let k = index; k >= 0 && index - k < 6; k -= 1) {
    const token = tokens[k];
    if (k < index && text.slice(token.end, tokens[k + 1].start) !== ' ') return false;
    const lower = withoutPossessive(token.lower);
    if (isCapitalised(token.text) && (ORGANISATION_WORDS.has(lower) || COMPANY_SUFFIXES.has(lower))) return true;
    if (!isCapitalised(token.text) && lower !== 'of' && lower !== 'for') return false;
  }
  return false;
}

/**
 * "Department of Trade and Industry", "Centers for Disease Control and Prevention", "Department for Environment,
 * Food and Rural Affairs": after a body's noun and "of"/"for", subjects listed with commas and joined by "and" are
 * one name. Returns the index of the list's first word, or -1. Not when the list opens with a place ("Bank of
 * Norland and Acme said": two bodies).
 */
function ofPhraseListStart(text: string, tokens: Token[], beforeIndex: number, joiner: Token): number {
  if (joiner.lower !== 'and' || beforeIndex < 2) return -1;
  let k = beforeIndex;
  // Up to six capitalised words back to the linker, each after a space or (between single subjects) a comma.
  while (k > 0 && beforeIndex - k < 6 && isCapitalised(tokens[k - 1].text) && tokens[k - 1].lower !== 'of' && /^,? $/.test(text.slice(tokens[k - 1].end, tokens[k].start))) k -= 1;
  const linker = tokens[k - 1];
  const head = tokens[k - 2];
  if (!linker || !head || (linker.lower !== 'of' && linker.lower !== 'for') || !isCapitalised(head.text)) return -1;
  if (!ORGANISATION_WORDS.has(head.lower) && !(head.lower.endsWith('s') && ORGANISATION_WORDS.has(head.lower.slice(0, -1)))) return -1;
  if (text.slice(head.end, linker.start) !== ' ' || text.slice(linker.end, tokens[k].start) !== ' ') return -1;
  const first = tokens[k];
  return PLACE_SET.has(first.text) || PLACE_WORDS.has(first.lower) || NATIONALITIES.has(first.lower) ? -1 : k;
}

/** The last index of the capitalised name opening at `first`, read through "of", "for" and listed subjects between capitals. */
function nameRunEnd(text: string, tokens: Token[], first: number): number {
  let k = first;
  for (;;) {
    while (tokens[k + 1] && isCapitalised(tokens[k + 1].text) && text.slice(tokens[k].end, tokens[k + 1].start) === ' ') k += 1;
    // "the Department of Trade and Industry": a linking word between capitals stays in the name.
    const link = tokens[k + 1];
    // "the Office of the Deputy Prime Minister": "of the" after a body's noun too.
    if (link?.lower === 'of' && tokens[k + 3] && ofTheInside(tokens, k + 2) && isCapitalised(tokens[k + 3].text) && text.slice(tokens[k].end, tokens[k + 3].start) === ' of the ') {
      k += 3;
      continue;
    }
    if (!link || !(link.lower === 'of' || link.lower === 'for' || ofPhraseListStart(text, tokens, k, link) >= 0) || !tokens[k + 2] || !isCapitalised(tokens[k + 2].text) || text.slice(tokens[k].end, link.start) !== ' ' || text.slice(link.end, tokens[k + 2].start) !== ' ') return k;
    k += 2;
  }
}

/** "Department of the Environment", "Office of the Attorney General": "of the" after a body's noun stays inside its name. */
function ofTheInside(tokens: Token[], the: number): boolean {
  const linker = tokens[the - 1];
  const head = tokens[the - 2];
  // Not "for the": "Secretary of State for the Family" is a post, not a body.
  return tokens[the].lower === 'the' && linker !== undefined && head !== undefined && linker.lower === 'of'
    && isCapitalised(head.text) && ORGANISATION_WORDS.has(head.lower);
}

/** "telecoms firm Nordvik Telecom": a name right after a noun for a body is that body, whatever its words. */
function introducedRun(text: string, tokens: Token[], lastIndex: number, people: Entity[]): OrgRun | null {
  let first = lastIndex;
  while (first > 0 && isCapitalised(tokens[first - 1].text) && text.slice(tokens[first - 1].end, tokens[first].start) === ' ') first -= 1;
  const noun = tokens[first - 1];
  if (!noun || noun.text !== noun.lower || !ORGANISATION_ANAPHORS.has(noun.lower) || text.slice(noun.end, tokens[first].start) !== ' ') return null;
  const run = unclaimedRun(text, tokens, first, lastIndex, people);
  return run && { ...run, introduced: true, noun: noun.lower };
}

/** "the dockers' union, KVB, agreed": a short name in commas right after a noun for a body is that body. */
function appositiveAfterNoun(text: string, tokens: Token[], lastIndex: number, people: Entity[]): OrgRun | null {
  let first = lastIndex;
  while (first > 0 && lastIndex - first < 3 && isCapitalised(tokens[first - 1].text) && text.slice(tokens[first - 1].end, tokens[first].start) === ' ') first -= 1;
  const noun = tokens[first - 1];
  if (!noun || noun.text !== noun.lower || !ORGANISATION_ANAPHORS.has(noun.lower) || text.slice(noun.end, tokens[first].start) !== ', ' || text[tokens[lastIndex].end] !== ',') return null;
  const run = unclaimedRun(text, tokens, first, lastIndex, people);
  return run && { ...run, introduced: true, noun: noun.lower };
}

/** tokens[first..last] as a body's name (possessive dropped), unless a person was found there. */
function unclaimedRun(text: string, tokens: Token[], first: number, last: number, people: Entity[]): OrgRun | null {
  const start = tokens[first].start;
  const end = tokens[last].start + withoutPossessive(tokens[last].text).length;
  if (people.some((p) => p.kind === 'person' && p.mentions.some((m) => m.start < end && m.end > start))) return null;
  return { start, end, name: text.slice(start, end), companyLike: false };
}

const CONNECTORS = new Set(['of', 'for', 'and', '&']);

/** "Vantel Openzone, which runs most hotspots, told ...": "which" says the name opening the sentence is a thing, not a person. */
function whichRun(text: string, tokens: Token[], lastIndex: number, comma: number, people: Entity[]): OrgRun | null {
  if (!/^,\s+which\b/.test(text.slice(comma, comma + 8))) return null;
  let first = 0;
  if (NON_NAME_STARTERS.has(tokens[0].lower)) first = 1;
  if (first > lastIndex || lastIndex - first > 4) return null;
  const run = tokens.slice(first, lastIndex + 1);
  if (!run.every((token) => isCapitalised(token.text)) || run.some((token, k) => k > 0 && text.slice(run[k - 1].end, token.start) !== ' ')) return null;
  if (run.some((token) => PLACE_WORDS.has(token.lower) || TIME_NAMES.has(token.lower) || NATIONALITIES.has(token.lower))) return null;
  return unclaimedRun(text, tokens, first, lastIndex, people);
}

/**
 * "A Top of the Pops spokesperson": before a spokesperson noun a capitalised run is a body's name
 * whatever its words, and lowercase connectors between capitals belong to it.
 */
function nameBeforeSpokesperson(text: string, tokens: Token[], lastIndex: number, people: Entity[]): OrgRun | null {
  if (!isCapitalised(tokens[lastIndex].text)) return null;
  let first = lastIndex;
  let k = lastIndex - 1;
  // "M&S", "P&O": an ampersand with no spaces joins two capitals into one name.
  while (k >= 0 && (text.slice(tokens[k].end, tokens[k + 1].start) === ' ' || (text.slice(tokens[k].end, tokens[k + 1].start) === '&' && isCapitalised(tokens[k].text)))) {
    const word = tokens[k];
    if (isCapitalised(word.text)) first = k;
    // "of the", "for the", "and": a connector counts only between capitalised words ("In London the Acme" stays "Acme").
    else if (word.lower === 'the' ? !['of', 'for'].includes(tokens[k - 1]?.lower ?? '') : !CONNECTORS.has(word.lower) || !isCapitalised(tokens[k - 1]?.text ?? '')) break;
    k -= 1;
  }
  while (first < lastIndex && NON_NAME_STARTERS.has(tokens[first].lower)) first += 1;
  first = afterDescription(tokens, first, lastIndex);
  // "U.S. Embassy officials": the state's dotted short form makes the one word before them a body's name too.
  const start = dottedOpening(text, tokens, first);
  if (first === lastIndex && start === tokens[first].start) return null;
  const end = tokens[lastIndex].start + withoutPossessive(tokens[lastIndex].text).length;
  if (people.some((p) => p.kind === 'person' && p.mentions.some((m) => m.start < end && m.end > start))) return null;
  return { start, end, name: text.slice(start, end), companyLike: false };
}

/**
 * "A Conservative spokeswoman said": a word read as an affiliation (like a nationality) names a body before a
 * spokesperson noun only when the article also uses it as a body's name ("the Conservative Party", "the
 * Conservatives", "Labour's", "Labour said", "Labour and the Greens"), which a nationality never is ("a French spokesman"). The body is
 * called by its fullest such name. Returns the name, or null.
 */
function affiliationBodyName(text: string, word: string): string | null {
  if (!AFFILIATION_WORD.test(word)) return null;
  const party = `${word} Party`;
  if (text.includes(party)) return party;
  const plural = new RegExp(`(?<![\\p{L}])${word}s(?![\\p{L}'’])`, 'u');
  if (plural.test(text)) return `${word}s`;
  const noun = new RegExp(`(?<![\\p{L}])(?<![Tt]he\\s)${word}(?:['’]s\\b|\\s+and\\s+the\\b|\\s+(?:said|says|has|have|had|is|was|will|would|wants|plans|insists|denies|denied)\\b)`, 'u');
  return noun.test(text) ? word : null;
}

/** One capitalised word of letters only, so it can sit inside the patterns above unescaped. */
const AFFILIATION_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Nouns for a body that studies or advises, which the body-noun list leaves out: "think-tank Demos", "consultancy Analysys". */
const SOURCE_NOUNS = new Set(['think-tank', 'thinktank', 'consultancy', 'consultants', 'pollster']);

/** Plural nouns for a firm's people that, before a name, make the name their firm: "industry analysts Tallis Research". */
const FIRM_PEOPLE = new Set(['analysts', 'researchers', 'consultants', 'pollsters', 'forecasters']);

/**
 * "according to technology analysts Tallis", "according to the trade body Ferrum UK": up to three lowercase words
 * ending in a noun for a body (or a plural for a firm's people) make the capitalised name after them that body.
 */
function describedSourceAfter(text: string, tokens: Token[], first: number, people: Entity[]): OrgRun | null {
  let k = first;
  while (k < first + 3 && tokens[k] && tokens[k].text === tokens[k].lower && /^\p{Ll}/u.test(tokens[k].text) && text.slice(tokens[k].end, tokens[k + 1]?.start ?? tokens[k].end) === ' ') k += 1;
  const noun = tokens[k - 1];
  if (k === first || !tokens[k] || !isCapitalised(tokens[k].text) || !(ORGANISATION_ANAPHORS.has(noun.lower) || FIRM_PEOPLE.has(noun.lower) || SOURCE_NOUNS.has(noun.lower))) return null;
  let last = k;
  // "Vance & Lowe" is one name; a sentence word after a missing full stop ("Ovum More than ...") is not.
  for (;;) {
    const gap = text.slice(tokens[last].end, tokens[last + 1]?.start ?? tokens[last].end);
    const nextWord = tokens[last + 1];
    // ("Clean Rivers Now." closing the sentence keeps its last word.)
    const closing = nextWord !== undefined && /^[.;](?:\s|$)/.test(text.slice(nextWord.end, nextWord.end + 2));
    if (!nextWord || (gap !== ' ' && gap !== ' & ') || !isCapitalised(nextWord.text) || (NON_NAME_STARTERS.has(nextWord.lower) && !closing)) break;
    last += 1;
  }
  if (PLACE_SET.has(text.slice(tokens[k].start, tokens[last].end))) return null;
  return unclaimedRun(text, tokens, k, last, people);
}

const MEMBERS_OPENING = /^(?:[Tt]he\s+)?(?:\p{Ll}+\s+){0,2}(?:members|officials|executives|representatives|spokesman|spokeswoman|spokesperson|lawyers)\s+(?:of|for|at)\s+$/u;

/** "The remaining members of Zorvak, who ..., said": the body whose members open the sentence speaks. */
function membersOfRun(text: string, tokens: Token[], comma: number, people: Entity[]): OrgRun | null {
  const before = tokens.filter((t) => t.end <= comma);
  const first = before.findIndex((t) => isCapitalised(t.text) && t.lower !== 'the');
  if (first < 0 || !MEMBERS_OPENING.test(text.slice(before[0].start, before[first].start))) return null;
  if (before.slice(first).some((t) => !isCapitalised(t.text) && !['of', 'the', 'for', 'and'].includes(t.lower))) return null;
  return nameBeforeSpokesperson(text, before, before.length - 1, people)
    ?? (before.length - 1 === first ? { start: before[first].start, end: before[first].end, name: before[first].text, companyLike: false } : null);
}

/** The last "Norland's central bank" before `before` whose words after the owner are `words`. */
function ownedBodyBefore(text: string, words: string, before: number): OrgRun | null {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*){0,2}['’]s\\s${escaped})\\b`, 'gu');
  let found: OrgRun | null = null;
  for (const match of text.slice(0, before).matchAll(pattern)) {
    found = { start: match.index, end: match.index + match[1].length, name: match[1], companyLike: false };
  }
  return found;
}

/**
 * "The group which represents vice-chancellors, Universities UK, said": a subject opened by a noun for a
 * body ("the group", "a trade association") names that body in apposition just before the verb.
 */
function appositiveBodyName(text: string, tokens: Token[], sentenceStart: number, comma: number, people: Entity[]): OrgRun | null {
  const opening = tokens.slice(0, 4);
  if (!opening.length || !['the', 'a', 'an'].includes(opening[0].lower) || opening[0].start > sentenceStart + 1) return null;
  const noun = opening.slice(1).findIndex((t) => t.text === t.lower && ORGANISATION_ANAPHORS.has(t.lower));
  if (noun < 0 || opening.slice(1, noun + 1).some((t) => t.text !== t.lower)) return null;
  const open = text.lastIndexOf(', ', comma - 1);
  // "The firm, Vexlo, said": the name may follow the noun's own comma.
  if (open < tokens[noun + 1].end) return null;
  const run = tokens.filter((t) => t.start > open && t.end <= comma);
  if (!run.length || run.length > 8 || !isCapitalised(run[0].text) || !isCapitalised(run[run.length - 1].text)) return null;
  if (run.some((t) => !isCapitalised(t.text) && !CONNECTORS.has(t.lower) && t.lower !== 'the')) return null;
  if (text.slice(run[run.length - 1].end, comma).trim() !== '') return null;
  const start = run[0].start;
  const end = run[run.length - 1].end;
  if (people.some((p) => p.kind === 'person' && p.mentions.some((m) => m.start < end && m.end > start))) return null;
  return { start, end, name: text.slice(start, end), companyLike: false };
}

/** Spokesperson nouns that name whom they speak for in a "for" phrase: "a spokeswoman for Acme". */
const MOUTHPIECES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Lower-case words that may follow the body a spokesperson speaks for ("... for Acme in Leeds said", "... for Acme also said"). */
const AFTER_BODY = new Set(['in', 'at', 'who', 'which', 'also', 'later', 'has', 'had', 'was', 'is', 'would', 'will', 'could', 'did', 'does', 'declined', 'refused']);

/**
 * "A spokesman for the Vellmoor Trust, which runs the hostel, said", "said a spokeswoman for Acme": the capitalised
 * name a spokesperson speaks for is a body, wherever the verb is. Not a person ("a spokesman for Mr Okoro", for
 * someone the article names), not a place or a people ("a spokesman for the Danish embassy"): a lower-case noun
 * after the name makes the name describe that noun.
 */
function bodyOfSpokesperson(text: string, tokens: Token[], noun: number, people: Entity[]): OrgRun | null {
  let first = noun + 2;
  if (tokens[first]?.lower === 'the' && tokens[first].text === 'the') first += 1;
  const opening = tokens[first];
  if (!opening || text.slice(tokens[first - 1].end, opening.start) !== ' ' || text.slice(tokens[noun].end, tokens[noun + 1].start) !== ' ') return null;
  if (!isCapitalised(opening.text) || HONORIFICS.has(opening.lower.replace(/\.$/, '')) || NON_NAME_STARTERS.has(opening.lower)) return null;
  let last = first;
  for (;;) {
    const next = tokens[last + 1];
    if (!next || text.slice(tokens[last].end, next.start) !== ' ' || /['’]$/.test(tokens[last].text)) break;
    if (isCapitalised(next.text)) {
      last += 1;
      continue;
    }
    // "Department for Culture, Media and Sport", "Institute of the Arts": a connector between capitals stays in the name.
    const joined = CONNECTORS.has(next.lower) || (next.lower === 'the' && ['of', 'for'].includes(tokens[last].lower));
    let k = last + 1;
    while (tokens[k] && (CONNECTORS.has(tokens[k].lower) || tokens[k].lower === 'the') && k - last <= 2) k += 1;
    if (!joined || !tokens[k] || !isCapitalised(tokens[k].text) || text.slice(tokens[k - 1].end, tokens[k].start) !== ' ') break;
    last = k;
  }
  const after = tokens[last + 1];
  const gap = after ? text.slice(tokens[last].end, after.start) : '';
  // "a spokesman for Vexo's lawyers", "for the Vexo' board": the spokesperson speaks for what the name owns.
  if (/^['’]/.test(gap)) return null;
  if (after && /^\s+$/.test(gap) && !isCapitalised(after.text) && !QUOTE_CUES.has(after.text) && !PARTICIPLE_CUES.has(after.text) && !AFTER_BODY.has(after.lower)) return null;
  first = afterDescription(tokens, first, last);
  // "a spokesman for the UN's World Food Agency": the body is the one owned.
  for (let k = last - 1; k >= first; k -= 1) if (isPossessive(tokens[k].text)) first = k + 1;
  const name = text.slice(tokens[first].start, tokens[last].start + withoutPossessive(tokens[last].text).length);
  if (/['’]$/.test(name) || DESCRIBING_COMPOUND.test(name) || PLACE_SET.has(name) || NATIONALITIES.has(name.toLowerCase())) return null;
  const key = nameKey(name);
  // "a spokesman for Okoro" after Jane Okoro was named: the person's own spokesman.
  if (people.some((p) => p.kind === 'person' && (nameKey(p.name) === key || nameKey(p.name).endsWith(` ${key}`) || p.aliases.some((a) => nameKey(a) === key)))) return null;
  return unclaimedRun(text, tokens, first, last, people);
}

/**
 * `"...," said a Vexo spokesman`, "according to an Acme spokeswoman": after the verb no rule reading back from it sees
 * the body before the spokesperson noun, so it is read from the noun, as "A Vexo spokesman said" is.
 */
function bodyBeforeSpokespersonAfterVerb(text: string, tokens: Token[], noun: number, sentenceStart: number, people: Entity[]): { run: OrgRun; as?: string } | null {
  const last = noun - 1;
  if (!isCapitalised(tokens[last].text) || isPossessive(tokens[last].text) || text.slice(tokens[last].end, tokens[noun].start) !== ' ') return null;
  let determiner = last - 1;
  // "a Department of Homeland Security spokeswoman", "the M&S spokesman": connectors and a bare ampersand stay in the name.
  const inName = (k: number): boolean => isCapitalised(tokens[k].text) || CONNECTORS.has(tokens[k].lower) || (tokens[k].text === 'the' && tokens[k - 1]?.lower === 'of');
  while (determiner > 0 && last - determiner < 6 && inName(determiner) && /^(?: |&)$/.test(text.slice(tokens[determiner].end, tokens[determiner + 1].start))) determiner -= 1;
  if (determiner < 1 || !['a', 'an', 'the'].includes(tokens[determiner].text)) return null;
  const verb = tokens[determiner - 1];
  const afterVerb = QUOTE_CUES.has(verb.text) || (verb.lower === 'to' && tokens[determiner - 2]?.lower === 'according');
  if (!afterVerb || text.slice(verb.end, tokens[determiner].start) !== ' ') return null;
  const word = tokens[last];
  if (last === determiner + 1 && NATIONALITIES.has(word.lower)) {
    const affiliation = PLACE_SET.has(word.text) ? null : affiliationBodyName(text, word.text);
    return affiliation ? { run: { start: word.start, end: word.end, name: word.text, companyLike: false }, as: affiliation } : null;
  }
  const run = last > determiner + 1 ? nameBeforeSpokesperson(text, tokens, last, people) : orgRunEndingAt(text, tokens, last, sentenceStart, people);
  return run ? { run } : null;
}

/** Nouns for a medium that, after a capitalised name, make it the outlet: "the Mirror newspaper", "Broadcast magazine". */
const MEDIUM_NOUNS = new Set(['newspaper', 'paper', 'magazine', 'tabloid', 'daily', 'weekly', 'broadsheet', 'website', 'agency']);

/** "The Mirror newspaper said", "the Tass news agency reported": the name before the medium's noun speaks. */
function outletBeforeMedium(text: string, tokens: Token[], noun: number, people: Entity[]): OrgRun | null {
  let last = noun - 1;
  // An agency is a news agency: "Reuters news agency", never "the Environment agency" read this way.
  if (tokens[noun].text === 'agency') {
    if (tokens[last]?.lower !== 'news' || text.slice(tokens[last].end, tokens[noun].start) !== ' ') return null;
    last -= 1;
  }
  const gapAfter = (k: number): string => text.slice(tokens[k].end, tokens[k + 1].start);
  if (last < 0 || !isCapitalised(tokens[last].text) || NON_NAME_STARTERS.has(tokens[last].lower) || /['’]s$/.test(tokens[last].text) || !/^ $/.test(gapAfter(last))) return null;
  let first = last;
  // ("New" opens a title as often as a sentence: "the New Vision newspaper".)
  const inName = (token: Token): boolean => isCapitalised(token.text) && (!NON_NAME_STARTERS.has(token.lower) || token.lower === 'new') && !/['’]s$/.test(token.text);
  while (first > 0 && inName(tokens[first - 1]) && gapAfter(first - 1) === ' ') first -= 1;
  // "a French newspaper", "a Scottish paper" name no outlet.
  if (PLACE_SET.has(text.slice(tokens[first].start, tokens[last].end)) || (first === last && NATIONALITIES.has(tokens[first].lower))) return null;
  return unclaimedRun(text, tokens, first, last, people);
}

/** "A Zorvak spokesman declined to comment, saying ...": the body before the spokesperson noun speaks. */
function bodyOpeningParticiple(text: string, tokens: Token[], sentenceStart: number, participle: number, people: Entity[]): OrgRun | null {
  const noun = tokens.findIndex((t, k) => k < participle && SPOKESPEOPLE.has(t.lower));
  if (noun < 1 || noun > 5 || tokens[0].start > sentenceStart + 1 || /[,;:"“”]/.test(text.slice(sentenceStart, tokens[noun].start))) return null;
  if (!isCapitalised(tokens[noun - 1].text)) return null;
  return nameBeforeSpokesperson(text, tokens, noun - 1, people) ?? orgRunEndingAt(text, tokens, noun - 1, sentenceStart, people);
}

/**
 * The letters a word gives a short form: "US" gives both its capitals, "Anti-Doping" the capital of each part (as in
 * USADA for the US Anti-Doping Agency), any other word (and a corporate suffix) its first letter.
 */
function initialsOf(word: string): string {
  const bare = withoutPossessive(word).replace(/\./g, '');
  // A corporate suffix counts by its first letter whatever its case: "Banque Nordique SA (BNS)".
  if (isAcronym(bare) && !COMPANY_SUFFIXES.has(bare.toLowerCase())) return bare.toUpperCase();
  const parts = bare.split('-');
  return parts.length > 1 && parts.every((part) => isCapitalised(part)) ? parts.map((part) => part[0]).join('').toUpperCase() : bare[0].toUpperCase();
}

/** The capitalised name ending at `lastIndex` whose initials spell `acronym` ("Banque Internationale a Luxembourg SA" for BIL), or null. */
function nameSpelledBy(text: string, tokens: Token[], lastIndex: number, acronym: string, people: Entity[]): OrgRun | null {
  const wanted = acronym.toUpperCase();
  const initials: string[] = [];
  const withSuffixes: string[] = [];
  const withConnectors: string[] = [];
  for (let k = lastIndex; k >= 0 && k > lastIndex - 10; k -= 1) {
    const token = tokens[k];
    // "Irish Farmers' Association (IFA)": a plural possessive inside the name still joins it.
    if (k < lastIndex && text.slice(token.end, tokens[k + 1].start) !== ' ' && !(/s$/.test(token.text) && /^['’] $/.test(text.slice(token.end, tokens[k + 1].start)))) break;
    if (!isCapitalised(token.text)) {
      if (token.text.length > 3) break;
      withConnectors.unshift(token.text[0].toUpperCase());
      continue;
    }
    const letters = initialsOf(token.text);
    if (!COMPANY_SUFFIXES.has(token.lower)) initials.unshift(letters);
    withSuffixes.unshift(letters);
    withConnectors.unshift(letters);
    if ([initials, withSuffixes, withConnectors].some((letters) => letters.join('') === wanted)) {
      const start = token.start;
      const end = tokens[lastIndex].end;
      if (people.some((p) => p.kind === 'person' && p.mentions.some((m) => m.start < end && m.end > start))) return null;
      return { start, end, name: text.slice(start, end), companyLike: COMPANY_SUFFIXES.has(tokens[lastIndex].lower) };
    }
    if (initials.join('').length > wanted.length) break; // suffix-free initials are the shorter of the two
  }
  return null;
}

/** A short form as written in brackets: "(USADA)", "(CAS)", "(Hefce)"; a mixed-case one needs three letters. */
const SHORT_FORM = /^(?:\p{Lu}[\p{Lu}&]{1,7}|\p{Lu}[\p{Lu}\p{Ll}]{2,7})$/u;

/**
 * "the US Anti-Doping Agency (USADA)", "the Court of Arbitration for Sport (CAS)": a short form in brackets spelt by
 * the initials of the capitalised name just before it introduces a body, whether or not it speaks, so its statements
 * and its short form elsewhere can be credited to it.
 */
function bodyIntroducingShortForm(text: string, tokens: Token[], index: number, people: Entity[]): OrgRun | null {
  const token = tokens[index];
  if (index === 0 || text[token.start - 1] !== '(' || text[token.end] !== ')' || !SHORT_FORM.test(token.text)) return null;
  const before = tokens[index - 1];
  if (text.slice(before.end, token.start) !== ' (' || !isCapitalised(before.text)) return null;
  const run = nameSpelledBy(text, tokens, index - 1, token.text, people);
  // One word spelling the short form is no introduction; a show, a standard or a product ("Consumer Electronics Show
  // (CES)", "Internationalised Domain Name (IDN)") is no body: the name must hold a body's word.
  if (!run || !/\s/.test(run.name)) return null;
  return nameKey(run.name).split(' ').some((word) => SHORT_FORM_BODY_WORDS.has(word) || COMPANY_SUFFIXES.has(word)) ? run : null;
}

/**
 * Heads of bodies' names: a short form spelt by a name holding one introduces a body. Shows, awards, treaties, wars,
 * places and products have short forms too, so the general list of name words is too wide here.
 */
const SHORT_FORM_BODY_WORDS = new Set(`agency agencies council councils ministry department bank bancorp banque banco banca company corporation
university college school union unions association associations committee commission commissioner court parliament congress senate office
police army navy force forces institute institutes institution foundation fund trust board bureau authority federation federations
confederation league club government administration organisation organisations organization organizations centre center museum hospital
church exchange reserve treasury cabinet assembly tribunal network press service services party alliance coalition front movement
division command laboratory labs society consortium forum academy chamber panel roundtable registry research orchestra industry
partnership guard management telecom communications broadcasting railways`.split(/\s+/));

/**
 * "The MP for Sittingbourne and Sheppey said", "the head of Vantor Labs said": a name closing a role's "for" or "of"
 * phrase is where the role is held; the holder speaks, not the name. A spokesman speaks for the body.
 */
function heldByRole(tokens: Token[], start: number): boolean {
  let k = tokens.findIndex((t) => t.start === start) - 1;
  while (k > 0 && (isCapitalised(tokens[k].text) || tokens[k].lower === 'and' || tokens[k].lower === '&')) k -= 1;
  const linker = tokens[k];
  const role = tokens[k - 1];
  // Only a role opening the sentence: in "the president of Acme and the chairman of Beta Corp said" both bodies speak.
  const opening = k - 2 === 0 || (k - 3 === 0 && ['the', 'a'].includes(tokens[0].lower));
  return opening && linker !== undefined && role !== undefined && (linker.lower === 'for' || linker.lower === 'of')
    && ((ROLE_HEADS.has(role.lower) && !SPOKESPEOPLE.has(role.lower) && !role.lower.startsWith('spokes')) || role.lower === 'mp' || role.lower === 'msp' || role.lower === 'mep');
}

/**
 * "A Scottish government spokesperson said", "the Welsh government said": a people's or place's word before a
 * lower-case "government" names that one government, though "a government spokesperson" names none.
 */
function nationalGovernmentEndingAt(text: string, tokens: Token[], index: number): OrgRun | null {
  const noun = tokens[index];
  const owner = tokens[index - 1];
  if (!OWNED_BODY_NOUNS.has(noun.text) || !owner || !isCapitalised(owner.text) || text.slice(owner.end, noun.start) !== ' ') return null;
  // "the Labor department said", "the Foreign ministry said": a department or ministry is named by its brief.
  if (noun.text === 'government' ? !NATIONALITIES.has(owner.lower) && !PLACE_SET.has(owner.text) : NON_NAME_STARTERS.has(owner.lower) || GIVEN_NAMES.has(owner.lower)) return null;
  const opener = tokens[index - 2];
  if (opener && !['a', 'an', 'the'].includes(opener.lower)) return null;
  return { start: owner.start, end: noun.end, name: text.slice(owner.start, noun.end), companyLike: false };
}

const NAMED_GOVERNMENT = /\b[Tt]he\s+(\p{Lu}[\p{L}.]*)\s+government\b/gu;

/** The national government named before `before` ("the UK government", "the French government"), if only one was. */
function nationalGovernmentBefore(text: string, before: number): OrgRun | null {
  let found: OrgRun | null = null;
  for (const match of text.slice(0, before).matchAll(NAMED_GOVERNMENT)) {
    if (!NATIONALITIES.has(match[1].toLowerCase()) && !PLACE_SET.has(match[1])) continue;
    const start = match.index + match[0].length - match[1].length - ' government'.length;
    const run = { start, end: start + match[1].length + ' government'.length, name: `${match[1]} government`, companyLike: false };
    if (found && found.name !== run.name) return null;
    found ??= run;
  }
  return found;
}

/** Lower-case nouns for a public body that take the name of a place, a people or a brief before them. */
const OWNED_BODY_NOUNS = new Set(['government', 'department', 'ministry']);

/**
 * "police said", "according to police", "Kent police said": the force speaks as a body, named by its place when
 * one stands before it. (A capitalised "Police" opening a sentence is read like any body's word.)
 */
function policeEndingAt(text: string, tokens: Token[], index: number): OrgRun | null {
  const noun = tokens[index];
  if (noun.text !== 'police') return null;
  // "San Francisco police", "West Yorkshire police": up to three capitalised words, not a sentence's opening word alone.
  let first = index;
  while (first > 0 && index - first < 3 && isCapitalised(tokens[first - 1].text) && !NON_NAME_STARTERS.has(tokens[first - 1].lower) && text.slice(tokens[first - 1].end, tokens[first].start) === ' ') first -= 1;
  if (first === 0 && index === 1 && !PLACE_SET.has(tokens[0].text)) first = index;
  const start = tokens[first].start;
  return { start, end: noun.end, name: text.slice(start, noun.end), companyLike: false };
}

/** A short phrase of time or source set off before a sentence's subject: "In a statement,", "On Tuesday,", "Separately,". */
const OPENING_PHRASE = /^(?:In|On|At|Earlier|Later|Separately|Meanwhile|However|Last|This)\b[^,.;:"“”]{0,40},\s+/;

/**
 * "In a statement, the Alliance for Fair Pricing, an industry group, said": the body named between an opening
 * phrase and the appositive speaks.
 */
function bodyAfterOpeningPhrase(text: string, tokens: Token[], sentence: Sentence, people: Entity[]): OrgRun | null {
  const opener = OPENING_PHRASE.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)));
  if (!opener) return null;
  const from = sentence.start + opener[0].length;
  let first = tokens.findIndex((t) => t.start >= from);
  if (first < 0) return null;
  if (tokens[first].lower === 'the') first += 1;
  let last = first;
  while (tokens[last + 1] && text.slice(tokens[last].end, tokens[last + 1].start) === ' ') last += 1;
  if (!tokens[last] || text[tokens[last].end] !== ',' || last - first > 8) return null;
  const run = orgRunEndingAt(text, tokens, last, from, people);
  return run && run.start === tokens[first].start ? run : null;
}

/** Words after a one-word subject that make it one: "Vexlo is", "Vexlo has", "Vexlo said". */
const SUBJECT_VERBS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'said', 'says', 'announced', 'reported', 'plans', 'wants', 'expects']);

/**
 * "Vexlo is also using ...", "OptInRealBig was fighting ...": one capitalised word opening a sentence before a verb
 * names a body when it is no word, given name, place, people or title the article or the lists know.
 */
function loneSubject(text: string, word: Token, next: Token): boolean {
  const lower = withoutPossessive(word.lower);
  // "Vexlo's operations will be hit": a possessive subject owns whatever noun follows.
  // "Informants said", "Ministers have": a plural noun for a crowd, not a body.
  if (!(SUBJECT_VERBS.has(next.lower) || /['’]s$/.test(word.text)) || word.text.length < 3 || CROWD_PLURAL.test(lower) || /['’](?!s$)/.test(word.text) || /\d/.test(word.text)) return false;
  // "its new RipGuard technology": a name something owns or launches is a product, not a body.
  const bare = withoutPossessive(word.text);
  if ([' its ', ' new ', ' their '].some((owner) => text.includes(`${owner}${bare} `))) return false;
  return !lowercaseWords(text).has(lower) && !NON_NAME_STARTERS.has(lower) && !GIVEN_NAMES.has(lower) && !(PLACE_WORDS.has(lower) && !ONE_WORD_FIRMS.has(lower))
    && !PLACE_SET.has(withoutPossessive(word.text)) && !TIME_NAMES.has(lower) && !NATIONALITIES.has(lower) && !NATIONALITIES.has(lower.replace(/s$/, ''))
    && !ROLE_HEADS.has(lower) && !HONORIFICS.has(lower) && !ANONYMOUS_HEADS.has(lower) && !ANONYMOUS_HEADS.has(lower.replace(/s$/, ''));
}

/**
 * "Southmere Water pleaded guilty ...": a name of two or more capitalised words that opens a sentence as its
 * subject, and is no person, place, time or title, is a body "the company" may later refer back to.
 */
function namedSubjectRun(text: string, tokens: Token[], lastIndex: number, sentenceStart: number, people: Entity[]): OrgRun | null {
  const next = tokens[lastIndex + 1];
  if (tokens[0].start > sentenceStart + 1 || !next || next.text !== next.lower || text.slice(tokens[lastIndex].end, next.start) !== ' ') return null;
  // "Bookmaker Ladbrook Bets has stopped ...": the describing noun says a body follows, and is no part of its name.
  const described = lastIndex > 0 && (DESCRIBING_BODY_NOUNS.has(tokens[0].lower) || RIVAL_WORDS.has(tokens[0].lower)) ? 1 : afterDescription(tokens, 0, lastIndex);
  // One word only when it is an acronym ("IEL has mandated ...") or a name no other reading fits ("Vexlo is also using").
  // Not inside a quotation: '"RipGuard is designed to ...," the firm said' names a product the firm speaks of.
  const quoted = /["“‘]/.test(text.slice(Math.min(sentenceStart, tokens[0].start - 2), tokens[0].start));
  if (lastIndex < 1 && !(lastIndex === 0 && ((isAcronym(tokens[0].text) && !NON_ORG_ACRONYMS.has(tokens[0].lower)) || (!quoted && loneSubject(text, tokens[0], next))))) return null;
  const run = tokens.slice(described, lastIndex + 1);
  // "Vexlo's Windows operating system is ...": a possessive inside the run makes its owner the body, not the whole run.
  if (run.length > 4 || run.some((t, k) => !isCapitalised(t.text) || (k < run.length - 1 && (text.slice(t.end, run[k + 1].start) !== ' ' || /['’]s?$/.test(t.text))))) return null;
  const words = run.map((t) => withoutPossessive(t.lower));
  if (NON_NAME_STARTERS.has(words[0]) || words.some((w) => (PLACE_WORDS.has(w) && !ONE_WORD_FIRMS.has(w)) || NATIONALITIES.has(w) || TIME_NAMES.has(w) || ROLE_HEADS.has(w) || HONORIFICS.has(w) || GIVEN_NAMES.has(w))) return null;
  const start = run[0].start;
  const end = run[run.length - 1].start + withoutPossessive(run[run.length - 1].text).length;
  if (people.some((p) => p.mentions.some((m) => m.start < end && m.end > start))) return null;
  // "Sanjaya Perera said" where the article knows "Perera": a person the name finder missed, not a body.
  if (people.some((p) => p.kind === 'person' && nameKey(p.name).split(' ').some((word) => words.includes(word)))) return null;
  return { start, end, name: text.slice(start, end), companyLike: false };
}

/** Words that end the head of an appositive: "the largest bank in the Netherlands", "a bank that ...". */
const APPOSITIVE_ENDS = new Set(['that', 'which', 'who', 'whose', 'with', 'in', 'for', 'of', 'and', 'to', 'at', 'by', 'on', 'from', 'owned', 'based', 'run', 'led', 'behind', 'after']);

/**
 * "ABN Amro, the Netherlands' largest bank,": the body noun heading an appositive after a name, so "the bank"
 * may later mean it. An owner before the head ("the Netherlands'", "Europe's") is read through.
 */
function appositiveBodyNoun(text: string, end: number): string | undefined {
  const phrase = /^,\s+(?:the|a|an)\s+([^,.;:()"“”]{1,70})/.exec(text.slice(end, end + 80))?.[1];
  if (!phrase) return undefined;
  let head = '';
  for (const word of phrase.split(/\s+/).slice(0, 8)) {
    const lower = word.toLowerCase();
    if (APPOSITIVE_ENDS.has(lower)) break;
    if (isCapitalised(word)) {
      if (/['’]s?$/.test(word) && !head) continue;
      break;
    }
    head = lower;
  }
  return ORGANISATION_ANAPHORS.has(head) ? head : undefined;
}

/** Newspapers known by one body word: "the Telegraph said". */
const NEWSPAPER_WORDS = new Set(['times', 'post', 'mirror', 'sun', 'guardian', 'telegraph', 'independent', 'observer', 'express', 'herald', 'mail', 'star', 'journal', 'gazette', 'tribune', 'chronicle']);

/** "Oil giant Shell", "the Bank", "Securities": one body word alone, a suffix or a word the article also writes in lower case, is no body's name. */
function genericBodyWord(text: string, run: OrgRun): boolean {
  if (/\s/.test(run.name) || run.introduced) return false;
  const word = withoutPossessive(run.name.toLowerCase());
  return !NEWSPAPER_WORDS.has(word) && (COMPANY_SUFFIXES.has(word) || (ORGANISATION_WORDS.has(word) && lowercaseWords(text).has(word)));
}

/** "ABN Amro, the Netherlands' largest bank,": a name of up to four capitalised words before an appositive headed by a body's noun. */
function describedRun(text: string, tokens: Token[], lastIndex: number, people: Entity[]): OrgRun | null {
  if (text[tokens[lastIndex].end] !== ',') return null;
  const noun = appositiveBodyNoun(text, tokens[lastIndex].end);
  if (!noun) return null;
  let first = lastIndex;
  while (first > 0 && lastIndex - first < 3 && isCapitalised(tokens[first - 1].text) && text.slice(tokens[first - 1].end, tokens[first].start) === ' ') first -= 1;
  while (first < lastIndex && NON_NAME_STARTERS.has(tokens[first].lower)) first += 1;
  first = afterDescription(tokens, first, lastIndex);
  const words = tokens.slice(first, lastIndex + 1).map((t) => t.lower);
  if (words.some((w) => NON_NAME_STARTERS.has(w) || PLACE_WORDS.has(w) || TIME_NAMES.has(w)) || PLACE_SET.has(text.slice(tokens[first].start, tokens[lastIndex].end))) return null;
  const run = unclaimedRun(text, tokens, first, lastIndex, people);
  return run && { ...run, noun };
}

/** Every company-like run in the text, for "the company said" to refer back to. */
function companyRuns(text: string, sentences: Sentence[], people: Entity[]): OrgRun[] {
  const runs: OrgRun[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    tokens.forEach((token, index) => {
      const next = tokens[index + 1];
      const endsRun = !next || !isCapitalised(next.text) || text.slice(token.end, next.start) !== ' ';
      if (!endsRun || !isCapitalised(token.text)) return;
      const run = appositiveAfterNoun(text, tokens, index, people) ?? orgRunEndingAt(text, tokens, index, sentence.start, people) ?? introducedRun(text, tokens, index, people);
      // "Bank of England" as well as "Acme Bank": the body's noun may stand before an of-phrase.
      if (run && PLACE_SET.has(withoutPossessive(run.name).replace(/^the\s+/i, ''))) return; // "the United States" is a place
      // "football club Borussia Dortmund": the noun before the name says what kind of body it is.
      const kindBefore = run && !run.noun ? KIND_BEFORE.exec(text.slice(Math.max(0, run.start - 24), run.start)) : null;
      if (run && kindBefore && KIND_NAME_WORDS.has(kindBefore[1])) run.noun = kindBefore[1];
      const found = run && (run.companyLike || run.introduced || run.name.split(/\s+/).some((word) => ORGANISATION_WORDS.has(withoutPossessive(word.toLowerCase()))))
        ? run : namedSubjectRun(text, tokens, index, sentence.start, people) ?? describedRun(text, tokens, index, people);
      if (!found || genericBodyWord(text, found)) return;
      // "Veldtmark, the Netherlands' largest bank,": described with a body's noun, for "the bank" to mean it.
      const noun = found.noun ?? appositiveBodyNoun(text, found.end);
      runs.push({ ...found, noun, sentence: sentence.start });
    });
  }
  return runs;
}

/** A country's short form opening a body's name of two words or more: "US Federal Reserve", "UK Statistics Authority". */
const PLACED_NAME = /^(?:the\s+)?(?:US|U\.S\.|UK|U\.K\.)\s+(?=\S+\s+\S)/;

/** "US Federal Reserve" is the "Federal Reserve" another article names; "US Steel Corp" is no "Steel Corp". */
function placedBodyAlias(name: string): string[] {
  if (!PLACED_NAME.test(name)) return [];
  const rest = name.replace(PLACED_NAME, '');
  return COMPANY_SUFFIXES.has(withoutPossessive(rest.split(/\s+/).at(-1) ?? '').toLowerCase()) ? [] : [rest];
}

/**
 * "Ward's Automotive Reports said ... Ward's said", "Baltmar Shipping Corp ... Baltmar said": a name that opens
 * a body's longer name named earlier is that body's short form, not a second body.
 */
function joinShortForms<T extends { name: string; mentions: Mention[] }>(entries: T[]): T[] {
  const first = (entry: { mentions: Mention[] }): number => Math.min(...entry.mentions.map((m) => m.start));
  const bare = (name: string): string => nameKey(name.replace(/^the\s+/i, ''));
  // "US Pew Research Center ... Pew Research said": the country before a body's name is no part of its short form.
  // "B.F. Goodrich Co ... Goodrich said": initials opening a firm's name are left out of its short form too.
  const unplaced = (name: string): string => bare(name).replace(/^(?:us|uk|\p{Ll}(?:\.\p{Ll})+\.) /u, '');
  const kept: T[] = [];
  for (const entry of entries) {
    const short = bare(entry.name);
    const full = entries.find((other) => other !== entry && first(other) < first(entry)
      // "the U.S. Energy Department ... the Energy Department said": the same body without its state.
      && (unplaced(other.name) === short || [' ', "'s "].some((joint) => bare(other.name).startsWith(short + joint) || unplaced(other.name).startsWith(short + joint))));
    if (full) full.mentions.push(...entry.mentions);
    else kept.push(entry);
  }
  return kept;
}

/**
 * "the Office for Rural Statistics (ORS) ... the ORS said": a short form the article brackets right after a body's
 * full name is that body. Returns the entries left, each with the short forms joined to it.
 */
function joinBracketedShortForms<T extends { name: string; mentions: Mention[] }>(text: string, entries: T[]): (T & { shortForms: string[] })[] {
  const kept = entries.map((entry) => ({ ...entry, shortForms: [] as string[] }));
  return kept.filter((entry) => {
    const short = entry.name.replace(/^the\s+/i, '');
    if (!isAcronym(short) || /\s/.test(short)) return true;
    const bracket = ` (${short})`;
    const full = kept.find((other) => other !== entry && other.mentions.some((m) => text.startsWith(bracket, m.end)));
    if (!full) return true;
    full.mentions.push(...entry.mentions);
    full.shortForms.push(short);
    return false;
  });
}

const bodyKey = (name: string): string => nameKey(name.replace(/^the\s+/i, ''));

/** Nouns for a kind of body that only a body of that kind is called, with the words naming that kind in a name. */
const KIND_NAME_WORDS = new Map<string, Set<string>>([
  ['club', new Set(['club', 'united', 'city', 'rovers', 'fc', 'afc', 'athletic', 'wanderers', 'albion', 'hotspur', 'villa', 'rangers', 'celtic', 'town', 'county', 'utd'])],
  ['council', new Set(['council'])],
  ['authority', new Set(['authority'])],
  ['union', new Set(['union'])],
  // Not "agency": agencies go by names without the word ("Pension Benefit Guaranty Corp", "FBI").
  ['ministry', new Set(['ministry'])],
  ['department', new Set(['department'])],
  ['university', new Set(['university'])],
  // "the alliance said" after "the Moorland Alliance": such a noun means a body its name calls so, never the last one heard.
  ['alliance', new Set(['alliance'])],
  ['federation', new Set(['federation'])],
  ['foundation', new Set(['foundation'])],
  ['trust', new Set(['trust'])],
  ['coalition', new Set(['coalition'])],
  ['committee', new Set(['committee'])],
  ['court', new Set(['court'])],
  ['league', new Set(['league'])],
  ['corporation', new Set(['corporation', 'corp'])],
]);

const KIND_BEFORE = /(?:^|\s)(\p{Ll}+)\s$/u;

/** "FBI", "TUC": a short form hides what kind of body it is, so it may be of any kind. */
const ACRONYM_NAME = /^\p{Lu}{2,6}$/u;
/** Kinds a short form often stands for ("the corporation" for the BBC); a committee or a court is named in full. */
const ACRONYM_KINDS = new Set(['club', 'council', 'authority', 'union', 'ministry', 'department', 'university', 'corporation', 'federation', 'foundation', 'trust', 'alliance', 'league']);

/** Whether "the <noun>" may mean a body of this name: null when the noun names no particular kind. */
export function nameFitsKind(name: string, noun: string): boolean | null {
  const kind = KIND_NAME_WORDS.get(noun);
  return kind ? (ACRONYM_KINDS.has(noun) && ACRONYM_NAME.test(name)) || nameKey(name).split(' ').some((word) => kind.has(word)) : null;
}

/** The item named most often, by `keyOf`; on a tie, the one the iteration reached first. */
export function mostNamed<T>(items: Iterable<T>, keyOf: (item: T) => unknown): T | undefined {
  const counts = new Map<unknown, { item: T; count: number }>();
  for (const item of items) {
    const key = keyOf(item);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { item, count: 1 });
  }
  let best: { item: T; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.item;
}

/** Of the runs that fit, the body the story names most (the first named on a tie): "the club" in a story about one club. */
function mainRunOfKind(runs: OrgRun[], fits: (run: OrgRun) => boolean): OrgRun | null {
  return mostNamed(runs.filter(fits), (run) => nameKey(run.name.replace(/^the\s+/i, ''))) ?? null;
}

/** Nouns for a business: "the company" never means a body whose name says it is a public one. */
export const BUSINESS_NOUNS = new Set(['company', 'firm', 'group', 'carrier', 'airline', 'insurer', 'retailer', 'lender', 'maker', 'manufacturer', 'producer', 'operator', 'utility', 'conglomerate', 'chain', 'concern', 'subsidiary', 'unit', 'publisher', 'broadcaster']);
const PUBLIC_BODY_WORDS = new Set(['commission', 'ministry', 'department', 'government', 'council', 'agency', 'authority', 'regulator', 'watchdog', 'court', 'committee', 'union', 'association', 'party', 'police', 'parliament', 'senate', 'congress', 'office', 'federation', 'institute']);

/**
 * "the council said" means the last body before `before` with "council" in its name if there is one, else the
 * last body named or heard; "the company" skips bodies whose names make them public ones.
 */
function antecedentIn(text: string, runs: OrgRun[], before: number, noun: string | null, sentenceStart: number): OrgRun | null {
  const earlier = runs.filter((run) => run.end <= before).sort((a, b) => a.start - b.start);
  const words = (run: OrgRun): string[] => nameKey(run.name).split(' ');
  // "the club said": the story's main body whose name or description says it is a club ("Riverside United",
  // "club Borussia Dortmund"), not a rival named in passing, and never the league it plays in; else a short form, else none.
  const kind = noun ? KIND_NAME_WORDS.get(noun) : undefined;
  if (kind) {
    const main = mainRunOfKind(earlier, (run) => run.noun === noun || words(run).some((word) => kind.has(word))) ?? (ACRONYM_KINDS.has(noun!) ? mainRunOfKind(earlier, (run) => ACRONYM_NAME.test(run.name)) : null);
    // "US Court" and "US Court of Appeals" open at one word: the whole name.
    return main && earlier.filter((run) => run.start === main.start).sort((a, b) => b.end - a.end)[0];
  }
  // "ABN Amro, the Netherlands' largest bank, ... following Deutsche Bank ... The bank said": of the bodies the noun
  // fits (by name or as described), the one the story came back to last, not the one named last in passing.
  const fits = noun ? new Set(earlier.filter((run) => words(run).includes(noun) || run.noun === noun).map((run) => bodyKey(run.name))) : undefined;
  const named = fits?.size ? [...earlier].reverse().find((run) => fits.has(bodyKey(run.name))) : undefined;
  if (named) return !named.noun && earlier.some((run) => run.noun === noun && bodyKey(run.name) === bodyKey(named.name)) ? { ...named, noun: noun ?? undefined } : named;
  const fitting = noun && BUSINESS_NOUNS.has(noun) ? earlier.filter((run) => !words(run).some((word) => PUBLIC_BODY_WORDS.has(word))) : earlier;
  // "IEL has hired Merrill Lynch to ..., the company said": within the sentence, the first body named is its subject.
  const inSentence = fitting.filter((run) => run.start >= sentenceStart);
  // "OptInRealBig was fighting a suit by Microsoft, which ... The company said": a sentence before is about its first body.
  const latest = fitting[fitting.length - 1];
  const opening = latest?.sentence === undefined ? undefined : fitting.find((run) => run.sentence === latest.sentence);
  const subject = opening && /^(?:[Tt]he\s+)?$/.test(text.slice(opening.sentence!, opening.start)) ? opening : latest;
  const pool = inSentence.length ? inSentence.filter((run) => run.start === inSentence[0].start) : fitting.filter((run) => run.start === subject?.start);
  // Of runs opening at one word ("Nippon Telegraph" inside "Nippon Telegraph and Telephone Corp"), the whole name.
  return pool.sort((a, b) => b.end - a.end)[0] ?? null;
}

/** Bodies already heard speaking, as runs: "Trunkline said ... The company said" refers back to them too. */
function spokenRuns(entries: Iterable<{ name: string; mentions: Mention[] }>): OrgRun[] {
  return [...entries].flatMap((entry) => entry.mentions.map((m) => ({ start: m.start, end: m.end, name: m.text, companyLike: false })));
}

// The runs of the article last read, so speaker resolution picks the same antecedent without a second scan.
let lastRuns: { text: string; sentences: Sentence[]; people: Entity[]; runs: OrgRun[] } | null = null;

/** The span of the body "the company" (or "its spokesman") at `before` refers back to, as the organisation stage chose it. */
export function bodyReferredTo(text: string, sentences: Sentence[], people: Entity[], organisations: Entity[], before: number, noun: string | null, sentenceStart: number): (Span & { noun?: string }) | null {
  if (!lastRuns || lastRuns.text !== text || lastRuns.sentences !== sentences) lastRuns = { text, sentences, people, runs: companyRuns(text, sentences, people) };
  const run = antecedentIn(text, [...lastRuns.runs, ...spokenRuns(organisations)], before, noun, sentenceStart);
  return run ? { start: run.start, end: run.end, noun: run.noun } : null;
}

/** "TV channel Five", "broadcaster Seven": a capitalised number word written straight after a noun for a broadcaster. */
const NUMBER_NAMED = /\b(?:channel|broadcaster|network|station)\s(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b/g;

/** Number words the article names a broadcaster by; others ("Five said" of five people) stay numbers. */
function numberNamesIntroduced(text: string): ReadonlySet<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(NUMBER_NAMED)) found.add(match[1]);
  return found;
}
let numberNamedBodies: ReadonlySet<string> = new Set();

/** Names (as name keys) the article describes as bodies, for the article being read. */
let knownBodies: ReadonlySet<string> = new Set();

export function findSpeakingOrganisations(text: string, sentences: Sentence[], people: Entity[], bodies: ReadonlySet<string> = new Set()): Entity[] {
  knownBodies = bodies;
  numberNamedBodies = numberNamesIntroduced(text);
  const found = new Map<string, { name: string; mentions: Mention[]; shortForm?: string }>();
  // Short forms introduced in brackets, by their key, with the full name; and the other way round.
  const shortForms = new Map<string, { name: string }>();
  const fullNames = new Map<string, string>();
  let companies: OrgRun[] | null = null;
  lastRuns = null;
  const add = (run: OrgRun, as: string = run.name): void => {
    const bare = nameKey(as.replace(/^the\s+/i, ''));
    // "USADA said" after "the US Anti-Doping Agency (USADA)": the short form is the body it was introduced for.
    const introduced = shortForms.get(bare);
    const key = introduced ? nameKey(introduced.name) : bare;
    const entry = found.get(key) ?? { name: introduced?.name ?? as, mentions: [] };
    entry.shortForm ??= fullNames.get(key);
    if (!entry.mentions.some((m) => m.start === run.start)) entry.mentions.push({ start: run.start, end: run.end, text: run.name });
    found.set(key, entry);
  };
  let previous: Sentence | undefined;
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    let speaks: boolean | null = null;
    const spokenFor: { run: OrgRun; as?: string }[] = [];
    tokens.forEach((token, index) => {
      // The body is named by its full name once it speaks, under either name; it becomes no entity by the brackets
      // alone, as only bodies that speak are.
      const introduced = bodyIntroducingShortForm(text, tokens, index, people);
      if (introduced) {
        const name = introduced.name.replace(/^the\s+/i, '');
        if (!shortForms.has(nameKey(token.text))) {
          shortForms.set(nameKey(token.text), { name });
          fullNames.set(nameKey(name), token.text);
          const entry = found.get(nameKey(name));
          if (entry) entry.shortForm ??= token.text;
        }
        return;
      }
      if (MOUTHPIECES.has(token.lower) && tokens[index + 1]?.lower === 'for' && index > 0 && ['a', 'an', 'the'].includes(tokens[index - 1].lower)) {
        speaks ??= tokens.some((t) => QUOTE_CUES.has(t.text) || PARTICIPLE_CUES.has(t.text) || t.lower === 'according');
        const run = speaks ? bodyOfSpokesperson(text, tokens, index, people) : null;
        if (run) spokenFor.push({ run });
        return;
      }
      // "said a CAS statement", "according to an Acme statement": a body's statement after the verb is the body speaking.
      if ((MOUTHPIECES.has(token.lower) || token.lower === 'statement') && index > 1) {
        const body = bodyBeforeSpokespersonAfterVerb(text, tokens, index, sentence.start, people);
        if (body) spokenFor.push(body);
        return;
      }
      const according = token.lower === 'according' && tokens[index + 1]?.lower === 'to';
      if (PARTICIPLE_CUES.has(token.text) && index > 0 && /^,\s+$/.test(text.slice(tokens[index - 1].end, token.start))) {
        // "Water Safety Ireland urged people to take care, noting ...": the body opening the sentence with its verb.
        const run = bodyOpeningParticiple(text, tokens, sentence.start, index, people) ?? bodyOpening(text, sentence, people, true);
        if (run) add(run);
        else if (tokens[0]?.lower === 'the' && tokens[1] && tokens[1].text === tokens[1].lower && ORGANISATION_ANAPHORS.has(tokens[1].lower) && tokens[0].start <= sentence.start + 1) {
          // "The firm closed the book on Friday, saying ...": the body "the firm" refers back to speaks.
          companies ??= companyRuns(text, sentences, people);
          lastRuns = { text, sentences, people, runs: companies };
          const antecedent = antecedentIn(text, [...companies, ...spokenRuns(found.values())], tokens[0].start, tokens[1].lower, sentence.start);
          if (antecedent) add(antecedent);
        }
        return;
      }
      if (!QUOTE_CUES.has(token.text) && !according) return;
      // "the court was told": a body told something listens; "Vexo is said to be", "is described as" is talked about. Neither speaks.
      if ((token.lower === 'told' || token.lower === 'said' || token.lower.endsWith('ed')) && index > 0 && PASSIVE_AUXILIARIES.has(tokens[index - 1].lower)) return;
      if (according) {
        let j = index + 2;
        if (tokens[j] && NON_NAME_STARTERS.has(tokens[j].lower)) j += 1;
        // "according to recent research by the Pew ...", "according to the latest survey from ...": the age of a finding says nothing of its source.
        while (tokens[j + 1] && FINDING_AGES.has(tokens[j].lower) && tokens[j].text === tokens[j].lower) j += 1;
        // "according to a statement from the Coast Guard", "a survey carried out by X": the body the document came from.
        const source = tokens[j] && STATEMENT_NOUNS.has(tokens[j].lower) ? sourceAfterDocument(tokens, j + 1) : -1;
        if (source > 0) {
          // "research from a City investment bank": a source left unnamed is no body the story names.
          if (tokens[source]?.lower === 'a' || tokens[source]?.lower === 'an') return;
          j = source;
          if (tokens[j] && NON_NAME_STARTERS.has(tokens[j].lower)) j += 1;
        }
        const k = nameRunEnd(text, tokens, j);
        const force = tokens[j]?.text === 'police' ? policeEndingAt(text, tokens, j) : null;
        if (force) add(force);
        else if (tokens[j] && isCapitalised(tokens[j].text)) {
          // "a report by UK think-tank Demos", "by UK-based consultancy Analysys": a place qualifying the describing noun.
          const placed = k === j && (PLACE_WORDS.has(tokens[j].lower) || NATIONALITIES.has(tokens[j].lower) || DESCRIBING_COMPOUND.test(tokens[j].text));
          const run = orgRunEndingAt(text, tokens, k, -1, people) ?? speakingRun(text, tokens, k, null, people) ?? (placed ? describedSourceAfter(text, tokens, j + 1, people) : null);
          if (run) add(run);
        } else if (tokens[j]) {
          const run = describedSourceAfter(text, tokens, j, people);
          if (run) add(run);
        }
        return;
      }
      const next = tokens[index + 1];
      // (Not `X, a maker of cranes, said: "We ...`: a quotation opening after the verb is no name.)
      if (next && isCapitalised(next.text) && text.slice(token.end, next.start) === ' ' && /[,”"]\s*$/.test(text.slice(Math.max(sentence.start, token.start - 3), token.start))) {
        // `"...," said Acme Corp.`: the speaker follows the verb.
        let k = index + 1;
        while (tokens[k + 1] && isCapitalised(tokens[k + 1].text) && text.slice(tokens[k].end, tokens[k + 1].start) === ' ') k += 1;
        if (/^\s*[.,;]?\s*$/.test(text.slice(tokens[k].end, Math.min(sentence.end, tokens[k].end + 2)))) {
          const run = orgRunEndingAt(text, tokens, k, -1, people) ?? speakingRun(text, tokens, k, null, people);
          if (run && run.start >= next.start) add(run);
        }
        return;
      }
      const named = next?.lower === 'the' ? tokens[index + 2] : undefined;
      // ("..., told the Daily Post.": a listener follows "told".)
      if (named && isCapitalised(named.text) && !LISTENER_VERBS.has(token.lower) && /^ the $/i.test(text.slice(token.end, named.start)) && /,\s*$/.test(text.slice(Math.max(sentence.start, token.start - 3), token.start))) {
        // "..., says the Office for Rural Statistics (ORS).": a body's full name closing the sentence after the verb,
        // perhaps with its short form in brackets. Only a name of two words or more, or a short form: "said the
        // Spaniard" is a person described.
        const k = nameRunEnd(text, tokens, index + 2);
        if (/^\s*(?:\(\p{Lu}[\p{Lu}&.]{1,9}\))?\s*[.;]?\s*$/u.test(text.slice(tokens[k].end, sentence.end))) {
          const run = orgRunEndingAt(text, tokens, k, -1, people);
          if (run && run.start === named.start && (k > index + 2 || isAcronym(named.text))) {
            add(run);
            return;
          }
        }
      }
      const author = next && ['a', 'an', 'the'].includes(next.lower) ? tokens[index + 2] : undefined;
      if (author && isCapitalised(author.text) && /,\s*$/.test(text.slice(Math.max(sentence.start, token.start - 3), token.start))) {
        // "..., said a World Bank report.": the document closing the sentence speaks for the body that wrote it.
        const k = nameRunEnd(text, tokens, index + 2);
        const document = tokens[k + 1];
        if (document && AUTHORED_DOCUMENTS.has(document.lower) && text.slice(tokens[k].end, document.start) === ' ' && /^\s*[.;]?\s*$/.test(text.slice(document.end, sentence.end))) {
          const run = orgRunEndingAt(text, tokens, k, -1, people);
          if (run && run.start === author.start) add(run);
          return;
        }
      }
      let i = index - 1;
      for (;;) {
        while (i >= 0 && ADVERBS.has(tokens[i].lower)) i -= 1;
        const timeWords = timePhraseEndingAt(tokens, i);
        if (!timeWords) break;
        i -= timeWords;
      }
      // "admonished by the Securities Board which said", "attacked by the Conservatives who said": the body before the relative pronoun speaks.
      const relative = i > 0 && (tokens[i].lower === 'which' || tokens[i].lower === 'who') && /^,?\s$/.test(text.slice(tokens[i - 1].end, tokens[i].start));
      if (relative) i -= 1;
      if (i >= 0 && /,\s*$/.test(text.slice(tokens[i].end, token.start)) && tokens[0]) {
        // "Acme GmbH, a unit of Acme Ltd, said": the subject opens the sentence, before the appositive.
        const comma = text.indexOf(',', sentence.start);
        const firstRunEnd = tokens.findIndex((t, k) => t.end >= comma || (tokens[k + 1] && text.slice(t.end, tokens[k + 1].start).trim() !== '' && text.slice(t.end, tokens[k + 1].start).trim() !== '>'));
        if (firstRunEnd >= 0 && tokens[firstRunEnd].end <= comma + 1) {
          // "Universities Scotland, which represents principals, claimed": a state or a body read by its words too.
          const run = orgRunEndingAt(text, tokens, firstRunEnd, sentence.start, people) ?? whichRun(text, tokens, firstRunEnd, comma, people)
            ?? (text[tokens[firstRunEnd].end] === ',' ? speakingRun(text, tokens, firstRunEnd, sentence.start, people) : null);
          // "Separately, ... said": an opening adverb is no subject.
          const adverb = run !== null && OPENING_PHRASE.test(text.slice(run.start, comma + 2));
          if (run && !adverb && (run.start <= sentence.start + 2 || SUBJECT_LEAD.test(text.slice(sentence.start, run.start)))) add(run);
        }
        const opened = bodyAfterOpeningPhrase(text, tokens, sentence, people);
        if (opened) add(opened);
        const members = membersOfRun(text, tokens, comma, people);
        if (members) add(members);
        const named = appositiveBodyName(text, tokens, sentence.start, text.lastIndexOf(',', token.start), people);
        if (named) add(named);
        // "The company, which just reported a loss, said ...": the body "the company" refers back to speaks.
        if (!named && tokens[0]?.lower === 'the' && tokens[1] && tokens[1].text === tokens[1].lower && ORGANISATION_ANAPHORS.has(tokens[1].lower)
          && tokens[0].start <= sentence.start + 1 && text[tokens[1].end] === ',') {
          companies ??= companyRuns(text, sentences, people);
          lastRuns = { text, sentences, people, runs: companies };
          const antecedent = antecedentIn(text, [...companies, ...spokenRuns(found.values())], tokens[0].start, tokens[1].lower, sentence.start);
          if (antecedent) add(antecedent);
        }
        return;
      }
      const spokesperson = i >= 0 && SPOKESPEOPLE.has(tokens[i].lower);
      const outlet = !spokesperson && i > 0 && MEDIUM_NOUNS.has(tokens[i].text) ? outletBeforeMedium(text, tokens, i, people) : null;
      if (outlet) {
        add(outlet);
        return;
      }
      if (spokesperson) i -= 1;
      // "a Hitachi Ltd <HIT.T> spokesman": the stock code in brackets tags the body before it.
      if (spokesperson && i > 0 && EXCHANGE_TICKER.test(tokens[i].text) && /[<(]/.test(text[tokens[i].start - 1] ?? '') && /^[>)]\s$/.test(text.slice(tokens[i].end, tokens[i + 1].start))
        && text.slice(tokens[i - 1].end, tokens[i].start) === ' ' + text[tokens[i].start - 1]) i -= 1;
      if (i < 0) return;
      if (spokesperson && MOUTHPIECES.has(tokens[i + 1].lower) && ['a', 'an', 'the'].includes(tokens[i].lower) && BARE_SPOKESPERSON_LEAD.test(text.slice(sentence.start, tokens[i].start))) {
        // "But the Home Office defended the measures. A spokesman said ...": a spokesperson of no named body speaks for
        // the body the sentence before opens with, though no cue of its own made it speak.
        const topic = previous && bodyOpening(text, previous, people);
        if (topic) add(topic);
        return;
      }
      if (spokesperson) {
        const named = nameBeforeSpokesperson(text, tokens, i, people);
        if (named) {
          add(named);
          return;
        }
        const word = tokens[i];
        const affiliation = i > 0 && ['a', 'an', 'the'].includes(tokens[i - 1].lower) && NATIONALITIES.has(word.lower) && !PLACE_SET.has(word.text)
          ? affiliationBodyName(text, word.text) : null;
        if (affiliation) {
          add({ start: word.start, end: word.end, name: word.text, companyLike: false }, affiliation);
          return;
        }
      }
      const subject = tokens[i];
      if (!spokesperson && AUTHORED_DOCUMENTS.has(subject.text) && i > 0 && isCapitalised(tokens[i - 1].text) && text.slice(tokens[i - 1].end, subject.start) === ' ') {
        // "The NAO report said", "Oxfam's report says": the document speaks for the body that wrote it. Only a name
        // right after the determiner: in "Oxfam's Paying the Price report" the words before the noun are a title.
        const run = orgRunEndingAt(text, tokens, i - 1, sentence.start, people);
        if (run && DETERMINER_BEFORE_NAME.test(text.slice(sentence.start, run.start))) add(run);
        return;
      }
      const force = !spokesperson ? policeEndingAt(text, tokens, i) : null;
      if (force) {
        add(force);
        return;
      }
      const nationGovernment = nationalGovernmentEndingAt(text, tokens, i);
      if (nationGovernment) {
        add(nationGovernment);
        return;
      }
      if (spokesperson && ORGANISATION_ANAPHORS.has(subject.text) && i > 0 && ['a', 'an', 'the'].includes(tokens[i - 1].lower)) {
        // "A party spokesman said" after the British Freedom Party was named: that party speaks.
        companies ??= companyRuns(text, sentences, people);
        lastRuns = { text, sentences, people, runs: companies };
        const antecedent = antecedentIn(text, [...companies, ...spokenRuns(found.values())], tokens[i - 1].start, subject.lower, sentence.start);
        if (antecedent && (nameKey(antecedent.name).split(' ').includes(subject.lower) || antecedent.noun === subject.lower)) add(antecedent);
        return;
      }
      if (spokesperson && subject.lower === 'its') {
        // "Acme Corp shares fell. Its spokesman said ...": the last company named before speaks.
        companies ??= companyRuns(text, sentences, people);
        lastRuns = { text, sentences, people, runs: companies };
        const antecedent = antecedentIn(text, [...companies, ...spokenRuns(found.values())], subject.start, null, sentence.start);
        if (antecedent) add(antecedent);
        return;
      }
      if (ORGANISATION_ANAPHORS.has(subject.lower) && i > 1 && tokens[i - 2].lower === 'the' && tokens[i - 1].text === tokens[i - 1].lower) {
        // "the central bank said" after "Norland's central bank" was named: that body, named by its owner.
        const owned = ownedBodyBefore(text, `${tokens[i - 1].text} ${subject.text}`, tokens[i - 2].start);
        if (owned) add(owned);
        return;
      }
      if (ORGANISATION_ANAPHORS.has(subject.lower) && i > 0 && tokens[i - 1].lower === 'the') {
        companies ??= companyRuns(text, sentences, people);
        lastRuns = { text, sentences, people, runs: companies };
        // "The UK government is planning ... the government said": the one national government the story's lead named,
        // before any other body a plain "the government" might be taken back to. (One named later in passing, "the US
        // government did not ask", is often not the government the story is about.)
        const leadEnd = sentences[Math.min(2, sentences.length - 1)]?.end ?? 0;
        const government = subject.text === 'government' ? nationalGovernmentBefore(text, Math.min(leadEnd, tokens[i - 1].start)) : null;
        const antecedent = government ?? antecedentIn(text, [...companies, ...spokenRuns(found.values())], tokens[i - 1].start, subject.lower, sentence.start);
        if (antecedent) add(antecedent);
        return;
      }
      if (text[subject.start - 1] === '(' && text[subject.end] === ')' && i > 0 && text.slice(tokens[i - 1].end, subject.start) === ' (' && EXCHANGE_TICKER.test(subject.text)) {
        // "Kelso Home Group Plc (KHG.L) said": a stock code in brackets tags the body named before it.
        const named = orgRunEndingAt(text, tokens, i - 1, sentence.start, people);
        if (named) add(named);
        return;
      }
      if (text[subject.start - 1] === '(' && text[subject.end] === ')' && i > 0 && text.slice(tokens[i - 1].end, subject.start) === ' (' && isCapitalised(tokens[i - 1].text)) {
        // "Banque Nordique SA (BNS) said": the name before the bracketed short form is the body.
        const full = nameSpelledBy(text, tokens, i - 1, subject.text, people);
        if (full) {
          add(full);
          return;
        }
      }
      const numberedName = /^\d+$/.test(subject.text) && i > 0 && isCapitalised(tokens[i - 1].text) && text.slice(tokens[i - 1].end, subject.start) === ' ';
      // "Veltrix Inc. said": the full stop of a corporate suffix is no gap between the name and its verb.
      const suffixStop = COMPANY_SUFFIXES.has(`${subject.lower}.`) && text.slice(subject.end, tokens[i + 1].start) === '. ';
      if (!(isCapitalised(subject.text) || numberedName) || !(suffixStop || (relative ? /^,?\s*$/ : /^[>)]?\s*$/).test(text.slice(subject.end, tokens[i + 1].start)))) return;
      // "Turkey said", "Swiss Re said": a state or a body's name the organisation tests reject, as the sentence's subject.
      const run = orgRunEndingAt(text, tokens, i, sentence.start, people) ?? (spokesperson || relative ? null : speakingRun(text, tokens, i, sentence.start, people));
      if (run && !heldByRole(tokens, run.start)) add(run);
    });
    previous = sentence;
    // A fuller name the verb's own rules read ("the Department for Culture, Media and Sport said") wins.
    for (const { run, as } of spokenFor) {
      if (![...found.values()].some((entry) => entry.mentions.some((m) => m.start < run.end + 2 && m.end > run.start))) add(run, as);
    }
  }
  return joinBracketedShortForms(text, joinShortForms([...found.values()])).map((entry, index) => ({
    key: `o${index}`,
    kind: 'organisation',
    name: entry.name.replace(/^the\s+/i, ''),
    aliases: [...placedBodyAlias(entry.name), ...new Set([...(entry.shortForm ? [entry.shortForm] : []), ...entry.shortForms])],
    roles: [],
    journalist: false,
    mentions: entry.mentions.sort((a, b) => a.start - b.start),
  }));
}
