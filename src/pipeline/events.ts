// Dated events: one per temporal expression that places something in a
// sentence at a date. Runs after quotes, because the speaker of a statement is
// the first person of the event it dates ("Brandt said on Thursday").
import { findTemporalExpressions, addDays, formatDay, isTimelessInQuote, parseYmd, type TemporalExpression } from './dates.js';
import { PLACE_SET } from './lexicon/places.js';
import { isStampedLine } from './timestamps.js';
import type { Entity, ExtractedEvent, ExtractedQuote, ExtractionContext, Sentence, Span } from './types.js';

const MAX_DESCRIPTION = 320;
// "That day", "the next day" lean on a day told a few sentences before; one told pages back is another story's.
const ANCHOR_REACH = 12;
// "Four years later" counts from a year stated in the last sentences, not from one pages back.
const YEAR_ANCHOR_REACH = 3;
const STATED_YEAR = /\b(?:1[89]|20)\d\d\b/;
// A clause boundary inside a sentence: where one dated statement ends and the next begins.
const STRONG_BOUNDARY = /;\s*|,\s+(?:and|but|while|whereas)\s+/g;
const DATELINE_PREFIX = /^[A-Z][A-Z .,'\u2019-]*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([^()]{1,40}\)\s*[-\u2013\u2014]+\s*/;
const PLACE_CUE = /\b(?:in|at|near|outside)\s+(?:the\s+)?((?:[A-Z][\p{L}.'\u2019-]*)(?:\s+(?:[A-Z][\p{L}.'\u2019-]*|de|of))*)/gu;
const NOT_PLACE_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Their|Its|This|That|Congress|Parliament|Court|Senate|Committee)\b/;

interface PersonMention extends Span {
  key: string;
}

export function findEvents(context: ExtractionContext, sentences: Sentence[], entities: Entity[], quotes: ExtractedQuote[]): ExtractedEvent[] {
  const mentions = personMentions(entities);
  const events: ExtractedEvent[] = [];
  // The day the article is mainly about: its first calendar-dated day ("on Thursday" in the lead).
  let storyDate: string | null = null;
  const reference = localReferenceDate(sentences, context.referenceDate);
  const direct = quotes.filter((q) => q.kind === 'direct');
  sentences.forEach((sentence, index) => {
    if (isHeadline(sentence.text)) return;
    const all = findTemporalExpressions(sentence.text, reference);
    if (all.length === 0 || isTimestampLine(sentence.text, all) || isStampedLine(sentence.text)) return;
    const found = all.filter((expr) => !isTimelessQuoted(sentence.start + expr.start, sentence.start + expr.end, expr, direct));
    if (found.length === 0) return;
    const recentFrom = sentences[Math.max(0, index - ANCHOR_REACH)].start;
    const yearFrom = sentences[Math.max(0, index - YEAR_ANCHOR_REACH)].start;
    const segments = segmentsOf(sentence.text, found);
    found.forEach((expr, i) => {
      const segment = { start: sentence.start + segments[i].start, end: sentence.start + segments[i].end };
      const about = expr.anchor?.about ? { start: sentence.start + expr.anchor.about.start, end: sentence.start + expr.anchor.about.end } : null;
      const peopleKeys = peopleOf(segment, about, mentions, quotes);
      const { date, precision } = expr.anchor?.to === 'year' ? yearOn(expr.anchor.offsetYears ?? 0, events, yearFrom) : resolved(expr, events, storyDate, about, mentions, recentFrom);
      // "A year later, in October 2003, the couple had a son": the sentence states the month the count only nears.
      if (expr.anchor?.to === 'year' && date !== null && found.some((other) => other.date?.startsWith(`${date}-`))) return;
      const segmentText = context.text.slice(segment.start, segment.end);
      events.push({
        date,
        precision: date ? precision : null,
        description: describe(segmentText, expr.start - segments[i].start),
        sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
        temporal: { start: sentence.start + expr.start, end: sentence.start + expr.end, text: expr.text },
        peopleKeys,
        place: placeIn(segmentText, segment.start, mentions),
      });
      if (storyDate === null && !expr.anchor && expr.precision === 'day' && expr.date) storyDate = expr.date;
    });
  });
  return events;
}

/** A date inside a direct quotation whose clause tells no happening ("we are here in 2005"). */
function isTimelessQuoted(start: number, end: number, expr: TemporalExpression, direct: ExtractedQuote[]): boolean {
  if (expr.anchor) return false;
  const quote = direct.find((q) => q.start <= start && q.end >= end);
  return quote !== undefined && isTimelessInQuote(quote.text, start - quote.start, end - quote.start, expr.precision);
}

