// Temporal expressions in one sentence, resolved against the publication date.
//
// chrono-node finds and reads the calendar forms (month names, weekdays, numeric
// dates) and reports which parts the text really gave. The choice of year or of
// which Monday is ours, because news reads differently from chrono's defaults: a
// past-tense "on Monday" is the Monday on or before publication, a future-tense
// one the next; "June 5" without a year is the last one before publication
// unless the clause points forward or the day is at most three months ahead.
// Forms chrono does not cover (bare years, "last month", "the same day",
// day numbers spelled out) are matched here.
import * as chrono from 'chrono-node';
import { FUTURE_WORDS, NOT_PAST_ED, PAST_WORDS, SCHEDULE_PRESENT } from './lexicon/tense.js';
import type { DatePrecision, Span } from './types.js';

export type Tense = 'past' | 'future' | null;

/** A date that depends on another event of the article rather than on the calendar. */
export interface Anchor {
  /**
   * 'previous': the last day-dated event before it ("the same day", "the next day").
   * 'story': the day the article is about ("even as", "hours before Okafor spoke").
   * 'year': the year the event just told stated ("Four years later"), counted in whole years.
   */
  to: 'previous' | 'story' | 'year';
  offsetDays: number;
  /** For 'year': how many years on (or back, when negative). */
  offsetYears?: number;
  /** Sentence-relative span of what it is relative to ("Okafor spoke"), when given. */
  about: Span | null;
}

export interface TemporalExpression extends Span {
  text: string;
  date: string | null;
  precision: DatePrecision | null;
  anchor: Anchor | null;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MONTH_WORD = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/i;
const WEEKDAY_WORD = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;
const NUMERIC_DATE = /\b\d{1,4}[/-]\d{1,2}[/-]\d{2,4}\b/;
// "6-15/16 pct", "1-1/16 inch": a whole number and a fraction, which no date writes.
const MIXED_SEPARATORS = /\d-\d{1,2}\/|\d\/\d{1,2}-/;
// Cheap gate: chrono only runs on sentences that could hold a calendar form.
// Cheap gate: chrono only reads short windows around words that could start a calendar form.
const CHRONO_GATE = new RegExp(`${MONTH_WORD.source}|${WEEKDAY_WORD.source}|${NUMERIC_DATE.source}`, 'g');
const WINDOW = 28;
const FIXED_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
// The one day-and-month that names an event by itself: "the 11 September attacks".
const NAMED_ATTACKS = /^\s+(?:terror(?:ist)?\s+)?attacks?\b/i;
// Only the calendar parsers: clock times, durations and casual words are either not
// dates or read here with rules of our own, and each parser costs a scan of the text.
const CALENDAR_PARSERS = new Set([
  'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser', 'ENWeekdayParser',
  'SlashDateFormatParser', 'ISOFormatParser',
]);
function calendarChrono(parserNames: Set<string>): chrono.Chrono {
  const configuration = chrono.en.configuration.createCasualConfiguration();
  const parsers = configuration.parsers.filter((parser) => parserNames.has(parser.constructor.name));
  // chrono keeps a lone "May" only after "in"; the month-only rules below decide that for every
  // month alike ("scheduled for May", "last May"), and keep "May's" for the person.
  const refiners = configuration.refiners.filter((refiner) => refiner.constructor.name !== 'ENUnlikelyFormatFilter');
  return new chrono.Chrono({ parsers, refiners });
}
// Each parser is one more scan of the text, and each needs a kind of word: the month parsers a month name,
// the weekday parser a weekday (or chrono's "sat", "weekend"), the numeric ones a digit. A window is read
// by the parsers whose word it holds, which find what all of them would.
const MONTH_PARSERS = ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser'];
const NUMERIC_PARSERS = ['SlashDateFormatParser', 'ISOFormatParser'];
const WEEKDAY_PREFIX = /\b(?:sun|mon|tue|wed|thu|fri|sat|weekend|weekday)/i;
const calendars = new Map<number, chrono.Chrono>();

function calendarFor(text: string): chrono.Chrono {
  const key = (MONTH_WORD.test(text) ? 1 : 0) | (WEEKDAY_PREFIX.test(text) ? 2 : 0) | (/\d/.test(text) ? 4 : 0);
  let found = calendars.get(key);
  if (!found) {
    const names = [...(key & 1 ? MONTH_PARSERS : []), ...(key & 2 ? ['ENWeekdayParser'] : []), ...(key & 4 ? NUMERIC_PARSERS : [])];
    found = calendarChrono(new Set(names.filter((name) => CALENDAR_PARSERS.has(name))));
    calendars.set(key, found);
  }
  return found;
}

// Weekdays that are part of a name rather than a date: "the Sunday Times", "Good Friday".
const WEEKDAY_NAME_AFTER = /^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Sport|People|Star|Tribune|Independent|Club|School|League|Service|Bloody|(?:Night|Morning|Evening|Afternoon)\s+[A-Z])/;
const WEEKDAY_NAME_BEFORE = /\b(?:Good|Black|Super|Ash|Holy|Easter|Palm|Shrove|Cyber|Bloody|Maundy|Blue|Mail\s+on|Independent\s+on|Observer\s+on)\s+$/;
// Words after which a date closes or opens a period ("the week ended February 22").
// "since last August", "until next May": the month the words name still bounds the period.
const PART_OF = String.raw`(?:(?:last|this|next)\s+)?(?:(?:the\s+)?(?:end|middle|start|beginning|close)\s+of\s+(?:the\s+)?|early\s+|late\s+|mid-?\s*|(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?`;
// "ended" closes a period only after a unit of time: "the week ended February 22", "Qtr ended Jan 31",
// but "talks ended Saturday" is when the talks ended. "Effective from March 1", "with effect from",
// "as from" give the day a change takes effect, which is the event itself. "The year started March 1"
// opens one, but "the strike, in its sixth week, began on May 2" is the strike's first day.
const PERIOD_BEFORE = new RegExp(
  String.raw`(?:\b(?:weeks?|months?|years?|quarters?|qtrs?|half|period|days|season|term),?\s+(?:(?:that|which)\s+)?(?:ended|ending)|(?:\b(?:year|season|term|period|quarter|half)|\b(?:fiscal|financial)\s+(?:19|20)\d\d(?:\/\d\d)?)\s+(?:started|starting|beginning|commencing)(?:\s+in)?|,\s*(?:ended|ending)|\b(?:year|period|months?|quarter|half)\s+to\s+end|\b(?:through|thru|between|since)|(?<!\b(?:effective|effect|as)\s+)\bfrom)\s+${PART_OF}$`,
  'i',
);
// "by March 31", "until the end of this month", "before mid-2005", "if the deal is delayed beyond May 31":
// a deadline, not an event at that date.
// "no change until at least Wednesday": the earliest it may come, a bound as much as "until" alone.
const DEADLINE_BEFORE = new RegExp(String.raw`\b(?:by|until(?:\s+at\s+least)?|till|up\s+to|before|beyond|after|(?:no\s+)?later\s+than|at\s+least\s+until)\s+${PART_OF}$`, 'i');
// "postponed until tomorrow", "delayed until 2006", "put back to 17 April": the new date of what was moved,
// not the end of a stretch. Words may stand between the verb and "until", not before "to" ("delayed to give").
const RESCHEDULED_BEFORE = new RegExp(
  String.raw`\b(?:postponed|postpone|postpones|delayed|delay|delays|deferred|defer|defers|adjourned|adjourn|adjourns|(?:put|pushed|moved)\s+(?:off|back)|rescheduled|reschedule|reschedules|brought\s+forward|moved|switched)(?:(?:\s+[\w'\u2019-]+){0,2}\s+(?:until|till)(?:\s+at\s+least)?|\s+to)\s+${PART_OF}$`,
  'i',
);
// "will not meet until Friday", "had to wait until 1970 before he could return": what happens at that date,
// not the end of a stretch. "Can't wait until next year" still bounds one.
const NOT_UNTIL_BEFORE = new RegExp(
  String.raw`(?:(?:\b(?:not|never|no|cannot)\b|n['\u2019]t\b)(?:(?!\b(?:but|and|or|while|whereas|which|who|that|when|longer|wait|waits|waited|waiting)\b)[^,;:.()"\u201c\u201d]){0,60}?|(?<!(?:\bnot|\bcannot|n['\u2019]t|\bnever|\bno)\s+(?:[\w'\u2019-]+\s+)?)\bwait(?:ed|s|ing)?\s+(?:[\w'\u2019-]+\s+){0,2}?)\b(?:until|till)\s+${PART_OF}$`,
  'i',
);

/** "postponed until Friday", "will not meet until Friday": "until" gives the date of the event itself. */
function untilDatesEvent(before: string): boolean {
  return RESCHEDULED_BEFORE.test(before) || (/\b(?:until|till)\b/i.test(before) && NOT_UNTIL_BEFORE.test(before));
}
const PERIOD_TO = /\b(?:period|week|weeks|month|months|year|days|quarter|half)\s+(?:\w+\s+)?to\s+$/i;
// "since 1997 when he moved to Chelsea", "until December when purchases suddenly grew": the bound is
// the date of what the when-clause tells, an event of its own.
const SINCE_UNTIL_BEFORE = new RegExp(String.raw`\b(?:since|until|till)\s+${PART_OF}$`, 'i');
const WHEN_AFTER = /^,?\s+when\s+/i;

