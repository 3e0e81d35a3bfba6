// Timestamp lines that scraped pages carry around the story ("Published 21 November 2023",
// "Updated: Nov. 21, 2023 3:05 p.m. ET", "Tue 21 Nov 2023 14.05 GMT"). They are page
// furniture, never events, and when the file gives no publication date they are the
// best witness of it. Only whole lines made of nothing but a label, a date, a time and
// a zone count: a date inside a sentence of the story is never read as the page's date.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+((?:19|20)\d\d)\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`, 'i');
// "2024-03-04T10:15:00Z": the machine form some pages print as is.
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:\b|(?=T\d\d:\d\d))/;
const NUMERIC = /\b(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)\b/;
const CLOCK_24 = /\b\d{1,2}:\d\d\b/;
const AM_PM = /\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b/i;

const LABEL = /^(?:(first\s+published|published|posted|issued|created|date|last\s+updated|updated|last\s+modified|modified|last\s+edited|edited)(?:\s+on)?\s*:?\s*)/i;
const UPDATE_LABEL = /updated|modified|edited/i;
// What may stand beside the date on such a line: weekdays, clock times, am/pm, zones, "at".
const FURNITURE = new RegExp(
  [
    String.raw`\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b\.?`,
    String.raw`\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\b\.?)?`,
    String.raw`\b\d{1,2}\s*[ap]\.?m\b\.?`,
    String.raw`T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?`,
    String.raw`\b(?:at|on)\b`,
    String.raw`\b\d{1,2}\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\b`,
    // "4 Mar 2024 • 3 min read", "at 4:13 pm (Paris)": a reading time, and the city a clock time is given in.
    String.raw`\b\d{1,3}\s*min(?:ute)?s?\s+read\b`,
    String.raw`\s*\(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?\)`,
    String.raw`[,.:;|/\-–—·•()\s]+`,
  ].join('|'),
  'giu',
);
// Zones are capitals ("ET", "ADT", "GMT+1", "UTC"), read case-sensitively so no word of prose passes.
const ZONE = /\b(?:[A-Z]{1,4}T|UTC|Z)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\b/g;
// A page line may end with the outlet's name: "Wednesday November 8 2023, 5.00pm, The Times".
const TRAILING_NAME = /,\s*(?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}\s*$/u;
// Cheap gate before any parsing: a four-digit year and a short line.
const YEAR = /\b(?:19|20)\d\d\b/;
const ANY_YEAR = /(?:19|20)\d\d/;
const SEGMENTS = /\s*[|•·]\s*|\s+\/\s+|(?<!\blast)\s+(?=(?:last\s+)?(?:updated|modified)\b)/i;
// A short name beside the stamp ("Michael Tremblay · CBC News · Posted: ..."): the line then
// gives the date but stays in the text, because it is also a byline.
const NAME_SEGMENT = /^(?:\p{Lu}[\p{L}&'’.-]*\s*){1,4}$/u;
const MAX_LINE = 100;
const HEADER_LINES = 15;

export interface Timestamp {
  /** YYYY-MM-DD */
  date: string;
  /** True for "Updated"/"Last modified" stamps, which follow publication. */
  update: boolean;
}

function ymd(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface DateMatch {
  date: string | null;
  index: number;
  length: number;
}

function dateIn(text: string): DateMatch | null {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return { date: ymd(Number(m[3]), MONTHS[m[2].toLowerCase().slice(0, 3)], Number(m[1])), index: m.index, length: m[0].length };
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return { date: ymd(Number(m[3]), MONTHS[m[1].toLowerCase().slice(0, 3)], Number(m[2])), index: m.index, length: m[0].length };
  m = ISO.exec(text);
  if (m) return { date: ymd(Number(m[1]), Number(m[2]), Number(m[3])), index: m.index, length: m[0].length };
  m = NUMERIC.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    // 21/11/2023 can only be day first and 11/21/2023 only month first. 05/06/2023 could be
    // either: dots ("05.06.2023") and a 24-hour clock ("11/02/2025 - 10:42") are the day-first
    // habit of European pages, am/pm the month-first one of American pages; with neither, the
    // line is still furniture but gives no date.
    const dayFirst = a > 12 || (b <= 12 && (m[2] === '.' || (CLOCK_24.test(text) && !AM_PM.test(text))));
    const monthFirst = b > 12 || (a <= 12 && m[2] === '/' && AM_PM.test(text));
    const date = dayFirst && b <= 12 ? ymd(Number(m[4]), b, a) : monthFirst && a <= 12 ? ymd(Number(m[4]), a, b) : null;
    return { date, index: m.index, length: m[0].length };
  }
  return null;
}

type Segment = Timestamp | 'furniture' | 'label' | 'update-label' | undefined;

/** Reads one segment ("Updated: Nov. 21, 2023 3:05 p.m. ET"); undefined when it is not page furniture. */
function segmentStamp(segment: string): Segment {
  const label = LABEL.exec(segment);
  const rest = label ? segment.slice(label[0].length) : segment;
  const update = label ? UPDATE_LABEL.test(label[1]) : false;
  if (label && rest.trim() === '') return update ? 'update-label' : 'label';
  const found = dateIn(rest);
  // "Published On 18 Sep 2023 18 Sep 2023": scrapes repeat the date of a page's two layouts.
  const after = found ? rest.slice(found.index + found.length).split(rest.slice(found.index, found.index + found.length)).join(' ').replace(TRAILING_NAME, '') : rest;
  const leftover = ((found ? rest.slice(0, found.index) : '') + ' ' + after).replace(ZONE, '').replace(FURNITURE, '');
  if (leftover !== '') return undefined;
  // A bare clock time beside a date ("30 March 2021 • 7:00pm", "Updated 3 hours ago") is furniture too.
  if (!found) return /\d/.test(rest) ? 'furniture' : undefined;
  return found.date ? { date: found.date, update } : 'furniture';
}

// Scraped pages lose the spaces between a stamp's pieces: "October 17, 20239:58 AM GMT+2Updated 2 hours ago".
const GLUED_YEAR = /\b((?:19|20)\d\d)(?=\d{1,2}[:.]\d\d\b|\p{Lu})/gu;
const GLUED_LABEL = /(?<=[\p{L}\d.])(?=(?:Updated|Published|Posted|Modified)\b)/gu;

function unglued(line: string): string {
  return line.replace(GLUED_YEAR, '$1 ').replace(GLUED_LABEL, ' ');
}

/**
 * The stamps of a line. `whole` is true when the line holds nothing but stamps and
 * clock furniture; with `lenient`, short name segments may stand beside them.
 */
function readLine(line: string, lenient: boolean): { stamps: Timestamp[]; whole: boolean } | null {
  if (line.length > MAX_LINE + 20 || !ANY_YEAR.test(line)) return null;
  const trimmed = unglued(line.trim());
  if (trimmed.length > MAX_LINE || !YEAR.test(trimmed)) return null;
  const stamps: Timestamp[] = [];
  const parts = trimmed.split(SEGMENTS);
  let whole = true;
  let dated = false;
  let pending: Segment = undefined;
  for (const segment of parts) {
    if (segment === '') continue;
    const read = segmentStamp(segment);
    if (read === undefined) {
      if (!lenient || !NAME_SEGMENT.test(segment)) return null;
      whole = false;
    } else if (typeof read === 'object') {
      dated = true;
      stamps.push(pending === 'update-label' ? { ...read, update: true } : read);
    } else if (read === 'furniture') {
      dated = dated || /\b(?:19|20)\d\d\b/.test(segment);
    }
    pending = read;
  }
  if (!dated && stamps.length === 0) return null;
  return { stamps, whole };
}

/** The stamps of a line that is only timestamps (one, or several split by "|"), or null. */
export function timestampsOfLine(line: string): Timestamp[] | null {
  const read = readLine(line, false);
  return read && read.whole ? read.stamps : null;
}

/** A line of stamps, possibly beside the writer's and outlet's names: it dates the page, not an event. */
export function isStampedLine(line: string): boolean {
  return readLine(line, true) !== null;
}

export function isTimestampLine(line: string): boolean {
  return timestampsOfLine(line) !== null;
}

/**
 * The publication date a page states for itself in its opening lines: the earliest
 * stamp not marked as an update, else the earliest update. Null when there is none.
 */
export function publicationDateOf(body: string): string | null {
  let best: Timestamp | null = null;
  let seen = 0;
  let start = 0;
  while (start < body.length && seen < HEADER_LINES) {
    const nl = body.indexOf('\n', start);
    const end = nl === -1 ? body.length : nl;
    const line = body.slice(start, end);
    start = end + 1;
    if (line.trim() === '') continue;
    seen += 1;
    for (const stamp of readLine(line, true)?.stamps ?? []) {
      if (!best || (best.update && !stamp.update) || (best.update === stamp.update && stamp.date < best.date)) best = stamp;
    }
  }
  return best?.date ?? null;
}