const DATELINE_DAY = /^[A-Z][A-Z .,'\u2019-]*,\s*([A-Z][a-z]{2})[a-z]{0,6}\.?\s+(\d{1,2})\s*\([^()]{1,40}\)\s*[-\u2013\u2014]/;
const MONTH_KEYS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The publication day as the story's own place counts it. A wire story filed in Tokyo is
 * stamped in New York time, often the evening before its dateline ("TOKYO, Feb 27"): there
 * "today" is the dateline's day. Only the next day is taken, so a dateline left over from
 * an earlier version of the story ("corrected") changes nothing.
 */
function localReferenceDate(sentences: Sentence[], referenceDate: string | null): string | null {
  const ref = referenceDate ? parseYmd(referenceDate) : null;
  const lead = sentences.find((s) => !isHeadline(s.text))?.text ?? '';
  const dateline = DATELINE_DAY.exec(lead);
  if (!ref || !dateline) return referenceDate;
  const next = addDays(ref, 1);
  const datelined = next.m === MONTH_KEYS.indexOf(dateline[1]) + 1 && next.d === Number(dateline[2]);
  return datelined && !WESTERN_DATELINES.has(lead.slice(0, lead.indexOf(',')).trim()) ? formatDay(next) : referenceDate;
}

// Wire places whose clocks run with the New York stamp or behind it: there the stamp's evening is still the
// stamp's day, and a dateline a day on is the next morning's paper, not the local date.
const WESTERN_DATELINES = new Set([
  'NEW YORK', 'WASHINGTON', 'CHICAGO', 'BOSTON', 'PHILADELPHIA', 'PITTSBURGH', 'DETROIT', 'CLEVELAND', 'ATLANTA', 'MIAMI',
  'HOUSTON', 'DALLAS', 'DENVER', 'ST. LOUIS', 'MINNEAPOLIS', 'KANSAS CITY', 'NEW ORLEANS', 'LOS ANGELES', 'SAN FRANCISCO',
  'SEATTLE', 'TORONTO', 'OTTAWA', 'MONTREAL', 'VANCOUVER', 'CALGARY', 'MEXICO CITY', 'HAVANA', 'PANAMA CITY', 'CARACAS',
  'BOGOTA', 'LIMA', 'QUITO', 'LA PAZ', 'SANTIAGO', 'BUENOS AIRES', 'MONTEVIDEO', 'ASUNCION', 'SAO PAULO', 'RIO DE JANEIRO',
  'BRASILIA', 'KINGSTON', 'HONOLULU',
]);

/** Headlines in capitals repeat the story and carry no date of their own worth a second event. */
function isHeadline(text: string): boolean {
  return /[A-Z]{3}/.test(text) && !/[a-z]/.test(text);
}

// Words a page's timestamp line carries besides the date: "Published: Thursday 16 February 2017 10.32 GMT".
const TIMESTAMP_WORDS = new Set(['published', 'updated', 'last', 'modified', 'posted', 'first', 'on', 'at', 'gmt', 'bst', 'utc', 'est', 'edt', 'cet', 'am', 'pm', 'a', 'p', 'm']);

/** A line that is only a date (and a time) stamps the page; it reports nothing. */
function isTimestampLine(text: string, found: TemporalExpression[]): boolean {
  let rest = text;
  for (const e of [...found].reverse()) rest = rest.slice(0, e.start) + ' ' + rest.slice(e.end);
  const words = rest.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.every((w) => TIMESTAMP_WORDS.has(w) || /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(w));
}

function personMentions(entities: Entity[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const entity of entities) {
    if (entity.kind !== 'person' || entity.journalist) continue;
    for (const mention of entity.mentions) out.push({ start: mention.start, end: mention.end, key: entity.key });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The part of the sentence each expression dates, as sentence-relative spans.
 * Two dates split the sentence at a clause boundary between them; an anchor at
 * the head of a clause ("and the same day Brandt said") starts its own part.
 */
function segmentsOf(text: string, found: TemporalExpression[]): Span[] {
  const boundaries = [...text.matchAll(STRONG_BOUNDARY)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return found.map((expr, i) => {
    const previousEnd = i > 0 ? found[i - 1].end : 0;
    const nextStart = i + 1 < found.length ? found[i + 1].start : text.length;
    let start = 0;
    for (const b of boundaries) if (b.start >= previousEnd && b.end <= expr.start) start = b.end;
    if (expr.anchor && /(?:^|[,;]|\band|\bbut)\s*$/.test(text.slice(start, expr.start))) start = expr.start;
    let end = text.length;
    if (i + 1 < found.length) {
      const cut = boundaries.find((b) => b.start >= expr.end && b.end <= nextStart);
      if (cut) end = cut.start;
    }
    return { start, end };
  });
}

function peopleOf(segment: Span, about: Span | null, mentions: PersonMention[], quotes: ExtractedQuote[]): string[] {
  const keys: string[] = [];
  const add = (key: string | null) => {
    if (key && !keys.includes(key)) keys.push(key);
  };
  // The speaker of a statement that begins in this part of the sentence is who the event is about;
  // a long reported clause that began earlier belongs to an earlier part.
  const quote = quotes.find((q) => q.speakerKey && q.start >= segment.start && q.start < segment.end);
  const inSegment = mentions.filter((m) => m.start >= segment.start && m.end <= segment.end);
  const isPerson = (key: string | null) => key !== null && mentions.some((m) => m.key === key);
  if (quote && isPerson(quote.speakerKey)) add(quote.speakerKey);
  const outsideAbout = inSegment.filter((m) => !about || m.end <= about.start || m.start >= about.end);
  for (const m of outsideAbout) add(m.key);
  for (const m of inSegment) add(m.key);
  return keys;
}

function resolved(
  expr: TemporalExpression,
  earlier: ExtractedEvent[],
  storyDate: string | null,
  about: Span | null,
  mentions: PersonMention[],
  recentFrom: number,
): { date: string | null; precision: TemporalExpression['precision'] } {
  if (!expr.anchor) return { date: expr.date, precision: expr.precision };
  const dayEvents = earlier.filter((e) => e.date !== null && e.precision === 'day');
  let base: string | null = null;
  if (expr.anchor.to === 'previous') {
    const last = dayEvents[dayEvents.length - 1];
    base = last && last.sentence.start >= recentFrom ? last.date : null;
  } else {
    // "hours before Okafor spoke": the day Okafor was last seen doing something, else the story's day.
    const named = about ? mentions.filter((m) => m.start >= about.start && m.end <= about.end).map((m) => m.key) : [];
    const byPerson = [...dayEvents].reverse().find((e) => e.peopleKeys.some((key) => named.includes(key)));
    base = byPerson?.date ?? storyDate;
  }
  const parsed = base ? parseYmd(base) : null;
  return { date: parsed ? formatDay(addDays(parsed, expr.anchor.offsetDays)) : null, precision: 'day' };
}

/**
 * "Four years later": the year the event just told stated, moved on. Only when that event is the last one
 * and gave its year in words a reader sees ("until 1995, when he resigned"), else the count has no start.
 */
function yearOn(offsetYears: number, earlier: ExtractedEvent[], from: number): { date: string | null; precision: TemporalExpression['precision'] } {
  const last = earlier[earlier.length - 1];
  if (!last || last.date === null || last.sentence.start < from || !STATED_YEAR.test(last.temporal.text)) return { date: null, precision: 'year' };
  return { date: String(Number(last.date.slice(0, 4)) + offsetYears), precision: 'year' };
}

/** The dated clause as a reader would quote it: dateline gone, whitespace tidied, long text cut at word ends. */
function describe(segmentText: string, exprOffset: number): string {
  const dateline = DATELINE_PREFIX.exec(segmentText);
  let text = dateline ? segmentText.slice(dateline[0].length) : segmentText;
  let at = Math.max(0, exprOffset - (dateline ? dateline[0].length : 0));
  const lead = text.length - text.trimStart().length;
  text = text.trim();
  at = Math.max(0, at - lead);
  if (text.length > MAX_DESCRIPTION) {
    const from = at < MAX_DESCRIPTION - 80 ? 0 : Math.max(0, at - 120);
    let cut = text.slice(from, from + MAX_DESCRIPTION);
    if (from > 0) cut = cut.replace(/^\S*\s+/, '');
    text = cut.replace(/\s+\S*$/, '');
  }
  return text.replace(/\s+/g, ' ');
}

function placeIn(segmentText: string, offset: number, mentions: PersonMention[]): string | null {
  let fallback: string | null = null;
  for (const match of segmentText.matchAll(PLACE_CUE)) {
    const name = /^(?:[A-Z]\.)+$/.test(match[1]) ? match[1] : match[1].replace(/[.'\u2019]+$/, '');
    const at = match.index + match[0].length - match[1].length;
    const after = segmentText.slice(at + match[1].length);
    if (/^['\u2019]s?\b/.test(after) || NOT_PLACE_WORDS.test(name)) continue;
    if (mentions.some((m) => m.start <= offset + at && m.end > offset + at)) continue;
    const known = knownPlacePrefix(name);
    if (known) {
      // "in U.S. elections" uses the country as an adjective, not as where something happened.
      if (/^[A-Z.]+$/.test(known) && /^\s+[a-z]/.test(segmentText.slice(at + known.length))) continue;
      return known;
    }
    if (!fallback && /^[A-Z][a-z]{2,}$/.test(name) && !/^\s+[a-z]/.test(after)) fallback = name;
  }
  return fallback;
}

function knownPlacePrefix(name: string): string | null {
  const parts = name.split(/\s+/);
  for (let n = parts.length; n > 0; n -= 1) {
    const candidate = parts.slice(0, n).join(' ');
    if (PLACE_SET.has(candidate)) return candidate;
  }
  return null;
}