/** "until 1999 when they qualified": a bound followed by a when-clause told in the past. */
function boundWithPastWhen(sentence: string, start: number, end: number): boolean {
  const after = sentence.slice(end, end + 70);
  const when = WHEN_AFTER.exec(after);
  if (!when || !SINCE_UNTIL_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return false;
  const rest = after.slice(when[0].length);
  const clause = words(rest.slice(0, Math.max(0, rest.search(/[,;:.()"\u201c\u201d]/)) || rest.length)).slice(0, 6);
  return clause.some(isPastVerb) && !clause.some((w) => FUTURE_WORDS.has(w) || PRESENT_BE.has(w));
}
// "until 2009 when the rules are reviewed": a participle after a present be-form is no past.
const PRESENT_BE = new Set(['is', 'are', 'am']);
const DATELINE_AFTER = /^\s*\([^()]{1,40}\)\s*[-\u2013\u2014]/;
const DATELINE_BEFORE = /^\s*[A-Z][A-Z .'\u2019-]*,\s*$/;
// Prepositions that place something in a month. "By March", "until March" and "throughout
// March" are left out: a deadline or a stretch of time is not an event at that date.
// "Issues for all of February rose": the whole month, read as a year after the same words is.
const MONTH_ONLY_BEFORE = /(?:\b(?:in|during|last|next|this|early|late|mid|end\s+of|beginning\s+of|start\s+of|middle\s+of|as\s+of|(?:all|most|much|whole)\s+of|(?:scheduled|set|planned|slated|fixed|timed|pencilled|penciled|called|booked)\s+for)\s+|\bmid-)$/i;

/** A month (and day) the text gave without a year, kept so a year named earlier in the sentence can complete it. */
interface Yearless {
  month: number;
  day: number | null;
  tense: Tense;
}

type Found = TemporalExpression & { yearless?: Yearless };

export function findTemporalExpressions(sentence: string, referenceDate: string | null): TemporalExpression[] {
  const ref = referenceDate ? parseYmd(referenceDate) : null;
  const found: Found[] = [];
  found.push(...calendarExpressions(sentence, ref));
  // Lower-cased once so each family of phrases is only scanned for when its key word occurs.
  // One scan first says whether any family's key word occurs at all: most sentences hold none.
  const lower = sentence.toLowerCase();
  const keyed = ANY_KEY.test(lower);
  if (keyed && RELATIVE_KEYS.some((key) => lower.includes(key))) found.push(...relativeExpressions(sentence, ref));
  if (keyed) found.push(...anchorExpressions(sentence, lower));
  if (lower.includes('mid') || lower.includes('trading')) found.push(...sessionExpressions(sentence, ref));
  found.push(...yearExpressions(sentence, ref));
  if (keyed && HOLIDAY_KEYS.some((key) => lower.includes(key))) found.push(...holidayExpressions(sentence, ref));
  const kept = dropOverlaps(
    found.filter((e) => !isDateline(sentence, e) && !opensOrClosesPeriod(sentence, e) && !isRecurring(sentence, e) && !isComparedPeriod(sentence, e) && !isForecastTarget(sentence, e) && !isRunningTotal(sentence, e) && !isHabitualMonth(sentence, e) && !isCondition(sentence, e)),
  );
  let named: NamedYear | null = null;
  let namedAt: Span | null = null;
  return kept.map((e) => {
    const carried = named && namedAt && !startsOwnClause(sentence, namedAt, e.start) ? named : null;
    const completed = completeYear(e, yearAfter(sentence, e) ?? carried, ref);
    // Only a year the text states counts, not one worked out from "on Tuesday"; a year's end
    // ("after falls late in 2018, ... rose in January") leads into the next one, so it names none,
    // and "the 2002 and 2003 races" name races, not the time of the sentence.
    if (e.date !== null && (/\d{4}/.test(e.text) || /^last year$/i.test(e.text))) {
      const before = sentence.slice(Math.max(0, e.start - 30), e.start);
      const month = e.precision === 'year' ? null : Number(e.date.slice(5, 7));
      const titled = e.precision === 'year' && occasionOf(sentence.slice(e.end, e.end + OCCASION_REACH)) === 'title';
      named = YEAR_END_BEFORE.test(before) || ATTRIBUTIVE_YEAR_BEFORE.test(before) || titled ? null : { year: Number(e.date.slice(0, 4)), month };
      namedAt = { start: e.start, end: e.end };
    }
    return completed;
  });
}

// ", Vodafone launched": a comma, a new capitalised subject and its past verb.
const NEW_SUBJECT_CLAUSE = /,\s+(?:[A-Z][\w'\u2019&-]*\s+){1,3}([a-z]+)\b/;

/**
 * "The 3 network launched in 2003, Vodafone launched its service in November": a clause that told its own
 * happening with the year, then another with a subject and verb of its own, which the year does not reach.
 * "In 2004, Kestrel launched ... in November" fronts the year to the one clause, which it does reach.
 */
function startsOwnClause(sentence: string, year: Span, at: number): boolean {
  const between = NEW_SUBJECT_CLAUSE.exec(sentence.slice(year.end, at));
  if (!between || !isPastVerb(between[1])) return false;
  const before = sentence.slice(Math.max(0, year.start - 80), year.start);
  return words(before.slice(lastIndexOfAny(before, CLAUSE_STOP_CHARS + ',') + 1)).some(isPastVerb);
}

// "held in February in 1974", "the March of 1986": the year written just after a month that chrono left without one.
const YEAR_AFTER_MONTH = /^\s+(?:in|of)\s+((?:1[89]|20)\d\d)\b(?![\d/-])/;

function yearAfter(sentence: string, e: Found): NamedYear | null {
  if (!e.yearless || e.yearless.day !== null) return null;
  const match = YEAR_AFTER_MONTH.exec(sentence.slice(e.end, e.end + 12));
  return match ? { year: Number(match[1]), month: null } : null;
}

/** A year the sentence has stated, with the month named with it ("December 2004"), if any. */
interface NamedYear {
  year: number;
  month: number | null;
}

const ATTRIBUTIVE_YEAR_BEFORE = /(?:\b(?:the|a|its|his|her|their|our|this|that|whose)|['\u2019]s)\s+(?:(?:1[89]|20)\d\d\s*(?:,|and|or)\s+)*$/i;

const YEAR_END_BEFORE = /\b(?:end|back-end|close|late|(?:last|final|fourth)\s+(?:quarter|months?|weeks?))\s+(?:of\s+)?$/i;

// "in the second half of 2004 after falling ill in April": the month belongs to the year the
// sentence has just named, unless the clause looks forward.
function completeYear(e: Found, named: NamedYear | null, ref: Ymd | null): TemporalExpression {
  const { yearless, ...expression } = e;
  const y = named?.year ?? null;
  // A coming month can still belong to a named year that is not over ("the first ship in April 2026, the
  // others arriving in May"), never to one that is; without a publication date there is no telling.
  if (!yearless || y === null || (yearless.tense === 'future' && (ref === null || y < ref.y))) return expression;
  // "diagnosed in December 2004 ... and died on 26 February": a month earlier in the calendar than the
  // one named with the year is as likely the next year's.
  if (named?.month != null && yearless.month < named.month) return expression;
  const date = yearless.day === null ? formatMonth(y, yearless.month) : formatDay({ y, m: yearless.month, d: yearless.day });
  return { ...expression, date: date ?? expression.date };
}

// ---------- calendar forms read by chrono ----------

/** Spans of the sentence worth handing to chrono: a little either side of each calendar word, merged. */
function calendarWindows(sentence: string): Span[] {
  const windows: Span[] = [];
  for (const match of sentence.matchAll(CHRONO_GATE)) {
    let start = Math.max(0, match.index - WINDOW);
    let end = Math.min(sentence.length, match.index + match[0].length + WINDOW);
    while (start > 0 && /\S/.test(sentence[start - 1])) start -= 1;
    while (end < sentence.length && /\S/.test(sentence[end])) end += 1;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

// Wire style spells small day numbers out ("effective May one", "by October one.", "on April One will redeem",
// "responded on January eight by saying"); chrono reads
// ordinals, so the word is swapped for one of the same length and the span is read back from the text.
const SPELLED_DAY = new RegExp(
  String.raw`(${MONTH_WORD.source}\.?\s+)([Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)\b(?=\s*(?:[,.;:)]|$)|\s+(?:when|and|or|to|through|until|at|in|on|with|from|for|by|instead|after|before|but|it|is|was|will|would)\b)`,
  'g',
);
const SPELLED_ORDINALS: Record<string, string> = {
  one: '1st', two: '2nd', three: '3rd  ', four: '4th ', five: '5th ', six: '6th', seven: '7th  ', eight: '8th  ', nine: '9th ',
};

function chronoResults(sentence: string): chrono.ParsedResult[] {
  const out: chrono.ParsedResult[] = [];
  for (const window of calendarWindows(sentence)) {
    const original = sentence.slice(window.start, window.end);
    const readable = original.replace(SPELLED_DAY, (_, month: string, _word: string, day: string) => month + SPELLED_ORDINALS[day.toLowerCase()]);
    for (const result of calendarFor(readable).parse(readable, FIXED_REFERENCE)) {
      let end = result.index + result.text.length;
      if (readable !== original) while (end < original.length && /[a-z]/i.test(original[end]) && /[a-z]/i.test(original[end - 1])) end += 1;
      out.push(Object.assign(result, { index: result.index + window.start, text: original.slice(result.index, end) }));
    }
  }
  return out;
}

/** A month (and day) without a year, resolved against publication and kept open for a year named earlier. */
function yearlessExpression(sentence: string, span: Span & { text: string }, month: number, day: number | null, precision: DatePrecision, ref: Ymd | null, tense: Tense): Found {
  const { start } = span;
  const expr = (date: string | null): Found => ({ ...span, date, precision, anchor: null });
  // "last February 28", "last December": the one before, a year back if need be.
  const last = /\blast\s+$/i.test(sentence.slice(Math.max(0, start - 6), start));
  let date: string | null = null;
  const next = !last && day === null && /\bnext\s+$/i.test(sentence.slice(Math.max(0, start - 6), start));
  // "payable this September", "rates this January": the one of the publication's year, either side of it.
  const current = !last && !next && /\bthis\s+$/i.test(sentence.slice(Math.max(0, start - 6), start));
  if (ref && current) date = day === null ? formatMonth(ref.y, month) : formatDay({ y: ref.y, m: month, d: day });
  else if (ref && last) date = day === null ? shiftMonth(ref, -(((ref.m - month + 11) % 12) + 1)) : resolveMonthDay(month, day, addDays(ref, -1), 'past', true);
  else if (ref && next) date = shiftMonth(ref, ((month - ref.m + 11) % 12) + 1);
  else if (ref) date = day === null ? resolveMonth(month, ref, tense) : resolveMonthDay(month, day, ref, tense);
  // "last November" says which year by itself; a year named earlier in the sentence must not override it.
  return last || current ? expr(date) : { ...expr(date), yearless: { month, day, tense } };
}

const FIGURE_UNIT_AFTER = /^\s*(?:%|pct\b|percent\b|per\s+cent\b|points?\b|mln\b|bln\b|billion\b|million\b|dlrs\b|tonnes\b|tons\b)/i;
const MONTH_WORDS = new RegExp(MONTH_WORD.source, 'g');
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "U.S. March factory orders", "the March index": a month naming the figures published for it.
// "the December rate of 4.06 mln units", "said February load factor rose": a rate or a change is a figure too.
const FIGURE_NOUN_AFTER = /^\s+(?:[a-z-]+\s+){0,3}?(?:index|figures|data|report|orders|sales|output|production|exports|imports|surplus|deficit|inflation|unemployment|statistics|survey|spending|rate|factor|traffic|increase|decrease|rise|fall|decline)\b/;
const FIGURE_MONTH_BEFORE = /(?:^|\b(?:[Tt]he|[Ii]ts|[Tt]heir|U\.S\.|US|UK|EC|EU|said)\s+|['\u2019]s\s+)$/;

/**
 * Month names chrono leaves unread ("rose 0.4 pct and in March 0.9 pct") or that qualify
 * published figures ("the March index"), which are the last such month.
 */
function uncoveredMonths(sentence: string, ref: Ymd | null, covered: Span[]): Found[] {
  const out: Found[] = [];
  // Both lists run left to right, so one pointer finds the chrono span that could cover a month.
  let next = 0;
  for (const match of sentence.matchAll(MONTH_WORDS)) {
    const word = match[0];
    const at = match.index;
    while (next < covered.length && covered[next].end <= at) next += 1;
    // Abbreviations only with their dot: "Pip & Dec's show" is a name.
    const abbreviated = word.length <= 4 && word !== 'June' && word !== 'July' && word !== 'May';
    if (abbreviated && sentence[at + word.length] !== '.') continue;
    if (!/^[A-Z]/.test(word) || (next < covered.length && covered[next].start < at + word.length)) continue;
    const month = MONTH_NAMES.indexOf(word.slice(0, 3).toLowerCase()) + 1;
    const figures = isFigureMonth(sentence, at, word, month, ref);
    const occasion = !figures && isOccasionMonth(sentence, at, word);
    if (!figures && !occasion && !isMonthOnlyDate(sentence, at, word)) continue;
    const span = { start: at, end: at + word.length, text: word };
    const tense = figures ? 'past' : occasion ? null : tenseAt(sentence, span.start, span.end);
    out.push(yearlessExpression(sentence, span, month, null, 'month', ref, tense));
  }
  return out;
}

// Figures are published weeks after their month: a month further back, or ahead, is something else.
function isFigureMonth(sentence: string, at: number, word: string, month: number, ref: Ymd | null): boolean {
  if (!ref || (ref.m - month + 12) % 12 > 3) return false;
  const after = sentence.slice(at + word.length, at + word.length + 60);
  if (FIGURE_MONTH_BEFORE.test(sentence.slice(Math.max(0, at - 8), at)) && FIGURE_NOUN_AFTER.test(after)) return true;
  // "a 6.9 pct drop in January shipments", "December sales were 22.2 billion dlrs": the month's figures,
  // told in the past; "would not receive March shipments" trades a month to come.
  return FIGURE_PLURAL_AFTER.test(after) && tenseAt(sentence, at, at + word.length) === 'past';
}

// "the cartel's December pricing agreement", "the July accord": an occasion named by the month it was held in.
// Its clause's tense is that of what is said about it ("if members stick by the December agreement it would
// hold"), not of the occasion, so the month is the nearest one, as with no tense. "A May election" is a plan.
const OCCASION_MONTH_BEFORE = /(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|['\u2019]s)\s+$/;
const OCCASION_MONTH_AFTER = /^\s+(?:(?!(?:quarter|half|year|period|week|month|futures|contracts?|delivery|shipments?)\b)(?:[a-z-]+|[A-Z]{2,})\s+){0,2}?(?:agreements?|accords?|pact|deal|meeting|summit|auction|tender|budget|talks|conference|session|elections?|vote|referendum|poll|ballot|decision|ruling|settlement|devaluation|crash|attacks?|raid|strike|visit|speech)\b/;

function isOccasionMonth(sentence: string, at: number, word: string): boolean {
  return OCCASION_MONTH_BEFORE.test(sentence.slice(Math.max(0, at - 8), at)) && OCCASION_MONTH_AFTER.test(sentence.slice(at + word.length, at + word.length + 50));
}

const FIGURE_PLURAL_AFTER = /^\s+(?:sales|orders|shipments|deliveries|exports|imports|earnings|revenues)\b/;

function calendarExpressions(sentence: string, ref: Ymd | null): Found[] {
  const out: Found[] = [];
  const results = chronoResults(sentence);
  const covered = results.map((r) => ({ start: r.index, end: r.index + r.text.length }));
  out.push(...uncoveredMonths(sentence, ref, covered));
  for (const result of results) {
    // A range is a period, which the text does not place at one date.
    if (result.end) continue;
    // "Apr 3.2", "February, 1,837.2", "in January 12 pct": a figure after the month, not its day.
    const afterResult = sentence.slice(result.index + result.text.length);
    const figureFollows = /^[.,]\d|^-[a-z]/i.test(afterResult) || (!result.start.isCertain('year') && FIGURE_UNIT_AFTER.test(afterResult));
    const bareMonth = figureFollows ? MONTH_WORD.exec(result.text) : null;
    if (figureFollows && (!bareMonth || bareMonth.index !== 0)) continue;
    // chrono takes "on" into some spans and not others: take it always, as the text reads.
    const on = /^[Oo]n\s/.test(result.text) ? null : /\b[Oo]n\s+$/.exec(sentence.slice(Math.max(0, result.index - 4), result.index));
    const start = result.index - (on ? on[0].length : 0);
    const text = bareMonth ? bareMonth[0] : sentence.slice(start, result.index) + result.text.replace(/(?:[\s,.;:\u2013-]+|\s+of)+$/, '');
    const end = start + text.length;
    const known = (c: 'day' | 'month' | 'year' | 'weekday') => (bareMonth ? c === 'month' : result.start.isCertain(c));
    const expr = (date: string | null, precision: DatePrecision) => ({ start, end, text, date, precision, anchor: null });
    const monthMatch = MONTH_WORD.exec(text);
    // "mailed tomorrow to holders of record February 18": a record day is set by what was declared, whatever the
    // tense of the clause around it, so it is the nearest such day, as with no tense; so is the day a state is
    // told "as of" ("as of March One it is operating in default").
    const yearlessMonth = (month: number, day: number | null, precision: DatePrecision): Found =>
      yearlessExpression(sentence, { start, end, text }, month, day, precision, ref, RECORD_DAY_BEFORE.test(sentence.slice(Math.max(0, start - 24), start)) ? null : tenseAt(sentence, start, end));
    if (known('month') && monthMatch) {
      if (!/^[A-Z]/.test(monthMatch[1])) continue; // "march", "may": verbs and nouns
      const month = result.start.get('month') as number;
      const year = known('year') ? (result.start.get('year') as number) : null;
      // "the end of January" names a stretch of the month, not its last day.
      if (known('day') && /\b(?:end|beginning|start|middle)\s+of\b/i.test(text)) {
        if (year !== null) out.push(expr(formatMonth(year, month), 'month'));
        else out.push(yearlessMonth(month, null, 'month'));
      } else if (known('day')) {
        const day = result.start.get('day') as number;
        if (year !== null) out.push(expr(formatDay({ y: year, m: month, d: day }), 'day'));
        else if (month === 9 && day === 11 && NAMED_ATTACKS.test(sentence.slice(end))) out.push(expr('2001-09-11', 'day'));
        else out.push(yearlessMonth(month, day, 'day'));
      } else if (year !== null) {
        out.push(expr(formatMonth(year, month), 'month'));
      } else if (isMonthOnlyDate(sentence, start + monthMatch.index, monthMatch[0])) {
        out.push(yearlessMonth(month, null, 'month'));
      } else if (isFigureMonth(sentence, start + monthMatch.index, monthMatch[0], month, ref)) {
        out.push(yearlessExpression(sentence, { start, end, text }, month, null, 'month', ref, 'past'));
      } else if (isOccasionMonth(sentence, start + monthMatch.index, monthMatch[0])) {
        out.push(yearlessExpression(sentence, { start, end, text }, month, null, 'month', ref, null));
      }
    } else if (known('weekday') && !known('day') && WEEKDAY_WORD.test(text)) {
      if (WEEKDAY_NAME_AFTER.test(sentence.slice(end)) || WEEKDAY_NAME_BEFORE.test(sentence.slice(0, start))) continue;
      const wordAt = start + (WEEKDAY_WORD.exec(text)?.index ?? 0);
      if (!/^[A-Z]/.test(sentence[wordAt])) continue;
      const weekday = result.start.get('weekday') as number;
      const lead = sentence.slice(Math.max(0, start - 12), end).toLowerCase();
      const mode = /\b(?:last|past|previous)\s+\w+day$/.test(lead) ? 'before' : /\bnext\s+\w+day$/.test(lead) ? 'after' : tenseAt(sentence, start, end);
      out.push(expr(ref ? resolveWeekday(weekday, ref, mode) : null, 'day'));
    } else if (NUMERIC_DATE.test(text) && !MIXED_SEPARATORS.test(text) && known('day') && known('month') && known('year')) {
      const date = { y: result.start.get('year') as number, m: result.start.get('month') as number, d: result.start.get('day') as number };
      out.push(expr(formatDay(date), 'day'));
    }
  }
  return out;
}

const RECORD_DAY_BEFORE = /(?:\brecord\s+(?:date\s+)?(?:(?:on|of|as\s+of|is|was)\s+)?|\bas\s+of\s+)$/i;

const TRADED_MONTH_AFTER = /^\s+(?:shipments?|deliver(?:y|ies)|loading|futures|contracts?|arrivals?|positions?|options|expiry|sailings?|forwards?|calls?|puts?)\b/i;

/** "in January", "January's": a month standing alone as a date, not "March shipment" or "June Carter". */
function isMonthOnlyDate(sentence: string, at: number, word: string): boolean {
  const after = sentence.slice(at + word.length);
  const before = sentence.slice(Math.max(0, at - 20), at);
  // "Last March Lim cut taxes": after these words the month is a date even before a name.
  const named = /\b(?:last|next|this)\s+$/i.test(before);
  // "January/February", "Jan-Feb": a span of months, not one of them.
  if (/^\s*\//.test(after) || DASH_MONTH_AFTER.test(after.slice(0, 14)) || (!named && /^\.?\s+[A-Z]/.test(after)) || /\/\s*$/.test(sentence.slice(0, at)) || MONTH_BEFORE_DASH.test(sentence.slice(Math.max(0, at - 12), at))) return false;
  // "booked for March shipment", "in May futures": a trading month, named like a product.
  if (TRADED_MONTH_AFTER.test(after)) return false;
  if (/^['\u2019]s\b/.test(after)) return word !== 'May';
  return MONTH_ONLY_BEFORE.test(before) || LISTED_MONTH_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) || untilDatesEvent(sentence.slice(Math.max(0, at - 90), at)) || boundWithPastWhen(sentence, at, at + word.length);
}

const MONTH_BEFORE_DASH = new RegExp(String.raw`${MONTH_WORD.source}\.?\s*[-\u2013]\s*$`);
const DASH_MONTH_AFTER = new RegExp(String.raw`^\s*[-\u2013]\s*${MONTH_WORD.source}`);

// "arriving in May, June and September": the later months of a list read with its "in".
const LISTED_MONTH_BEFORE = new RegExp(String.raw`\b(?:in|during)\s+${MONTH_WORD.source}(?:,\s+${MONTH_WORD.source})*(?:,\s+|,?\s+(?:and|or)\s+)$`);

// ---------- words relative to the publication date ----------

const RELATIVE = /\b(today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night|(?:(?:earlier|later)\s+)?this\s+(?:week|month|year)|(?:last|next)\s+(?:week|month|year)|(\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+ago)\b/gi;
const SMALL_NUMBERS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
// "vs 900,000 a year ago", "from a week ago": one unit back is how figures name the period
// they are compared with, not a date of their own.
const COMPARED_UNITS = new Set(['week', 'month', 'year']);

// What a figure is compared with: "up from 4 mln a year ago", "higher than a year ago", "on a year ago".
const COMPARISON_BEFORE = /\d|\b(?:compared?|comparison|vs|versus|against|from|than|unlike|levels?|same|period)\b|\b(?:on|of|up|down)\s+$/i;

/** "were suspended a year ago when prices soared": a past clause with no figure to compare dates an event. */
function agoIsEvent(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 80), start);
  const clause = before.slice(lastIndexOfAny(before, ',;:(\u2014') + 1);
  return !COMPARISON_BEFORE.test(clause) && tenseAt(sentence, start, end) === 'past';
}

// A be-form before the participle makes it the verb of what happens today ("are working today").
const NOWADAYS_BEFORE = /(?:(?<!\b(?:is|are|am|was|were|be|been|'s|'re|\u2019s|\u2019re)\s+)\b(?:practi[cs]ing|working|living|alive|around|growing\s+up|in\s+use|in\s+office)|\b(?:still|even|than|like)|\b(?:as|than|like)\s+(?:it|they|we|he|she)\s+(?:is|are|does|do))\s+$/i;
const SAME_PERIOD_BEFORE = /\bsame\s+(?:\w+\s+)?(?:period|month|quarter|time|week|stage|season)\s+$/i;
const RELATIVE_KEYS = ['today', 'tonight', 'yesterday', 'tomorrow', 'this', 'last', 'next', ' ago'];

function relativeExpressions(sentence: string, ref: Ymd | null): TemporalExpression[] {
  const out: TemporalExpression[] = [];
  for (const match of sentence.matchAll(RELATIVE)) {
    const start = match.index;
    const text = match[0];
    const lower = text.toLowerCase().replace(/\s+/g, ' ');
    // "in the next year", "over the last week": a stretch counted from now, not a calendar unit.
    if (/^(?:last|next)/.test(lower) && /\bthe\s+$/i.test(sentence.slice(Math.max(0, start - 4), start))) continue;
    // "Today" inside a sentence is a programme's name ("BBC Radio 4's Today programme").
    if (text === 'Today' && start > 0 && /\S/.test(sentence.slice(0, start)) && !/[.:"\u201c\u2018(-]\s*$/.test(sentence.slice(0, start))) continue;
    if (lower === 'today' && /\b(?:of|until)\s+$/i.test(sentence.slice(0, start))) continue;
    // "doctors practising today", "still today", "than today": the present age, not the day of publication.
    if (lower === 'today' && NOWADAYS_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) continue;
    // "This Week With David Brinkley": a capital on the unit makes it a title.
    if (/\s[A-Z]\w*$/.test(text) && !match[2]) continue;
    // "up on the same period last year": the period a figure is compared with, not an event of its own.
    if (/^last/.test(lower) && SAME_PERIOD_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) continue;
    const ago = match[2] ? { count: SMALL_NUMBERS[match[2].toLowerCase()] ?? Number(match[2]), unit: match[3].toLowerCase() } : null;
    if (ago && ago.count === 1 && COMPARED_UNITS.has(ago.unit) && !agoIsEvent(sentence, start, start + text.length)) continue;
    const { date, precision } = relativeDate(lower, ago, ref);
    const month = /^(?:this|last|next) year$/.test(lower) ? MONTH_BEFORE_YEAR_WORD.exec(sentence.slice(Math.max(0, start - 24), start)) : null;
    if (month) {
      out.push(monthOfRelativeYear(sentence, start, text.length, month, date));
      continue;
    }
    out.push({ start, end: start + text.length, text, date, precision, anchor: null });
  }
  return out;
}

// "September this year", "on 3 March next year": the month (and day) of the year the words name.
const MONTH_BEFORE_YEAR_WORD = /(?:\b[Oo]n\s+)?(?:\b(\d{1,2})(?:st|nd|rd|th)?\s+)?\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?\s+$/;
const MONTH_NUMBERS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthOfRelativeYear(sentence: string, yearStart: number, yearLength: number, month: RegExpExecArray, year: string | null): TemporalExpression {
  const start = Math.max(0, yearStart - 24) + month.index;
  const end = yearStart + yearLength;
  const m = MONTH_NUMBERS.indexOf(month[2].toLowerCase()) + 1;
  const dayText = month[1] ?? month[3];
  const day = dayText ? Number(dayText) : null;
  let date: string | null = null;
  if (year !== null) date = day === null ? formatMonth(Number(year), m) : formatDay({ y: Number(year), m, d: day });
  return { start, end, text: sentence.slice(start, end), date, precision: day === null ? 'month' : 'day', anchor: null };
}

function relativeDate(lower: string, ago: { count: number; unit: string } | null, ref: Ymd | null): { date: string | null; precision: DatePrecision } {
  const step = /^last/.test(lower) ? -1 : /^next/.test(lower) ? 1 : 0;
  if (ago?.unit === 'year' || (!ago && lower.endsWith('year'))) {
    return { date: ref ? String(ref.y + (ago ? -ago.count : step)) : null, precision: 'year' };
  }
  if (ago?.unit === 'month' || (!ago && lower.endsWith('month'))) {
    return { date: ref ? shiftMonth(ref, ago ? -ago.count : step) : null, precision: 'month' };
  }
  if (ago?.unit === 'week' || (!ago && lower.endsWith('week'))) {
    return { date: ref ? monthOfWeek(ref, ago ? -ago.count : step, ago !== null) : null, precision: 'month' };
  }
  const offset = ago ? -ago.count : lower === 'yesterday' || lower === 'last night' ? -1 : lower === 'tomorrow' ? 1 : 0;
  return { date: ref ? formatDay(addDays(ref, offset)) : null, precision: 'day' };
}

/**
 * The month of a week named relative to publication, or null when the week may
 * straddle two months: a week gives no day, and a wrong month is worse than none.
 * "Last week" is the working week (Monday to Friday) before publication's; read on
 * a weekend it may also mean the week just ending, so both must fall in one month.
 * "Two weeks ago" counts days back, give or take a few.
 */
function monthOfWeek(ref: Ymd, step: number, counted: boolean): string | null {
  let from: Ymd;
  let to: Ymd;
  if (counted) {
    const centre = addDays(ref, step * 7);
    from = addDays(centre, -3);
    to = addDays(centre, 3);
  } else {
    const weekday = (new Date(toUtc(ref)).getUTCDay() + 6) % 7; // Monday = 0
    const monday = addDays(ref, -weekday + step * 7);
    from = monday;
    to = addDays(monday, 4);
    // On a Saturday or Sunday the week just worked is "this" week to some writers, "last" to others.
    if (weekday >= 5 && step === -1) to = addDays(monday, 11);
  }
  return from.y === to.y && from.m === to.m ? formatMonth(from.y, from.m) : null;
}

// ---------- a trading session of the publication day ----------

// "climbed 2-1/2 to 50-3/8 by midafternoon", "eased in early trading": market moves of the day the story
// is filed, unless a day is named with them ("in late trading on Friday").
const SESSION = /\b(?:by|at|in)\s+(?:mid-?(?:afternoon|morning|day|session)|(?:early|late|midday|morning|afternoon)\s+trading)\b/gi;
const SESSION_DAY_AFTER = /^\s*(?:on\s+(?:[A-Z]|\d)|of\s|yesterday|today|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][a-z]{2,8}\.?\s+\d)/;
const SESSION_DAY_BEFORE = /(?:\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b[Yy]esterday|\b[Tt]oday|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*,?\s*$/;

function sessionExpressions(sentence: string, ref: Ymd | null): TemporalExpression[] {
  const out: TemporalExpression[] = [];
  for (const match of sentence.matchAll(SESSION)) {
    const start = match.index;
    const end = start + match[0].length;
    if (SESSION_DAY_AFTER.test(sentence.slice(end, end + 16)) || SESSION_DAY_BEFORE.test(sentence.slice(Math.max(0, start - 16), start))) continue;
    out.push({ start, end, text: match[0], date: ref ? formatDay(ref) : null, precision: 'day', anchor: null });
  }
  return out;
}

// ---------- anchored to another event of the article ----------

// `keys`: words one of which the phrase must contain, checked before the pattern runs.
const ANCHORS: Array<{ keys: string[]; pattern: RegExp; to: Anchor['to']; offsetDays: number; names: boolean }> = [
  { keys: ['day'], pattern: /\b(?:on\s+)?(?:that\s+|the\s+)?same\s+day\b|\b(?:later|earlier)\s+(?:that|in\s+the)\s+day\b|\b(?:on\s+)?that\s+day\b/gi, to: 'previous', offsetDays: 0, names: false },
  // "Hours later the bank cut rates", "within hours": the day of the event just told.
  { keys: ['later', 'within'], pattern: /\b(?:hours|minutes|moments)\s+later\b|\bwithin\s+(?:hours|minutes)\b/gi, to: 'previous', offsetDays: 0, names: false },
  { keys: ['day', 'morning', 'evening', 'night'], pattern: /\bthe\s+(?:next|following)\s+(?:day|morning|evening|night)\b|\bthe\s+day\s+after\b(?=\s*[,.;:]|\s*$)/gi, to: 'previous', offsetDays: 1, names: false },
  { keys: ['day', 'evening', 'night'], pattern: /\bthe\s+previous\s+(?:day|evening|night)\b|\bthe\s+day\s+before\b(?=\s*[,.;:]|\s*$)/gi, to: 'previous', offsetDays: -1, names: false },
  // "two days later": counted from the last dated event; the count is read from the match.
  { keys: ['days later', 'day later', 'days earlier', 'day earlier'], pattern: /\b(a|one|two|three|four|five|six|\d)\s+days?\s+(later|earlier)\b(?!\s+than\b)/gi, to: 'previous', offsetDays: 0, names: false },
  { keys: ['hours', 'minutes'], pattern: /\b(?:just\s+|only\s+|a\s+few\s+|several\s+)?(?:hours|minutes)\s+(?:before|after)\b/gi, to: 'story', offsetDays: 0, names: true },
  { keys: ['even'], pattern: /\beven\s+as\b/gi, to: 'story', offsetDays: 0, names: false },
  // "In 1984 he made his first film. Two years later he played a soldier": counted from the year just told.
  // "A year earlier" is nearly always what a figure is compared with, and "more than 20 years later" no year.
  {
    keys: ['years later', 'years earlier', 'year later'],
    pattern: /(?<!\b(?:than|over|nearly|almost|about|around|some|least|roughly)\s+)\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:years\s+(later|earlier)|year\s+(later))\b(?!\s+than\b)/gi,
    to: 'year',
    offsetDays: 0,
    names: false,
  },
  // "moved to Madrid in 1999, before joining Chelsea the following year", "But in the same year she fell ill".
  // "Over the next year" is a stretch still to run.
  {
    keys: ['following year', 'next year', 'that year', 'same year'],
    pattern: /\bthe\s+following\s+year\b|(?<!\b(?:over|within|for|through|throughout|during|in)\s+)\bthe\s+next\s+year\b|\b(?:that|the\s+same)\s+year\b(?!['\u2019]s)/gi,
    to: 'year',
    offsetDays: 0,
    names: false,
  },
];

const GENERIC_MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'cannot']);

function anchorExpressions(sentence: string, lower: string): TemporalExpression[] {
  const out: TemporalExpression[] = [];
  for (const { keys, pattern, to, offsetDays, names } of ANCHORS) {
    if (!keys.some((key) => lower.includes(key))) continue;
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // "either party can offset it the next day": a rule of how things work, not a day something happened.
      if (words(sentence.slice(Math.max(0, start - 80), start)).slice(-12).some((w) => GENERIC_MODALS.has(w))) continue;
      // "24 hours after", "65 minutes after which": a measured span, not the same day.
      if (/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|of|the|many))\s*$/i.test(sentence.slice(Math.max(0, start - 8), start))) continue;
      let offset = offsetDays;
      if (to === 'year') {
        // Only a happening told in the past, not a figure compared with an earlier one ("from 1.2 bln two years earlier").
        if (!agoIsEvent(sentence, start, end)) continue;
        const years = match[1]
          ? (SMALL_NUMBERS[match[1].toLowerCase()] ?? Number(match[1])) * ((match[2] ?? match[3]).toLowerCase() === 'later' ? 1 : -1)
          : /following|next/i.test(match[0]) ? 1 : 0;
        out.push({ start, end, text: match[0], date: null, precision: 'year', anchor: { to, offsetDays: 0, offsetYears: years, about: null } });
        continue;
      }
      if (match[1] && match[2]) offset = (SMALL_NUMBERS[match[1].toLowerCase()] ?? Number(match[1])) * (match[2].toLowerCase() === 'later' ? 1 : -1);
      let about: Span | null = null;
      if (names) {
        const rest = /^(\s*)([^,;:]{1,80})/.exec(sentence.slice(end));
        if (rest) about = { start: end + rest[1].length, end: end + rest[0].length };
      }
      out.push({ start, end, text: match[0], date: null, precision: 'day', anchor: { to, offsetDays: offset, about } });
    }
  }
  return out;
}

// ---------- holidays on a fixed day ----------

// Holidays whose day never moves, so naming one names a day ("on Christmas Eve 2004").
const HOLIDAYS: Array<{ key: string; pattern: string; month: number; day: number }> = [
  { key: 'christmas', pattern: String.raw`Christmas\s+Day`, month: 12, day: 25 },
  { key: 'christmas', pattern: String.raw`Christmas\s+Eve`, month: 12, day: 24 },
  { key: 'boxing', pattern: String.raw`Boxing\s+Day`, month: 12, day: 26 },
  { key: 'new year', pattern: String.raw`New\s+Year['\u2019]?s\s+Day`, month: 1, day: 1 },
  { key: 'new year', pattern: String.raw`New\s+Year['\u2019]?s\s+Eve`, month: 12, day: 31 },
  { key: 'valentine', pattern: String.raw`(?:St\.?\s+|Saint\s+)?Valentine['\u2019]?s\s+Day`, month: 2, day: 14 },
  { key: 'halloween', pattern: 'Hallowe?en', month: 10, day: 31 },
  { key: 'bonfire', pattern: String.raw`Bonfire\s+Night`, month: 11, day: 5 },
  { key: 'armistice', pattern: String.raw`Armistice\s+Day`, month: 11, day: 11 },
];
const HOLIDAY_KEYS = [...new Set(HOLIDAYS.map((h) => h.key))];
/** Matches where any key word of the relative, anchored or holiday phrases occurs. */
const ANY_KEY = new RegExp([...new Set([...RELATIVE_KEYS, ...ANCHORS.flatMap((anchor) => anchor.keys), ...HOLIDAY_KEYS])].map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
const HOLIDAY = new RegExp(String.raw`\b(?:[Oo]n\s+)?(?:(${HOLIDAYS.map((h) => `(${h.pattern})`).join('|')}))(?:,?\s+(\d{4}))?\b`, 'g');

function holidayExpressions(sentence: string, ref: Ymd | null): Found[] {
  const out: Found[] = [];
  for (const match of sentence.matchAll(HOLIDAY)) {
    const index = HOLIDAYS.findIndex((_, i) => match[i + 2] !== undefined);
    const { month, day } = HOLIDAYS[index];
    const start = match.index;
    const end = start + match[0].length;
    const text = match[0];
    const givenYear = match[match.length - 1];
    // Only "on Christmas Eve" or "Christmas Eve 2004" is a date: "a Christmas Day message" is a kind
    // of message, and "Halloween II" a film.
    if (!givenYear && !/^[Oo]n\s/.test(text)) continue;
    if (givenYear) {
      out.push({ start, end, text, date: formatDay({ y: Number(givenYear), m: month, d: day }), precision: 'day', anchor: null });
      continue;
    }
    const tense = tenseAt(sentence, start, end);
    const date = ref ? resolveMonthDay(month, day, ref, tense) : null;
    out.push({ start, end, text, date, precision: 'day', anchor: null, yearless: { month, day, tense } });
  }
  return out;
}

// ---------- bare years ----------

// A hyphen before the year joins it to another number ("1986-1987", "3-1987"), except in "mid-1986".
const YEAR = /(?<![\d.,/$\u00a3\u20ac]|(?<![Mm]id)-)(1[89]\d\d|20\d\d)(?![\d/%]|-\d|\.\d|,\d|s\b)/g;
// As for months, "by 2020", "until 2007" and "before 2015" are targets and stretches, not events.
// "sales fell in Q4 2023", "H1 2024 results": a quarter or half of the year, as modern business copy writes it.
const YEAR_BEFORE = /(?:\b(?:in|during|early|late|mid|fiscal|calendar|year|[QH][1-4]|spring|summer|autumn|fall|winter|(?:end|beginning|start|middle|half|spring|summer|autumn|winter|quarter|months?|whole|all|rest|course|most|much|bulk|part)\s+of|(?:scheduled|set|planned|slated|fixed|timed|pencilled|penciled|called|booked)\s+for)\s+|\bmid-)$/i;
const YEAR_DETERMINER_BEFORE = /(?:\b(?:the|a|its|his|her|their|our|this|that|last|whose)|['\u2019]s|s['\u2019])\s+$/i;
// "an unsuccessful 1986 bid", "their ill-fated 1988 tour": one judging adjective may stand
// between the determiner and the year. Adjectives of accounts or of plans ("fiscal", "annual", "expected")
// are left out by their endings and by the list of "-ed" words that are no past.
const YEAR_JUDGED_BEFORE = /(?:\b(?:the|a|an|its|his|her|their|whose)|['\u2019]s)\s+((?:un|[a-z]+-)?[a-z]{3,}(?:ful|ous|ic|ed|sial))\s+$/i;
const YEAR_UNIT_AFTER = /^\s+(?:tonnes?|tons?|dlrs|dollars|pct|percent|per|mln|bln|million|billion|shares|bags|barrels|bpd|km|miles|metres|meters|feet|kg|kilos|units|yen|marks|francs|pounds|stg|lire|euros|points|votes|people|hours|minutes|homes|jobs|acres|hectares)\b/i;

// "won there in 1998 and 2003", "in 2022, 2023 and 2024": later years of a list read with its "in".
const LISTED_YEAR_BEFORE = /\b(?:in|during)\s+(?:1[89]|20)\d\d(?:,\s+(?:1[89]|20)\d\d)*(?:,\s+|,?\s+(?:and|or)\s+)$/i;
const FIGURE_FOR_BEFORE = /\b(?:profits?|earnings|sales|income|revenues?|results|loss(?:es)?|output|production|turnover|figures|dividends?|growth|surplus|deficit)\s+for\s+$/i;
// "ahead of a 2024 deadline": the year something is due by, not an event in it. "The 1987 budget", "the 2011
// maturity": a plan for a year, or a bond named by the year it falls due.
const YEAR_TARGET_AFTER = /^\s+(?:deadline|target|goal|budget|forecast|estimate|projection|quota|maturit(?:y|ie))s?\b/i;
// "fiscal 1987 beginning in April": a year of accounts still to run, a period.
const FISCAL_PERIOD = /\b(?:fiscal|financial)\s+$/i;
const PERIOD_RUNS_AFTER = /^\s*,?\s+(?:beginning|starting|commencing|ending|which\s+(?:begins|starts|ends))\b/i;
// "a saga dating back to 2001", "fans hark back to 1994, when": the year something began or happened.
const BACK_TO_BEFORE = /\bback\s+to\s+$/i;
const YEAR_SUBJECT_AFTER = /^\s+(?:was|saw|proved|brought|marked|ended)\b/;
const WHEN_CLAUSE_AFTER = /^,\s+when\s+(?!(?:it|they)\s+(?:is|are|will)\b)/i;
// "For 2019, the insurer posted a gain": a year opening the clause frames what follows.
const YEAR_FRAME_BEFORE = /(?:^|[,;]\s*|\b[Aa]nd\s+)[Ff]or\s+$/;
// "will top 2019 income of 41 mln": a past year naming the accounts or figures it gives.
const YEAR_FIGURE_AFTER = /^\s+(?:(?:net|gross|pre-?tax|after-?tax|operating|oper|full-?year|annual|first|second|third|fourth|1st|2nd|3rd|4th|calendar|fiscal)\s+)?(?:(?:qtr|quarter|half)\s+)?(?:income|profits?|results|earnings|sales|revenues?|loss(?:es)?|output|production|turnover|surplus|deficit|growth|exports|imports|harvest|crop)\b/i;

function yearExpressions(sentence: string, ref: Ymd | null): TemporalExpression[] {
  const out: TemporalExpression[] = [];
  for (const match of sentence.matchAll(YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    const year = Number(match[1]);
    if (year < 1800 || year > (ref ? ref.y + 30 : 2100)) continue;
    const before = sentence.slice(Math.max(0, start - 30), start);
    const after = sentence.slice(end, end + 30);
    if (YEAR_UNIT_AFTER.test(after) || YEAR_TARGET_AFTER.test(after)) continue;
    if (FISCAL_PERIOD.test(before) && PERIOD_RUNS_AFTER.test(after)) continue;
    const backTo = BACK_TO_BEFORE.test(before) && !/^\s+[a-z]/.test(after);
    // "the 1980's" is a decade written with an apostrophe: a year's own possessive takes no "the".
    if (/^['\u2019]s\b/.test(after) && /\b[Tt]he\s+(?:early\s+|mid-?\s*|late\s+)?$/.test(before)) continue;
    const possessive = /^['\u2019]s\b/.test(after);
    const judged = YEAR_JUDGED_BEFORE.exec(before);
    const attributive = (YEAR_DETERMINER_BEFORE.test(before) || (judged !== null && !NOT_PAST_ED.has(judged[1].toLowerCase()) && (ref === null || year < ref.y))) && /^\s+[a-z]/.test(after);
    // Without the comma ("For 1986 the company had net income ...") only a year over and a past clause say so.
    const framing = YEAR_FRAME_BEFORE.test(before) && (/^\s*,/.test(after)
      ? tenseAt(sentence, start, end) !== 'future'
      : /^\s+[A-Za-z]/.test(after) && (ref === null || year < ref.y) && reportedAsPast(sentence, start, end));
    // Only a year already over: "2022 output" of a forecast is a plan, not a figure.
    const pastFigure = ref !== null && year < ref.y && YEAR_FIGURE_AFTER.test(after);
    const listed = LISTED_YEAR_BEFORE.test(before);
    // "at the 1974 World Cup", "2004 French Open champion Gaudio": a past occasion named by its year.
    // One still to come ("the 2012 Games") is left out when the publication date says so.
    const occasion = (ref === null || year <= ref.y) && isNamedOccasion(sentence.slice(Math.max(0, start - OCCASION_REACH), start), sentence.slice(end, end + OCCASION_REACH));
    // "profits for 2019 rose": a year already reported on; "profits for 2021 would rise" is a forecast.
    const reported = FIGURE_FOR_BEFORE.test(before) && (ref === null || year < ref.y) && reportedAsPast(sentence, start, end);
    // "2019 was a record year": the year as the subject of a past verb.
    const subject = /^\s*$/.test(sentence.slice(0, start)) && YEAR_SUBJECT_AFTER.test(after);
    // "particularly 2018, when many meadows were scorched": a past year the next clause tells what happened in.
    const told = ((ref === null || year < ref.y) && WHEN_CLAUSE_AFTER.test(after) && !MONTH_WORD.test(before.slice(-20))) || boundWithPastWhen(sentence, start, end);
    const startsFrom = /\bfrom\s+$/i.test(before) && fromDatesEvent(sentence, { start, end });
    if (!possessive && !backTo && !attributive && !framing && !pastFigure && !listed && !reported && !subject && !told && !occasion && !startsFrom && !YEAR_BEFORE.test(before) && !untilDatesEvent(sentence.slice(Math.max(0, start - 90), start))) continue;
    out.push({ start, end, text: match[0], date: String(year), precision: 'year', anchor: null });
  }
  return out;
}

const OCCASION_REACH = 70;
// Heads of a name that make it an occasion, not a law, a product or a team ("the 1989 Children Act",
// "a 1969 Volvo", "the 1905 All Blacks").
const OCCASION_HEADS = new Set([
  'cup', 'open', 'olympics', 'games', 'championship', 'championships', 'award', 'awards', 'festival', 'oscars', 'baftas',
  'grammys', 'brits', 'mobos', 'nations', 'prix', 'tour', 'marathon', 'summit', 'election', 'elections', 'final', 'finals',
  'olympiad', 'expo', 'war', 'riots', 'floods', 'earthquake', 'tsunami', 'genocide', 'disaster', 'crash', 'ceremony',
  'tournament', 'masters', 'rally', 'conference', 'by-election', 'referendum', 'uprising', 'massacre',
]);
// What an occasion's name may lead into without being the occasion: a bid for it, its tickets.
const NOT_OCCASION_AFTER = new Set(['bid', 'bids', 'slogan', 'logo', 'mascot', 'tickets', 'ticket', 'venue', 'venues', 'host', 'hosts', 'qualifier', 'qualifiers', 'qualifying', 'qualification']);
const OCCASION_TITLES = new Set(['champion', 'champions', 'winner', 'winners', 'runner-up', 'finalist', 'medallist', 'medalist']);

/**
 * Whether the words after a year name an occasion: a capitalised name ending in an occasion's head,
 * maybe with a lower-case head ("the 2005 Bafta film awards"). 'title' when a title won at it follows
 * ("2004 French Open champion"), 'name' for the occasion alone, null for anything else.
 */
function occasionOf(after: string): 'title' | 'name' | null {
  if (!/^\s+[A-Z]/.test(after)) return null;
  const tokens = after.split(/\s+/).slice(1, 9);
  // A word with punctuation after it ends the name: "at the 1974 World Cup - when".
  const word = (i: number) => (tokens[i] ?? '').replace(/[,.;:!?)"\u201d]+$/, '');
  const ends = (i: number) => word(i) !== (tokens[i] ?? '');
  let i = 0;
  while (i < 5 && /^[A-Z][\w'\u2019&-]*$/.test(word(i))) {
    i += 1;
    if (ends(i - 1)) break;
  }
  if (i === 0) return null;
  // The head is the last capitalised word or one of the next two lower-case ones ("film awards").
  let head = i - 1;
  for (let j = i; j < i + 2 && !ends(j - 1) && /^[a-z-]+$/.test(word(j)); j += 1) if (OCCASION_HEADS.has(word(j))) head = j;
  if (!OCCASION_HEADS.has(word(head).toLowerCase())) return null;
  const next = ends(head) ? '' : word(head + 1).toLowerCase();
  if (NOT_OCCASION_AFTER.has(next)) return null;
  return OCCASION_TITLES.has(next) ? 'title' : 'name';
}

// "the 1998 World Cup and 2000 European Championship": a later occasion of a list shares the determiner.
const LISTED_OCCASION_BEFORE = /\b(?:the|its|his|her|their)\s+(?:1[89]|20)\d\d\s+(?:[A-Z][\w'\u2019&-]*\s+){1,5}(?:and|or|,)\s+$/;

/**
 * "at the 1974 World Cup" after a determiner, or after an occasion of a list that had one; without one only
 * with a title won there ("2004 French Open champion").
 */
function isNamedOccasion(before: string, after: string): boolean {
  const kind = occasionOf(after);
  if (kind === null) return false;
  return kind === 'title' || YEAR_DETERMINER_BEFORE.test(before) || LISTED_OCCASION_BEFORE.test(before);
}

/**
 * Past by its clause, with nothing after the date in that clause that looks forward ("said profits for 2021
 * would rise"); "which reported a loss for 1986, said it will spend" looks forward only past the comma.
 */
function reportedAsPast(sentence: string, start: number, end: number): boolean {
  const rest = sentence.slice(end, end + 60);
  const stop = rest.search(/[,;:](?!\d)/);
  const next = words(stop === -1 ? rest : rest.slice(0, stop)).slice(0, 5);
  return tenseAt(sentence, start, end) === 'past' && !next.some((w) => FUTURE_WORDS.has(w) || w === 'expected' || w === 'forecast');
}

// ---------- what a date is not ----------

// Words that put a quoted clause at a time of its own: a tense that reports or plans. "Tomorrow",
// "next" and the like are the date itself, not a sign of its clause.
const QUOTED_PLAN_WORDS = new Set(['will', 'shall', 'due', 'scheduled', 'planned', 'plan', 'plans', 'going', 'hope', 'hopes', 'expect', 'expects', 'intend', 'intends', 'want', 'wants']);
// Past forms that are also the present ("the target she set in 1999"): inside a quotation with a date,
// the past is the likelier reading.
const QUOTED_PAST_WORDS = new Set(['set', 'put', 'cut', 'hit', 'let', 'beat', 'quit', 'shut', 'cost', 'didn\'t', 'wasn\'t', 'weren\'t', 'hadn\'t']);
const QUOTED_CLAUSE_EDGES = /[,;:.!?"\u201c\u201d]/g;
const QUOTED_SENTENCE_EDGE = /[;:.!?"\u201c\u201d]/;

/**
 * "we are here in 2005", "I just start saving in July", "something people can do tomorrow": inside a
 * quotation, a date in a clause with neither a past verb nor a plan is what the speaker says of how
 * things are, not a happening. A day with a timetable verb ("we play them on Saturday") is still one.
 */
export function isTimelessInQuote(quote: string, start: number, end: number, precision: DatePrecision | null): boolean {
  const before = quote.slice(Math.max(0, start - 100), start);
  let from = 0;
  for (const edge of before.matchAll(QUOTED_CLAUSE_EDGES)) from = edge.index + edge[0].length;
  const left = words(before.slice(from));
  // "In 2004, our company gained momentum": a date fronting its clause reads with the verb after the comma.
  const afterText = quote.slice(end, end + 100).replace(/\u2019/g, "'");
  const fronted = left.length <= 6 && /^\s*,/.test(afterText);
  const cut = afterText.slice(fronted ? afterText.indexOf(',') + 1 : 0).search(fronted ? QUOTED_SENTENCE_EDGE : /[,;:.!?"\u201c\u201d]/);
  const right = words(cut === -1 ? afterText : afterText.slice(0, cut + (fronted ? afterText.indexOf(',') + 1 : 0)));
  return ![...left, ...right].some((w) => isPastForm(w) || QUOTED_PAST_WORDS.has(w.replace(/\u2019/g, "'")) || QUOTED_PLAN_WORDS.has(w) || /['\u2019]ll$/.test(w) || (precision === 'day' && SCHEDULE_PRESENT.has(w)));
}

/** "SALVADOR, Feb 26 (Reuters) -": the dateline gives the publication date, not an event. */
function isDateline(sentence: string, e: TemporalExpression): boolean {
  return DATELINE_AFTER.test(sentence.slice(e.end)) || DATELINE_BEFORE.test(sentence.slice(0, e.start));
}

// The far end of "between January 2014 and July 2019", "from March to June".
const PERIOD_SECOND_END = /\b(?:between\s+[^;()]{1,30}\s+and|from\s+[^;()]{1,30}\s+(?:to|until|till|through|thru))\s+$/i;

// "from last year's 40 cts", "from December's seasonally adjusted rate": the figure compared with, not an occasion.
const POSSESSIVE_FIGURE_AFTER = /^['\u2019]s\s+(?:[$\u00a3\u20ac]?\d|(?:[\w-]+\s+){0,3}(?:level|levels|rate|rates|close|figure|figures|total|volume|budget)\b)/i;

/** A date that bounds a stretch of time (its start, its end, a deadline) rather than placing an event. */
/** A past form of any verb, plan verbs included ("planned"): what makes a clause tell a happening or a met condition. */
function isPastForm(word: string): boolean {
  return PAST_WORDS.has(word) || (word.length >= 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word));
}

/** The clause's text before a position, back to the nearest comma, semicolon, colon or bracket. */
function clauseBefore(sentence: string, start: number): string {
  const before = sentence.slice(Math.max(0, start - 80), start);
  return before.slice(lastIndexOfAny(before, ',;:(') + 1);
}

function opensOrClosesPeriod(sentence: string, e: TemporalExpression): boolean {
  if (e.anchor) return false;
  const before = sentence.slice(Math.max(0, e.start - 40), e.start);
  const after = sentence.slice(e.end, e.end + 40);
  // "hit by Monday's storm", "recovering from last year's decline" name the day of what follows, not a bound;
  // "rose to 707 from last week's 744", "a 9.7 pct decline since Friday's close" compare a figure with it.
  const possessive = /^['\u2019]s\b/.test(after);
  if (possessive && !POSSESSIVE_FIGURE_AFTER.test(after) && !/\d/.test(before.slice(lastIndexOfAny(before, ',;:(') + 1))) return false;
  // "the largest since 2022, when 80 children got sick": the year of what the clause after it tells.
  if (e.precision === 'year' && /\bsince\s+$/i.test(before) && WHEN_CLAUSE_AFTER.test(after)) return false;
  if (boundWithPastWhen(sentence, e.start, e.end)) return false;
  // "fraud has risen since the start of 2005": a change the year has seen so far is that year's figure.
  if (e.precision === 'year' && YEAR_SO_FAR_BEFORE.test(sentence.slice(Math.max(0, e.start - 90), e.start))) return false;
  // "have been on strike since Monday evening": a state that began that day, unless a figure is counted from it.
  if (e.precision === 'day' && WEEKDAY_WORD.test(e.text) && /\bsince\s+$/i.test(before) && !/\d/.test(clauseBefore(sentence, e.start))) return false;
  // "rose by 17% between January 2005 and the previous year": the date of a figure, set against an earlier one.
  if (/\bbetween\s+$/i.test(before) && BETWEEN_COMPARED_AFTER.test(after)) return false;
  if (fromDatesEvent(sentence, e)) return false;
  if (PERIOD_BEFORE.test(before) || PERIOD_TO.test(before) || PERIOD_SECOND_END.test(before)) return true;
  if (possessive) return false;
  // "in the February 16 week": the week that day opens or closes.
  if (/\d/.test(e.text) && /^\s+week\b/i.test(after)) return true;
  // "until Wednesday or Thursday": a later date of a list is bounded as the first one is.
  const listed = /\b(?:and|or)\s+$/.test(before);
  const bound = listed ? before.replace(COORDINATED_DATE, ' ') : before;
  const reach = sentence.slice(Math.max(0, e.start - 90), e.start);
  if (!DEADLINE_BEFORE.test(bound) || untilDatesEvent(listed ? reach.replace(COORDINATED_DATE, ' ') : reach)) return false;
  // "shrank to 54.6 billion by the end of last year": a figure the period closed with, told in the past.
  if (/\bby\s+the\s+end\s+of\s+$/i.test(before) && e.precision !== 'day' && isPastState(sentence, e)) return false;
  // "By Monday afternoon, 27 ships were anchored off the port": a state the story says was reached that day.
  if (e.precision === 'day' && /^\s*by\s+$/i.test(sentence.slice(0, e.start)) && isPastState(sentence, e)) return false;
  // "by April 11, when Congress is scheduled to break": the day something else is set for.
  return !DEADLINE_WHEN_AFTER.test(after);
}

// "Bundesbank data from September last year": the month the figures are of, not where a stretch begins.
const FIGURES_FROM_BEFORE = new RegExp(String.raw`\b(?:data|figures|statistics)\s+from\s+${PART_OF}$`, 'i');
// "is to be rolled out on DVDs from the middle of 2005", "will be distributed from January": the day a change
// starts, as "effective from" gives it, when no far end follows ("trialled from May to July").
const STARTS_FROM_BEFORE = new RegExp(
  String.raw`\b(?:rolled\s+out|phased\s+in|introduced|distributed|trialled|trialed|launched|on\s+sale)\b[^,;:.\d]{0,25}\bfrom\s+${PART_OF}$`,
  'i',
);
const FAR_END_AFTER = /^\s*(?:(?:to|until|till|through|thru|and|onwards?)\b|[-\u2013])/i;

function fromDatesEvent(sentence: string, e: Span): boolean {
  const before = sentence.slice(Math.max(0, e.start - 70), e.start);
  if (!/\bfrom\b/i.test(before) || FAR_END_AFTER.test(sentence.slice(e.end, e.end + 12))) return false;
  return FIGURES_FROM_BEFORE.test(before) || STARTS_FROM_BEFORE.test(before);
}

const BETWEEN_COMPARED_AFTER = /^\s+and\s+(?:the\s+(?:previous|preceding|prior)\s+(?:year|month|quarter|week)|the\s+same\s+(?:month|period|quarter|time|week)|a\s+year\s+(?:earlier|before|ago)|last\s+year)\b/i;

// Words that make a state at a period's end a hope, a plan or a forecast: "could have adopted broadband by the
// end of 2005", "efforts to have 3 million people on drugs by the end of 2005", "possibly by the end of this month".
const NOT_REACHED = /\b(?:will|would|could|should|may|might|must|can|shall|to\s+(?:have|be|reach|get|bring|cut|raise|phase|make|take|complete)|hopes?|aims?|plans?|targets?|efforts?|expect\w*|estimat\w*|possibl\w*|optimistic|likely|forecast\w*)\b|['\u2019]ll\b/i;

/** "shrank to 54.6 billion dlrs by the end of last year": a state the clause says was reached. */
function isPastState(sentence: string, e: TemporalExpression): boolean {
  const before = sentence.slice(Math.max(0, e.start - 160), e.start);
  const clause = before.slice(lastIndexOfAny(before, ';:') + 1);
  const rest = sentence.slice(e.end, e.end + 80);
  const restClause = rest.slice(0, Math.max(0, rest.search(/[;:.]/)) || rest.length);
  return !NOT_REACHED.test(clause) && !NOT_REACHED.test(restClause) && tenseAt(sentence, e.start, e.end) === 'past';
}

const YEAR_SO_FAR_BEFORE = /\b(?:has|have)\s+(?:(?:been|already|steadily|sharply|also)\s+)?(?:risen|fallen|grown|increased|decreased|declined|dropped|jumped|soared|climbed|doubled|trebled|tripled|slowed|shrunk|shrank)\s+(?:by\s+[\d.,]+\s*(?:%|pct|per\s+cent)\s+)?since\s+the\s+(?:start|beginning)\s+of\s+$/i;
const DEADLINE_WHEN_AFTER = /^,\s+when\s+(?:[\w'\u2019.-]+\s+){1,4}(?:is|are|was|were)\s+(?:scheduled|due|set|expected)\s+to\b/i;

// "annually on August 11", "every Monday", "on May 1 each year": a date that comes round again
// is a timetable, not one event.
const RECURRING_BEFORE = /\b(?:every|each|annually|yearly|monthly|quarterly|weekly|(?:semi|bi)-?annually)\s+(?:(?:on|in)\s+)?(?:the\s+)?$/i;
const RECURRING_AFTER = /^,?\s+(?:(?:of\s+)?(?:every|each)\s+(?:year|month|week)\b|annually\b|yearly\b)/i;

function isRecurring(sentence: string, e: TemporalExpression): boolean {
  const before = sentence.slice(Math.max(0, e.start - 30), e.start);
  const leadingOn = /^on\s+/i.exec(e.text);
  return RECURRING_BEFORE.test(leadingOn ? before + leadingOn[0] : before) || RECURRING_AFTER.test(sentence.slice(e.end, e.end + 30));
}

// ---------- figures compared with, and figures forecast ----------

// "than in 2003", "than they did in 2003", "than at the start of 2004", "than for the same month in 2004",
// "as in 2004", "the same as those of last year", "compared with 1985".
const PERIOD_COMPARED_BEFORE = new RegExp(
  String.raw`(?:\bthan\s+(?:(?:it|they|he|she|we|there|i)\s+(?:did|was|were|had)\s+|(?:those|that)\s+(?:of|in|for)\s+)?(?:(?:in|at|during|for|on)\s+)?|(?<!\b(?:well|such)\s+)\bas\s+(?:(?:those|that)\s+(?:of|in|for)|(?:(?:it|they|he|she|we|there|i)\s+(?:did|was|were|had)\s+)?(?:in|during))\s+|\b(?:compared\s+(?:with|to)|vs\.?|versus)\s+(?:(?:in|during|for)\s+)?|\bsame\s+(?:\w+\s+)?(?:period|month|quarter|time|week|season|half)\s+(?:of|in|a)\s+)(?:the\s+(?:start|end|beginning|middle|same\s+\w+)\s+(?:of|in)\s+)?$`,
  'i',
);

/**
 * A year or month that only gives what a figure is compared with, which no event happens at. "Up from 6% in
 * 1994" is left alone: the figure it gives is of that year.
 */
function isComparedPeriod(sentence: string, e: TemporalExpression): boolean {
  if (e.anchor || e.precision === 'day') return false;
  const before = sentence.slice(Math.max(0, e.start - 80), e.start);
  return PERIOD_COMPARED_BEFORE.test(before);
}

// "so far this year", "this year to date", "gained 22% this year through Monday": a count kept over a
// stretch that is still running, not something that happened at a date.
const SO_FAR_BEFORE = /\b(?:so\s+far|thus\s+far|to\s+date)\s+(?:in\s+|this\s+)?$/i;
const SO_FAR_AFTER = /^\s*,?\s+(?:so\s+far|thus\s+far|to\s+date)\b|^\s+(?:through|thru)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:the\s+)?end\b|[A-Z][a-z]{2,8}\.?\s+\d)/;
// "the second cut this year", "the third round of cuts this year", "twice this year": which one of a count.
const COUNT_BEFORE = /(?:\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+(?:time|round|cut|rise|increase|hike|reduction|one))?(?:\s+of\s+[\w-]+)?|\b(?:once|twice|(?:three|four|five|six|several|many|\d+)\s+times))\s+$/i;
// "more cases in the first three months of this year than in all of 2023": the period a figure counts.
const COMPARATIVE = String.raw`\b(?:more|fewer|less|higher|lower|greater|larger|bigger|smaller|worse|better|faster|slower|stronger|weaker|cheaper|dearer)\b`;
const THAN_REACH = String.raw`^(?:(?!\b(?:after|before|when|while|because|and|but)\b)[^,;:.]){0,40}`;
const THAN_AFTER = new RegExp(String.raw`${THAN_REACH}${COMPARATIVE}\s+than\b`, 'i');
const THAN_ANYWHERE_AFTER = new RegExp(String.raw`${THAN_REACH}(?<!\brather\s)\bthan\b`, 'i');
const COMPARATIVE_BEFORE = new RegExp(COMPARATIVE, 'i');
// "Revenue this year will be 1.9 billion": the year a figure is forecast for.
const FIGURE_FORECAST_AFTER = /^\s+(?:will|would|could|should|is\s+(?:expected|forecast|projected|seen|likely|set|on\s+course))\b/i;

/** A year, month or week still running that only says over what time a figure is counted or forecast. */
function isRunningTotal(sentence: string, e: TemporalExpression): boolean {
  if (e.anchor || e.precision === 'day') return false;
  const before = sentence.slice(Math.max(0, e.start - 50), e.start);
  const after = sentence.slice(e.end, e.end + 60);
  if (SO_FAR_BEFORE.test(before) || SO_FAR_AFTER.test(after)) return true;
  if (!/^this\s+(?:year|month|week|season)$/i.test(e.text)) return false;
  const clause = before.slice(lastIndexOfAny(before, CLAUSE_STOP_CHARS + ',') + 1);
  if (/^['\u2019]s\b/.test(after)) return false;
  if (COUNT_BEFORE.test(clause) || THAN_AFTER.test(after) || (COMPARATIVE_BEFORE.test(clause) && THAN_ANYWHERE_AFTER.test(after))) return true;
  return FIGURE_FORECAST_AFTER.test(after) && FIGURE.test(after);
}

// "if the board accepts the petition this week": a date inside a condition not yet met is a possibility.
// "If necessary" and the like are asides, and a past condition ("if his hopes were thwarted in 1994") told.
const CONDITION_BEFORE = /\b(?:if|unless)\b(?!\s+(?:necessary|needed|possible|required|so|not|any)\b)[^,;:.!?"\u201c\u201d]*$/i;

/** A date in an if-clause with no past verb in it. */
function isCondition(sentence: string, e: TemporalExpression): boolean {
  // "if members stick by the December agreement": the occasion the condition names has been held.
  if (e.anchor || (e.precision === 'month' && isOccasionMonth(sentence, e.start, e.text))) return false;
  const condition = CONDITION_BEFORE.exec(sentence.slice(Math.max(0, e.start - 90), e.start));
  if (!condition) return false;
  const rest = sentence.slice(e.end, e.end + 60);
  const stop = rest.search(/[,;:.!?"\u201c\u201d]/);
  const clause = words(condition[0] + ' ' + (stop === -1 ? rest : rest.slice(0, stop)));
  return !clause.some(isPastForm);
}

// "a company can announce a programme in March", "what you would expect in late August", "usually held in
// May": a month of what may happen in any year, which dates nothing.
const HABITUAL_BEFORE = /\b(?:can|usually|normally|typically|generally|often|tends?\s+to|would\s+(?:normally\s+|usually\s+)?expect|one\s+day)\b(?:\s+[\w'\u2019-]+){0,10}\s+$/i;

/** A month named without a year or a day in a clause about what happens as a rule. */
function isHabitualMonth(sentence: string, e: TemporalExpression): boolean {
  if (e.anchor || e.precision !== 'month' || /\d|\b(?:last|next|this|ago)\b/i.test(e.text)) return false;
  const before = sentence.slice(Math.max(0, e.start - 70), e.start);
  if (/\b(?:last|next|this|every|each)\s+$/i.test(before)) return false;
  return HABITUAL_BEFORE.test(before.slice(lastIndexOfAny(before, CLAUSE_STOP_CHARS + ',') + 1));
}

// Words that make a clause a forecast of figures: "Barclays forecast an 8% fall in prices in 2005",
// "the economy could grow by 4.5% in 2004", "our forecast for price rises this year".
const FORECAST_WORDS = new Set([
  'forecast', 'forecasts', 'forecasting', 'predict', 'predicts', 'predicted', 'predicting', 'prediction', 'predictions',
  'expect', 'expects', 'expected', 'expecting', 'expectation', 'expectations', 'projects', 'projected', 'projecting',
  'projection', 'projections', 'sees', 'outlook', 'could', 'would', 'will', 'should', 'may', 'might',
]);
// What changes in a forecast: a rise or a fall, or a figure ("a 6% fall", "growth of 3 pct", "as high as $6.25").
const CHANGE_WORD = /^(?:ris(?:e|es|ing)|fall(?:s|ing)?|grow(?:s|ing|th)?|increas(?:e|es|ing)|declin(?:e|es|ing)|drops?|dropping|climbs?|climbing|slow(?:s|ing|down)?|shrink(?:s|ing)?|contraction|jumps?|surge|pct|percent)$/;
const FIGURE = /\d\s*(?:%|pct\b|percent\b|per\s+cent\b)|[$\u00a3\u20ac]\s?\d|\d\s*(?:bn|mn|m|billion|million|mln|bln|tonnes|tons|dlrs|cts|euros|pounds|yen)\b/i;
// Nouns of a forecast that name what it is for: "our forecast for the jobless rate this year".
const FORECAST_NOUNS = new Set(['forecast', 'forecasts', 'prediction', 'predictions', 'projection', 'projections', 'outlook']);
// One scan for whether any forecast word occurs at all: most dates have none before them.
const FORECAST_WORD_ANYWHERE = /\b(?:forecast|predict|expect|project|sees\b|outlook|could|would|will|should|may|might)/i;
const FORECAST_STOP = new Set(['but', 'while', 'although', 'though', 'whereas', 'because', 'after', 'before', 'when', 'since', 'than', 'with']);

/**
 * A year or month a forecast of figures is for ("expects sales to rise in 2005"): what is forecast has
 * not happened, and the forecast itself is dated by its own words ("forecast in November").
 */
function isForecastTarget(sentence: string, e: TemporalExpression): boolean {
  if (e.anchor || e.precision === 'day') return false;
  const before = sentence.slice(Math.max(0, e.start - 200), e.start);
  if (!FORECAST_WORD_ANYWHERE.test(before)) return false;
  const clause = before.slice(lastIndexOfAny(before, CLAUSE_STOP_CHARS) + 1);
  const left = words(clause).slice(-24).reverse();
  for (let i = 0; i < left.length; i += 1) {
    const word = left[i];
    if (FORECAST_STOP.has(word)) return false;
    if (FORECAST_WORDS.has(word)) {
      if (FORECAST_NOUNS.has(word) && left[i - 1] === 'for') return true;
      const forecast = clause.slice(clause.toLowerCase().lastIndexOf(word) + word.length);
      return left.slice(0, i).some((w) => CHANGE_WORD.test(w)) || FIGURE.test(forecast);
    }
    // "an 8% fall in 2005, followed by further declines in 2006": a participle of the forecast itself.
    if ((isPastVerb(word) || PAST_WORDS.has(word)) && left[i - 1] !== 'by') return false;
  }
  return false;
}

function dropOverlaps<T extends TemporalExpression>(list: T[]): T[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: T[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}

// ---------- tense ----------

const CLAUSE_STOP = /[;:"\u201c\u201d()]/;
const CLAUSE_STOP_CHARS = ';:"\u201c\u201d()';
// "in April or May", "on Friday and Saturday": earlier dates of a list, which share one verb.
const COORDINATED_DATE = new RegExp(
  String.raw`(?:\b(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]{2,8}|${MONTH_WORD.source})\s*,?\s+(?:and|or|to|through)\s+)+$`,
);
// Occasions held on a set day, which a coming step can wait for ("after the vote on March 3").
const OCCASION_NOUNS = new Set([
  'meeting', 'agm', 'vote', 'election', 'elections', 'summit', 'conference', 'hearing', 'ballot', 'referendum', 'congress',
  'convention', 'session', 'assembly', 'ceremony', 'inauguration', 'final', 'tournament', 'games', 'race', 'match', 'deadline',
]);
// Words that open another clause, whose verb says nothing about this date.
const PREPOSITION_CLAUSE_WORDS = new Set(['before', 'after']);
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'when', 'after', 'before', 'because', 'while', 'as', 'and', 'but', 'where', 'if', 'although', 'though']);

/** Whether the clause around [start, end) looks back ('past'), forward ('future'), or gives no sign. */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  // "on Friday and Saturday": the second date reads with the first one's verb.
  const before = sentence.slice(Math.max(0, start - 120), start);
  // The list pattern is only worth running when a conjunction ends the text before the date.
  const listed = /\b(?:and|or|to|through)\s+$/.test(before) ? before.replace(COORDINATED_DATE, ' ') : before;
  // "until 2 a.m. local time (0100 GMT) on Thursday": a short aside in brackets is no clause edge.
  const unbracketed = listed.includes(')') ? listed.replace(SHORT_ASIDE, ' ') : listed;
  // The colon of a clock time ("at 2:00 am on Thursday") does not end a clause either.
  const leftText = unbracketed.includes(':') ? unbracketed.replace(CLOCK_COLON, '$1.') : unbracketed;
  const leftClause = leftText.slice(lastIndexOfAny(leftText, CLAUSE_STOP_CHARS) + 1);
  // Wide enough to reach the verb across a long noun phrase ("is unlikely to alter its lending
  // rates at its policy board meeting on Thursday"); clause words still stop the scan.
  const left = words(leftClause).slice(-LEFT_WORDS).reverse();
  // "to begin Thursday", "to meet on March 3": an infinitive points forward, unless a past
  // verb other than a plan governs it ("returned to work on Monday").
  const verbAt = DATE_PREPOSITIONS.has(left[0]) ? 1 : 0;
  const prepositional = verbAt === 1 || /^(?:on|by|in|at)\s/i.test(sentence.slice(start, end));
  if (left[0] === 'last' || left[0] === 'past' || left[0] === 'previous') return 'past';
  // "was postponed until Thursday": the day it was moved to is still to come.
  if (left.slice(0, 6).some((w) => w === 'until' || w === 'till' || w === 'to') && RESCHEDULED_BEFORE.test(before.slice(-60))) return 'future';
  if (left[0] === 'next' || left[0] === 'coming') return 'future';
  const verb = left[verbAt];
  const governor = left[verbAt + 2] ?? '';
  // After a preposition ("to meet on Friday") the word before "to" must say it is a plan,
  // or "his trip to Washington on Friday" would read as an infinitive.
  const planned = !prepositional ? !isPastVerb(governor) : PLAN_VERBS.has(governor) || FUTURE_WORDS.has(governor) || INFINITIVE_GOVERNORS.has(governor);
  if (left[verbAt + 1] === 'to' && verb && !/\d/.test(verb) && !STATE_WORDS.has(verb) && planned) {
    // "were scheduled to expire February 28, have been extended": a plan told in the past may lie
    // either side of publication, so the nearest such day is meant.
    return isPlanToldInPast(left[verbAt + 3]) || (left[verbAt + 3] === 'been' && left[verbAt + 4] === 'had') ? null : 'future';
  }
  // "plans for Okafor to meet bankers on Friday", "a meeting to be held in May": an infinitive of a
  // timetable verb, or a passive one, looks forward,
  // unless a verb further left says otherwise ("flew to Oslo to meet bankers on Friday").
  let infinitive: Tense = null;
  // "testifies before Congress on Thursday", "rose after the news on Friday": with no verb between them,
  // "before" and "after" lead a phrase, not a clause. The verb further left then tells the date's side
  // only where the order of the two allows it: what comes before a coming event may still lie ahead
  // of us, what comes after a past one may already have happened, and not the other way round.
  let through: string | null = null;
  let throughAt = 0;
  let open = true;
  for (let i = 0; i < left.length; i += 1) {
    // "after January's rate" puts the date itself after the other one: no verb says anything about it.
    if (i > 0 && through === null && PREPOSITION_CLAUSE_WORDS.has(left[i])) {
      // "before the design is finalized in January": after "before" or "after" the present tells what is to come.
      if (left.slice(0, i).some((w) => w === 'is' || w === 'are')) return 'future';
      through = left[i];
      throughAt = i;
      continue;
    }
    if (CLAUSE_WORDS.has(left[i]) && !joinsFigures(left, i)) {
      open = false;
      break;
    }
    // A participle after "be" ("would be outlined") takes its tense from the auxiliary further left.
    if (left[i + 1] && PARTICIPLE_AUXILIARIES.has(left[i + 1]) && isPastVerb(left[i])) continue;
    if (left[i + 1] === 'to' && (SCHEDULE_PRESENT.has(left[i]) || left[i] === 'be') && through === null) infinitive = 'future';
    if (isAttributiveParticiple(left[i], left[i + 1], left[i + 2])) continue;
    const tense = wordTense(left[i], left[i - 1], left[i + 1]);
    if (tense === 'future' && isPlanToldInPastAt(left, i)) return null;
    if (tense && through !== null) {
      // "will leave after the annual meeting on March 31": a coming step after a fixed occasion waits for it.
      if (through === 'after' && tense === 'future' && left.slice(0, throughAt).some((w) => OCCASION_NOUNS.has(w))) return 'future';
      return (through === 'after') === (tense === 'past') ? tense : null;
    }
    if (tense) return tense;
  }
  if (infinitive) return infinitive;
  // "no change until at least Wednesday": with no verb to say otherwise, "until" looks ahead.
  if (open && left.slice(0, 4).some((w) => w === 'until' || w === 'till')) return 'future';
  const rightText = sentence.slice(end, end + 120);
  // "will issue ... at its monthly tender on Thursday, the bank said": past a long noun phrase the clause's
  // own modal still outranks the attribution after it, which only dates the saying.
  if (open && through === null && ATTRIBUTION_AFTER.test(rightText) && hasFarModal(sentence.slice(Math.max(0, start - 240), start))) return 'future';
  const stop = rightText.search(CLAUSE_STOP);
  const right = words(stop === -1 ? rightText : rightText.slice(0, stop)).slice(0, 8);
  for (let i = 0; i < right.length; i += 1) {
    if (CLAUSE_WORDS.has(right[i])) break;
    if (isAttributiveParticiple(right[i], right[i - 1], right[i - 2])) continue;
    const tense = wordTense(right[i], right[i + 1], right[i - 1]);
    if (tense) return tense;
  }
  return null;
}

const CLOCK_COLON = /(\d):(?=\d\d\b)/g;
const SHORT_ASIDE = /\([^()]{1,30}\)/g;
const LEFT_WORDS = 14;
const FAR_LEFT_WORDS = 32;
// ", the Bank of France said.", ", officials told reporters": the attribution closing a reported clause.
const ATTRIBUTION_AFTER = /^\s*,\s*(?:[\w.'\u2019&-]+\s+){1,6}?(?:said|says|told|reported|added|announced)\b[^,;:]{0,30}(?:[.;]\s*|$)/;

/** A "will" or "shall" beyond the words tenseAt reads, with no other verb or clause word before it. */
function hasFarModal(before: string): boolean {
  const list = words(before.slice(lastIndexOfAny(before, CLAUSE_STOP_CHARS) + 1)).slice(-FAR_LEFT_WORDS).reverse();
  for (let i = LEFT_WORDS; i < list.length; i += 1) {
    const word = list[i];
    if (word === 'will' || word === 'shall' || word.endsWith("'ll") || word.endsWith('\u2019ll')) return true;
    if ((CLAUSE_WORDS.has(word) && !joinsFigures(list, i)) || isPastVerb(word) || FUTURE_WORDS.has(word)) return false;
  }
  return false;
}
// "is expected to", "output is projected to fall": a forecast looks forward; "fewer than expected" does not.
const FORECAST_PARTICIPLES = new Set(['expected', 'projected', 'forecast', 'forecasted', 'predicted']);
const ATTRIBUTIVE_PARTICIPLES = new Set(['proposed', 'planned']);
const NOUN_PLANS = new Set(['plan', 'plans', 'hope', 'hopes', 'aims']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);
// A participle after these is passive or perfect-infinitive, not a past verb ("is named", "would be outlined").
const PARTICIPLE_AUXILIARIES = new Set(['be', 'being', 'been', 'is', 'are', 'am']);
const DATE_PREPOSITIONS = new Set(['on', 'by', 'in', 'at', 'from', 'until', 'during', 'for']);
const INFINITIVE_GOVERNORS = new Set(['is', 'are', 'was', 'were', 'going', 'trying', 'try', 'tries', 'seeks', 'seeking', 'hoping', 'agree', 'agrees', 'decide', 'decides', 'order', 'ready', 'able', 'unable']);
// "did not return on Monday": the auxiliary further left tells the tense, not the bare verb.
const NEGATIONS = new Set(['not', 'never', "didn't", 'didn\u2019t', "don't", 'don\u2019t', "doesn't", 'doesn\u2019t']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'been']);
// Nouns and adjectives that follow "to" without making an infinitive ("rose to record", "back to work").
const STATE_WORDS = new Set(['work', 'date', 'record', 'power', 'office', 'court', 'market', 'press', 'school', 'war', 'trial', 'vote', 'the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'early', 'late', 'mid', 'end']);
const PLAN_VERBS = new Set(['agreed', 'decided', 'planned', 'expected', 'scheduled', 'promised', 'pledged', 'vowed', 'voted', 'asked', 'invited', 'called', 'set']);

// Words that open a noun phrase for certain; "that" and "this" are left out, since "talks that ended" has a verb.
const BARE_VERB_LEADS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to']);
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'your', 'my']);

/** "a nationally televised speech", "the revised figures": an "-ed" word inside a noun phrase describes, it is no past verb. */
function isAttributiveParticiple(word: string, previous: string | undefined, beforePrevious: string | undefined): boolean {
  if (!word.endsWith('ed') || PAST_WORDS.has(word) || previous === undefined) return false;
  // "would publish updated figures", "to release revised data": after a bare verb led by a modal or
  // "to", an "-ed" word can only describe the object.
  if (beforePrevious !== undefined && BARE_VERB_LEADS.has(beforePrevious) && /^[a-z]{3,}$/.test(previous) && !previous.endsWith('ed') && !BE_FORMS.has(previous) && previous !== 'have') return true;
  return NOUN_OPENERS.has(previous) || (previous.length > 4 && previous.endsWith('ly') && beforePrevious !== undefined && NOUN_OPENERS.has(beforePrevious));
}

/** "was" or "were" before "due to", "scheduled to": the plan may lie on either side of publication. */
function isPlanToldInPast(auxiliary: string | undefined): boolean {
  return auxiliary === 'was' || auxiliary === 'were';
}

/** The same over a reversed word list, at "due" of "was due to" or at "to" of "was to", "was due to". */
function isPlanToldInPastAt(left: string[], i: number): boolean {
  if (left[i - 1] === 'to') return isPlanToldInPast(left[i + 1]);
  return left[i] === 'to' && (isPlanToldInPast(left[i + 1]) || isPlanToldInPast(left[i + 2]));
}

/** "between 4.50 and 5.25 pct": an "and" between two figures joins numbers, not clauses. */
function joinsFigures(list: string[], i: number): boolean {
  return (list[i] === 'and' || list[i] === 'or') && isFigure(list[i - 1]) && isFigure(list[i + 1]);
}

// "between eight and 12 billion": wire style spells small numbers out.
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred']);

function isFigure(word: string | undefined): boolean {
  return word !== undefined && (/^\d/.test(word) || NUMBER_WORDS.has(word));
}

function isPastVerb(word: string): boolean {
  if (PLAN_VERBS.has(word)) return false;
  return PAST_WORDS.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word));
}

function wordTense(word: string, next: string | undefined, previous: string | undefined): Tense {
  // "is due on", "due to meet" look forward; "missed the payment due on September 29" takes its
  // tense from the verb, so a bare "due" says nothing.
  if (word === 'due') return next === 'to' || next === 'out' || next === 'back' || (previous !== undefined && (BE_FORMS.has(previous) || FUTURE_WORDS.has(previous))) ? 'future' : null;
  // "cautious ahead of talks on Friday": what is awaited lies ahead.
  if (word === 'ahead' && next === 'of') return 'future';
  // "its proposed rule change", "high hopes for": an adjective or a noun leaves the tense to the verb.
  if (ATTRIBUTIVE_PARTICIPLES.has(word) && previous !== undefined && DETERMINERS.has(previous)) return null;
  if (NOUN_PLANS.has(word) && previous !== undefined && (DETERMINERS.has(previous) || previous === 'high' || previous === 'new' || (previous.endsWith('ed') && next !== 'to'))) return null;
  // "Gorbachev proposed on Saturday that ...": the verb, told in the past, not the adjective of what is to come.
  if (word === 'proposed' && (next === undefined || next === 'on' || next === 'that') && previous !== undefined && !PARTICIPLE_AUXILIARIES.has(previous)) return 'past';
  if (FUTURE_WORDS.has(word) || word.endsWith("'ll") || word.endsWith('\u2019ll')) return 'future';
  // "will have coupons of 5 pct in September": "have" after "will" is a verb of the future, not a perfect.
  if ((word === 'have' || word === 'be') && (previous === 'will' || previous === 'shall')) return 'future';
  if (word === 'to' && previous && ['is', 'are', 'set', 'going', 'due', 'was', 'were'].includes(previous)) return 'future';
  if (word === 'set' && (next === 'to' || next === 'for')) return 'future';
  // "are meeting on Friday", "the summit opens on Monday": the present for what is arranged.
  if (word.endsWith('ing') && previous !== undefined && ['is', 'are', 'am'].includes(previous)) return 'future';
  // "the votes on Wednesday": a plural noun after a determiner, not the verb.
  // "the fiscal year that begins Oct. 1": "that" before a singular verb is a relative pronoun, no determiner.
  if (SCHEDULE_PRESENT.has(word) && previous !== 'to' && !(previous !== undefined && (DETERMINERS.has(previous) || NEGATIONS.has(previous)) && !(previous === 'that' && word.endsWith('s')))) return 'future';
  // "is expected on", "projected to rise" look forward; "fewer than expected" does not.
  if (FORECAST_PARTICIPLES.has(word)) return next === 'to' || (previous !== undefined && BE_FORMS.has(previous)) ? 'future' : null;
  // "due to last until Thursday": the verb "last", not the adjective of "last year".
  if (word === 'last' && previous === 'to') return null;
  if (PAST_WORDS.has(word)) return 'past';
  if (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word)) return 'past';
  return null;
}

function words(text: string): string[] {
  // Numbers stay as words so "rose to 99.7 in January" is not read as "to ... in".
  return text.toLowerCase().match(/[a-z]+(?:['\u2019][a-z]+)?|\d[\d.,/]*/g) ?? [];
}

/** The last position of any of the characters, by the engine's own search rather than a test per character. */
function lastIndexOfAny(text: string, chars: string): number {
  let last = -1;
  for (const c of chars) last = Math.max(last, text.lastIndexOf(c));
  return last;
}

// ---------- calendar arithmetic (UTC, no clock) ----------

export function parseYmd(date: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
}

function toUtc(date: Ymd): number {
  return Date.UTC(date.y, date.m - 1, date.d);
}

function fromUtc(ms: number): Ymd {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatDay(date: Ymd): string | null {
  // Reject impossible days ("February 30") instead of letting Date roll them over.
  const back = fromUtc(toUtc(date));
  if (back.y !== date.y || back.m !== date.m || back.d !== date.d) return null;
  return `${date.y}-${pad(date.m)}-${pad(date.d)}`;
}

function formatMonth(y: number, m: number): string {
  return `${y}-${pad(m)}`;
}

function shiftMonth(ref: Ymd, step: number): string {
  const index = ref.y * 12 + (ref.m - 1) + step;
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

function resolveWeekday(weekday: number, ref: Ymd, mode: Tense | 'before' | 'after'): string | null {
  const today = new Date(toUtc(ref)).getUTCDay();
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  let offset: number;
  if (mode === 'before') offset = -(back || 7);
  // "next Wednesday" written on a Tuesday is not tomorrow, which the writer would have said.
  else if (mode === 'after') offset = ahead <= 1 ? ahead + 7 : ahead;
  else if (mode === 'future') offset = ahead;
  else offset = -back;
  return formatDay(addDays(ref, offset));
}

function resolveMonthDay(month: number, day: number, ref: Ymd, tense: Tense, strict = false): string | null {
  const thisYear = { y: ref.y, m: month, d: day };
  const onOrBefore = toUtc(thisYear) <= toUtc(ref) ? thisYear : { ...thisYear, y: ref.y - 1 };
  const onOrAfter = toUtc(thisYear) >= toUtc(ref) ? thisYear : { ...thisYear, y: ref.y + 1 };
  // News gives the year of a day more than some months back; a past-looking clause
  // ("to be dated March 15 and delivered March 16") near a coming day means that day.
  const daysBack = (toUtc(ref) - toUtc(onOrBefore)) / 86_400_000;
  const daysAhead = (toUtc(onOrAfter) - toUtc(ref)) / 86_400_000;
  if (tense === 'past' && !strict && daysBack > 300 && daysAhead <= 45) return formatDay(onOrAfter);
  if (tense === 'past') return formatDay(onOrBefore);
  if (tense === 'future') return formatDay(onOrAfter);
  // With no tense, news names a day already past ("the June 5 referendum"), unless it is at most
  // three months away: "for payment on March 31" written in late February is this year's.
  return formatDay(daysAhead <= NEAR_DAYS_AHEAD && daysAhead < daysBack ? onOrAfter : onOrBefore);
}

const NEAR_DAYS_AHEAD = 92;

function resolveMonth(month: number, ref: Ymd, tense: Tense): string {
  const back = (ref.m - month + 12) % 12;
  const ahead = (month - ref.m + 12) % 12;
  if (tense === 'past') return shiftMonth(ref, -back);
  // "expected to show an improvement in February", written in early March, is about the figures
  // for the month just ended: a plan eleven months off is rarely named by its month alone.
  if (tense === 'future') return shiftMonth(ref, back === 1 ? -1 : ahead);
  // With no tense, as for days: a coming month only when it is at most three months off and nearer.
  return shiftMonth(ref, ahead <= NEAR_MONTHS_AHEAD && ahead < back ? ahead : -back);
}

const NEAR_MONTHS_AHEAD = 3;
