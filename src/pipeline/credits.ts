import { ORGANISATION_WORDS, PLACE_WORDS } from './lexicon/non-names.js';

// Names in bylines and credit lines. These people wrote or photographed the
// story; later stages keep them apart from the people it reports on.

const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.|(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|ibn|al|el|ter|dos|das)|Jr\.?|Sr\.?)$/u;
const AGENCY_WORDS = new Set(['reuters', 'ap', 'afp', 'pa', 'getty', 'images', 'epa', 'eyevine', 'shutterstock', 'alamy', 'rex', 'features', 'handout', 'associated', 'press', 'staff', 'correspondent', 'editor', 'reporter', 'agencies', 'bloomberg', 'xinhua', 'anadolu', 'sipa', 'corbis', 'stringer', 'pool', 'efe', 'ansa', 'dpa', 'kyodo', 'yonhap', 'tass', 'ria', 'novosti', 'file', 'supplied']);

/** A written name of two to four name-like words, none an organisation or place word. */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (!/^\p{Lu}/u.test(words[0]) || !/^\p{Lu}/u.test(words[words.length - 1])) return false;
  return words.every((word) => {
    const lower = word.toLowerCase().replace(/[.,]$/, '');
    return NAME_TOKEN.test(word) && !AGENCY_WORDS.has(lower) && !ORGANISATION_WORDS.has(lower) && !PLACE_WORDS.has(lower);
  });
}

/** Splits "X, Y and Z" and drops "in Bonn"-style places and trailing affiliations. */
function splitNameList(list: string): string[] {
  return list
    .replace(/\s+(?:in|at|from|for)\s+\p{Lu}[^,;&]*?(?=\s+and\s+|\s*&\s*|;|$)/gu, '')
    .split(/\s*(?:,|;|&|\band\b|\/)\s*/)
    .map((part) => part.replace(/\s+(?:in|at|from|for)\s+.*$/, '').replace(/[.)\s]+$/, '').trim())
    .filter(looksLikePersonName);
}

/** "Phil Stewart and Robin Emmott" from the text after "By". */
export function parseBylineNames(afterBy: string): string[] {
  const withoutRole = afterBy.replace(/\s*[|–—-]\s+.*$/, '');
  return splitNameList(withoutRole);
}

/** "(Reporting by X; Additional reporting by Y in Bonn and Z; Editing by W)". */
export function parseCreditNames(line: string): string[] {
  const inner = line.replace(/^\(/, '').replace(/\)\s*$/, '');
  return inner.split(';').flatMap((clause) => {
    const after = /\bby\s+(.*)$/i.exec(clause);
    return after ? splitNameList(after[1]) : [];
  });
}

/** "Francois Lenoir" from "Francois Lenoir/Reuters"; null when only an agency is credited. */
export function photoCreditOf(credit: string): string | null {
  const name = credit.split(/\s*[/|]\s*|\s+for\s+|,\s*/)[0].replace(/[.\s]+$/, '').trim();
  return looksLikePersonName(name) ? name : null;
}

/** "Ana Diaz and Li Wen" from "Staff writers Ana Diaz and Li Wen contributed reporting." */
export function parseContributorNames(line: string): string[] {
  // "CNN's Ana Diaz": the outlet's possessive is no part of the name.
  const before = line
    .replace(/\s+contributed\b.*$/s, '')
    .replace(/^(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+)*/u, '')
    .replace(/^[\p{L}.&-]+['’]s\s+/u, '');
  return splitNameList(before.replace(/^(?:(?:staff|special|freelance)\s+)?(?:writers?|reporters?|correspondents?)\s+/i, ''));
}
