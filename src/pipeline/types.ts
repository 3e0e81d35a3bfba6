// Shapes shared by the extraction stages. Every stage is pure: it reads the
// context and the results of earlier stages and returns new data, never
// touching the clock, the disk or the database.

/** A half-open character range [start, end) in the cleaned article text. */
export interface Span {
  start: number;
  end: number;
}

/** Metadata given from outside the text (YAML front matter or a sidecar). */
export interface GivenMetadata {
  title?: string | null;
  outlet?: string | null;
  publishedAt?: string | null; // ISO date or date-time
  url?: string | null;
  authors?: string[] | null;
}

/** What the stages share: the text and the date relative expressions resolve against. */
export interface ExtractionContext {
  /** Article text after front matter and boilerplate are removed: every span points here. */
  text: string;
  /** Publication date as YYYY-MM-DD, or null when unknown (then relative dates stay unresolved). */
  referenceDate: string | null;
}

export interface Anatomy {
  /** Cleaned text: boilerplate lines and repeated captions removed. Spans point into this. */
  text: string;
  title: string | null;
  standfirst: string | null;
  authors: string[];
  /** "BRUSSELS" from "BRUSSELS (Reuters) -". */
  dateline: string | null;
  /** Outlet the text names for itself, e.g. the agency in the dateline. */
  outlet: string | null;
  /** Wire agency whose copy this is ("– (Reuters)" credit or dateline agency). */
  sourceAgency: string | null;
  /** Names from credits: journalists and photographers. Never speakers. */
  credits: string[];
  /** Spans of headline, standfirst, byline, captions and credits: not body prose. */
  nonBody: Span[];
  /** The same spans with what each one is, plus the dateline prefix ("BRUSSELS (Reuters) -"). */
  parts?: AnatomyPart[];
}

export interface AnatomyPart extends Span {
  kind: 'headline' | 'standfirst' | 'byline' | 'dateline' | 'caption' | 'credit';
}

export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph the sentence sits in (blank-line separated). */
  paragraph: number;
}

export type EntityKind = 'person' | 'organisation';

/** A person (or speaking organisation) as this one article knows them. */
export interface Entity {
  /** Article-local key, stable within one extraction ("e0", "e1", ...). */
  key: string;
  kind: EntityKind;
  /** Fullest name the article gives, without titles: "Bill Okafor". */
  name: string;
  /** Other forms seen: "Okafor", "Gen Bill Okafor", "Mr Okafor". */
  aliases: string[];
  /** Titles and roles as seen: "defence secretary", "Gen". */
  roles: string[];
  /** Journalist or photographer named in byline/credits/captions. */
  journalist: boolean;
  mentions: Mention[];
}

export interface Mention extends Span {
  text: string;
}

export type QuoteKind = 'direct' | 'indirect';

export interface ExtractedQuote extends Span {
  kind: QuoteKind;
  /** Exactly text.slice(start, end): the words inside the marks, or the reported clause. */
  text: string;
  /** Entity key of the speaker, or null when nobody is named. */
  speakerKey: string | null;
  /** The attribution as written ("he", "Mr Brandt", "a palace aide"), or null. */
  speakerText: string | null;
  /** Cue verb as written ("said", "told", "shot back", "according to"), or null. */
  cue: string | null;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface ExtractedEvent {
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when it cannot be resolved. */
  date: string | null;
  precision: DatePrecision | null;
  /** A short description of what happened, taken from the sentence. */
  description: string;
  /** The sentence that reports it. */
  sentence: Span & { text: string };
  /** The temporal expression as written ("on Thursday", "Monday's"). */
  temporal: Span & { text: string };
  /** Entity keys of the people involved. */
  peopleKeys: string[];
  place: string | null;
}

/** Everything the pipeline extracts from one article. */
export interface Extraction {
  anatomy: Anatomy;
  referenceDate: string | null;
  sentences: Sentence[];
  entities: Entity[];
  quotes: ExtractedQuote[];
  events: ExtractedEvent[];
}
