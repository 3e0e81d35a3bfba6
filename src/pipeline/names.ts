import { GIVEN_NAMES } from './lexicon/given-names.js';
import { FIRMS_LIKE_NAMES, NON_NAME_STARTERS, NOT_INITIALS, NUMBER_WORDS, ORGANISATION_ANAPHORS, ORGANISATION_WORDS, PLACE_WORDS, PUBLICATION_WORDS, TIME_NAMES } from './lexicon/non-names.js';
import { PLACE_SET } from './lexicon/places.js';
import { QUOTE_CUES } from './lexicon/speech-verbs.js';
import { creditsWork, ownedOffice, ownedWork, speaksForBody } from './person-appositives.js';
import { FAITH_WORDS, HONORIFICS, NATIONALITIES, PERSON_ROLE_NOUNS, ROLE_HEADS } from './lexicon/titles.js';
import { isAcronym, isCapitalised, isPossessive, lowercaseWords, nameKey, tokenize, withoutPossessive, type Token } from './tokens.js';

// Finds written person names in a stretch of text: runs of capitalised words,
// with titles split off as roles and the remaining words judged by a given-name
// list and by context (a title before, a speech verb or an appositive after).

// Regular expressions with Unicode property escapes are built once here: the bundler rewrites such
// literals into `new RegExp(...)` calls, which inside a function would build one at every call.
const SHORT_FAMILY_NAME = /^\p{Lu}\p{Ll}{1,3}$/u;
const SYLLABLE_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}(?:-\p{Ll}{2,5})?$/u;
const TWO_CAPITALS = /^\p{Lu}{2}$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}-]+$/u;
const OPENS_CAPITAL = /^\p{Lu}/u;
const TRADE_PLURAL = /\p{Ll}(?:ers|ors|ists|ians|ants|ents)$/u;
const ING_ENDING = /\p{Ll}ing$/u;
const LOWER_AFTER_HYPHEN = /-\p{Ll}/u;
const OPENS_LOWER = /^\p{Ll}/u;
const GLUED_BEFORE = /[\p{L}\p{N}]/u;
const AGENT_NOUN = /\p{Ll}(?:er|or|ist|ian)$/u;
/** Body words that are also common surnames ("Hall" is left out: "Albert Hall" is a place). */
const SURNAME_BODY_WORDS = new Set(['hill', 'church']);
/** Place and body words that are surnames too, read so when a role is given in apposition ("Mike Lake, a spokesman"). */
const PLACE_LIKE_SURNAMES = new Set(['lake', 'bridge', 'rivers', 'river', 'street', 'field', 'hall', 'house', 'park', 'bay', 'ford', 'wood', 'banks', 'marsh', 'castle', 'brook', 'brooks', 'moor', 'wells', 'coast', 'island', 'press', 'tower', 'towers']);
const PART_HELD_BEFORE = /\bthe\s(?:next|new|first|last|original|latest)\s(?:\p{Ll}+\s)?$/u;
/** Goods sold under a maker's name: "a Franck Muller watch", "an Ossie Clark dress". */
const BRANDED_GOODS = new Set(['watch', 'dress', 'gown', 'suit', 'handbag', 'bag', 'perfume', 'fragrance', 'shoes', 'jacket', 'coat', 'guitar', 'piano', 'car', 'motorbike', 'jewellery', 'necklace', 'scarf', 'sofa', 'chair']);
/** The lower-case word right after a name. */
const WORD_AFTER = /^\s(\p{Ll}+)\b/u;
/** "' School" after a plural: the capitalised word an owner's apostrophe leads to. */
const PLURAL_OWNER_BODY = /^['’]\s(\p{Lu}\p{Ll}+)/u;
/** Titles of the peerage, whose holders are named "of" a place. */
const PEERAGES = new Set(['lord', 'baroness', 'baron', 'viscount', 'earl', 'marquess', 'countess']);
/** " of Romania" after a royal's name: the realm, a single capitalised word. */
const REALM_AFTER = /^\sof\s(\p{Lu}\p{Ll}+)(?![\p{L}'’])/u;
const COUNTRY_AFTER_OF = /^(?:the\s)?((?:\p{Lu}\p{Ll}+\s?){1,3})/u;

export interface NameMention {
  start: number;
  end: number;
  /** Name words without titles or possessive: ["Ada", "Okafor"]. */
  words: string[];
  /** nameKey of each word, computed once: ["ada", "okafor"]. */
  keys: string[];
  /** The name with a short honorific as written: "Gen Ada Okafor", "Mr Brandt". */
  surface: string;
  /** Role words seen before or beside the name, lower case: "defence secretary". */
  role: string | null;
  possessive: boolean;
  /**
   * For a multi-word name: context says it is a person; an uncued one is kept only if
   * the article names it so elsewhere. For one word: a title precedes it.
   */
  cued: boolean;
  /** Followed or preceded by a speech verb, or by an age ("said Hynde, 53"). */
  speaks: boolean;
  /** Written after "the" with no title between: "the Land Registry" names a body, not a person. */
  afterThe: boolean;
  /**
   * An uncued name opening a sentence, whose first word is capitalised whatever it is ("Vote Blair",
   * "Lleyton Hewitt gave"): a person only if the article names the surname alone as one.
   */
  opensSentence?: boolean;
  /** Described as a body where it stands: "Frankfurt-based X", "X, the German stock exchange". */
  body?: boolean;
  /**
   * No person where it stands, though the name may be one elsewhere: a title or a part ("the drama Vera Dane",
   * "as Mrs Potter in the production"), or a club or party in brackets after a person ("Yann Jauzet (Stade Nord)").
   */
  notPerson?: boolean;
  /** Written straight after a noun for a work ("the movie Vera Dane have shared"): a title, unless the article shows a person. */
  afterWorkNoun?: boolean;
  /** Written as a work's title here ("the drama Vera Dane", "Vera Dane, Ann Lee's tale of ..."): a title elsewhere too, unless the article shows a person. */
  work?: boolean;
  /** Named as a made-up character ("the role of Luke Stardust"): no person unless the article gives it a role or makes it speak. */
  character?: boolean;
}

/** Titles that make a lone capitalised word a person: "President Obama", "Coach Smith". */
const LONE_TITLES = new Set([...SHORT_HONORIFICS_LIST(), 'president', 'chancellor', 'senator', 'governor', 'king', 'queen', 'prince', 'princess', 'pope', 'coach', 'sheikh', 'bishop', 'archbishop', 'cardinal', 'reverend', 'professor', 'general', 'baroness', 'baron', 'minister', 'secretary', 'ambassador', 'mayor', 'inspector', 'detective', 'sergeant', 'captain', 'colonel', 'major']);
function SHORT_HONORIFICS_LIST(): string[] {
  return ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'gen', 'rev', 'sen', 'rep', 'gov', 'capt', 'col', 'lt', 'sgt', 'adm', 'maj', 'cmdr', 'fr', 'judge'];
}

/** Small words capitalised only inside a title: "Live And Let Die". "A", "I", "Of" and "For" are left out: an initial, "Minister For Europe". */
const TITLE_SMALL_WORDS = new Set(['And', 'The', 'In', 'On', 'At', 'To', 'With', 'From', 'By', 'My', 'Your', 'Is', 'Are', 'An', 'Me', 'You', 'It', 'Or', 'Not', 'No']);
/** Nouns for a place, written in lower case after its name: "Vantor Cross station". */
const PLACE_NOUNS = new Set(['station', 'airport', 'stadium', 'hospital', 'bridge', 'road', 'street', 'square', 'park', 'racecourse', 'prison', 'cathedral', 'church', 'tube', 'motorway', 'estate']);
/** Nouns for a work, written in lower case straight before its title: "the drama Vera Dane". */
/** Nouns that are also verbs ("show", "play", "track") are left out: "polls show Tony Blair ahead". */
const WORK_NOUNS = new Set(['film', 'movie', 'drama', 'comedy', 'sitcom', 'series', 'musical', 'novel', 'album', 'song', 'documentary', 'programme', 'opera', 'ballet', 'soap', 'thriller', 'biopic', 'cartoon', 'epic', 'franchise']);
const PLAYED_IN = /\b(?:role|roles|performance|performances|starred|stars|starring|appears|appeared|appearing|cameo)\sin\s$/;
const VERSUS = new Set(['Vs', 'Vs.', 'Versus']);
/** "... and the Prisoner of Azkaban", "... and the Temple of Doom": the rest of a title after a name. */
const SEQUEL_TITLE = /^\sand\sthe\s\p{Lu}[\p{L}-]+\sof\s(?:the\s)?\p{Lu}/u;
const CHARACTER_BEFORE = /(?:\bthe\srole\sof|\bcharacters?(?:\s(?:like|such\sas|including|called|named))?)\s$/;
/** "characters like Stanley Korbel and ", "characters such as Ann Vale, ": the next character of the same list. */
const CHARACTERS_LISTED_BEFORE = /\bcharacters\s(?:like|such\sas|including)\s(?:\p{Lu}[\p{L}'’-]*\s){1,3}?\p{Lu}[\p{L}'’-]*(?:,\s|,?\sand\s)$/u;
const CHARACTER_AFTER = /^,?\s[-–—]?\s?(?:a|the)\s(?:fictional\s)?character\b|^,\s(?:a|the)\sfictional\b|^,\s(?:who\sis\s)?played\s(?:in\s[\p{Ll}\s]{1,20}\s)?by\s/u;
const MADE_BY = /\b(?:played|voiced|directed|written|co-written|narrated|sung|composed)\s(?:in\s[\p{Ll}\s]{1,20}\s)?by\s$/u;
const ROYAL_TITLES = new Set(['king', 'queen', 'prince', 'princess']);
/** "as Mrs Potter in the stage version": the words before a part an actor plays ("played" only before an honorific, as players play people). */
const PLAYED = new Set(['played', 'plays', 'playing', 'play']);
const IN_A_WORK = /^[^.!?"“]{0,12}?\sin\s(?:the\s|a\s|an\s)?(?:[\p{L}'’-]+\s){0,4}?(?:film|production|version|series|musical|play|drama|show|movie|sitcom|soap|adaptation|remake|sequel|pantomime|opera|novel)\b/u;

function opensSentenceAt(text: string, start: number): boolean {
  return /(?:^|[.!?:;"“‘(\n]\s*)$/.test(text.slice(Math.max(0, start - 3), start));
}

/** A title rather than a person: "the drama Vera Dane", "in Tom Jonas, directed by ...". */
function namesWork(text: string, prev: Token | undefined, prefix: Token[], first: Token, last: Token, given: boolean): boolean {
  // "the film Steven Spielman made": a person's name after the noun goes on with a verb; a title ends the phrase.
  if (!prefix.length && prev && prev.text === prev.lower && WORK_NOUNS.has(prev.lower) && text.slice(prev.end, first.start) === ' '
    && (!given || /^(?:['’]s)?(?:[,.;:)]|\s\(|$)/.test(text.slice(last.end, last.end + 3)))) return true;
  if (/^,?\s\(?(?:directed|written|produced)\sby\b/.test(text.slice(last.end, last.end + 16))) return true;
  return false;
}

/** "as Mrs Potter in the stage version", "played Mrs Potter in ...": a part an actor plays, no person where it stands. */
function playsPart(text: string, before: Token | undefined, prefix: Token[], last: Token): boolean {
  const part = before !== undefined && (before.lower === 'as' || (PLAYED.has(before.lower) && prefix.length > 0 && SHORT_HONORIFICS.has(bare(prefix[prefix.length - 1].text))));
  return part && IN_A_WORK.test(text.slice(last.end, last.end + 70));
}

/**
 * "played abortionist Vera Dane in Mike Leigh's film": a part described by a noun after "played" is a character, a person
 * only where the article gives the name a role ("played singer Ray Charles" is the singer).
 */
function describedPart(text: string, prev: Token | undefined, beforePrev: Token | undefined, prefix: Token[], last: Token): boolean {
  return !prefix.length && prev !== undefined && prev.text === prev.lower && OPENS_LOWER.test(prev.text) && PLAYED.has(beforePrev?.lower ?? '')
    && IN_A_WORK.test(text.slice(last.end, last.end + 70));
}

/**
 * "Yann Jauzet (Stade Nord)", "Ann Lee (Labour)": a name alone in brackets straight after a name is a club, a party
 * or a country, unless it opens with a given name: "Sylvia (Kate Winsley)" names the actor playing a part.
 */
function bracketedAfterName(text: string, before: Token | undefined, last: Token, given: boolean): boolean {
  return !given && before !== undefined && text.slice(before.end, before.end + 2) === ' (' && OPENS_CAPITAL.test(before.text) && /^['’]?s?[),]/.test(text.slice(last.end, last.end + 3));
}

/** Heads of an appositive that describe a work: "Almost Home, the duet from ...". */
const WORK_HEADS = new Set(['duet', 'song', 'single', 'album', 'film', 'movie', 'show', 'novel', 'play', 'musical', 'track', 'hit', 'series', 'sitcom', 'drama', 'comedy', 'documentary', 'theme', 'ballad', 'anthem', 'book', 'opera', 'programme']);

/**
 * "Almost Home, the duet from ...", "Live And Let Go, the theme he recorded": an appositive naming a work. A verb
 * after the noun ("Directed by Ann Fuqua, the film was ...") makes it the subject of the clause instead.
 */
function appositiveNamesWork(text: string, end: number): boolean {
  const phrase = /^,\s+the\s+([^,.;:()"“”]{1,60})/.exec(text.slice(end, end + 70))?.[1];
  if (!phrase) return false;
  const words = phrase.trim().split(/\s+/);
  for (let i = 0; i < words.length && i < 6; i += 1) {
    const lower = words[i].toLowerCase();
    if (WORK_HEADS.has(lower)) {
      const after = words[i + 1]?.toLowerCase();
      return after === undefined || APPOSITIVE_STOPS.has(after) || PRONOUNS.has(after);
    }
    if (APPOSITIVE_STOPS.has(lower)) return false;
  }
  return false;
}
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/** Words before a capitalised descriptor and a name: "the late Beatle George Harrison". */
const DESCRIPTOR_LEADS = new Set(['the', 'a', 'an', 'late', 'former', 'ex', 'fellow']);

/** Letters written after a name for a post or an honour: "Frank Field MP". */
const POST_NOMINALS = new Set(['mp', 'mep', 'msp', 'ms', 'mla', 'td', 'am', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'kbe', 'dbe']);
/** Honorifics after which one capitalised word can only be a surname ("Miss World", "Lord Chancellor" are not). */
const SURNAME_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr']);

/**
 * "Li Ka-shing", "Kim Dae-jung": a short family name then a given name of two syllables joined by a
 * hyphen, the second in lower case; elsewhere a lower case after a hyphen marks a compound ("Anti-war").
 */
function syllableName(words: string[]): boolean {
  return words.length <= 3 && SHORT_FAMILY_NAME.test(words[0]) && words.slice(1).every((word) => SYLLABLE_GIVEN_NAME.test(word));
}

/**
 * "Irakli Labadze of Georgia", "Kenneth Carlsen of Denmark": a name of two words followed by "of" and a country is a
 * person from it, and one followed by "of" and a body is a person who works there (a body's own name holds a body
 * word and is rejected before this: "Bank of Norland").
 */
function fromCountry(text: string, end: number, words: string[]): boolean {
  if (words.length !== 2 || text.slice(end, end + 4) !== ' of ') return false;
  const place = COUNTRY_AFTER_OF.exec(text.slice(end + 4, end + 40))?.[1].trim();
  if (place === undefined) return false;
  // "Susumu Taketomi of Industrial Bank of Japan": a person named with the body they work for.
  if (place.split(' ').some((word) => ORGANISATION_WORDS.has(word.toLowerCase()) && !NATIONALITIES.has(word.toLowerCase()))) return true;
  return PLACE_SET.has(place) && !CAPITALISED_WORD.test(text.slice(end + 4 + place.length + 1, end + 4 + place.length + 12));
}

/**
 * "King Felipe VI", "Martin Luther King III": a regnal or generational number closing a titled name, or one of three
 * words, is part of it; "Rocky II" and "Shakespeare's Richard III" are works.
 */
const REGNAL_NUMBER = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/;
/** Words before "to" that lead to a person: "spoke to", "wrote to", "belonged to", "lost to". */
const TO_A_PERSON = new Set(['spoke', 'speak', 'speaks', 'speaking', 'talk', 'talks', 'talking', 'talked', 'told', 'said', 'says', 'wrote', 'write', 'writes', 'writing',
  'written', 'sent', 'belonged', 'belongs', 'belonging', 'married', 'thanks', 'apologised', 'apologized', 'letter', 'message', 'tribute', 'lost', 'lose', 'loses',
  'losing', 'fell', 'falls', 'beaten', 'engaged', 'born', 'introduced', 'listen', 'listening', 'listened']);
/** "1989's Shirley Valentine", "1947's Nicholas Nickleby": a year owns a work or an event, never a person. */
const YEAR_OWNS_BEFORE = /\b(?:1[89]|20)\d\d['’]s\s$/;
/** Titles written in capitals before a name: "Labour MP Ann Lee", "DCI Tom Hale", "CEO Ann Lee". */
const CAPITALS_TITLES = new Set(['mp', 'mep', 'msp', 'mla', 'am', 'td', 'qc', 'kc', 'ceo', 'cfo', 'coo', 'cto', 'dci', 'dcs', 'di', 'ds', 'dc', 'pc', 'pcso', 'dsupt', 'gp', 'dj', 'mc']);
/** Prefixes of a ship's name. */
const SHIP_PREFIXES = new Set(['hms', 'uss', 'rms', 'hmas', 'hmcs', 'hmnzs', 'ins', 'mv', 'ss']);

/** Particles inside a surname: "Louw de Graaf", "De Graaf". */
export const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'dos', 'das', 'mac']);
const SHORT_HONORIFICS = new Set(SHORT_HONORIFICS_LIST());
const JOINED_PARTICLE = /^(?:al|el|ul|bin|ibn|abu|ben|de|di|da|van|von|le|la)-\p{Lu}/u;
const APPOSITIVE_START = /^,\s+(?:a|an|the|its|his|her|their|who|whose|aged|\d{1,3})\b/;
/** ", who ...", ", 53,": what follows a person's name and never a body's. */
const PERSON_APPOSITIVE = /^,\s+(?:who|whose|aged|\d{1,2},)/;
const ROLE_FILLERS = new Set(['the', 'of', 'for', 'and']);
/** Institutions that qualify a role and matter for matching it later: "Kremlin aide", "White House spokesman". */
const ROLE_MODIFIERS = new Set(['kremlin', 'pentagon', 'vatican', 'white', 'house', 'nato', 'government', 'company', 'party', 'club', 'team', 'military', 'police', 'army', 'opposition', 'campaign', 'union', 'court']);

/** "Jan-Michael", "Jean-Pierre": a given name joined of given names is one too. */
/** "Lib Dem Norman Baker", "Lib Dems David Laws": a party's short form qualifies a name as "Liberal Democrat" does. */
const PARTY_SHORT_FORMS = new Set(['lib', 'dem', 'lib-dem', 'libdem']);

/** Where a person is from or which party they sit for: kept out of the role itself. */
const qualifiesRole = (lower: string): boolean => NATIONALITIES.has(lower) || PARTY_SHORT_FORMS.has(lower) || PARTY_SHORT_FORMS.has(lower.replace(/s$/, ''));

export const isGivenName = (lower: string): boolean => GIVEN_NAMES.has(lower) || (lower.includes('-') && lower.split('-').every((part) => GIVEN_NAMES.has(part)));
const isNationality = (lower: string): boolean => NATIONALITIES.has(lower) || PARTY_SHORT_FORMS.has(lower) || (lower.endsWith('s') && (NATIONALITIES.has(lower.slice(0, -1)) || PARTY_SHORT_FORMS.has(lower.slice(0, -1))));
/** Words listed with nationalities ("North Korean", "White House") that are never given names. */
const NOT_GIVEN_NAMES = new Set(['north', 'south', 'east', 'west', 'white', 'black', 'new', 'red', 'green', 'central', 'western', 'eastern', 'northern', 'southern']);
/** Words listed with nationalities that name a party, an institution or an acronym, not where a person is from. */
const NOT_DEMONYMS = new Set(['federal', 'state', 'republican', 'democratic', 'democrat', 'labour', 'conservative', 'tory', 'liberal', 'kremlin', 'house', 'pentagon', 'downing', 'street', 'vatican', 'nato', 'eu', 'un', 'us', 'uk', 'u.s.', 'u.k.', "uk's", "us's", 'zealand', 'soviet', 'arab']);
/** "South Korean", "Danish": a word saying where a person is from, which before a name is as good as a title. */
const isDemonym = (lower: string): boolean => NATIONALITIES.has(lower) && !NOT_GIVEN_NAMES.has(lower) && !NOT_DEMONYMS.has(lower);
/** Title words that only qualify a title ("top official", "former minister"), never one alone. */
const TITLE_MODIFIERS = new Set(['national', 'top', 'senior', 'junior', 'new', 'former', 'acting', 'interim', 'outgoing', 'incoming', 'then', 'late', 'first', 'special', 'grand', 'field', 'air', 'force', 'assistant', 'associate', 'security', 'economic', 'affairs', 'majority', 'minority', 'crown', 'state', 'home', 'foreign', 'interior', 'finance', 'health', 'trade', 'defence', 'defense', 'justice', 'energy', 'transport', 'education', 'culture', 'environment', 'agriculture', 'commerce', 'treasury', 'economy', 'staff', 'marine', 'army', 'navy']);
const TITLE_PREFIXES = new Set(['vice', 'co', 'ex', 'deputy', 'under', 'lieutenant', 'sub']);
/** "Vice-President", "Co-Founder", "Ex-Minister": a title written as one hyphenated word. */
const hyphenatedTitle = (lower: string): boolean => {
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  return parts.length > 1 && (HONORIFICS.has(parts[parts.length - 1]) || ROLE_HEADS.has(parts[parts.length - 1]))
    && parts.slice(0, -1).every((part) => TITLE_PREFIXES.has(part) || HONORIFICS.has(part) || ROLE_HEADS.has(part));
};
/** "Princes William and Harry": a title in the plural before names. */
const pluralTitle = (lower: string): boolean => lower.length > 4 && lower.endsWith('s') && HONORIFICS.has(lower.slice(0, -1));
/**
 * "Dean Kiely", "James Dean Bradfield", "goalkeeper Dean Kiely": a title that is also a given name, capitalised before a
 * surname, is the given name; the office is written "the Dean of ..." or in lower case ("the dean, Ann Lee").
 */
const GIVEN_NAME_TITLES = new Set(['dean']);
const givenNameTitle = (run: Token[], i: number): boolean => GIVEN_NAME_TITLES.has(run[i].lower) && run[i].text !== run[i].lower
  && run.length - i === 2 && (i === 0 || isGivenName(run[i - 1].lower) || stripWord(bare(run[i - 1].text)));
/** "Det Con Sam Hollis": "Con" after "Det" is the constable's rank, though alone it is a given name ("Con Houlihan"). */
const detectiveConstable = (run: Token[], i: number): boolean => i > 0 && bare(run[i].text) === 'con' && bare(run[i - 1].text) === 'det';
const stripWord = (lower: string): boolean => HONORIFICS.has(lower) || ROLE_HEADS.has(lower) || hyphenatedTitle(lower) || pluralTitle(lower) || isNationality(lower) || NON_NAME_STARTERS.has(lower);
const titleWord = (lower: string): boolean => ((HONORIFICS.has(lower) || ROLE_HEADS.has(lower)) && !ROLE_FILLERS.has(lower) && !NON_NAME_STARTERS.has(lower)) || hyphenatedTitle(lower);

/** "J.D. Vance", "A.J. Brown": two initials with their stops; "U.S." and "U.K." are places, listed as initials never. */
const DOTTED_INITIALS = /^\p{Lu}\.\p{Lu}\.?$/u;
const dottedInitials = (word: string): boolean => DOTTED_INITIALS.test(word) && !NOT_INITIALS.has(word.replace(/\./g, '').toLowerCase());

/** "JP McManus", "PJ Harvey": two capitals then a surname, the way some people write their initials. */
function initialsWithoutStops(run: Token[], i: number): boolean {
  return (TWO_CAPITALS.test(run[i].text) || dottedInitials(run[i].text)) && !NOT_INITIALS.has(run[i].lower) && run.length - i >= 2 && run.length - i <= 3
    && run.slice(i + 1).every((token) => CAPITALISED_WORD.test(token.text));
}

function bare(word: string): string {
  return withoutPossessive(word).replace(/\.$/, '').toLowerCase();
}

/** Splits tokens into runs of capitalised words joined by single spaces. */
function capitalisedRuns(text: string, tokens: Token[]): { run: Token[]; at: number }[] {
  const runs: { run: Token[]; at: number }[] = [];
  let run: Token[] = [];
  let at = 0;
  const close = (): void => {
    while (run.length && NAME_PARTICLES.has(run[run.length - 1].lower)) run.pop();
    // "told George Shultz China's troubles were over": a place's possessive after a full
    // name starts the next phrase.
    if (run.length >= 3 && isPossessive(run[run.length - 1].text) && PLACE_WORDS.has(bare(run[run.length - 1].text))) run.pop();
    // Most runs are one sentence-opening word ("The", "But"): drop them before any work.
    if (run.length > 1 || (run.length === 1 && !NON_NAME_STARTERS.has(run[0].lower))) runs.push({ run, at });
    run = [];
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    // "Ali al-Sabah", "Omar bin-Laden": a particle joined by a hyphen continues a name.
    // "Certainly I would": the pronoun is capitalised too, but an initial always carries its full stop.
    const pronoun = token.text === 'I' && text[token.end] !== '.';
    // "rapper 50 Cent": a number can open a stage name; it stays a name only where a role noun cues it.
    const numberHead = /^\d{1,3}$/.test(token.text) && tokens[i + 1] !== undefined && text.slice(token.end, tokens[i + 1].start) === ' ' && CAPITALISED_WORD.test(tokens[i + 1].text);
    const capital = (isCapitalised(token.text) && !pronoun) || numberHead || (run.length > 0 && JOINED_PARTICLE.test(token.text));
    const connector = !capital && NAME_PARTICLES.has(token.lower) && run.length > 0;
    if (!capital && !connector) {
      close();
      continue;
    }
    if (run.length) {
      const prev = run[run.length - 1];
      const gap = text.slice(prev.end, token.start);
      const joined = gap === ' ' || (gap === '. ' && (SINGLE_CAPITAL.test(prev.text) || dottedInitials(prev.text))) || (gap === '. ' && SHORT_HONORIFICS.has(prev.lower) && !isAcronym(prev.text));
      if (!joined || isPossessive(prev.text) || numberHead) close();
    }
    if (!run.length) at = i;
    run.push(token);
  }
  close();
  return runs;
}

/** ", vice president of ...", ", spokeswoman for ...": a title without an article in apposition after a name. */
function titleInApposition(text: string, end: number): boolean {
  const word = /^,\s(\p{Ll}+)\s/u.exec(text.slice(end, end + 24))?.[1];
  return word !== undefined && titleWord(word) && !NON_NAME_STARTERS.has(word);
}

/** Lower-case role words right before `index`: "national security adviser", "Kremlin aide". */
function roleBefore(text: string, tokens: Token[], index: number): string[] {
  const words: string[] = [];
  let gapEnd = tokens[index]?.start ?? 0;
  for (let i = index - 1; i >= 0 && words.length < 7; i -= 1) {
    const gap = text.slice(tokens[i].end, gapEnd);
    if (gap !== ' ' && !(gap === ', ' && words.length === 0)) break;
    const lower = tokens[i].lower;
    // "ex-Tory chancellor Jane Doe" held the office, like "former Tory chancellor": the party goes, the past stays.
    if (words.length > 0 && lower.startsWith('ex-') && NATIONALITIES.has(lower.slice(3))) {
      words.unshift('former');
      break;
    }
    const modifier = words.length > 0 && words.length < 3 && titleWord(words[words.length - 1] ?? '') && LOWER_CASE_WORD.test(tokens[i].text)
      && !NON_NAME_STARTERS.has(lower) && !QUOTE_CUES.has(lower) && !/(?:ly|ed|ing)$/.test(lower);
    if (!(titleWord(lower) || NATIONALITIES.has(lower) || ROLE_FILLERS.has(lower) || ROLE_MODIFIERS.has(lower) || modifier)) break;
    words.unshift(lower);
    gapEnd = tokens[i].start;
  }
  while (words.length && (ROLE_FILLERS.has(words[0]) || (NATIONALITIES.has(words[0]) && !ROLE_MODIFIERS.has(words[0])))) words.shift();
  return words.some((word) => titleWord(word)) ? words : [];
}

/** "the top U.S. military officer" from ", the top U.S. military officer," after a name. */
function appositiveRole(text: string, end: number): string | null {
  const match = /^,\s+(?:the|a|an)\s+([^,.;:()"“”]{3,60}?)\s*[,.;]/.exec(text.slice(end, end + 80));
  if (!match) return null;
  const words = match[1].toLowerCase().split(/\s+/);
  return words.some((word) => ROLE_HEADS.has(word)) ? words.filter((w) => !NATIONALITIES.has(w)).join(' ') : null;
}

/**
 * "Deutsche Boerse, the German stock exchange that ...", "Vantel, a unit of Acme": an appositive whose
 * head noun is a body's describes a body. A role noun first ("the chief executive of the firm") describes a person.
 */
function appositiveNamesBody(text: string, end: number): boolean {
  const head = appositiveHead(text, end);
  if (ROLE_HEADS.has(head) || HONORIFICS.has(head) || PERSON_HEADS.has(head)) return false;
  return ORGANISATION_ANAPHORS.has(head) || (ORGANISATION_WORDS.has(head) && !NON_NAME_STARTERS.has(head)) || BODY_NOUNS.has(head) || BODY_NOUN_ENDINGS.test(head);
}

/** The head noun of an appositive after a name, lower case, or '' when there is none. */
function appositiveHead(text: string, end: number): string {
  const phrase = /^,\s+(?:the|a|an|its|his|her|their)\s+([^,.;:()"“”]{1,80})/.exec(text.slice(end, end + 90))?.[1];
  if (!phrase) return '';
  // The head is the last word before "that", "with", "of" or a name: "a telecoms analyst with Deutsche Bank"
  // is an analyst, "a rampant Martyn Williams" no description at all. A nationality is read through.
  let head = '';
  for (const word of phrase.split(/\s+/).slice(0, 8)) {
    const lower = word.toLowerCase();
    if (APPOSITIVE_STOPS.has(lower) || (OPENS_CAPITAL.test(word) && !NATIONALITIES.has(lower))) break;
    if (!OPENS_CAPITAL.test(word)) head = lower;
  }
  return head;
}

/** Heads of an appositive that describe a place: "Dunfermline East, a new constituency including ...". */
const PLACE_HEADS = new Set(['constituency', 'seat', 'town', 'city', 'village', 'region', 'area', 'district', 'county', 'country',
  'island', 'province', 'suburb', 'borough', 'ward', 'resort', 'port', 'capital', 'venue', 'ground', 'stadium', 'state', 'neighbourhood']);

/**
 * Nouns that, in lower case right before a name, say what kind of body it is: "mortgage giant Fannie
 * Maye", "band Snow Drift", "network Red Kite". Nouns a person can also hold ("producer", "publisher",
 * "broadcaster") are left out.
 */
const BODY_INTRODUCERS = new Set(['company', 'firm', 'group', 'bank', 'carrier', 'airline', 'insurer', 'reinsurer', 'retailer', 'lender',
  'conglomerate', 'chain', 'network', 'giant', 'carmaker', 'automaker', 'drugmaker', 'chipmaker', 'supermarket', 'band', 'label',
  'charity', 'studio', 'club', 'outfit', 'consultancy', 'brand', 'website', 'exchange', 'watchdog', 'regulator', 'agency', 'union',
  'organisation', 'organization', 'association', 'side', 'franchise', 'broker', 'bookmaker', 'bookmakers', 'brewer', 'winemaker', 'distiller', 'housebuilder', 'steelmaker']);

/** "a trumpet which belonged to Dizzy Gillespie, which ...": after a preposition "which" may refer to the thing before. */
const PREPOSITIONS = new Set(['to', 'of', 'by', 'with', 'from', 'for', 'at', 'in', 'on', 'against', 'about', 'like', 'than', 'as']);

/** "mortgage giant Fannie Maye": a body noun written straight before the name. */
function introducedAsBody(text: string, prev: Token | undefined, first: Token): boolean {
  if (!prev || prev.text !== prev.lower || text.slice(prev.end, first.start) !== ' ') return false;
  // "open-side Martyn Williams": a compound ending in "side" is a position, so the whole word must be the noun.
  return BODY_INTRODUCERS.has(prev.lower);
}

/**
 * "Halden Kross shares fell", "Halden Kross's chief executive": what only a business has, after its name.
 * A person owns shares or a stake too, so those count only without the possessive.
 */
const BUSINESS_AFTER = /^(?:\s(?:shares|shareholders|investors|profits|stock|spokesman|spokeswoman|spokesperson)\b|['’]s?\s(?:shareholders|profits|revenues?|earnings|chairman|chief\sexecutive|board|headquarters|subsidiary|subscribers|customers|share\sprice)\b)/;
/**
 * "shares in Halden Kross", "a stake in ...", "a takeover of ...", "members of" a band or a party; "analysts at Peel
 * Hunt", "staff at Vantor": people who work at a place are written with it, so what follows is a body.
 */
const BUSINESS_BEFORE = /\b(?:shares\sin|stake\sin|takeover\sof|merger\swith|members\sof|(?:analysts|economists|strategists|researchers|scientists|staff|workers|employees|engineers|traders)\s(?:at|with)(?:\sthe)?)\s$/i;

/** "Frankfurt-based", "state-owned": where a firm is based or who owns it, before its name. */
const BASED_OWNED = /\p{L}-(?:based|listed|owned|run|registered|headquartered|controlled)$/u;
const APPOSITIVE_STOPS = new Set(['that', 'which', 'who', 'whose', 'with', 'in', 'for', 'of', 'and', 'to', 'at', 'by', 'on', 'from', 'owned', 'based', 'run', 'set', 'led', 'behind', 'about', 'between', 'like', 'over', 'under', 'after', 'including', 'where', 'near']);
/** "Jez San, the man behind ...": heads that name a person. */
const PERSON_HEADS = new Set(['man', 'woman', 'boy', 'girl', 'son', 'daughter', 'wife', 'husband', 'father', 'mother', 'brother', 'sister', 'widow', 'widower', 'person', 'veteran', 'teenager']);

/** Nouns for a business or body beyond the name-forming words: "the world's biggest carmaker". */
const BODY_NOUNS = new Set(['carmaker', 'automaker', 'drugmaker', 'chipmaker', 'retailer', 'supermarket', 'insurer', 'lender', 'bank', 'exchange', 'firm', 'company', 'giant', 'brand', 'operator', 'airline', 'carrier', 'conglomerate', 'charity', 'consultancy', 'manufacturer', 'producer', 'publisher', 'broadcaster', 'website', 'band', 'group', 'club', 'side', 'team', 'label', 'studio', 'regulator', 'watchdog']);

/** "reinsurer", "games-maker", "investment bank": a compound whose head is a body noun. */
const BODY_NOUN_ENDINGS = /(?:insurer|maker|retailer|lender|bank|firm|company|operator|carrier)$/;

export interface NameScanOptions {
  /** Title-case lines (headlines) capitalise every word: only given names count there. */
  titleCase?: boolean;
}

/** Person-name mentions in text[from, to). */
export function scanNames(text: string, from: number, to: number, options: NameScanOptions = {}): NameMention[] {
  const tokens = tokenize(text, from, to);
  const common = lowercaseWords(text);
  const mentions: NameMention[] = [];
  for (const found of capitalisedRuns(text, tokens)) {
    // "34 John Wayne films", "14 Francesca Schiavone (Italy)": a number before a full name counts something.
    const counted = /^\d/.test(found.run[0].text) && found.run.length !== 2;
    let run = counted ? found.run.slice(1) : found.run;
    // "Live And Let Die", "Carry On At Your Convenience": a capitalised small word inside a run marks a work's title.
    if (!options.titleCase && run.some((token, i) => i > 0 && TITLE_SMALL_WORDS.has(token.text))) continue;
    // "Jeunet's A Very Long Engagement": "A" inside a sentence opening a run of capitals opens a title.
    if ((run[0].text === 'A' || run[0].text === 'An') && run.length >= 3 && run[1].text.length > 1 && !opensSentenceAt(text, run[0].start)) continue;
    // "King's Cross station", "Vantor Park hospital": a place named by the noun after it.
    const following = tokens[found.at + found.run.length];
    if (following && following.text === following.lower && PLACE_NOUNS.has(following.lower) && !isPossessive(run[run.length - 1].text) && text.slice(run[run.length - 1].end, following.start) === ' ') continue;
    // "PCG-X505/P Vaio": a capital glued to the word or code before it is part of that code ("Johnson/B Deacon" lists two players).
    if (run[0].start > 0 && (GLUED_BEFORE.test(text[run[0].start - 1]) || (text[run[0].start - 1] === '/' && /\d/.test(text[run[0].start - 2] ?? '')))) continue;
    // "Frank Field MP", "Ann Lee QC": letters after a name are a post, not part of it.
    const postNominal = run.length >= 3 && POST_NOMINALS.has(run[run.length - 1].lower);
    if (postNominal) run = run.slice(0, -1);
    const at = counted ? found.at + 1 : found.at;
    if (run.length === 0) continue;
    let cut = -1;
    const numbered = /^\d/.test(run[0].text);
    // "Martin Luther King III": a title word before a closing number is the surname it numbers.
    const numberedSurname = (i: number): boolean => i > 0 && i === run.length - 2 && REGNAL_NUMBER.test(run[i + 1].text) && isGivenName(run[0].lower);
    for (let i = 0; i < run.length - 1; i += 1) if ((stripWord(bare(run[i].text)) && !numberedSurname(i) && !givenNameTitle(run, i)) || detectiveConstable(run, i) || BASED_OWNED.test(run[i].lower) || (isAcronym(run[i].text) && !numbered && !(i === cut + 1 && initialsWithoutStops(run, i)))) cut = i;
    // Read once, and only for the runs that get far enough to need it.
    let titlesBefore: string[] | undefined;
    const rolesBefore = (): string[] => (titlesBefore ??= roleBefore(text, tokens, at));
    // "economy minister German Gref": after a lower-case title a nationality is never
    // the next word ("the German economy minister" is), so it is the given name.
    if (cut === 0 && run.length === 2 && isNationality(run[0].lower) && !NOT_GIVEN_NAMES.has(run[0].lower) && titleWord(rolesBefore().at(-1) ?? '')) cut = -1;
    // "Organisers Jonny Abara ...": a sentence-opening word before a known given name is not part of the name.
    // "Will Tony Blair stand?": "Will" opening a sentence before a full name asks a question.
    if (cut === -1 && at === 0 && run.length >= 3 && (!GIVEN_NAMES.has(run[0].lower) || run[0].text === 'Will') && GIVEN_NAMES.has(run[1].lower) && !initialsWithoutStops(run, 0)) cut = 0;
    // "the late Beatle George Harrison", "State Comptroller Alan Hevesi": inside a sentence, a word that is no given
    // name before a known one is a descriptor when a determiner or "late"/"former" comes first, or it names an agent.
    const head = cut + 1;
    if (run.length - head >= 3 && (head > 0 || at > 0) && !isGivenName(run[head].lower) && GIVEN_NAMES.has(run[head + 1].lower) && !initialsWithoutStops(run, head)
      && ((head === 0 && DESCRIPTOR_LEADS.has(tokens[at - 1].lower)) || AGENT_NOUN.test(run[head].text))) cut = head;
    // "Bookmakers Ladbrokes says": a plural noun for a trade opening the sentence describes the name after it.
    if (cut === -1 && at === 0 && run.length >= 2 && !isGivenName(run[0].lower) && TRADE_PLURAL.test(run[0].text)) cut = 0;
    // "Chancellor of the Exchequer Gordon Brown", "Leader of the Commons Peter Hain": the body
    // closing a title, then the holder's name.
    const titleOfBody = cut === -1 && run.length >= 3 && !GIVEN_NAMES.has(run[0].lower) && GIVEN_NAMES.has(run[1].lower)
      && /\b(?:of|for)(?: the)?\s$/.test(text.slice(Math.max(0, run[0].start - 8), run[0].start)) && titleWord(rolesBefore().find((word) => !ROLE_FILLERS.has(word)) ?? '');
    if (titleOfBody) cut = 0;
    // "Marine Le Pen": a word that is both a title and a given name, right before a surname opened by a particle
    // ("Le Pen", "De Rossi"), is the given name.
    if (cut >= 0 && run.length - cut >= 3 && NAME_PARTICLES.has(run[cut + 1].lower) && isCapitalised(run[cut + 1].text) && GIVEN_NAMES.has(run[cut].lower)
      && !SHORT_HONORIFICS.has(bare(run[cut].text))) cut -= 1;
    const core = run.slice(cut + 1);
    const prefix = run.slice(0, cut + 1);
    const words = core.map((token, i) => (i === core.length - 1 ? withoutPossessive(token.text) : token.text).replace(/\.$/, ''));
    if (words.length === 0 || words.length > 4) continue;
    const lowers = words.map((word) => word.toLowerCase());
    // "Will Tory tax cuts lift spirits?": "Will" opening a question is the verb.
    const given = isGivenName(lowers[0]) && !(lowers[0] === 'will' && opensSentenceAt(text, core[0].start) && /^[^.!"“]{0,120}\?/.test(text.slice(core[0].start, core[0].start + 124)));
    // "Mr Pound", "Mrs May": after an honorific a word is a surname, whatever else it means in the article.
    const surnameAfterHonorific = words.length === 1 && prefix.length > 0 && SURNAME_HONORIFICS.has(bare(prefix[prefix.length - 1].text)) && !isAcronym(prefix[prefix.length - 1].text);
    // Titles of works and firms named after founders: "Howling Wolf", "Million Dollar Baby", "Goldman Sachs".
    // A known given name makes a closing number word a surname: "Stephen Pound".
    if ((lowers.some((word, i) => NUMBER_WORDS.has(word) && !(given && i === lowers.length - 1)) && !surnameAfterHonorific) || (!given && words.length > 1 && ING_ENDING.test(lowers[0]))) continue;
    if (lowers.length > 1 && FIRMS_LIKE_NAMES.has(`${lowers[0].replace(/\./g, '')} ${lowers[1]}`)) continue;
    // "Grade C", "Plan B", "Raw T": a single capital closing a name that opens with no given name is a grade or a label.
    if (words.length > 1 && !given && SINGLE_CAPITAL.test(words[words.length - 1])) continue;
    // "Hong Kong", "Sri Lanka": a known place of several words, however name-like its first word.
    if (words.length > 1 && PLACE_SET.has(words.join(' '))) continue;
    // Initials without stops are a person only where the article shows it ("Mr McManus"), as "JP Morgan" is a bank.
    // Stops make initials a person's ("J.D. Vance"); without them they may be a bank's ("JP Morgan").
    const dotted = core.length > 1 && initialsWithoutStops(core, 0) && dottedInitials(core[0].text);
    const initials = core.length > 1 && initialsWithoutStops(core, 0) && !dotted;
    // "spokesman Mike Lake", "Housing Minister Keith Hill": after a title a given name makes a body's word a surname.
    // A royal or saint's title names places and works too ("the Prince Edward Theatre", "St James Park"), and a
    // role closed by "of" belongs to the body after it ("the head of Christian Brothers").
    const personTitle = (word: string): boolean => titleWord(word) && !TITLE_MODIFIERS.has(word) && !ROYAL_TITLES.has(word) && word !== 'st' && word !== 'saint';
    const titledSurname = (): boolean => given && words.length === 2
      && (prefix.some((token) => personTitle(bare(token.text))) || (rolesBefore().some(personTitle) && !ROLE_FILLERS.has(rolesBefore().at(-1) ?? '')));
    // "Richard Hill", "Charlotte Church": a body word that is also a common surname closes a pair opened by a given name.
    // After "of" the pair closes a body's name instead: "the Fullness of Joy Church".
    // "Mike Lake, a spokesman for ...": an appositive naming a role makes such a word a surname too.
    const surnameBodyWord = (word: string, i: number): boolean => given && words.length === 2 && i === 1
      && (SURNAME_BODY_WORDS.has(word) || (PLACE_LIKE_SURNAMES.has(word) && (appositiveRole(text, core[1].end) !== null || titleInApposition(text, core[1].end))))
      && text.slice(Math.max(0, core[0].start - 3), core[0].start) !== 'of ';
    // "heptathlon champion Carolina Kluft", "Senator Virginia Foxe": after a person's title a place's name opening a pair is the given name.
    // The surname must be no word the article writes in lower case ("Glasgow Rugby"), and the title no body's ("broadcaster France Televisions").
    const titledPlaceName = (word: string): boolean => words.length === 2 && PLACE_WORDS.has(word) && !ORGANISATION_WORDS.has(lowers[1]) && !PLACE_WORDS.has(lowers[1])
      && !common.has(lowers[1].replace(/['’]s$/, '')) && text.slice(Math.max(0, core[0].start - 2), core[0].start) !== ', '
      && (prefix.some((token) => personTitle(bare(token.text))) || (rolesBefore().some(personTitle) && !ROLE_FILLERS.has(rolesBefore().at(-1) ?? '') && !BODY_NOUNS.has(rolesBefore().at(-1) ?? '') && !ROLE_MODIFIERS.has(rolesBefore().at(-1) ?? '')));
    const rejected = lowers.some((word, i) =>
      ((ORGANISATION_WORDS.has(word) || PUBLICATION_WORDS.has(word)) && !(i === 0 && (given || surnameAfterHonorific)) && !(i === 1 && titledSurname()) && !surnameBodyWord(word, i)) || (isAcronym(words[i]) && !(i === 0 && (initials || dotted || numbered)) && !(i > 0 && i === words.length - 1 && REGNAL_NUMBER.test(words[i]) && (words.length > 2 || prefix.some((token) => titleWord(bare(token.text)))))) || (!given && (PLACE_WORDS.has(word) || TIME_NAMES.has(word)) && !(i === 0 && titledPlaceName(word))) ||
      (i === 0 && NON_NAME_STARTERS.has(word)) || FAITH_WORDS.has(word) || (words.length === 1 && (HONORIFICS.has(word) || ROLE_HEADS.has(word)) && !surnameAfterHonorific) || (LOWER_AFTER_HYPHEN.test(words[i]) && !(i > 0 && syllableName(words))));
    if (rejected) continue;
    if (words.length === 1 && !surnameAfterHonorific && (PLACE_WORDS.has(lowers[0]) || TIME_NAMES.has(lowers[0]) || isNationality(lowers[0]) || common.has(lowers[0]))) continue;
    // "Chief Operating Officer": a run that ends in a title is a title, whatever precedes it.
    // A known given name before it makes the last word a surname: "Carole King", "Ann Bishop".
    if (words.length > 1 && (ROLE_HEADS.has(lowers[lowers.length - 1]) || HONORIFICS.has(lowers[lowers.length - 1])) && !(given && words.length === 2 && !titleWord(lowers[0]) && !/^\s+of\b/.test(text.slice(core[1].end, core[1].end + 4)))) continue;

    const first = core[0];
    const last = core[core.length - 1];
    const firstIndex = at + cut + 1;
    const lastIndex = at + run.length - 1;
    // "Top Level Domain Registries", "National Heritage": words that only qualify a title are no title alone.
    // "the CPL World Tour": a title's abbreviation in capitals is some body's acronym, unless titles are written so ("MP", "DCI").
    const prefixTitles = prefix.filter((token) => !isAcronym(token.text) || CAPITALS_TITLES.has(bare(token.text))).map((token) => bare(token.text)).filter((word) => titleWord(word) && !TITLE_MODIFIERS.has(word));
    const roleWordsBefore = rolesBefore();
    // "chairman of Middle Way", "head of Vantor Labs": what follows "of" is the body the
    // title belongs to; only a title carried on inside the run ("Secretary of State Ann Lee") names a person.
    const lowerRole = prefix.length === 0 && ROLE_FILLERS.has(roleWordsBefore[roleWordsBefore.length - 1] ?? '') ? [] : roleWordsBefore;
    const next = tokens[lastIndex + 1];
    const prev = tokens[firstIndex - 1];
    // "Frankfurt-based Deutsche Boerse", "state-owned Rosneft": where a firm is based or who owns it.
    const basedBody = !given && prev !== undefined && BASED_OWNED.test(prev.lower) && text.slice(prev.end, first.start) === ' ';

    const after = text.slice(last.end, last.end + 12);
    const appositiveTitle = next !== undefined && text.slice(last.end, next.start) === ', ' && titleWord(next.lower) && !NON_NAME_STARTERS.has(next.lower) && OPENS_LOWER.test(next.text);
    // "Bookmaker William Hill has ...": a body noun opening the sentence before the name says what the name is.
    const bodyNounOpening = prefix.length === 1 && at === 0 && BODY_INTRODUCERS.has(prefix[0].lower);
    // "according to Exhibitor Relations": a full name with no known given name and no role beside it, cited as a source, is a
    // body's (a person cited so is given a role: "according to Taro Ono, an analyst at ...").
    const citedBody = !given && words.length > 1 && prev?.text === 'to' && tokens[firstIndex - 2]?.lower === 'according' && !/^,\s/.test(after);
    const body = basedBody || bodyNounOpening || citedBody || (APPOSITIVE_START.test(after) && appositiveNamesBody(text, last.end)) || (!prefix.length && introducedAsBody(text, prev, first))
      || (!given && /^,\s+which\s/.test(after) && !(prev && PREPOSITIONS.has(prev.lower))) || BUSINESS_AFTER.test(text.slice(last.end, last.end + 24)) || (prev !== undefined && !isPossessive(last.text) && BUSINESS_BEFORE.test(text.slice(Math.max(0, tokens[at].start - 24), tokens[at].start)));
    // "Fathi Shatwan, Libya's oil minister,", "Taro Ono, from Hitachi's laboratory, said": an office with its owner, or
    // the body spoken for, in apposition.
    const office = text[last.end] === ',' && !body ? ownedOffice(text, last.end) : null;
    const speechAfter = Boolean(next && QUOTE_CUES.has(next.text) && /^\s+$/.test(text.slice(last.end, next.start))) || (APPOSITIVE_START.test(after) && !body && !PLACE_HEADS.has(appositiveHead(text, last.end))) || appositiveTitle
      || office !== null || (text[last.end] === ',' && !body && speaksForBody(text, last.end));
    // "spoke to Ann Lee", but not "at home to Bayer Leverkusen" or "away to Real Sociedad": a fixture names a club.
    const fixture = prev?.text === 'to' && (tokens[firstIndex - 2]?.lower === 'home' || tokens[firstIndex - 2]?.lower === 'away');
    // "links to Opus Dei", "went to Eternal Sunshine": after most words "to" leads to a place, a body or a work, so it
    // marks a full name with no known given name as a person only after a word for speaking, writing or losing to someone.
    const toPerson = prev?.text === 'to' && !fixture && (given || words.length === 1 || TO_A_PERSON.has(tokens[firstIndex - 2]?.lower ?? ''));
    const speechBefore = Boolean(prev && !prefix.length && (QUOTE_CUES.has(prev.text) || toPerson) && /^\s+$/.test(text.slice(prev.end, first.start)));
    // "played in the film by Reese Witherspoon", "directed by Ann Fuqua": who plays, directs or writes a work is a person.
    const maker = !prefix.length && MADE_BY.test(text.slice(Math.max(0, first.start - 40), first.start));
    const initial = dotted || words.some((word) => SINGLE_CAPITAL.test(word));
    // "Siân Pugh MS said" marks a person, but "Bolton West MP" is the seat: compass and place words name places.
    const memberAfter = postNominal && !lowers.some((word) => NOT_GIVEN_NAMES.has(word) || PLACE_WORDS.has(word) || PLACE_SET.has(word));
    const titled = prefixTitles.length > 0 || lowerRole.some((word) => titleWord(word) && !TITLE_MODIFIERS.has(word));
    // "South Korean Hyung-Taik Lee defeated ...": a nationality straight before a name of two or three words.
    // After "the" it opens a body's name instead: "the English Chamber Orchestra", "the American Red Cross".
    const demonym = prefix.length > 0 && isDemonym(bare(prefix[prefix.length - 1].text)) && !isAcronym(prefix[prefix.length - 1].text) && words.length > 1 && words.length < 4
      && ![prefix.length > 1 ? prefix[prefix.length - 2] : undefined, tokens[at - 1]].some((token) => token?.lower === 'the');
    // "Mr King", "Ms Dean": a title word after an honorific is a surname ("Paul King ... said Mr King"), but only one the
    // article gives in full: alone it is a form of address ("Mr Speaker", "Mr President").
    const titleAsSurname = surnameAfterHonorific && (HONORIFICS.has(lowers[0]) || ROLE_HEADS.has(lowers[0]));
    const cued = words.length > 1
      ? (numbered ? lowerRole.some((word) => PERSON_ROLE_NOUNS.has(word))
        : options.titleCase || initials ? given || (initials && (titled || PERSON_APPOSITIVE.test(after) || office !== null || (!body && ROLE_HEADS.has(appositiveHead(text, last.end))))) : given || titled || demonym || speechAfter || speechBefore || maker || initial || fromCountry(text, last.end, words) || memberAfter)
      : prefix.length > 0 && LONE_TITLES.has(bare(prefix[prefix.length - 1].text)) && !titleAsSurname;
    // "Retail Banking Research": words the article also writes in lower case are common nouns.
    // A particle opening a surname ("De Graaf said") is written in lower case inside the full name.
    if (!given && !titled && lowers.some((word, i) => common.has(word) && !(i === 0 && (NAME_PARTICLES.has(word) || numbered)))) continue;
    // An uncued run stays a candidate only in plain name shape (two or three words):
    // the article may still show it is a person elsewhere ("Mr Kwame").
    let opensSentence = false;
    if (words.length > 1 && !cued) {
      if (words.length > 3) continue;
      // A sentence's first word is capitalised whatever it is ("Vote Blair", "End Bush").
      opensSentence = !given && (at === 0 || /(?:^|[.!?:;"“‘(\n]\s*)$/.test(text.slice(Math.max(0, first.start - 3), first.start)));
      // "Called Speegle", "Olympian Tomlinson": a participle, adverb or noun of origin is no given name.
      if (opensSentence && (words.length > 2 || initials || options.titleCase || /(?:ed|ing|ly|ian|ist)$/.test(lowers[0]))) continue;
      // "Blairite Alan Milburn": a known given name inside the run, not at its head. Closing a pair it may
      // be the surname ("Alun Michael", later "Mr Michael"): such a pair stays a candidate like any uncued one.
      if (lowers.slice(1).some((word, i) => GIVEN_NAMES.has(word) && !(words.length === 2 && i === 0))) continue;
    }

    // "the Queen Phoenix is rising", "members of King Crimsby": a royal title before a band or a nickname.
    const royalThing = words.length === 1 && prefix.length > 0 && ROYAL_TITLES.has(prefix[prefix.length - 1].lower) && (body || tokens[at - 1]?.text === 'the');
    // "the Mr Nasty of books": an honorific after "the" makes a type, not a person.
    const typeNamed = words.length === 1 && prefix.length === 1 && SURNAME_HONORIFICS.has(bare(prefix[0].text)) && tokens[at - 1]?.text === 'the';
    // "the next James Bond", "the first black James Bond": a part many hold, not the person holding it.
    const partHeld = !prefix.length && !lowerRole.length && PART_HELD_BEFORE.test(text.slice(Math.max(0, first.start - 30), first.start));
    // "HMS Queen Elizabeth", "USS Gerald R. Ford": a ship named after a person is no person.
    const ship = prefix.some((token) => SHIP_PREFIXES.has(token.lower));
    const before = text.slice(Math.max(0, first.start - 24), first.start);
    const possessed = isPossessive(last.text) || text[last.end] === '’' || text[last.end] === "'";
    // "her role in Vera Drake", "starred in Eternal Sunshine": what a part is played in is a work ("role in Mike Leigh's film" is not).
    const playedIn = !prefix.length && !possessed && PLAYED_IN.test(before);
    // "Freddy Vs Jason", "Harry Potter and the Prisoner of Azkaban": a match-up or a sequel's title.
    const workTitle = core.some((token) => VERSUS.has(token.text)) || (!prefix.length && !possessed && words.length > 1 && SEQUEL_TITLE.test(text.slice(last.end, last.end + 60)));
    // "Lewis Boys' School", "the Farmers' Union": a plural possessive before a body's word names the body.
    const pluralOwnerOfBody = possessed && !isPossessive(last.text) && ORGANISATION_WORDS.has(PLURAL_OWNER_BODY.exec(text.slice(last.end, last.end + 24))?.[1]?.toLowerCase() ?? '');
    // "a Franck Muller watch", "an Ossie Clark dress": a name between "a" and a noun is a brand or a kind of thing.
    const nounAfter = WORD_AFTER.exec(text.slice(last.end, last.end + 24))?.[1];
    // ("a Ronan O'Gara penalty", "a Frank Lampard goal" are the player's, so only goods count.)
    const brand = !prefix.length && (prev?.text === 'a' || prev?.text === 'an') && !possessed && nounAfter !== undefined && BRANDED_GOODS.has(nounAfter);
    // "the drama Vera Dane", "Vera Dane, Ann Lee's tale of ...": the name is a work's title here, and so wherever the
    // article shows no person under it.
    const work = playedIn || workTitle || namesWork(text, prev, prefix, first, last, given)
      || (APPOSITIVE_START.test(after) && appositiveNamesWork(text, last.end)) || (words.length > 1 && !prefix.length && (ownedWork(text, last.end) || creditsWork(text, last.end) || YEAR_OWNS_BEFORE.test(before)));
    const notPerson = brand || pluralOwnerOfBody || ship || partHeld || royalThing || typeNamed || work || playsPart(text, tokens[at - 1], prefix, last) || bracketedAfterName(text, tokens[at - 1], last, given);
    // "the role of Luke Skywalker", "the character Fagin", "Nathan Barley - a character from ...": someone made up, not a
    // person, unless the article shows one (as for a title after "the movie").
    const character = !prefix.length && (CHARACTER_BEFORE.test(before) || CHARACTER_AFTER.test(text.slice(last.end, last.end + 24)) || describedPart(text, prev, tokens[firstIndex - 2], prefix, last)
      || CHARACTERS_LISTED_BEFORE.test(text.slice(Math.max(0, first.start - 80), first.start)));
    const honorific = prefix.length && SHORT_HONORIFICS.has(bare(prefix[prefix.length - 1].text)) ? `${prefix[prefix.length - 1].text.replace(/\.$/, '')} ` : '';
    const roleWords = [...lowerRole, ...prefix.map((token) => bare(token.text)).filter((word) => !NON_NAME_STARTERS.has(word) || word === 'of')];
    while (roleWords.length && (ROLE_FILLERS.has(roleWords[0]) || (qualifiesRole(roleWords[0]) && !ROLE_MODIFIERS.has(roleWords[0])))) roleWords.shift();
    const role = roleWords.some((word) => titleWord(word)) ? roleWords.filter((word) => !qualifiesRole(word) || ROLE_MODIFIERS.has(word)).join(' ') : appositiveRole(text, last.end) ?? office;
    // "Princess Marguerite of Romania", "ex-King Michael of Romania": a royal's one name with the country it is "of".
    const royalTitle = prefix.length > 0 ? prefix[prefix.length - 1] : prev;
    // "Lord Nicholls of Birkenhead", "Baroness Royall of Blaisdon": a peer's title is the name and the place it is "of".
    const titleHeld = royalTitle === undefined ? '' : bare(royalTitle.text).replace(/^ex-/, '');
    const realm = words.length === 1 && (ROYAL_TITLES.has(titleHeld) || PEERAGES.has(titleHeld)) && !isPossessive(last.text)
      ? REALM_AFTER.exec(text.slice(last.end, last.end + 40))?.[1] : undefined;
    const royalWords = realm !== undefined && (PLACE_SET.has(realm) || PEERAGES.has(titleHeld)) ? [...words, 'of', realm] : words;
    const nameEnd = royalWords === words ? first.start + text.slice(first.start, last.end).replace(/['’]s$/i, '').replace(/\.$/, '').length : last.end + 4 + realm!.length;
    mentions.push({
      start: first.start,
      end: nameEnd,
      words: royalWords,
      keys: royalWords.map((word) => (word.includes('‘') || word.includes('’') ? nameKey(word) : word.toLowerCase())),
      surface: `${honorific}${royalWords.join(' ')}`,
      role: notPerson ? null : royalWords !== words ? bare(royalTitle!.text) : role || null,
      possessive: isPossessive(last.text),
      cued: cued || royalWords !== words,
      speaks: speechAfter || speechBefore,
      opensSentence,
      body,
      notPerson: notPerson || undefined,
      afterWorkNoun: (!prefix.length && prev !== undefined && prev.text === prev.lower && WORK_NOUNS.has(prev.lower) && text.slice(prev.end, first.start) === ' ') || undefined,
      work: work || undefined,
      character: character || undefined,
      afterThe: (!prefix.length && prev?.lower === 'the') || (prefix.length === 1 && prefix[0].text === 'The' && text.slice(Math.max(0, prefix[0].start - 2), prefix[0].start).trim() !== '' && !/[.!?"“]\s*$/.test(text.slice(Math.max(0, prefix[0].start - 3), prefix[0].start))),
    });
  }
  return mentions;
}
