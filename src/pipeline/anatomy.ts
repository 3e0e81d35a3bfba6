import { isBoilerplateLine } from './lexicon/boilerplate.js';
import { looksLikePersonName, parseCreditNames, parseBylineNames, photoCreditOf, parseContributorNames } from './credits.js';
import { isTimestampLine } from './timestamps.js';
import type { Anatomy, AnatomyPart, GivenMetadata, Span } from './types.js';

// Reads the furniture around an article: headline, standfirst, byline,
// dateline, captions, credits and the wire mark, and removes site boilerplate.
// Everything later stages see is `text`, so this is the only place lines are dropped.

interface Line extends Span {
  text: string;
}

const DATELINE = /^([A-Z][A-Z.'\- ]{1,40}?(?:,\s*[A-Z][A-Za-z.'\- ]{1,30}?)?)(?:,\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\s*\(([A-Z][A-Za-z.&\- ]{0,30})\)\s*[-–—]+\s*/;
// Without an agency ("SAN JOSE, Calif. —", "KYIV, Ukraine –"): only a place in capitals and a spaced dash mark it.
const DATELINE_PLAIN = /^([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30}?)?)(?:,\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2}))?()\s+(?:[–—]|--?)\s+(?=\S)/;
const WIRE_MARK = /\s*[-–—]+\s*\(([A-Z][A-Za-z.&\- ]{0,30})\)\s*$/;
const BYLINE = /^by\s+(\p{Lu}.{1,150})$/iu;
const CREDIT_LINE = /^\(?\s*(?:(?:additional |further )?reporting|writing|written|editing|edited|compiled|research|graphics?|photos?|video|production)(?: and (?:writing|editing|reporting))? by\b.{0,400}$/i;
// Modern page furniture around the story: link teasers with their headline, save and
// listen buttons, reading times, and notes about the article rather than its events.
const PAGE_FURNITURE = [
  /^(?:related|read more|more|see also|also read|recommended|most read|trending|latest|live updates?)\s*:\s*\S.{0,160}$/i,
  /^(?:save|saved|share|share (?:&|and) save|gift (?:this )?article|listen(?: to (?:this|the) (?:article|story))?(?:\s*[·•|-]?\s*\d+:\d\d)?(?: min(?:ute)?s?)?|\d{1,3} min(?:ute)?s? (?:read|listen))\.?$/i,
  /^(?:this|the) (?:article|story|piece|report) (?:was|has been) (?:amended|updated|corrected|edited|changed)\b.{0,400}$/i,
  /^(?:correction|clarification|editor['’]s note)\s*[:(].{0,400}$/i,
];
// "The Associated Press contributed to this report.", "Staff writer Ana Diaz contributed reporting."
const CONTRIBUTED_LINE = /^(?:\p{Lu}.{0,200}?)\s+contributed\s+(?:reporting|research|writing|to\s+(?:this|the)\s+(?:report|story|article))(?:\s+from\s+[^.]{1,80})?\.?$/u;
const CAPTION_CREDIT = /(?:photograph|photo|picture|image|illustration|credit|pic)s?\s*:\s*([^:]{2,80})$/i;

/** Splits the body into lines with offsets, without the line terminators. */
function linesOf(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= body.length) {
    const nl = body.indexOf('\n', start);
    const end = nl === -1 ? body.length : nl;
    lines.push({ start, end, text: body.slice(start, end).replace(/\r$/, '') });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function normalised(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

/** Builds the cleaned text: boilerplate and repeated caption lines dropped, blank runs collapsed. */
function cleanLines(lines: Line[]): { text: string; kept: Line[] } {
  const seenCaptions = new Set<string>();
  const kept: Line[] = [];
  let text = '';
  let lastBlank = true;
  for (const line of lines) {
    const content = line.text.trimEnd();
    const blank = content.trim() === '';
    if (blank) {
      if (lastBlank) continue;
    } else if (isBoilerplateLine(content) || isPageFurniture(content)) {
      continue;
    } else if (CAPTION_CREDIT.test(content)) {
      if (seenCaptions.has(content.trim())) continue;
      seenCaptions.add(content.trim());
    }
    if (text) text += '\n';
    kept.push({ start: text.length, end: text.length + content.length, text: content });
    text += content;
    lastBlank = blank;
  }
  const trailing = text.trimEnd();
  return { text: trailing, kept: kept.filter((line) => line.start < trailing.length && line.text.trim() !== '') };
}

function isPageFurniture(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > 400) return false;
  return PAGE_FURNITURE.some((pattern) => pattern.test(trimmed)) || isTimestampLine(trimmed);
}

function isSentenceEnd(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text.trim());
}

export function parseAnatomy(body: string, given: GivenMetadata): Anatomy {
  const { text, kept } = cleanLines(linesOf(body ?? ''));
  const parts: AnatomyPart[] = [];
  const credits: string[] = [];
  let authors: string[] = [];
  let title: string | null = null;
  let standfirst: string | null = null;
  let dateline: string | null = null;
  let datelineAgency: string | null = null;
  let wireAgency: string | null = null;

  const addPart = (kind: AnatomyPart['kind'], start: number, end: number): void => {
    parts.push({ kind, start, end });
  };
  const trimmedSpan = (line: Line): Span => {
    const lead = line.text.length - line.text.trimStart().length;
    return { start: line.start + lead, end: line.start + line.text.trimEnd().length };
  };

  const first = kept[0];
  if (first) {
    const span = trimmedSpan(first);
    const firstText = text.slice(span.start, span.end);
    const givenTitle = given.title?.trim() || null;
    const headlineIsFirstLine = !givenTitle || normalised(givenTitle) === normalised(firstText) || !DATELINE.test(firstText);
    if (headlineIsFirstLine && !(givenTitle && DATELINE.test(firstText))) {
      addPart('headline', span.start, span.end);
      title = givenTitle ?? firstText;
    } else {
      title = givenTitle;
    }
  }
  const headlineDone = parts.length > 0;

  let sawBody = false;
  kept.forEach((line, index) => {
    if (index === 0 && headlineDone) return;
    const span = trimmedSpan(line);
    const content = text.slice(span.start, span.end);
    const early = index <= 6 && !sawBody;

    const byline = early ? BYLINE.exec(content) : null;
    if (byline && wordCount(content) <= 16 && !isSentenceEnd(content)) {
      const names = parseBylineNames(byline[1]);
      if (names.length) {
        addPart('byline', span.start, span.end);
        authors = names;
        credits.push(...names);
        return;
      }
    }
    const caption = CAPTION_CREDIT.exec(content);
    if (caption) {
      addPart('caption', span.start, span.end);
      const name = photoCreditOf(caption[1]);
      if (name) credits.push(name);
      return;
    }
    if (CREDIT_LINE.test(content) && (content.startsWith('(') || wordCount(content) <= 40)) {
      addPart('credit', span.start, span.end);
      credits.push(...parseCreditNames(content));
      return;
    }
    if (content.includes(' contributed ') && wordCount(content) <= 40 && CONTRIBUTED_LINE.test(content)) {
      addPart('credit', span.start, span.end);
      credits.push(...parseContributorNames(content));
      return;
    }
    const date = !sawBody ? (DATELINE.exec(content) ?? DATELINE_PLAIN.exec(content)) : null;
    if (date) {
      dateline = date[1].trim();
      datelineAgency = date[3]?.trim() || null;
      addPart('dateline', span.start, span.start + date[0].trimEnd().length);
      sawBody = true;
      return;
    }
    if (early && index <= 2 && headlineDone && standfirst === null && wordCount(content) <= 45 && !isSentenceEnd(content)) {
      addPart('standfirst', span.start, span.end);
      standfirst = content;
      return;
    }
    sawBody = true;
  });

  const wire = WIRE_MARK.exec(text);
  if (wire) {
    wireAgency = wire[1].trim();
    const markStart = wire.index + wire[0].length - wire[0].trimStart().length;
    addPart('credit', markStart, text.length);
  }

  const givenAuthors = (given.authors ?? []).filter((name) => typeof name === 'string' && name.trim());
  if (givenAuthors.length) authors = givenAuthors.map((name) => name.trim());
  for (const name of givenAuthors) if (!credits.includes(name.trim())) credits.push(name.trim());

  parts.sort((a, b) => a.start - b.start);
  const nonBody = parts.filter((part) => part.kind !== 'dateline').map(({ start, end }) => ({ start, end }));
  return {
    text,
    title,
    standfirst,
    authors,
    dateline,
    outlet: given.outlet?.trim() || datelineAgency,
    sourceAgency: wireAgency ?? datelineAgency,
    credits: [...new Set(credits.filter(looksLikePersonName))],
    nonBody,
    parts,
  };
}
