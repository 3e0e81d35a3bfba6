import { ROLE_HEADS } from './lexicon/titles.js';

// What may follow a name of two or three words in apposition and mark it as a person's where the name itself
// (an unknown given name, a surname that is also a common word) does not: an office held for a country or a firm
// written with its owner ("Fathi Shatwan, Libya's oil minister,"), or the body spoken for, between the name and
// its speech verb ("Taro Ono, from Hitachi's research laboratory, said:").

// Built once: the bundler turns literals with Unicode property escapes into `new RegExp(...)` calls.
/** ", Libya's oil minister": the owner in capitals with its apostrophe, then the lower-case words after it. */
const OWNER_THEN_WORDS = /^,\s(?:\p{Lu}[\p{L}.&-]*\s){0,3}?\p{Lu}[\p{L}.&-]*['’]s?\s((?:[\p{Ll}-]+\s?){1,5})/u;
/** ", from the Safety Forum, said", ", for the Greens, added:": who a person speaks for, then the verb. */
const SPEAKS_FOR_BODY = /^,\s(?:from|for)\s(?:the\s)?\p{Lu}[^,;:.!?"“”()]{1,70},\s(?:said|says|told|tells|added|adds|explained|warned|argued|insisted|admitted|claimed)\b/u;
/** Words that close the head of the office: "envoy to the UN", "minister for trade", "chief of staff". */
const HEAD_STOPS = new Set(['to', 'for', 'of', 'at', 'in', 'with', 'and', 'on', 'from', 'who', 'whose', 'that', 'which']);
/**
 * Role heads a firm is described by as often as a person: "Britain's biggest broker", "the bank's adviser",
 * "Europe's top producer", so they mark no person after an owner.
 */
const SHARED_HEADS = new Set(['broker', 'dealer', 'adviser', 'advisor', 'source', 'partner', 'owner', 'member', 'investor', 'trader',
  'consultant', 'producer', 'star', 'player', 'champion', 'seed', 'favourite', 'qualifier', 'finalist', 'runner-up', 'leader',
  'manager', 'chief', 'head', 'official', 'counterpart', 'banker', 'witness', 'victim', 'survivor', 'resident', 'worker', 'engineer',
  'landlord', 'tenant', 'designer', 'architect']);

/** The office named after an owner, "oil minister" from ", Libya's oil minister, said", or null when there is none. */
export function ownedOffice(text: string, end: number): string | null {
  const words = OWNER_THEN_WORDS.exec(text.slice(end, end + 90))?.[1].trim().split(' ');
  if (!words) return null;
  const office: string[] = [];
  for (const word of words) {
    if (HEAD_STOPS.has(word)) break;
    office.push(word);
  }
  const head = office.at(-1);
  return head !== undefined && ROLE_HEADS.has(head) && !SHARED_HEADS.has(head) ? office.join(' ') : null;
}

/** ", from the Muslim Safety Forum, said:" after a name: the name speaks for a body, as only a person does. */
export const speaksForBody = (text: string, end: number): boolean => SPEAKS_FOR_BODY.test(text.slice(end, end + 110));

/** Nouns for a work: "Vera Dane, Ann Lee's tale of ...", "Blue Harbour - Ted Orr's 1950s drama". */
const WORK_NOUNS = new Set(['film', 'movie', 'drama', 'comedy', 'tale', 'story', 'thriller', 'biopic', 'epic', 'novel', 'book', 'album', 'single',
  'song', 'play', 'musical', 'opera', 'series', 'sitcom', 'documentary', 'show', 'programme', 'adaptation', 'sequel', 'remake', 'memoir']);
/** ", Ann Lee's 1950s drama", " - Ted Orr's new film": an owner in capitals, then up to three lower-case words or numbers before the noun. */
const OWNER_THEN_WORK = /^\s?[,–—-]\s(?:\p{Lu}[\p{L}.-]*\s){0,2}\p{Lu}[\p{L}.-]*['’]s?\s(?:[\p{Ll}\d-]+\s){0,3}?(\p{Ll}+)\b/u;

/** "Vera Dane, Mike Leigh's tale about ...": a name given in apposition as someone's work is that work's title. */
export function ownedWork(text: string, end: number): boolean {
  const noun = OWNER_THEN_WORK.exec(text.slice(end, end + 70));
  return noun !== null && WORK_NOUNS.has(noun[1]);
}

/** " star Ann Lee", " judge Ted Orr": a credit in a work or a show between a name and a person's name ("aide" or "ally" would make it a person's). */
const CREDIT_THEN_NAME = /^\s(?:star|stars|co-star|director|actress|actor|author|creator|screenwriter|judge|winner|contestant|finalist|presenter|host)\s\p{Lu}\p{Ll}/u;

/** "Vera Dane star Imelda Stone", "Pop Factor winner Ted Orr": a full name crediting a person with a part in it is a work's or a show's. */
export const creditsWork = (text: string, end: number): boolean => CREDIT_THEN_NAME.test(text.slice(end, end + 20));
