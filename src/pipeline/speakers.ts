import { givenNameSex } from './lexicon/given-names.js';
import { COMPANY_SUFFIXES, ORGANISATION_ANAPHORS } from './lexicon/non-names.js';
import { QUOTE_CUES } from './lexicon/speech-verbs.js';
import { ANONYMOUS_HEADS, NATIONALITIES, ROLE_HEADS } from './lexicon/titles.js';
import { cuesIn, type Cue } from './cues.js';
import { BUSINESS_NOUNS, bodyReferredTo, mostNamed, nameFitsKind } from './organisations.js';
import { isInvertedAttribution } from './reported-clause.js';
import { DATELINE_PREFIX } from './speaking-names.js';
import { firstSpanEndingAfter, insideSpans, isCapitalised, nameKey, tokenize } from './tokens.js';
import type { Entity, Mention, Sentence, Span } from './types.js';

const OPENS_CAPITAL = /^\p{Lu}/u;

// Decides who speaks at a cue: a named person or organisation, a pronoun
// resolved to the person the story was just about, a role ("the defence
// secretary") resolved to the person holding it, or nobody ("analysts said").

export interface Speaker {
  key: string | null;
  text: string | null;
}

export interface SpeakerScope {
  text: string;
  sentences: Sentence[];
  people: Entity[];
  organisations: Entity[];
  /** Masked quote interiors: names inside quotes are not attributions. */
  masked: Span[];
  /** The person each earlier sentence was attributed to, by sentence index. */
  spokeIn: Map<number, string>;
  /** Organisations that spoke, with where: "it said" may refer to one named long before but just quoted. */
  orgSpoke?: { key: string; at: number }[];
  /** Sources a lead hid behind "a report", "a study", by that noun, once the story named them. */
  leadSources?: Map<string, string>;
  /** Where the story credited a document to its author ("The book by Jane Doe said"), in text order. */
  documentCredits?: { noun: string; key: string; at: number }[];
  /** Sentences where an unnamed spokesperson spoke, with the body (or person) they speak for, or null. */
  spokespersonIn?: Map<number, string | null>;
  /** Offices nobody was named with that a speaker going on was taken to hold ("the prime minister"), by office words. */
  officesHeld?: Map<string, string>;
  /** Whether each person's titles make them "he" or "she", by entity key, once asked. */
  genders?: Map<string, string | null>;
}

/** "A Home Office spokesman", "the rapper's spokeswoman", "a spokesman for the firm": a mouthpiece, not a person named. */
const SPOKESPERSON_PHRASE = /\bspokes(?:man|woman|person|people|men|women)\b/i;

const UNNAMED_ONE = /^(?:(?:but|and)\s+)?(?:a|an|one|another)\s+(?:[\p{L}.'’-]+\s+){1,3}(?:official|source|insider|analyst|economist|dealer|trader|banker|broker|diplomat|executive|aide|negotiator|expert)$/iu;

/** Whether a resolved speaker is an unnamed spokesperson, or a pronoun continuing one. */
export function speaksThroughSpokesperson(scope: SpeakerScope, speaker: Speaker): boolean {
  if (!speaker.text) return false;
  // "One analyst said ... he said": an unnamed single speaker is who "he" means next, as a spokesman is.
  if (SPOKESPERSON_PHRASE.test(speaker.text) || (speaker.key === null && /^(?:a|an|one|another)\s+\p{L}+$/iu.test(speaker.text.trim()))) return true;
  // "One trust bank official said ... he said": so is one unnamed member of a body, however described.
  if (speaker.key === null && UNNAMED_ONE.test(speaker.text.trim())) return true;
  return speaker.key !== null && /^(?:he|she)$/i.test(speaker.text.trim()) && !scope.people.some((entity) => entity.key === speaker.key);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'some', 'two', 'three', 'several']);
// A conjunction opening the sentence ("But the chancellor said") links it to the one before; it is not part of the subject.
const SENTENCE_ADVERBS = new Set(['now', 'meanwhile', 'however', 'later', 'earlier', 'separately', 'also', 'then', 'instead', 'yesterday', 'today', 'but', 'and', 'yet']);
const UNNAMED_LEADS = new Set(['source', 'sources', 'analyst', 'analysts', 'dealer', 'dealers', 'trader', 'traders', 'banker', 'bankers', 'economist', 'economists', 'insider', 'insiders', 'expert', 'experts']);
/** Who speaks for a body rather than for themselves. */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'lawyer', 'lawyers', 'representative', 'representatives']);
const INDEFINITE_ONE = new Set(['a', 'an', 'one', 'another']);
/** A member of a body who speaks without a name, and so not for the body as its spokesman does. */
const UNNAMED_MEMBER = new Set(['official', 'source', 'insider', 'analyst', 'economist', 'dealer', 'trader', 'banker', 'broker', 'diplomat', 'executive', 'aide', 'employee', 'staffer', 'worker', 'negotiator']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'two', 'three', 'several']);
const ADVERBIAL_TAIL = /(?:\s+|^)(?:also|later|earlier|previously|then|again|reportedly|recently|once|further|separately|has|have|had|was|is|were|would|will|had also|has also|yesterday|today|tonight|on\s+\p{Lu}\p{L}+|last\s+\p{L}+|this\s+\p{L}+|in\s+\d{4})\s*$/u;
const BOUNDARY = /(?:[,;:(]|\s[–—-]\s|\s(?:and|but|while|as|after|before|when|where|because|although|though|since|whereas)\s)/g;

/** Nouns for a nationality ("the Spaniard", "the Briton") that stand in for the person just named. */
const DEMONYM = /^(?:briton|scot|scotsman|zealander|spaniard|frenchman|frenchwoman|englishman|welshman|irishman|dane|swede|finn|pole|czech|serb|croat|dutchman|kiwi|aussie|argentine|brazilian|american|russian|german|italian|australian|kenyan|ethiopian|nigerian|jamaican|canadian|chinese|japanese|indian|belgian|swiss|austrian)$/;
/** Words of the nationality list that name a place, a body or a party, not a person: "the US said" is no American. */
const PLACE_OR_PARTY = new Set(['u.s.', 'us', 'u.k.', 'uk', 'eu', 'un', 'nato', 'north', 'south', 'east', 'west', 'new', 'zealand', 'federal', 'state',
  'white', 'house', 'kremlin', 'pentagon', 'downing', 'street', 'vatican', 'soviet', 'labour', 'conservative', 'tory', 'liberal', 'democratic', "uk's", "us's"]);
/** Names of governments and their departments. */
const GOVERNMENT_NAME = /\b(?:government|ministry|department|executive|office|cabinet|administration|treasury|kremlin|white house|downing street|whitehall|assembly)\b/i;
/** Nouns that describe a person rather than name an office: they point back like a pronoun. */
const DESCRIPTIVE_HEADS = new Set(['athlete', 'player', 'star', 'singer', 'actor', 'actress', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'veteran', 'champion', 'runner', 'sprinter', 'rider', 'driver', 'boxer', 'golfer', 'swimmer', 'skier', 'cyclist', 'teenager', 'youngster',
  'rookie', 'musician', 'rapper', 'comedian', 'novelist', 'writer', 'film-maker', 'filmmaker', 'entrepreneur', 'businessman',
  'businesswoman', 'tycoon', 'billionaire', 'campaigner', 'activist', 'pensioner', 'mother', 'father', 'grandmother', 'grandfather',
  'man', 'woman', 'boy', 'girl', 'lad', 'winger', 'forward', 'full-back', 'fly-half', 'scrum-half', 'flanker', 'centre-back', 'seed',
  'skipper', 'batsman', 'bowler', 'all-rounder', 'jockey', 'keeper', 'frontman', 'frontwoman', 'dj', 'debutant', 'newcomer', 'hitmaker',
  'chart-topper', 'superstar', 'crooner', 'legend', 'playmaker', 'marksman']);
/** A member named by the seat they hold. */
// "the Labour MP for Wendle", and the seat written before the noun: "the Tarrow North MP".
const SEAT_HOLDER = /^(?:(?:[Bb]ut|[Aa]nd)\s+)?(?:[Tt]he|[Tt]his)\s+(?:(?:local\s+)?(?:(?:Labour|Tory|Conservative|Lib\s+Dem|Liberal\s+Democrat|SNP|Plaid|Green|Democratic|Republican)\s+)?(?:MP|MSP|MEP|AM|TD|member|congressman|congresswoman|assemblyman|assemblywoman)\s+for\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,4}|(?!(?:Labour|Tory|Conservative|Liberal|Lib|SNP|Plaid|Green|Democratic|Republican|Independent|Ulster|Scottish|Welsh|Northern|British|Irish|European|US|UK)\b)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:MP|MSP|AM|TD))$/u;

/**
 * Words for a firm's trade or holdings that its short name leaves out before the suffix: "Consolidated TVX (Mining)
 * Corp". Not words that make a name of their own ("Vantor Data Systems Inc" is no "Vantor Data").
 */
const TRADE_WORDS = new Set(['mining', 'mines', 'minerals', 'resources', 'industries', 'international', 'petroleum', 'oil', 'gas', 'energy', 'gold',
  'financial', 'bancorp', 'bancshares', 'enterprises', 'properties', 'investments', 'realty']);

/** Nouns describing a business without naming it ("the German giant"), beside the body nouns of the organisation stage. */
const COMPANY_DESCRIPTIONS = new Set(['giant', 'carmaker', 'automaker', 'drugmaker', 'chipmaker', 'supermarket', 'miner', 'brewer', 'multinational', 'titan']);
/** Industry words that may stand before such a noun: "the tech giant", "the oil major". */
const INDUSTRY_WORDS = new Set(['tech', 'technology', 'software', 'internet', 'oil', 'energy', 'mining', 'media', 'retail', 'banking', 'drinks', 'food', 'car', 'motor', 'pharmaceutical', 'pharmaceuticals', 'drugs', 'chemicals', 'steel', 'telecoms', 'telecommunications', 'search', 'e-commerce', 'online', 'fashion', 'entertainment', 'insurance', 'aerospace', 'defence', 'defense', 'music', 'games', 'electronics']);
/** Names of public bodies, which no business noun describes. */
const PUBLIC_NAME = /\b(?:commission|ministry|department|government|council|agency|authority|regulator|court|committee|union|association|party|police|parliament|senate|congress|federation|institute|university|office|assembly)\b/i;

/** Describing nouns any business may take; the others ("brewer", "carmaker") say what it makes, so only a body named with them fits. */
const GENERIC_DESCRIPTIONS = new Set(['giant', 'multinational', 'titan']);
/** ", the global winemaker behind ...": a description in apposition after a name. */
const APPOSITIVE_AFTER_NAME = /^,\s+(?:the|a|an)\s+([^,.;]*)/;
const NAME_AFTER_NOUN = /^\s+(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}$/u;

/**
 * The body the story named with that noun before `at` ("software giant Microsoft", "Fosters, the brewer"): its key
 * when only one was; null when several were; undefined when none was.
 */
function describedAs(scope: SpeakerScope, noun: string, at: number): string | null | undefined {
  const keys = new Set<string>();
  for (const entity of scope.organisations) {
    for (const m of entity.mentions) {
      if (m.end > at) break;
      const before = scope.text.slice(Math.max(0, m.start - 40), m.start);
      const nounAt = before.toLowerCase().lastIndexOf(` ${noun}`);
      const after = scope.text.slice(m.end, m.end + 60).toLowerCase();
      const appositive = APPOSITIVE_AFTER_NAME.exec(after)?.[1].split(/\s+/) ?? [];
      if ((nounAt >= 0 && NAME_AFTER_NOUN.test(before.slice(nounAt + noun.length + 1))) || appositive.includes(noun)) keys.add(entity.key);
    }
  }
  if (!keys.size) return undefined;
  return keys.size === 1 ? [...keys][0] : null;
}

/** The business named most often before `at`, when one is named more than any other; else null. */
function mainBusiness(scope: SpeakerScope, at: number): string | null {
  const counts: { key: string; count: number }[] = [];
  for (const entity of scope.organisations) {
    if (PUBLIC_NAME.test(entity.name) || GOVERNMENT_NAME.test(entity.name)) continue;
    const count = entity.mentions.filter((m) => m.end <= at && !isTicker(scope.text, m)).length;
    if (count) counts.push({ key: entity.key, count });
  }
  counts.sort((a, b) => b.count - a.count);
  return counts.length && (counts.length === 1 || counts[0].count > counts[1].count) ? counts[0].key : null;
}
/** "The attacking midfielder also ...": a describing noun as a sentence's subject. */
// "The Australian has suffered ...", "The 28-year-old suffered ...": a nationality or an age stands in the same place.
// "The 24-year-old Reds skipper spoke out ...": an age or a club's name may describe it further, and the verb may be irregular.
const DESCRIBED_SUBJECT = /^\s*(?:(?:But|And)\s+)?[Tt]he\s+(?:(?:[\p{Ll}-]+|\d{1,3}-year-old|\p{Lu}\p{Ll}+)\s+){0,3}?([\p{Ll}-]+|\p{Lu}\p{Ll}+|\d{1,3}-year-old)\s+(?:also\s+|has\s+|had\s+|is\s+|was\s+)?(?:\p{Ll}+(?:s|ed)|spoke|told|made|won|lost|came|went|took|gave|got|left|felt|knew|saw|met|beat|held|kept|thought|wrote|became|began|broke|fell)\b/u;
const GENERIC_PERSON = new Set(['man', 'woman', 'boy', 'girl', 'lad']);
/** Describing nouns that say whether "he" or "she" could stand in their place. */
const MALE_NOUNS = new Set(['man', 'boy', 'lad', 'father', 'grandfather', 'businessman', 'frontman', 'batsman', 'frenchman', 'englishman', 'welshman', 'irishman', 'dutchman', 'scotsman']);
const FEMALE_NOUNS = new Set(['woman', 'girl', 'mother', 'grandmother', 'businesswoman', 'frontwoman', 'actress', 'frenchwoman']);
const pronounFor = (head: string): string | undefined => (MALE_NOUNS.has(head) ? 'he' : FEMALE_NOUNS.has(head) ? 'she' : undefined);
/**
 * A sentence about someone never named: "A neighbour said ...", "Giving evidence, the daughter of a resident described ...".
 * Only an indefinite person, or "the" with "of" after the noun, is someone new rather than the person just named.
 */
const KIN_PRONOUN = new Map([['daughter', 'she'], ['wife', 'she'], ['sister', 'she'], ['widow', 'she'], ['son', 'he'], ['husband', 'he'], ['brother', 'he'], ['widower', 'he']]);
const UNNAMED_PERSON_SUBJECT = /^\s*["“]?(?:(?:but|and)\s+)?(?:[\p{L}\s]{1,30},\s+)?(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}(daughter|son|mother|father|wife|husband|sister|brother|widow|widower|woman|man|girl|boy|neighbour|neighbor|resident|witness|victim|passenger|customer|patient|parent|pupil|student|nurse|teacher|friend|relative|shopper|motorist|tenant|survivor|fan|voter|protester|pensioner)\b|[Tt]he\s+(daughter|son|mother|father|wife|husband|sister|brother|widow|widower|friend|relative|neighbour|neighbor)\s+of\b)/u;
const norm = (word: string): string => word.toLowerCase().replace(/defense/g, 'defence').replace(/advisor/g, 'adviser').replace(/[‘’']s$/, '');

/** Surname particles written in either case: "Louw de Graaf" is "De Graaf" at the start of a sentence. */
const PARTICLES = new Set(['de', 'van', 'von', 'da', 'di', 'le', 'la', 'du', 'del', 'della', 'der', 'den', 'ten', 'ter', 'al', 'el', 'bin']);
/** Past this size an article is not news copy: the extra scan would cost more than it finds. */
const WRITTEN_MENTION_LIMIT = 300_000;

/** Words a misread body name may be, which are written everywhere else as dates. */
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * The entities with every place their name is written, not only where the name stages marked it: a body's
 * name lower-cased ("the information commissioner's office says"), before Reuters ticker markup
 * ("Comalco Ltd <CMAC.S> said"), or a particle surname opening a sentence ("De Graaf said"). Only names of
 * two words or more match regardless of case.
 */
export function withWrittenMentions(entities: Entity[], text: string): Entity[] {
  if (text.length > WRITTEN_MENTION_LIMIT || !entities.length) return entities;
  const taken: Span[] = entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  let lower: string | null = null;
  const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  return entities.map((entity) => {
    const forms = new Map<string, boolean>(); // form -> match regardless of case
    const words = entity.name.split(/\s+/);
    if (entity.kind === 'organisation') {
      for (const form of [entity.name, ...entity.aliases]) if (form.length >= 3 && /\p{Lu}/u.test(form) && !CALENDAR_WORD.test(form)) forms.set(form, /\s/.test(form));
    } else if (words.length >= 3 && PARTICLES.has(words[1].toLowerCase())) {
      forms.set(words.slice(1).join(' '), true);
    }
    const added: Mention[] = [];
    for (const [form, anyCase] of forms) {
      // Lower-casing keeps offsets only when no character changes length; otherwise match the case as written.
      if (anyCase && lower === null) {
        const lowered = text.toLowerCase();
        lower = lowered.length === text.length ? lowered : '';
      }
      const haystack = anyCase && lower ? lower : text;
      const needle = anyCase && lower ? form.toLowerCase() : form;
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        const span = { start: at, end: at + needle.length };
        if (isWordChar(text[span.start - 1]) || isWordChar(text[span.end])) continue;
        // "Foreign Ministry sources": anonymous sources do not speak for the body they are attached to.
        if (isTicker(text, span) || /^\s+(?:sources?|insiders?)\b/i.test(text.slice(span.end, span.end + 12))) continue;
        const i = firstSpanEndingAfter(taken, span.start);
        if (i < taken.length && taken[i].start < span.end) continue;
        if (added.some((m) => m.start < span.end && span.start < m.end)) continue;
        added.push({ ...span, text: text.slice(span.start, span.end) });
      }
    }
    if (!added.length) return entity;
    return { ...entity, mentions: [...entity.mentions, ...added].sort((a, b) => a.start - b.start) };
  });
}

/** Of the bodies named before (latest first), the one of the kind the noun says named most often: the story's club, not a rival. */
function mainBodyOfKind(earlier: { entity: Entity }[], noun: string): Entity | undefined {
  return mostNamed(earlier.map(({ entity }) => entity).filter((entity) => nameFitsKind(entity.name, noun)), (entity) => entity);
}

const MEMBERS_OF_PARTY = /^(?:(?:but|and|yet|now|meanwhile|however),?\s+)?(?:(?:[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Ss]everal|[Ff]ellow|moderate|conservative|progressive|liberal|[Hh]ouse|[Ss]enate|[Cc]ongressional|[Ss]tate|[Ll]ocal)\s+){0,2}(?:Democrats|Republicans|GOP\s+(?:lawmakers|senators|leaders))$/;
/** Party names that also qualify a person: "a Labour backbencher", "Tory MPs". */
const PARTY_WORDS = new Set(['labour', 'tory', 'tories', 'conservative', 'conservatives', 'snp', 'ukip', 'dup', 'plaid', 'democrat', 'democrats', 'republican', 'republicans', 'green', 'greens']);

/** "a Labour backbencher said": the party word qualifies a person who speaks for himself; "a Labour spokesman" speaks for it. */
function partyAsAffiliation(text: string, mention: Mention, end: number): boolean {
  if (!PARTY_WORDS.has(mention.text.toLowerCase())) return false;
  // "he hit back at Labour": the object of a preposition is not who speaks.
  if (/\b(?:at|against|to|with|on|from|over|about|by)\s+$/.test(text.slice(Math.max(0, mention.start - 10), mention.start))) return true;
  const after = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(mention.end, end));
  return after !== null && !SPOKESPEOPLE.has(after[1]) && !/^(?:official|officials|statement|source|sources)$/.test(after[1]);
}

function mentionsIn(entities: Entity[], span: Span, masked: Span[]): { entity: Entity; mention: Mention }[] {
  const found: { entity: Entity; mention: Mention }[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      if (mention.start >= span.start && mention.end <= span.end && !insideSpans(masked, mention.start)) found.push({ entity, mention });
    }
  }
  return found.sort((a, b) => a.mention.start - b.mention.start);
}

/** "<CMAC.S>", "(IMF)": ticker markup or a bracketed short form tags the name before it. */
function isTicker(text: string, mention: Span): boolean {
  const wrap = text[mention.start - 1] + text[mention.end];
  return wrap === '<>' || wrap === '()' || wrap === '[]';
}

function isPossessiveAt(text: string, end: number): boolean {
  return /^['’](?:s\b|\s)/.test(text.slice(end, end + 3));
}

function sentenceIndexAt(scope: SpeakerScope, at: number): number {
  const i = firstSpanEndingAfter(scope.sentences, at);
  return i < scope.sentences.length && scope.sentences[i].start <= at ? i : -1;
}

/** "said Jane Doe was tired": Jane Doe is talked about inside someone else's reported clause, not a speaker. */
function isReportedSubject(text: string, mention: Mention): boolean {
  return /\b(?:said|says|added|told\s+\p{L}+|insisted|claimed|admitted)\s+(?:that\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt)\.\s+|\p{Lu}[\p{L}'’-]*\s+){0,3}$/u.test(text.slice(Math.max(0, mention.start - 50), mention.start))
    && /^\s+(?:was|is|had|has|would|will|could|were|did)\b/.test(text.slice(mention.end, mention.end + 10));
}

/** What opens an aside that names someone beside the topic: "despite having", "including", "as well as". */
const ASIDE_BEFORE = /(?:^|[,(–—-]\s*)(?:despite|including|without|unlike|such as|alongside|besides|apart from|except|as well as|along with|instead of|in place of|who|which|whose)\b[^,;()–—]*$/;

/**
 * "Before her meeting with Jane Doe, Ann Lee believes ...": a phrase opening the sentence up to its first comma
 * sets the scene; a name inside it is not the sentence's topic when a subject follows.
 */
const FRONTED_PHRASE = /^\s*["“]?(?:(?:But|And|Yet)\s+)?(?:Before|After|Against|With|Without|Despite|Following|Ahead\s+of|Unlike|Like|During|Since|Until|Alongside|Besides|Along\s+with|Together\s+with|Compared\s+(?:with|to)|Apart\s+from|As\s+well\s+as)\b[^,;:"“”()]*$/;

/** "was beaten by fellow American": what precedes the agent of a passive. */
const PASSIVE_AGENT = /\b(?:was|were|been|being|is|are)\s+\p{Ll}+(?:ed|en|wn)\s+by\s+(?:[\p{L}-]+\s+){0,3}$/u;

const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'baron']);
const FEMALE_TITLES = new Set(['ms', 'mrs', 'miss', 'dame', 'lady', 'baroness', 'queen', 'princess']);

const TITLE_BEFORE = /\b(\p{L}+)\.?\s+$/u;

/**
 * 'he' or 'she' as the titles written with a person's mentions say, or null. A title before a surname
 * another person of the story shares ("Mr Jackson" beside Katherine Jackson) says nothing of either.
 */
function titledAs(scope: SpeakerScope, entity: Entity): string | null {
  const known = scope.genders?.get(entity.key);
  if (known !== undefined) return known;
  let male = false;
  let female = false;
  for (const mention of entity.mentions) {
    const words = mention.text.split(/\s+/);
    let title = words[0].toLowerCase().replace(/\.$/, '');
    if (MALE_TITLES.has(title) || FEMALE_TITLES.has(title)) words.shift();
    else title = TITLE_BEFORE.exec(scope.text.slice(Math.max(0, mention.start - 12), mention.start))?.[1].toLowerCase() ?? '';
    if (!MALE_TITLES.has(title) && !FEMALE_TITLES.has(title)) continue;
    const surname = words[words.length - 1];
    if (words.length === 1 && scope.people.some((other) => other.key !== entity.key && other.name.split(/\s+/).pop() === surname)) continue;
    if (MALE_TITLES.has(title)) male = true;
    else female = true;
  }
  let gender = male === female ? null : male ? 'he' : 'she';
  // No title either way: a given name the lists know as one sex's only ("Rebecca Harland", "Gary Holt").
  if (!male && !female) gender = givenNameSex(entity.name);
  (scope.genders ??= new Map()).set(entity.key, gender);
  return gender;
}

/** Whether a titled person cannot be meant by the pronoun: "he" is no "Ms Finger". */
function titleClashes(scope: SpeakerScope, key: string, pronoun: string | undefined): boolean {
  if (!pronoun) return false;
  const entity = scope.people.find((person) => person.key === key);
  const gender = entity ? titledAs(scope, entity) : null;
  return gender !== null && gender !== pronoun;
}

/** The person "he" or "she" (`pronoun`, when the speaker is one) most likely means at `at`. */
function resolvePronoun(scope: SpeakerScope, at: number, skipReported = false, pronoun?: string): string | null {
  const key = resolvePronounCandidate(scope, at, skipReported, pronoun);
  return key && titleClashes(scope, key, pronoun) ? null : key;
}

/** A clause closing with a quoted phrase that opens in lower case straight after a word, then a comma: '... see Jane Doe "walking in", '. */
const CLOSING_QUOTED_PHRASE = /\p{L}\s["“‘]\p{Ll}[^"“”]{0,300}(?:,["”’]|["”’],)\s*$/u;
/** The word after a name: "insisted" in "Jane Doe insisted". */
const VERB_AFTER_NAME = /^\s+(\p{Ll}+)/u;
/** "She beat ...", "He has ...", "She will now meet ...": a pronoun opening a sentence as the subject of its verb or modal. */
const PRONOUN_SUBJECT = /^\s*(?:(?:But|And|Yet)\s+)?([Hh]e|[Ss]he)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|s)|will|would|can|could|may|might|must|should)\b/u;

/**
 * "But he brushed off the claim. "...": a sentence opening with "he" or "she" as its subject, quoting nobody by a
 * verb, hands a quotation standing alone after it to whom the pronoun means.
 */
export function pronounOpeningSpeaker(scope: SpeakerScope, sentence: Span): Speaker | null {
  const opener = PRONOUN_SUBJECT.exec(scope.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 30)));
  if (!opener) {
    // "On this subject, Jane Doe appears almost evangelical. "...": so does a person as the subject.
    const named = namedSubjectOf(scope, sentence, sentence.end);
    return named ? resolvePhrase(scope, named, named.start) : null;
  }
  const pronoun = opener[1].toLowerCase();
  const key = resolvePronoun(scope, sentence.start, false, pronoun);
  return key ? { key, text: opener[1] } : null;
}
/** A finite verb right after a name, or after an appositive closed by a comma: "Ann Lee sympathised", "Ann Lee, his lawyer, reacted". */
const VERB_AFTER_SUBJECT = /^(?:,[^,;"“”]{1,60})?,?\s+(?:\p{Ll}+ly\s+)?(?:was|is|were|had|has|\p{Ll}{3,}ed)\b/u;
/** "On Friday, the Cardinal will ask": a one-word office opening a sentence as its subject, past a fronted phrase. */
const OFFICE_SUBJECT = /^\s*["“]?(?:(?:But|And|However),?\s+)?(?:[^,;"“”]{1,30},\s+)?[Tt]he\s+(\p{L}+)\s+(?:will|would|has|had|is|was|\p{Ll}+ed|\p{Ll}+s)\b/u;
const CLAUSE_POINTING_BACK = /[,;]\s+(?:but|and|while)\s+(?:he|she|the\s+\p{L}+)\s+\p{Ll}+/u;

function resolvePronounCandidate(scope: SpeakerScope, at: number, skipReported: boolean, pronoun: string | undefined): string | null {
  const index = sentenceIndexAt(scope, at);
  if (index < 0) return null;
  const current = scope.sentences[index];
  // "Mr Blair had been hurt by the row, he said": a person inside the clause before ", he said" is talked
  // about; the speaker is someone from the sentences before.
  // So does one after '"...," ' when `at` is the pronoun past the closing mark rather than the mark itself.
  // So is one before a quoted phrase that completes the clause ('... could see Jane Doe "walking in the back door", he
  // added'), unless the clause has that person speak ('although Jane Doe insisted it was "not in her mind", she added').
  const before = scope.text.slice(current.start, at);
  const afterClause = /[^"”’\s]\s*,\s*["”’]?\s*$/.test(before);
  const phraseClause = !afterClause && CLOSING_QUOTED_PHRASE.test(before);
  const here = afterClause ? [] : mentionsIn(scope.people, { start: current.start, end: at }, scope.masked)
    .filter(({ mention }) => !isPossessiveAt(scope.text, mention.end) && !(skipReported && isReportedSubject(scope.text, mention))
      && !(phraseClause && !QUOTE_CUES.has(VERB_AFTER_NAME.exec(scope.text.slice(mention.end, mention.end + 30))?.[1] ?? '')));
  const fitting = here.filter(({ entity }) => !titleClashes(scope, entity.key, pronoun));
  if (fitting.length) return fitting[fitting.length - 1].entity.key;
  // "A union spokesman said ... He added ...": with nobody else named, the spokesman again, who speaks for the
  // body. An unnamed one may have talked about someone just before ("a spokesman said chairman Jane Doe would
  // retire. The spokesman said ... She was quoted ..."), but "he" does not reach past him to someone else.
  let unnamedSpokesman = false;
  for (let i = index - 1; i >= 0 && i >= index - 4; i -= 1) {
    const sentence = scope.sentences[i];
    if (current.paragraph - sentence.paragraph > 2) break;
    const spokesperson = scope.spokespersonIn?.has(i) ?? false;
    const spoke = scope.spokeIn.get(i);
    // "Ms Lee said ... [an unquoted spokesman] ... he asked": a speaker the pronoun cannot mean is passed over.
    if (spoke && !titleClashes(scope, spoke, pronoun)) return unnamedSpokesman && !spokesperson ? null : spoke;
    if (unnamedSpokesman && !spokesperson) return null;
    // "On Friday, the Cardinal will ask the congregation ...": a sentence naming nobody whose subject is an office
    // one person the story named holds is about that person, not about whoever an earlier sentence named.
    const office = OFFICE_SUBJECT.exec(scope.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)));
    if (office && !mentionsIn(scope.people, sentence, scope.masked).length) {
      const holders = scope.people.filter((entity) => roleFit(entity, [office[1].toLowerCase()]) >= 100);
      if (holders.length === 1 && !titleClashes(scope, holders[0].key, pronoun)) return holders[0].key;
    }
    // "The attacking midfielder also claims he lacks the backing of boss Jane Doe. '...,' he continued.": a sentence
    // whose subject describes the story's person is about that person, not about whoever it names after.
    const described = DESCRIBED_SUBJECT.exec(scope.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)));
    const head = described?.[1].toLowerCase() ?? '';
    const byNationOrAge = described !== null && (/^\d/.test(head) || (/^\p{Lu}/u.test(described[1]) && DEMONYM.test(head)));
    if (described && (byNationOrAge || (DESCRIPTIVE_HEADS.has(head) && !GENERIC_PERSON.has(head))) && pronounFor(head) !== (pronoun === 'he' ? 'she' : 'he')) {
      const meant = resolvePronounCandidate(scope, sentence.start, true, pronoun);
      return byNationOrAge ? storyPersonOver(scope, meant, sentence.start, pronoun) : meant;
    }
    // "She thanked the woman she played, Jane Doe, for ...": a sentence whose subject is the same pronoun is about
    // whoever that pronoun means, not about the people it names after its verb.
    const opener = PRONOUN_SUBJECT.exec(scope.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 20)));
    if (opener && (!pronoun || opener[1].toLowerCase() === pronoun)) return resolvePronounCandidate(scope, sentence.start, true, pronoun);
    // The sentence's topic, not the agent of a passive ("was beaten by Jane Doe"); a possessor
    // opening the sentence ("Jane Doe's plan comes ...") is its topic too.
    const named = mentionsIn(scope.people, sentence, scope.masked).filter(({ entity, mention }) =>
      (!isPossessiveAt(scope.text, mention.end) || /^["“‘]?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(scope.text.slice(sentence.start, mention.start)))
      && !PASSIVE_AGENT.test(scope.text.slice(Math.max(sentence.start, mention.start - 40), mention.start))
      && !isReportedSubject(scope.text, mention)
      && !titleClashes(scope, entity.key, pronoun));
    // "Ireland, despite having Jane Doe out injured, welcomed back Ann Lee": a name in an aside is not the topic;
    // "The seventh seed, who is to meet Jane Doe, ...": a sentence naming people only in asides is about someone earlier.
    const outsideAsides = named.filter(({ mention }) => !ASIDE_BEFORE.test(scope.text.slice(sentence.start, mention.start)));
    const topical = outsideAsides.find(({ mention }) => !FRONTED_PHRASE.test(scope.text.slice(sentence.start, mention.start))) ?? outsideAsides[0];
    // "Jane Doe's double strike won it and Ann Lee sympathised ...", "Doe's lawyer, Ann Lee, reacted ...": a person
    // who is the subject of a verb outranks the possessor opening the sentence, unless a later clause's subject
    // points back to that possessor ("..., but the Scot admitted").
    if (topical && isPossessiveAt(scope.text, topical.mention.end)) {
      const subject = named.find(({ mention }) => mention.start > topical.mention.end && !isPossessiveAt(scope.text, mention.end)
        && VERB_AFTER_SUBJECT.test(scope.text.slice(mention.end, Math.min(sentence.end, mention.end + 40)))
        && !ASIDE_BEFORE.test(scope.text.slice(sentence.start, mention.start))
        && !CLAUSE_POINTING_BACK.test(scope.text.slice(mention.end, sentence.end)));
      if (subject) return subject.entity.key;
    }
    if (topical) return topical.entity.key;
    // "Giving evidence, the daughter of a resident described her shock. '...,' she told the court.": an unnamed
    // person the sentence is about is who the pronoun means, so nobody named.
    const unnamed = named.length ? null : UNNAMED_PERSON_SUBJECT.exec(scope.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 160)));
    const sex = unnamed ? KIN_PRONOUN.get(unnamed[1] ?? unnamed[2]) ?? pronounFor(unnamed[1] ?? unnamed[2]) : undefined;
    if (unnamed && (!pronoun || !sex || sex === pronoun)) return null;
    if (spokesperson) {
      const key = scope.spokespersonIn!.get(i) ?? null;
      if (key || unnamedSpokesman) return unnamedSpokesman ? null : key;
      unnamedSpokesman = true;
    }
  }
  return null;
}

/**
 * "The Australian has suffered ...": a nationality or an age describes the person the story is about, not an expert
 * it quoted on them ("said team doctor Jane Doe"): someone named with an office yields to the person named most
 * before `at` when that person was named with none and more often.
 */
function storyPersonOver(scope: SpeakerScope, key: string | null, at: number, pronoun: string | undefined): string | null {
  const meant = key ? scope.people.find((entity) => entity.key === key) : undefined;
  if (!meant || !meant.roles.length) return key;
  const count = (entity: Entity): number => entity.mentions.filter((m) => m.end <= at).length;
  let top: Entity | undefined;
  for (const entity of scope.people) if (!top || count(entity) > count(top)) top = entity;
  return top && top.key !== key && !top.roles.length && count(top) > count(meant) && !titleClashes(scope, top.key, pronoun) ? top.key : key;
}

function roleWords(words: string[]): string[] {
  return words.map(norm).filter((word) => !NATIONALITIES.has(word) || word === 'kremlin' || word === 'pentagon' || word === 'white' || word === 'house');
}

/** Words that make a different office of the same noun: a deputy or shadow chancellor is not the chancellor. */
const OTHER_OFFICE = new Set(['deputy', 'shadow', 'vice', 'former', 'ex', 'assistant', 'junior', 'under', 'acting', 'interim', 'outgoing', 'incoming', 'late']);

/** "ex-Tory chancellor Jane Doe": every mention giving the role marks it as past, so she is not "the chancellor". */
function heldOnlyBefore(scope: SpeakerScope, entity: Entity, head: string): boolean {
  let withRole = 0;
  for (const mention of entity.mentions) {
    const before = scope.text.slice(Math.max(0, mention.start - 50), mention.start).toLowerCase();
    const at = before.lastIndexOf(head);
    if (at < 0 || /[.;:!?"“”]/.test(before.slice(at))) continue;
    withRole += 1;
    if (!/\b(?:former|ex-|one-time|then-)\S*\s+(?:\S+\s+){0,3}$/.test(before.slice(0, at))) return false;
  }
  return withRole > 0;
}

/** How well an entity's roles fit the wanted words: 0 when the head noun differs. */
function roleFit(entity: Entity, wanted: string[]): number {
  const head = wanted[wanted.length - 1];
  let best = 0;
  for (const role of entity.roles) {
    const have = roleWords(role.split(/\s+/));
    if (have[have.length - 1] !== head) continue;
    const shared = wanted.filter((word) => have.includes(word)).length;
    const otherOffice = have.some((word) => OTHER_OFFICE.has(word) && !wanted.includes(word));
    best = Math.max(best, shared === wanted.length && !otherOffice ? 100 + shared : shared);
  }
  return best;
}

/** A person first named after `at` who speaks soon: the delayed identification of news leads. */
function namedSpeakerAhead(scope: SpeakerScope, at: number): string | null {
  const index = sentenceIndexAt(scope, at);
  if (index < 0) return null;
  const before = new Set(mentionsIn(scope.people, { start: 0, end: at }, []).map(({ entity }) => entity.key));
  const paragraph = scope.sentences[index].paragraph;
  for (let i = index + 1; i < scope.sentences.length && scope.sentences[i].paragraph <= paragraph + 4; i += 1) {
    const sentence = scope.sentences[i];
    const mentions = mentionsIn(scope.people, sentence, scope.masked);
    for (const { entity, mention } of mentions) {
      if (before.has(entity.key)) continue;
      const after = scope.text.slice(mention.end, mention.end + 40);
      if (/^,?\s*(?:\p{Ll}+\s+){0,2}(?:told|said|says|added|warned|insisted)\b/u.test(after)) return entity.key;
    }
  }
  return null;
}

/** Prepositions joining an office to the place it is held in. */
const PLACE_OF_OFFICE = new Set(['to', 'in', 'at']);

/** What may open a sentence before its subject's name: an honorific. "But Jane Doe said" turns to someone else. */
const BARE_NAME_PREFIX = /^\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+)?$/;

/**
 * "France's finance minister said ... . Jean Roux said he would ...": an office nobody was named with, whose
 * sentence is followed at once by one opening with a person named there for the first time (the headline aside),
 * bare and speaking, introduces that person. A name given with a role of its own is someone else ("Tory leader Jane
 * Doe said"), and so is one a "But" turns to.
 */
function introducedNext(scope: SpeakerScope, wanted: string[], at: number): string | null {
  const index = sentenceIndexAt(scope, at);
  const next = index >= 0 ? scope.sentences[index + 1] : undefined;
  if (!next || next.paragraph > scope.sentences[index].paragraph + 1) return null;
  const opening = mentionsIn(scope.people, next, scope.masked)[0];
  if (!opening || !BARE_NAME_PREFIX.test(scope.text.slice(next.start, opening.mention.start))) return null;
  const { entity, mention } = opening;
  // A headline may name them before the lead does ("Doe warns bigots ... The minister said ...").
  const headlineEnd = scope.sentences[0].end;
  if (entity.mentions.some((m) => m.start < next.start && m.start >= headlineEnd) || isPossessiveAt(scope.text, mention.end)) return null;
  if (entity.roles.some((role) => !COURTESY_TITLE_WORDS.has(role)) && roleFit(entity, wanted) < 100) return null;
  return SPEECH_AFTER_NAME.test(scope.text.slice(mention.end, mention.end + 40)) ? entity.key : null;
}

/** Adjectives that describe a body without naming it: "non-partisan", "independent", "leading". */
const DESCRIBING = /^(?:non-\p{L}+|cross-party|independent|leading|influential|respected|embattled|troubled|beleaguered|struggling|giant|former|national|international|global|private|public|state-owned|state-run|government-funded|[\p{L}.]+-(?:based|listed|headquartered|registered))$/u;

/** Unnamed sources a lead names in its next sentences; a spokesman or an analyst stays unnamed. */
const LEAD_SOURCES = new Set(['report', 'study', 'survey', 'research', 'review', 'inquiry', 'poll', 'book', 'body', 'figure', 'watchdog', 'charity', 'organisation', 'organization', 'group', 'witness',
  'backbencher', 'peer', 'lawmaker', 'legislator', 'congressman', 'congresswoman']);
const SPEECH_AFTER_NAME = /^,?\s*(?:\p{Ll}+\s+){0,2}(?:told|said|says|added|warned|insisted|predicts|predicted|found|finds)\b/u;

/**
 * "..., a report says." / "..., a trade body has warned." opening a story: news leads name the
 * source in the next sentence or two ("The Funding Council said ..."), person or body.
 */
function sourceNamedAfterLead(scope: SpeakerScope, at: number): string | null {
  const index = sentenceIndexAt(scope, at);
  if (index < 0 || index > 3 || scope.sentences[index].paragraph > scope.sentences[0].paragraph + 2) return null;
  const before = { start: scope.sentences[index].start, end: at };
  if (mentionsIn(scope.people, before, scope.masked).length || mentionsIn(scope.organisations, before, scope.masked).length) return null;
  for (let i = index + 1; i < scope.sentences.length && i <= index + 2; i += 1) {
    const sentence = scope.sentences[i];
    const named = [...mentionsIn(scope.people, sentence, scope.masked), ...mentionsIn(scope.organisations, sentence, scope.masked)].sort((a, b) => a.mention.start - b.mention.start);
    for (const { entity, mention } of named) {
      const earlier = entity.mentions.some((m) => m.start < at);
      if (!earlier && SPEECH_AFTER_NAME.test(scope.text.slice(mention.end, mention.end + 40))) return entity.key;
    }
    if (named.length) return null;
  }
  return null;
}

/** What may stand before a sentence's subject: a dateline, a conjunction, a determiner, a short adverbial. */
const SUBJECT_PREFIX = /^\s*["“]?(?:(?:the|a|an|but|and|however|meanwhile|also|now|earlier|later|separately|in\s+\S+|on\s+\S+)[\s,]+)*$/i;
/** "In its complaint, the", "After examining the books, ": a phrase of time, place or manner set off by a comma before the subject. */
const OPENED_SUBJECT_PREFIX = /^\s*["“]?(?:(?:but|and|yet|however|meanwhile),?\s+)?(?:during|in|on|at|after|before|following|since|despite|throughout|under|within|earlier|later|last)\s[^,;:"“”()]{1,120},\s+(?:the\s+)?$/i;

/** Whether the text before a name in its sentence leaves the name opening the sentence as its subject. */
function opensAsSubject(prefix: string): boolean {
  return SUBJECT_PREFIX.test(prefix) || OPENED_SUBJECT_PREFIX.test(prefix);
}

/** Whether a mention opens its sentence as the subject. */
function isSubjectAt(scope: SpeakerScope, mention: Mention): boolean {
  const sentence = scope.sentences[sentenceIndexAt(scope, mention.start)];
  if (!sentence || isPossessiveAt(scope.text, mention.end)) return false;
  return opensAsSubject(scope.text.slice(sentence.start, mention.start).replace(DATELINE_PREFIX, ''));
}

/** Courtesy titles, which name no office: "Mr", "Dr", "Sir". */
const COURTESY_TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Lord', 'Lady', 'Dame', 'Prof'];
const COURTESY_TITLE_WORDS = new Set(COURTESY_TITLES.map((title) => title.toLowerCase()));
const HONORIFIC_BEFORE = new RegExp(String.raw`\b(?:${COURTESY_TITLES.join('|')})\.?\s+$`);
/** A comma, and perhaps a courtesy title, between a role and the name in apposition to it: "its chief executive, Sir". */
const TITLED_APPOSITION_GAP = new RegExp(String.raw`^,\s*(?:(?:${COURTESY_TITLES.join('|')})\.?\s+)?$`);

/** The person a sentence opens with as its subject, named before `before`: "But Jane Doe denied ...". */
export function subjectPersonOf(scope: SpeakerScope, sentence: Span, before: number): string | null {
  const first = mentionsIn(scope.people, { start: sentence.start, end: before }, scope.masked)[0];
  if (!first || isPossessiveAt(scope.text, first.mention.end)) return null;
  const prefix = scope.text.slice(sentence.start, first.mention.start).replace(DATELINE_PREFIX, '').replace(HONORIFIC_BEFORE, '');
  return SUBJECT_PREFIX.test(prefix) ? first.entity.key : null;
}

/** "The Vellmoor Chamber of Trade welcomed": "the", a capitalised name (with "of", "for", "and" inside) and a finite verb. */
const UNNAMED_BODY_SUBJECT = /^\s*["“]?[Tt]he\s+\p{Lu}[\p{L}&-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}&-]*)){0,6}\s+(?:(?:has|have|had)\s+)?\p{Ll}{3,}(?:ed|s)\b/u;

/**
 * The body the sentence before `at` (or the current one, before `at`) names as its subject; null when
 * that sentence is about a person or names no body first; '' when it is about a body no stage named.
 */
function subjectBodyBefore(scope: SpeakerScope, at: number, previousOnly = false): string | null {
  const index = sentenceIndexAt(scope, at);
  if (index < 0) return null;
  for (let i = index; i >= Math.max(0, index - 1); i -= 1) {
    if (previousOnly && i === index) continue;
    const sentence = scope.sentences[i];
    const end = i === index ? at : sentence.end;
    const prefixOf = (m: Mention): string => scope.text.slice(sentence.start, m.start).replace(DATELINE_PREFIX, '');
    const body = mentionsIn(scope.organisations, { start: sentence.start, end }, scope.masked)
      .find(({ mention }) => !isTicker(scope.text, mention) && !isPossessiveAt(scope.text, mention.end) && opensAsSubject(prefixOf(mention)));
    if (body) return body.entity.key;
    // "The Soriano group cited ...": a body no stage named is the topic, so nobody known is meant.
    const unnamed = /^\s*["“]?[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}((?:\p{Ll}+\s+){0,2}\p{Ll}+)\b/u.exec(scope.text.slice(sentence.start, end).replace(DATELINE_PREFIX, ''));
    if (unnamed && unnamed[1].split(/\s+/).some((word) => ORGANISATION_ANAPHORS.has(word))) return '';
    if (mentionsIn(scope.people, { start: sentence.start, end }, scope.masked).some(({ mention }) => opensAsSubject(prefixOf(mention)))) return null;
    // "The Vellmoor Chamber of Trade welcomed the plan.": a capitalised name after "the" opening the sentence before
    // its verb is a body no stage named, so "it said" next means nobody known rather than a body named earlier.
    if (UNNAMED_BODY_SUBJECT.test(scope.text.slice(sentence.start, end).replace(DATELINE_PREFIX, ''))) return '';
  }
  return null;
}

const POSSESSED_ROLE = /^(?:(?:his|her)|the\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)['’]s)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/iu;
const OWN_CHANNEL = /^(?:a|the)\s+statement\s+(?:on|from)\s+(?:his|her)\s+(?:official\s+)?(?:website|site|blog|page)$/i;

/**
 * "her agent", "the rapper's spokesman", "a statement on her website": whoever holds that role if someone
 * was named with it ("Agent Jane Doe"); otherwise a spokesperson or a statement speaks for the person the
 * possessive points back to.
 */
function representedBy(scope: SpeakerScope, written: string, at: number): string | null {
  // "But his spokesman insisted": a conjunction opening the sentence is no part of the role.
  const phrase = written.replace(/^(?:but|and|yet)\s+/i, '');
  if (OWN_CHANNEL.test(phrase)) return resolvePronoun(scope, at);
  const match = POSSESSED_ROLE.exec(phrase);
  if (!match) return null;
  const role = match[2].toLowerCase().split(/\s+/);
  const holders = scope.people.filter((entity) => roleFit(entity, roleWords(role)) >= 100);
  if (holders.length === 1) return holders[0].key;
  if (holders.length || !SPOKESPERSON_PHRASE.test(role[role.length - 1])) return null;
  const owner = match[1]?.toLowerCase().split(/\s+/);
  // "her spokesman" speaks for a woman: the pronoun's sex rules out the men just named.
  if (!owner) return resolvePronoun(scope, at, false, /^his\b/i.test(phrase) ? 'he' : 'she');
  // "the singer's spokesman", "the prime minister's spokesman": the person named with that role; for a
  // describing noun, else the person the story is about.
  const owners = scope.people.filter((entity) => roleFit(entity, roleWords(owner)) >= 100);
  if (owners.length === 1) return owners[0].key;
  const head = owner[owner.length - 1];
  return owner.length === 1 && (DESCRIPTIVE_HEADS.has(head) || DEMONYM.test(head)) ? resolvePronoun(scope, at, true) : null;
}

/** "A Kremlin aide said ... Kremlin aide Jane Doe": a holder of the role named later in the same paragraph. */
function holderNamedNext(scope: SpeakerScope, wanted: string[], at: number, holders?: Entity[]): string | null {
  const candidates = holders ?? scope.people.filter((entity) => roleFit(entity, wanted) >= 100);
  if (!candidates.length) return null;
  const index = sentenceIndexAt(scope, at);
  const paragraph = index >= 0 ? scope.sentences[index].paragraph : -1;
  const later = candidates.find((entity) => entity.mentions.some((m) => m.start > at && scope.sentences[sentenceIndexAt(scope, m.start)]?.paragraph === paragraph));
  return later?.key ?? null;
}

/**
 * "Analysts at Acme Bank said ... "...," Acme Bank analyst Jane Doe wrote": the one member of that body the next
 * sentence names with the same noun is who the lead hid. A bare "Analysts said" stays unnamed.
 */
function memberNamedNext(scope: SpeakerScope, plural: string, span: Span, at: number): string | null {
  if (!plural.endsWith('s')) return null;
  const body = mentionsIn(scope.organisations, span, scope.masked).find(({ mention }) => /\s(?:at|from|with)\s+(?:the\s+)?$/.test(scope.text.slice(Math.max(span.start, mention.start - 12), mention.start)));
  const index = sentenceIndexAt(scope, at);
  const next = index >= 0 ? scope.sentences[index + 1] : undefined;
  if (!body || !next) return null;
  const singular = plural.slice(0, -1);
  const name = body.mention.text;
  const members = mentionsIn(scope.people, next, scope.masked).filter(({ mention }) => {
    // "ING analyst Jane Doe", "ING's senior analyst, Jane Doe": the body's name, at most one word, then the noun.
    const before = scope.text.slice(Math.max(next.start, mention.start - 80), mention.start).trimEnd().replace(/,$/, '');
    if (!before.endsWith(` ${singular}`) && before !== singular) return false;
    const owner = before.slice(0, -singular.length).trimEnd().replace(/['’]s$/, '');
    return owner.endsWith(name) || owner.replace(/\s+\S+$/, '').replace(/['’]s$/, '').endsWith(name);
  });
  return members.length === 1 ? members[0].entity.key : null;
}

/**
 * "Mr Brown said ... he told MPs. The chancellor said ...": an office nobody was named with, right after someone
 * spoke whom the story gave no office at all, is that speaker going on, when it is the subject of its sentence and
 * the sentence does not name that speaker (someone else would be talking about him).
 */
function officeOfLastSpeaker(scope: SpeakerScope, at: number): string | null {
  const index = sentenceIndexAt(scope, at);
  const sentence = scope.sentences[index];
  const previous = scope.sentences[index - 1];
  const key = scope.spokeIn.get(index - 1);
  if (!key || !sentence || !previous || sentence.paragraph - previous.paragraph > 1) return null;
  // "ships have helped and the prime minister has said", "However, the chancellor said": no subject carrying on.
  const lead = scope.text.slice(sentence.start, at);
  if (/^\W*(?:but|however|yet|meanwhile|instead)\b/i.test(lead) || /\s(?:and|but|while|as|after|when|because)\s|;/.test(lead)) return null;
  const entity = scope.people.find((person) => person.key === key);
  if (!entity || !entity.roles.every((role) => COURTESY_TITLE_WORDS.has(role.toLowerCase()))) return null;
  return entity.mentions.some((m) => m.start >= sentence.start && m.start < sentence.end) ? null : key;
}

/** Resolves the words of a speaker phrase: names, pronouns, roles, organisations. */
function resolveWords(scope: SpeakerScope, span: Span, at: number): Speaker {
  const phrase = scope.text.slice(span.start, span.end).trim();
  if (!phrase) return { key: null, text: null };
  const people = mentionsIn(scope.people, span, scope.masked);
  const last = people[people.length - 1];
  const tokens = tokenize(scope.text, span.start, span.end);
  // "sources close to the Fed", "one analyst at Acme": the unnamed person speaks, not the body or person named after them.
  const lead = tokens.find((t) => !DETERMINERS.has(t.lower));
  // "A group of governors and members of Congress said": a mixed group speaks for no one body.
  if (/^members\s+of\s/i.test(phrase) && /\sand\s+$/.test(scope.text.slice(Math.max(0, span.start - 6), span.start))) return { key: null, text: phrase };
  // "industry analysts Screen Digest": a name right after the noun is the source itself, not someone's employer.
  const leadIndex = lead ? tokens.indexOf(lead) : -1;
  const namedLead = leadIndex >= 0 && OPENS_CAPITAL.test(tokens[leadIndex + 1]?.text ?? '');
  if (lead && UNNAMED_LEADS.has(lead.lower) && tokens.length > 1 && lead !== tokens[tokens.length - 1] && !namedLead) return { key: memberNamedNext(scope, lead.lower, span, at), text: phrase };
  // "a Commerce Department official", "one Kremlin source": one unnamed person inside a body speaks for no one named.
  const finalWord = tokens[tokens.length - 1]?.lower;
  // Unless the story names them right after: "A Kremlin aide said ... quoted Kremlin aide Jane Doe as saying".
  if (!last && tokens.length > 2 && INDEFINITE_ONE.has(tokens[0].lower) && finalWord && UNNAMED_MEMBER.has(finalWord)) return { key: holderNamedNext(scope, [finalWord], at), text: phrase };
  const trailingRole = last ? /^\s+(?:the|a|an)\s+[\p{Ll}\s-]+$/u.test(scope.text.slice(last.mention.end, span.end)) : false;
  if (last && !trailingRole && !(isPossessiveAt(scope.text, last.mention.end) && tokens.some((t) => t.start > last.mention.end + 1))) {
    return { key: last.entity.key, text: phrase };
  }
  // "Mr Blair's official spokesman", "Jane Doe's spokeswoman": a person's mouthpiece speaks for them.
  // "Gov. Jane Doe's office said", "Jane Doe's campaign said": the person's office speaks for them too, and so
  // does their own written word ("Mr Doe's statement said", "Mr Doe's book claimed", "Ms Lee's letter said").
  if (last && isPossessiveAt(scope.text, last.mention.end) && /^['’]s?\s+(?:(?:official|chief|personal|press)\s+)?(?:spokes(?:man|woman|person)|office|campaign|(?:written\s+|prepared\s+)?statement|(?:new\s+|latest\s+)?(?:book|letter|document|memo|memoirs?|autobiography|article|e-?mail))$/u.test(scope.text.slice(last.mention.end, span.end).trimEnd())) {
    return { key: last.entity.key, text: phrase };
  }
  if (last && trailingRole) {
    // "According to Mr Peston the prime minister said": the role after the name speaks.
    return resolvePhrase(scope, { start: last.mention.end, end: span.end }, at);
  }
  // "Democrats said", "Senate Republicans argued": members of a party speaking as a group, not the party as a body
  // ("the Democrats said", "Labour said" stay the party).
  if (!last && MEMBERS_OF_PARTY.test(phrase)) return { key: null, text: phrase };
  // The clause splitter cuts at "and", so "Black and Decker Corp" arrives as "Decker Corp": a name overlapping the phrase counts.
  const orgs = mentionsIn(scope.organisations, { start: span.start - 60, end: span.end }, scope.masked)
    .filter(({ mention }) => mention.end > span.start && !partyAsAffiliation(scope.text, mention, span.end));
  // "Comalco Ltd <CMAC.S> said": a ticker in angle brackets only tags the name before it.
  const named = orgs.filter(({ mention }) => !isTicker(scope.text, mention));
  if (named.length) return { key: named[named.length - 1].entity.key, text: phrase };
  if (orgs.length) return { key: orgs[orgs.length - 1].entity.key, text: phrase };
  // "Nuclear Data cited higher sales and said": a body named before, written here without its corporate suffix;
  // "Consolidated TVX said" after "Consolidated TVX Mining Corp": or without a trade word before the suffix.
  if (!last && tokens.length > 1 && tokens.every((t) => isCapitalised(t.text))) {
    const key = nameKey(phrase.replace(/^(?:but|and|the)\s+/i, ''));
    const shortOf = (name: string): boolean => {
      if (name === key || !name.startsWith(`${key} `)) return false;
      const rest = name.slice(key.length + 1).split(' ');
      return COMPANY_SUFFIXES.has(rest[rest.length - 1]) && rest.slice(0, -1).every((word) => TRADE_WORDS.has(word));
    };
    const firm = scope.organisations.find((entity) => entity.mentions.some((m) => m.end <= span.start) && key.includes(' ') && shortOf(nameKey(entity.name)));
    if (firm) return { key: firm.key, text: phrase };
  }

  // "May said", "the Oscar-nominated Owen told": a surname the name stages read as another word (a month, a verb,
  // a given name) still names the one person known by it.
  const surname = tokens[tokens.length - 1];
  if (!last && surname && isCapitalised(surname.text) && (tokens.length === 1 || (tokens[0].lower === 'the' && tokens.length <= 4))) {
    const bearers = scope.people.filter((entity) => entity.name.split(/\s+/).length > 1 && entity.name.endsWith(` ${surname.text}`));
    if (bearers.length === 1) return { key: bearers[0].key, text: phrase };
  }
  const afterPossessor = last ? tokens.filter((t) => t.start > last.mention.end + 1) : tokens;
  // "Now the board said", "But the firm said": a sentence adverb or conjunction is not part of the subject.
  const words = afterPossessor.map((t) => t.lower);
  while (words.length > 1 && SENTENCE_ADVERBS.has(words[0])) words.shift();
  // "the world's biggest insurer", "the non-partisan charity": a ranking or a describing adjective before a
  // body noun leaves "the insurer", "the charity".
  if (words[0] === 'the' && words.length > 2 && ORGANISATION_ANAPHORS.has(words[words.length - 1])) {
    const modifiers = words.slice(1, -1);
    const ranking = modifiers.length <= 4 && /['’]s$/.test(modifiers[0]) && /(?:est|leading)$/.test(modifiers[1] ?? '');
    const describing = modifiers.every((word) => DESCRIBING.test(word));
    if (ranking || describing) words.splice(1, modifiers.length);
  }
  if (!words.length) return { key: null, text: phrase };
  // "Pakistan's high commissioner to Britain", "the ambassador in Paris": the place an office is held in is no head.
  const placeTail = afterPossessor.findIndex((t, i) => i >= 2 && PLACE_OF_OFFICE.has(t.lower) && afterPossessor.slice(i + 1).length > 0
    && afterPossessor.slice(i + 1).every((rest) => isCapitalised(rest.text)) && ROLE_HEADS.has(norm(afterPossessor[i - 1].lower)));
  if (placeTail > 0) words.splice(words.length - (afterPossessor.length - placeTail));
  const head = words[words.length - 1];
  if (head === 'he' || head === 'she') return { key: resolvePronoun(scope, span.start, false, head), text: phrase };
  // Only "they" opening the sentence, or closing it after the clause it reports ("..., they said."): one inside a
  // clause ("postponed it because they said") may mean anyone.
  if (head === 'they' && words.length === 1) {
    const sentence = scope.sentences[sentenceIndexAt(scope, span.start)];
    const opening = /^\W*(?:(?:but|and|however|now|yet)\W+)?$/i.test(scope.text.slice(sentence?.start ?? span.start, span.start));
    const closing = sentence !== undefined && /,\s*$/.test(scope.text.slice(sentence.start, span.start))
      && /^\s+(?:said|say|says|added|add|adds|stated|argued|argue|argues|warned|warn|warns)\s*[.!]?\s*$/.test(scope.text.slice(span.end, sentence.end));
    return { key: opening || closing ? bodyJustHeard(scope, at) : null, text: phrase };
  }
  // "the two organizations said", "both companies said": bodies speaking jointly, credited to the one the
  // story names first.
  // "Two wheat organizations said" opening a story: the one it goes on to name.
  // "The tobacco companies" are an industry, not bodies the story named.
  if (PLURAL_BODIES.has(head) && (words[0] === 'two' ? words.length <= 4 : (words[0] === 'the' || words[0] === 'both') && words.length <= 3 && words.slice(1, -1).every((word) => COUNTS.has(word)))) {
    return { key: firstBodyNamed(scope, at, words[0] === 'two'), text: phrase };
  }
  // "Its chief executive has said": a role of the body nobody was named with speaks for the body.
  const unnamedOfficer = words[0] === 'its' && words.length <= 4 && ROLE_HEADS.has(norm(head)) && !ANONYMOUS_HEADS.has(head) && !words.some((word) => OTHER_OFFICE.has(word))
    && !scope.people.some((entity) => roleFit(entity, [norm(head)]) >= 100);
  if ((head === 'it' && words.length === 1) || (words[0] === 'its' && words.length === 2 && SPOKESPEOPLE.has(head)) || unnamedOfficer) {
    // "it said" or "its spokesman said" after an organisation was named or spoke: the same organisation,
    // the one a sentence just before is about if there is one ("its offer for Beta Corp" does not make Beta the topic).
    const document = head === 'it' ? documentJustCredited(scope, span.start) : null;
    if (document) return { key: document, text: phrase };
    const topic = subjectBodyBefore(scope, at);
    if (topic !== null) return { key: topic || null, text: phrase };
    const mentioned = scope.organisations
      .flatMap((entity) => entity.mentions.filter((m) => m.end <= at && at - m.end < 800 && !isTicker(scope.text, m)).map((m) => ({ key: entity.key, at: m.start, subject: isSubjectAt(scope, m) })));
    const spoke = (scope.orgSpoke ?? []).filter((s) => s.at < at && at - s.at < 800).map((s) => ({ ...s, subject: true }));
    // A body a sentence was about or that spoke outranks one named in passing ("SHV's stake in IC Gas").
    const candidates = [...mentioned, ...spoke].sort((a, b) => b.at - a.at);
    const earlier = candidates.find((c) => c.subject) ?? candidates[0];
    return { key: earlier?.key ?? null, text: phrase };
  }

  const first = words[0];
  const content = words.filter((word) => !DETERMINERS.has(word));
  if (first === 'the' && words.length === 2 && SPOKESPERSON_PHRASE.test(head)) {
    // "The spokesman said": the spokesperson the story introduced a few sentences before.
    const index = sentenceIndexAt(scope, at);
    for (let i = index - 1; i >= 0 && i >= index - 6; i -= 1) if (scope.spokespersonIn?.has(i)) return { key: scope.spokespersonIn.get(i) ?? null, text: phrase };
  }
  // "The Home Office defended the measures. A spokesman said": an unnamed spokesman speaks for the body the
  // sentence (or the one before) is about; after a sentence about a person he stays unnamed.
  if ((INDEFINITE_ONE.has(first) || first === 'the') && words.length === 2 && SPOKESPERSON_PHRASE.test(head)) {
    const topic = subjectBodyBefore(scope, at);
    if (topic) return { key: topic, text: phrase };
  }
  // "A spokesperson for the agency said": the body "the agency" means speaks through them.
  const forAt = words.length === 5 && INDEFINITE_ONE.has(first) && SPOKESPERSON_PHRASE.test(words[1]) && words[2] === 'for' && words[3] === 'the' ? tokens.findIndex((t) => t.lower === 'for') : -1;
  if (forAt > 0 && ORGANISATION_ANAPHORS.has(head)) return { key: resolveWords(scope, { start: tokens[forAt + 1].start, end: span.end }, at).key, text: phrase };
  // "The MP for Tarrow and Wendle said": a seat describes the member the story is about, as "the striker" does.
  if (SEAT_HOLDER.test(phrase) && !last) return { key: resolvePronoun(scope, span.start, true), text: phrase };
  // "The German giant said", "the US carmaker added": a business described, not named, is the story's main one.
  if (first === 'the' && content.length <= 3 && COMPANY_DESCRIPTIONS.has(head) && content.slice(0, -1).every((word) => NATIONALITIES.has(word) || DESCRIBING.test(word) || INDUSTRY_WORDS.has(word))) {
    const described = describedAs(scope, head, at);
    return { key: described !== undefined ? described : GENERIC_DESCRIPTIONS.has(head) ? mainBusiness(scope, at) : null, text: phrase };
  }
  const definite = !INDEFINITE.has(first) && !ANONYMOUS_HEADS.has(head);
  if ((first === 'the' || first === 'this') && content.length <= 3 && ((NATIONALITIES.has(head) && !PLACE_OR_PARTY.has(head)) || DEMONYM.test(head) || /^\d+-year-old$/.test(head) || /-year-old$/.test(content.join('-'))
    // "the 41-year-old chart-topper": an age makes any other describing noun a person's.
    || (content.length > 1 && /^\d+-year-old$/.test(content[content.length - 2]) && !ORGANISATION_ANAPHORS.has(head) && !ROLE_HEADS.has(norm(head))))) {
    return { key: resolvePronoun(scope, span.start, true, pronounFor(head)), text: phrase };
  }
  // "said the East Kilbride athlete", "says the Waterford man": a noun describing the person the story is
  // about, unless someone was named with it as a role ("the striker Jon Doe").
  // A bare "the man" is as often someone the story never names.
  if (first === 'the' && content.length <= 4 && DESCRIPTIVE_HEADS.has(head) && !(GENERIC_PERSON.has(head) && content.length < 2)
    && !scope.people.some((entity) => roleFit(entity, roleWords(content)) >= 100)) {
    const meant = resolvePronoun(scope, span.start, true, pronounFor(head));
    // "Rock star Jane Doe ... the heavy metal star said": the one person named with that noun before, when the story
    // named her at least as often as whom the noun would otherwise point back to.
    const namedWith = content.length > 1 ? scope.people.filter((entity) => roleFit(entity, [head]) >= 100) : [];
    const before = (key: string | null): number => scope.people.find((entity) => entity.key === key)?.mentions.filter((m) => m.end <= span.start).length ?? 0;
    if (namedWith.length === 1 && namedWith[0].key !== meant && before(namedWith[0].key) > 0 && before(namedWith[0].key) >= before(meant)) return { key: namedWith[0].key, text: phrase };
    return { key: meant, text: phrase };
  }
  if (ORGANISATION_ANAPHORS.has(head) && (first === 'the' || first === 'its') && content.length <= 2) {
    const earlier = scope.organisations
      .flatMap((entity) => entity.mentions.filter((m) => m.end <= at).map((m) => ({ entity, at: m.start })))
      .sort((a, b) => b.at - a.at);
    // "the central bank" means the body last named with that head noun, if one was ("Norland's central bank").
    const sameHead = earlier.find(({ entity }) => entity.name.toLowerCase().endsWith(` ${content.join(' ')}`));
    if (sameHead) return { key: sameHead.entity.key, text: phrase };
    // Otherwise the body the organisation stage took "the company" to mean, not whichever body spoke last.
    const index = sentenceIndexAt(scope, span.start);
    const sentence = scope.sentences[index];
    const body = bodyReferredTo(scope.text, scope.sentences, scope.people, scope.organisations, span.start, first === 'its' ? null : head, sentence?.start ?? span.start);
    const referred = body && scope.organisations.find((entity) => entity.mentions.some((m) => m.start === body.start));
    // "Acme Corp said it agreed a venture with Beta Ltd. The company said ...": a body named only as the object
    // of the sentence before yields to the body that sentence is about.
    const previous = scope.sentences[index - 1];
    if (referred && body && previous && content.length === 1 && first === 'the' && body.start >= previous.start && body.start < previous.end) {
      // "But it said it found deposits made with Acme's offices. ..., the agency said.": the body "it" stood for there.
      const topic = subjectBodyBefore(scope, at, true)
        || (PRONOUN_BODY_SUBJECT.test(scope.text.slice(previous.start, previous.end)) ? bodyJustHeard(scope, at) : null);
      if (topic) return { key: head !== 'government' || GOVERNMENT_NAME.test(scope.organisations.find((entity) => entity.key === topic)?.name ?? '') ? topic : null, text: phrase };
    }
    // "the aid agency", "the radio station": a noun with a modifier must find a body its words name ("Radio 5")
    // or a business for a business noun; a plain "the company" may take the last body heard.
    if (content.length > 1) {
      const candidate = referred ?? earlier[0]?.entity;
      const named = candidate ? nameKey(candidate.name).split(' ') : [];
      const fits = candidate && ((referred && BUSINESS_NOUNS.has(head)) || content.some((word) => named.includes(word)));
      return { key: fits ? candidate.key : null, text: phrase };
    }
    // "the club said" after "the Premier League": a body of another kind named last is not meant.
    const chosen = referred ?? (nameFitsKind('', head) === null ? earlier[0]?.entity : mainBodyOfKind(earlier, head));
    // "the government said" means a government: a federation, a committee or a law named last is none.
    if (chosen && head === 'government' && !GOVERNMENT_NAME.test(chosen.name)) return { key: null, text: phrase };
    return { key: chosen?.key ?? null, text: phrase };
  }
  // "the council's spokesperson" is "a council spokesperson" written with a possessive.
  const bodyNoun = words.length === 3 && first === 'the' ? words[1].replace(/['’]s$/, '') : words[1];
  if (SPOKESPEOPLE.has(head) && words.length === 3 && ['a', 'an', 'the'].includes(first) && ORGANISATION_ANAPHORS.has(bodyNoun)) {
    // "A party spokesman said": the party last named as one, or nobody.
    const sentence = scope.sentences[sentenceIndexAt(scope, span.start)];
    const body = bodyReferredTo(scope.text, scope.sentences, scope.people, scope.organisations, span.start, bodyNoun, sentence?.start ?? span.start);
    // "a company spokesman" may mean any business the story is about; "a party spokesman" needs a party named as one.
    const referred = body && scope.organisations.find((entity) => entity.mentions.some((m) => m.start === body.start) && (BUSINESS_NOUNS.has(bodyNoun) || body.noun === bodyNoun || nameKey(entity.name).split(' ').includes(bodyNoun)));
    return { key: referred ? referred.key : null, text: phrase };
  }
  const represented = representedBy(scope, phrase, span.start);
  if (represented) return { key: represented, text: phrase };
  if (ROLE_HEADS.has(norm(head)) && !ANONYMOUS_HEADS.has(head) && content.length <= 5) {
    const wanted = roleWords(content);
    const formerly = wanted.some((word) => OTHER_OFFICE.has(word));
    const fits = scope.people.map((entity) => ({ entity, fit: roleFit(entity, wanted) }))
      .filter((f) => f.fit >= 100 && (formerly || !heldOnlyBefore(scope, f.entity, head)));
    const bestFit = Math.max(0, ...fits.map((f) => f.fit));
    const holders = fits.filter((f) => f.fit === bestFit).map((f) => f.entity);
    // "the Chester chairman" for "Chairman Jane Doe": a body or place named before the role need not be in it,
    // when only one person holds that role at all.
    const named = new Set(tokens.filter((t) => isCapitalised(t.text) && t !== tokens[0]).map((t) => norm(t.text)));
    if (definite && !holders.length && named.size && !named.has(norm(head))) {
      const partial = scope.people.filter((entity) => roleFit(entity, wanted.filter((word) => !named.has(word))) >= 100 && !heldOnlyBefore(scope, entity, head));
      if (partial.length === 1 && wanted.some((word) => !named.has(word))) holders.push(partial[0]);
    }
    if (definite) {
      if (holders.length) {
        const nearest = holders.map((entity) => ({ entity, distance: Math.min(...entity.mentions.map((m) => Math.abs(m.start - at))) })).sort((a, b) => a.distance - b.distance)[0];
        return { key: nearest.entity.key, text: phrase };
      }
      // "The country's finance chief said", named a few paragraphs on: the delayed identification of news
      // leads. Once someone has been named, a role nobody was named with stays unresolved: the nearest or
      // next person is as often a rival as the holder.
      const nobodyNamedYet = mentionsIn(scope.people, { start: 0, end: span.start }, scope.masked).length === 0;
      const continuing = !last && first === 'the' && !formerly ? officeOfLastSpeaker(scope, span.start) : null;
      // "The prime minister told ..." once meant the speaker going on; the same office later in the story, still
      // held by nobody named, is that person again ("But the prime minister said ...").
      const office = wanted.join(' ');
      if (continuing) {
        (scope.officesHeld ??= new Map()).set(office, continuing);
        return { key: continuing, text: phrase };
      }
      const held = !last && first === 'the' && !formerly ? scope.officesHeld?.get(office) : undefined;
      if (held) return { key: held, text: phrase };
      const ahead = last || (first === 'the' && nobodyNamedYet) ? namedSpeakerAhead(scope, at) : null;
      return { key: ahead ?? (last ? null : introducedNext(scope, wanted, at)), text: phrase };
    }
    // "..., a senior minister has said." opening a story: the person the next sentences name speaking.
    return { key: holderNamedNext(scope, wanted, at, holders) ?? (INDEFINITE_ONE.has(first) && !SPOKESPEOPLE.has(head) && !SPOKESPERSON_PHRASE.test(head) && !UNNAMED_MEMBER.has(head) ? sourceNamedAfterLead(scope, at) : null), text: phrase };
  }
  // "..., the country's spending watchdog has said." opening a story: a definite source the next sentences name.
  // A definite one points back instead once any body was named.
  const definiteLead = first === 'the' && !last && words.length >= 3 && !scope.organisations.some((entity) => entity.mentions.some((m) => m.start < at));
  if ((INDEFINITE.has(first) || definiteLead) && content.length <= 4 && LEAD_SOURCES.has(head)) {
    const key = sourceNamedAfterLead(scope, at);
    if (key) (scope.leadSources ??= new Map()).set(head, key);
    return { key, text: phrase };
  }
  // "a report says ... The report says": the source the lead's report was credited to; "the study" the one
  // source any document of the story was credited to.
  if ((first === 'the' || first === 'this') && content.length === 1 && scope.leadSources) {
    const credited = scope.leadSources.get(head) ?? (DOCUMENT_NOUNS.has(head) ? onlyDocumentSource(scope.leadSources) : null);
    if (credited) return { key: credited, text: phrase };
  }
  // "Jane Doe is alleged to have written that ... The document reportedly said: ...": a paper nobody was credited
  // with is the writing of the person the sentence before has saying or writing something.
  if (first === 'the' && content.length === 1 && WRITINGS.has(head)) {
    const previous = scope.sentences[sentenceIndexAt(scope, at) - 1];
    const writer = previous && REPORTED_WORDS.test(scope.text.slice(previous.start, previous.end)) ? subjectPersonOf(scope, previous, previous.end) : null;
    if (writer) return { key: writer, text: phrase };
  }
  // "The Purchasing Institute said costs rose. The survey added ...": a document nobody was credited with is the
  // one the body speaking just before is reporting on.
  // A spokesman speaking just before is more often answering someone else's report ("A BBC spokeswoman said: ...").
  if ((first === 'the' || first === 'this') && content.length === 1 && DOCUMENT_NOUNS.has(head)) {
    const index = sentenceIndexAt(scope, at);
    return { key: scope.spokespersonIn?.has(index - 1) ? null : bodyJustHeard(scope, at), text: phrase };
  }
  return { key: null, text: phrase };
}

const COUNTS = new Set(['two', 'three', 'four', 'both']);
/** A sentence whose subject is "it" standing for a body: "But it said ...". */
const PRONOUN_BODY_SUBJECT = /^\s*["“]?(?:(?:but|and|yet|however),?\s+)?it\s/i;
/** Plural nouns for bodies, as in "the two companies said". */
const PLURAL_BODIES = new Set(['companies', 'firms', 'organizations', 'organisations', 'groups', 'banks', 'unions', 'agencies', 'airlines', 'carriers', 'charities', 'associations']);

/**
 * "The Conservatives say ... They say ...": the body that spoke in the sentence before (or earlier in this
 * one), when no person spoke there; otherwise "they" are nobody known.
 */
function bodyJustHeard(scope: SpeakerScope, at: number): string | null {
  const index = sentenceIndexAt(scope, at);
  if (index < 0) return null;
  const previous = scope.sentences[index - 1];
  if (!previous || scope.sentences[index].paragraph - previous.paragraph > 1 || scope.spokeIn.has(index - 1)) return null;
  const spoke = (scope.orgSpoke ?? []).filter((s) => s.at >= previous.start && s.at < at);
  const keys = new Set(spoke.map((s) => s.key));
  return keys.size === 1 ? spoke[0].key : null;
}

/**
 * The body named first in the story up to `at`, or, when none was, the first one named in the next two
 * sentences; with `leadOnly` ("two wheat groups said" opening a story), only the latter.
 */
function firstBodyNamed(scope: SpeakerScope, at: number, leadOnly: boolean): string | null {
  let first: { key: string; start: number } | null = null;
  for (const entity of scope.organisations) {
    const mention = entity.mentions.find((m) => !isTicker(scope.text, m));
    if (mention && mention.start < at && (!first || mention.start < first.start)) first = { key: entity.key, start: mention.start };
  }
  if (first) return leadOnly ? null : first.key;
  // "the companies said" points back; only "two companies said" opening a story waits for the names.
  if (!leadOnly) return null;
  const index = sentenceIndexAt(scope, at);
  const ahead = scope.sentences[index + 2] ?? scope.sentences[index + 1];
  if (index < 0 || !ahead) return null;
  return mentionsIn(scope.organisations, { start: at, end: ahead.end }, scope.masked).find(({ mention }) => !isTicker(scope.text, mention))?.entity.key ?? null;
}

/** Papers that carry a person's own words: "the document", "the letter". */
const WRITINGS = new Set(['document', 'letter', 'memo', 'note', 'e-mail', 'email']);
/** A sentence reporting what someone said or wrote. */
const REPORTED_WORDS = /\b(?:said|says|wrote|writes|written|claimed|stated)\b/;

/** Writings that speak for whoever wrote them. */
const DOCUMENT_NOUNS = new Set(['report', 'study', 'survey', 'research', 'review', 'poll', 'book', 'inquiry', 'analysis']);
/** "a World Bank report", "the WEF study", "a report by analysts Acme Research", "Oxfam's report": a document credited to a named author. */
const CREDITED_DOCUMENT = /^(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:new\s+|latest\s+|annual\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){1,5}(report|study|survey|poll|review|book|analysis)|(?:[Aa]n?|[Tt]he)\s+(?:new\s+|latest\s+)?(report|study|survey|poll|review|book|analysis),?\s+(?:by|from)\s+.+|(?:[Tt]he\s+)?(?:\p{L}[\p{L}&.-]*\s+){0,4}\p{L}+['’]s?\s+(?:new\s+|latest\s+|annual\s+)?(report|study|survey|poll|review|book|analysis))$/u;

function onlyDocumentSource(sources: Map<string, string>): string | null {
  let only: string | null = null;
  for (const [noun, key] of sources) {
    if (!DOCUMENT_NOUNS.has(noun)) continue;
    if (only !== null && only !== key) return null;
    only = key;
  }
  return only;
}

/**
 * "..., according to the book. The book by Jane Doe said ...": a document the story credits only later. Read
 * once every sentence is done, for a quote still without a speaker.
 */
export function laterDocumentSource(scope: SpeakerScope, speakerText: string | null, at: number): string | null {
  const match = speakerText && scope.documentCredits ? /^(?:(?:but|and)\s+)?(?:the|this|an?\s+(?:new|latest|forthcoming))\s+(\p{Ll}+)(?:\s+(?:about|on)\s+(?:the\s+)?\p{Ll}+)?$/iu.exec(speakerText.trim()) : null;
  const noun = match?.[1].toLowerCase();
  if (!noun || !DOCUMENT_NOUNS.has(noun)) return null;
  // Only the next credit of that document, a few sentences on: a story may quote several reports.
  return scope.documentCredits!.find((credit) => credit.noun === noun && credit.at > at && credit.at - at < 600)?.key ?? null;
}

function creditDocument(scope: SpeakerScope, noun: string, key: string, at: number): void {
  (scope.leadSources ??= new Map()).set(noun, key);
  (scope.documentCredits ??= []).push({ noun, key, at });
}

/** Resolves the words of a speaker phrase, and remembers whom a document it names was credited to. */
export function resolvePhrase(scope: SpeakerScope, span: Span, at: number): Speaker {
  const speaker = resolveWords(scope, span, at);
  if (speaker.key && speaker.text && speaker.text.length <= 80) {
    const document = CREDITED_DOCUMENT.exec(speaker.text);
    const noun = document ? (document[1] ?? document[2] ?? document[3]).toLowerCase() : null;
    if (noun) creditDocument(scope, noun, speaker.key, span.start);
  }
  return speaker;
}

/** "Sen. Jane Doe, D-Ore.", "Jane Doe, R-N.Y.": a US party and state tag closing the subject is no speaker of its own. */
const PARTY_STATE_TAG = /,\s+(?:D|R|I|Ind)-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,?$/u;

function withoutPartyTag(region: string): string {
  const tag = PARTY_STATE_TAG.exec(region);
  return tag ? region.slice(0, tag.index) : region;
}

// Built once (see NAMED_OR_DETERMINED): read for most subjects before a cue.
const UNCLOSED_APPOSITIVE = /^(?:(?:a|an|the|\p{Lu}[\p{L}&.-]*['’]s)\s|(?:\p{Ll}+\s+){0,3}(\p{Ll}+)\s+(?:for|of|at|with)\s)/iu;

/** The subject phrase before a cue: the last clause chunk, minus appositives and adverbs. */
function subjectSpanBefore(scope: SpeakerScope, sentence: Span, cueStart: number): Span | null {
  const { text } = scope;
  let start = sentence.start;
  // `"...," he said`: the attribution starts after a quote that opens the sentence.
  for (let i = firstSpanEndingAfter(scope.masked, sentence.start); i < scope.masked.length && scope.masked[i].start < cueStart; i += 1) {
    const m = scope.masked[i];
    if (m.end <= cueStart && m.end > start && text.slice(sentence.start, m.start).replace(/["“‘\s]/g, '') === '') start = Math.min(cueStart, m.end + 1);
  }
  let region = text.slice(start, cueStart);
  for (let guard = 0; guard < 4; guard += 1) {
    const stripped = region.replace(ADVERBIAL_TAIL, '');
    if (stripped === region) break;
    region = stripped;
  }
  region = region.replace(/[\s"”’]+$/, '');
  // "the Securities Board which said": the body before the relative pronoun speaks.
  const relative = /,?\s+(?:which|who|that)$/.exec(region);
  if (relative) region = region.slice(0, relative.index);
  // "Banque Nordique SA (BNS) said": the bracketed short form closes the name, it does not start a new chunk.
  const bracket = /\s\([^(),;:]{1,40}\)$/.exec(region);
  // "Sen. Jane Doe (R-Iowa) told": after a person's name the bracket is their party or place, whatever else it looks like.
  const personBeforeBracket = bracket !== null && mentionsIn(scope.people, { start, end: start + bracket.index }, scope.masked).some(({ mention }) => mention.end === start + bracket.index);
  if (bracket && (personBeforeBracket || !mentionsIn(scope.organisations, { start: start + bracket.index, end: start + region.length }, scope.masked).length)) region = region.slice(0, bracket.index);
  const dashed = /\s[–—-]\s[^–—]*?\s?[–—-]$/.exec(region);
  if (dashed) region = region.slice(0, dashed.index);
  if (region.endsWith(',')) {
    // "Jane Doe, a lawyer for the family," or "Smith, who ...,": drop the appositive.
    const body = region.slice(0, -1);
    const open = body.lastIndexOf(', ');
    const who = /,\s+(?:who|which)\b/.exec(body);
    const cut = who ? who.index : open;
    const appositive = { start: start + Math.max(cut, 0), end: start + body.length };
    // "Fenwick's barrister, Ruth Adeyemi,": a possessor names whose the role is, not who holds it.
    const headHasName = mentionsIn(scope.people, { start, end: start + Math.max(cut, 0) }, scope.masked).some(({ mention }) => !isPossessiveAt(text, mention.end));
    // "The president of the club, Jane Doe, said": the appositive is the name.
    const namedBody = !headHasName && mentionsIn(scope.organisations, { start: start, end: start + Math.max(cut, 0) }, scope.masked).length === 0
      && mentionsIn(scope.organisations, appositive, scope.masked).length > 0;
    // "The task force, headed by Senator Jane Doe, said": a participle phrase describes the head, it does not rename it.
    const describes = /^,\s+(?:\p{Ll}+ed|led|run|owned|chaired|headed|backed|funded|set up|founded)\s+by\b/u.test(text.slice(appositive.start, appositive.end));
    // "WEDGE, which is owned by Jane Doe, said": a relative clause describes the head, it never names the speaker.
    if (cut > 0 && !who && !headHasName && !describes && (mentionsIn(scope.people, appositive, scope.masked).length > 0 || namedBody)) return { start: appositive.start + 1, end: appositive.end };
    if (cut > 0) {
      region = body.slice(0, cut);
      // "Sen. Jane Doe (D-Ore.), the bill's sponsor, said": a bracket right after the name is her party or place.
      const tag = /\s\([^(),;:]{1,40}\)$/.exec(region);
      if (tag && mentionsIn(scope.people, { start, end: start + tag.index }, scope.masked).some(({ mention }) => mention.end === start + tag.index)) region = region.slice(0, tag.index);
    }
    // `"...," shop owner Jane Doe, told ...`: a trailing comma with no appositive to drop.
    else if (cut === -1 && (/^\s*[\p{Lu}]/u.test(body) || mentionsIn(scope.people, { start, end: start + body.length }, scope.masked).length > 0)) region = body;
  }
  region = withoutPartyTag(region);
  let chunkStart = 0;
  BOUNDARY.lastIndex = 0;
  let chunkBefore = 0;
  let lastBoundary = '';
  for (let match = BOUNDARY.exec(region); match; match = BOUNDARY.exec(region)) {
    chunkBefore = chunkStart;
    chunkStart = match.index + match[0].length;
    lastBoundary = match[0];
  }
  // "The MP for Barnsley and Penistone said": a place name joined by "and" after a role's "for"/"of" stays in the subject.
  if (lastBoundary === ' and ' && JOINED_PLACE_BEFORE.test(region.slice(chunkBefore, chunkStart)) && /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u.test(region.slice(chunkStart).trim())
    && !mentionsIn(scope.people, { start: start + chunkStart, end: start + region.length }, scope.masked).length) chunkStart = chunkBefore;
  if (relative) {
    // "Jane Doe criticised a union leader who said": only the noun phrase after the verb is the relative's antecedent.
    const VERB_BEFORE_NOUN = /\b(?:has|have|had|was|were|is|are|be|been|by|to|from|\p{Ll}+ed)\s+/gu;
    for (let match = VERB_BEFORE_NOUN.exec(region); match; match = VERB_BEFORE_NOUN.exec(region)) {
      if (match.index >= chunkStart) chunkStart = match.index + match[0].length;
    }
  }
  let chunk = region.slice(chunkStart);
  // "Jane Doe, a strategist at Acme told ...", "Jane Doe, spokeswoman for the Fire and Rescue Service said": the
  // unclosed appositive after the last comma describes the name before it, whatever "and" it holds.
  const lastComma = region.lastIndexOf(', ');
  const appositive = UNCLOSED_APPOSITIVE.exec(region.slice(lastComma + 2));
  // "Dr Jane Doe, IBM senior vice president, said": a bare role with its body's name before it is an appositive too.
  const tailWords = region.slice(lastComma + 2).trim().split(/\s+/);
  const roleTail = tailWords.length <= 6 && ROLE_HEADS.has(norm(tailWords[tailWords.length - 1])) && !tailWords.some((word) => FINITE.test(word) && word === word.toLowerCase());
  // "Jane Doe, senior research fellow at Acme": any lower-case description before at/of/for, right after a name.
  const roleOpens = Boolean(appositive) || roleTail;
  // A person named in it other than as an employer ("a fund manager at X") may be the subject instead.
  const otherPerson = mentionsIn(scope.people, { start: start + lastComma, end: start + region.length }, scope.masked)
    .some(({ mention }) => !/\b(?:at|of|for|with|from)\s+$/.test(text.slice(start + lastComma, mention.start)));
  if (lastComma > 0 && lastComma < chunkStart && roleOpens && !otherPerson) {
    // "Jane Doe, 41, a nurse from Tucson who said": an age between the name and its description.
    const before = region.slice(0, lastComma).replace(/,\s*\d{1,3}$/, '');
    const named = mentionsIn(scope.people, { start: start + Math.max(0, before.length - 60), end: start + before.length }, scope.masked).pop();
    if (named && named.mention.end === start + before.length) return { start: named.mention.start, end: named.mention.end };
  }
  if (!chunk.trim()) return null;
  const leading = chunk.length - chunk.trimStart().length;
  return { start: start + chunkStart + leading, end: start + chunkStart + chunk.trimEnd().length };
}

/** A role then "for"/"of" and a capitalised place, cut at "and": "The MP for Barnsley and". */
const JOINED_PLACE_BEFORE = /^\s*(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}-]+\s+){0,3}?(?:for|of)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}and\s+$/u;

const FINITE = /^(?:is|was|are|were|has|had|have|will|would|could|can|may|might|also|then|did|does|declined|refused|said|says|told|tells)$|ed$/;

const SUBJECT_ADVERBS = new Set(['later', 'also', 'then', 'now', 'still', 'again', 'earlier', 'subsequently', 'previously', 'recently', 'reportedly', 'already', 'finally', 'initially', 'immediately', 'repeatedly', 'publicly', 'privately', 'once', 'never', 'always', 'often', 'yesterday', 'today']);

/** The noun phrase opening a sentence, up to its first finite verb: "A bank spokesman" in "A bank spokesman declined ...". */
function leadingSubject(scope: SpeakerScope, sentence: Span): Span | null {
  const head = scope.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200));
  // "The band - whose album sold best - thanked ...": an aside between dashes is not the subject.
  const aside = /^[^-–—,;:"“”]{2,60}?(\s[-–—]\s[^-–—"“”]{2,120}?\s[-–—]\s)/.exec(head);
  const skip = aside ? { start: sentence.start + aside.index + aside[0].length - aside[1].length, end: sentence.start + aside.index + aside[0].length } : null;
  const tokens = tokenize(scope.text, sentence.start, Math.min(sentence.end, sentence.start + (skip ? 200 : 120)))
    .filter((t) => !skip || t.start < skip.start || t.start >= skip.end);
  const verb = tokens.findIndex((t, i) => i > 0 && t.text === t.lower && FINITE.test(t.lower));
  if (verb <= 0 || verb > 6) return null;
  const lead = scope.text.slice(sentence.start, tokens[verb].start);
  if (/[,;:"“”]/.test(skip ? lead.slice(0, skip.start - sentence.start) + lead.slice(skip.end - sentence.start) : lead)) return null;
  // "He later contacted ...", "The firm also said ...": an adverb before the verb is no part of the subject.
  let last = verb - 1;
  while (last > 0 && tokens[last].text === tokens[last].lower && SUBJECT_ADVERBS.has(tokens[last].lower)) last -= 1;
  return { start: tokens[0].start, end: tokens[last].end };
}

/** What a sentence may open with before its subject: a title, or a phrase of time, place or circumstance. */
const OPENING_PHRASE = /^\s*(?:(?:But|And|Yet|However|Meanwhile),?\s+)?(?:(?:During|In|On|At|After|Before|Following|Since|Despite|Throughout|Under|Within|Over|Speaking|Giving|Earlier|Later|Last|This)\b|(?<=(?:But|And|Yet)\s+)(?:during|in|on|at|after|before|following|since|despite|speaking)\b|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$)/u;

/** A finite verb right after a name: "Jane Doe played down ...". */
const VERB_RIGHT_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(?:was|is|were|had|has|\p{Ll}{3,}ed)\b/u;

/**
 * "During his second day of questioning Jane Doe played down his ties with Ann Lee and said": when a long opening
 * phrase keeps the subject from being read from the sentence's start, the first person a finite verb follows,
 * with no quotation or clause of its own before them.
 */
function namedSubjectOf(scope: SpeakerScope, sentence: Span, end: number): Span | null {
  for (const { mention } of mentionsIn(scope.people, { start: sentence.start, end }, scope.masked)) {
    const prefix = scope.text.slice(sentence.start, mention.start);
    if (/[;:"“”]/.test(prefix) || !OPENING_PHRASE.test(prefix) || tokenize(scope.text, sentence.start, mention.start).some((t) => t.text === t.lower && FINITE.test(t.lower))) return null;
    if (!isPossessiveAt(scope.text, mention.end) && VERB_RIGHT_AFTER.test(scope.text.slice(mention.end, Math.min(end, mention.end + 40)))) return { start: mention.start, end: mention.end };
  }
  return null;
}

/** The subject of the last clause opened by "but", "while" or a semicolon between `from` and `to`: "but its lawyer, Jane Doe, told". */
function clauseSubject(scope: SpeakerScope, from: number, to: number): Span | null {
  const region = scope.text.slice(from, to);
  let opener: RegExpExecArray | null = null;
  const OPENER = /(?:,\s*|\s)(?:but|while|whereas)\s+|;\s*/g;
  for (let match = OPENER.exec(region); match; match = OPENER.exec(region)) opener = match;
  if (!opener) return null;
  const start = from + opener.index + opener[0].length;
  const tokens = tokenize(scope.text, start, Math.min(to, start + 100));
  const verb = tokens.findIndex((t, i) => i > 0 && t.text === t.lower && FINITE.test(t.lower));
  if (verb <= 0 || /["“”;:]/.test(scope.text.slice(start, tokens[verb].start))) return null;
  const end = tokens[verb - 1].end;
  return mentionsIn(scope.people, { start, end }, scope.masked).length || mentionsIn(scope.organisations, { start, end }, scope.masked).length ? { start, end } : null;
}

/** Whether the subject is the last of people joined by "and": "Jane Doe and Ann Lee said", "both Doe and Lee said". */
function joinsPeople(scope: SpeakerScope, sentence: Span, subject: Span): boolean {
  const lead = scope.text.slice(sentence.start, subject.start);
  if (!/\sand\s+$/.test(lead) || !scope.people.some((entity) => entity.mentions.some((m) => m.start === subject.start))) return false;
  let shape = lead;
  for (const { mention } of mentionsIn(scope.people, { start: sentence.start, end: subject.start }, scope.masked).reverse()) {
    const from = mention.start - sentence.start;
    shape = `${shape.slice(0, from)}\u0000${shape.slice(mention.end - sentence.start)}`;
  }
  return /^\s*["“]?(?:(?:[Bb]ut|[Aa]nd|[Bb]oth)\s+)?\u0000(?:\s*,\s*\u0000)*,?\s+and\s+$/.test(shape);
}

/** `"...," X said, adding ...`: the speaker between a closing quotation mark and the verb before the participle. */
// "he told the federal court, saying": whom he told may take a few words.
// '"...," he said adding ...' may leave the comma out after "said".
const SPEAKER_THEN_VERB = /(?:[”"],?|,)\s+(?!(?:had|has|have|was|were|is|are)\s)([^"“”,;:]{2,60}?)\s+(?:said(?=\s+$)|says(?=\s+$)|(?:said|says|told(?:\s+(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.'’-]*)(?:\s+[\p{L}.'’-]+){0,3}|\s+\p{L}+)|added|adds|explained|explains|insisted|insists|continued|claimed|claims|argued|argues|warned|warns|stressed)(?:\s+(?:in|on|at|to)\s+[^"“”,;:]{1,40})?\s*,)\s*$/u;
/** `"...," said X, adding ...`: the speaker after the verb before the participle. */
// `"...," said Jane Doe, a professor at Acme, adding ...`: one appositive may stand between the name and the participle.
const VERB_THEN_SPEAKER = /[”"],?\s+(?:said|says|added|explained|insisted)\s+([^"“”,;:]{2,60}?)(?:\s*,\s*(?:a|an|the|his|her|its|their)\s[^"“”,;:]{2,80}?)?\s*,\s*$/u;

/**
 * "..." chief executive Jane Doe said, adding the firm ...": a participle after a quotation and its attribution
 * has that attribution's speaker, who opens no clause of the sentence.
 */
function attributionBeforeParticiple(scope: SpeakerScope, sentence: Span, participle: number): Span | null {
  const lead = scope.text.slice(Math.max(sentence.start, participle - 400), participle);
  const match = SPEAKER_THEN_VERB.exec(lead) ?? VERB_THEN_SPEAKER.exec(lead);
  if (!match) return null;
  const start = participle - lead.length + match.index + match[0].indexOf(match[1], 1);
  return { start, end: start + match[1].length };
}

/** A description before a body's name opening a sentence: "Dutch semiconductor equipment maker". */
/** Words no description of a body holds: determiners, prepositions, pronouns ("Analysts claimed the Fed's ..."). */
const NOT_DESCRIPTION = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'for', 'of', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'as', 'but', 'and', 'it', 'he', 'she', 'they']);
const DESCRIBED_NAME_PREFIX = /^\s*(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,4}$/u;

/** What may come before a person's name opening a sentence: a conjunction, titles and role words, no comma. */
const NAME_OPENING = /^\s*(?:(?:but|and|yet|meanwhile|however|now)\s+)?(?:[\p{L}.'’-]+\s+){0,5}$/iu;

/**
 * "Sen. Jane Doe, R-Tenn., the panel's senior Republican, opposed the bill, arguing ...": when appositives keep the
 * subject from being read up to its verb, the person named at the sentence's start does the arguing.
 */
function personOpeningBefore(scope: SpeakerScope, sentence: Span, participle: number): Span | null {
  const first = mentionsIn(scope.people, { start: sentence.start, end: participle }, scope.masked)[0];
  if (!first || isPossessiveAt(scope.text, first.mention.end) || !NAME_OPENING.test(scope.text.slice(sentence.start, first.mention.start))) return null;
  // The participle must close a clause of that subject, not a quotation or a second sentence spliced in.
  if (/["“”;:]/.test(scope.text.slice(first.mention.end, participle))) return null;
  return { start: first.mention.start, end: first.mention.end };
}

// Built once (see NAMED_OR_DETERMINED): read at every cue with its phrase after the verb.
const PHRASE_AFTER_CUE = /^\s+((?:the |a |an )?(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sen|Rep|Gov|Rev|Sgt|Adm|Cmdr|Supt|Insp|Det|Brig|Hon|Fr)\.\s+)?(?:[^,.;:!?"“”(]|(?<=\s\p{Lu})\.){1,60})/u;

/** The phrase after an inverted cue: `"...," said Jane Doe, a lawyer.` */
function phraseAfter(scope: SpeakerScope, sentence: Span, from: number): Span | null {
  const rest = scope.text.slice(from, sentence.end);
  // "said Rep. Karen Doe", "said John Q. Public": a title's or an initial's full stop stays inside the name.
  const match = PHRASE_AFTER_CUE.exec(rest);
  if (!match) return null;
  const start = from + match.index + match[0].length - match[1].length;
  // "said Jane Doe who joined Ann Lee on stage": a relative clause after the name is not part of it.
  const relative = /\s(?:who|which|whose|whom)\s/.exec(match[1]);
  const phrase = relative ? match[1].slice(0, relative.index) : match[1];
  return { start, end: start + phrase.trimEnd().length };
}

/** What follows a verb as a reported clause rather than a speaker: "that ...", or a name followed by its own verb. */
const AFTER_IS_CLAUSE = /^that\s|\s(?:felt|had|has|have|was|were|is|are|would|will|could|can|may|might|must|should|did|does|told|said|thought|knew|\p{Ll}+ed)\s/u;

/** "Oxfam says in a report": the document after the verb is the speaker's. */
// "argued in a letter to the committee ... "...," the letter said": a letter or a statement speaks for its signer too.
const IN_DOCUMENT = /^\s+in\s+(?:a|an|its|their|his|her)\s+(?:new\s+|latest\s+|annual\s+|quarterly\s+|joint\s+|written\s+|open\s+)?(report|study|survey|review|analysis|book|letter|statement)\b/;

/** "The book, by journalist Jane Doe, said": a document opening the sentence with its author after "by". */
const DOCUMENT_BY = /^\s*["“]?(?:(?:But|And)\s+)?(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+(?:new\s+|latest\s+)?(report|study|survey|review|analysis|book),?\s+by\s/;

/** "The book, by Jane Doe, said ... It claims ...": "It" opening the next sentence is that document, so its author. */
function documentJustCredited(scope: SpeakerScope, start: number): string | null {
  const index = sentenceIndexAt(scope, start);
  const previous = scope.sentences[index - 1];
  if (!previous || !/^\W*$/.test(scope.text.slice(scope.sentences[index].start, start)) || !DOCUMENT_BY.test(previous.text)) return null;
  return scope.documentCredits?.find((credit) => credit.at >= previous.start && credit.at < previous.end)?.key ?? null;
}

export function speakerAt(scope: SpeakerScope, sentence: Span, cue: Cue): Speaker {
  const speaker = speakerAtCue(scope, sentence, cue);
  if (speaker.key && cue.kind === 'verb') {
    const document = IN_DOCUMENT.exec(scope.text.slice(cue.end, cue.end + 50)) ?? DOCUMENT_BY.exec(scope.text.slice(sentence.start, cue.start));
    if (document) creditDocument(scope, document[1], speaker.key, cue.start);
  }
  return speaker;
}

// The build turns a \p{..} regex literal into a RegExp constructor call run at each evaluation: these are
// asked once or more for every cue, so they are built once here.
/** "said the minister", "said Jane Doe": a phrase after the verb that can name its speaker. */
const NAMED_OR_DETERMINED = /^(?:the\s|a\s|an\s|one\s|\p{Lu})/u;
/** "... played down the row and later said": a verb sharing the sentence's subject. */
const CONJOINED_VERB_BEFORE = /\s(?:and|but)\s+(?:(?:also|later|then|now|still|again|yesterday|today|\p{Ll}+ly)\s+)?$/u;
/** "Smith, who said", "Smith is injured but said": the subject was named earlier in the sentence. */
const EARLIER_SUBJECT_LINK = /(?:\b(?:and|but)|,\s*who)\s+(?:\p{Ll}+\s+)?$/u;
const WHO_BEFORE_VERB = /,\s*who\s+(?:\p{Ll}+\s+)?$/u;

function speakerAtCue(scope: SpeakerScope, sentence: Span, cue: Cue): Speaker {
  const { text } = scope;
  if (cue.kind === 'quoted-object' && cue.object) return resolvePhrase(scope, cue.object, cue.start);
  if (cue.kind === 'participle') {
    // '"...," he said(,) adding ...', '..., the firm claimed, adding ...': the participle hangs on the attribution just
    // before it rather than on the sentence's subject; "However, Jane Doe rejected the calls, saying ...": past an
    // opening phrase, the first person a finite verb follows.
    const subject = attributionBeforeParticiple(scope, sentence, cue.start) ?? leadingSubject(scope, sentence) ?? personOpeningBefore(scope, sentence, cue.start)
      ?? namedSubjectOf(scope, sentence, cue.start);
    return subject ? resolvePhrase(scope, subject, cue.start) : { key: null, text: null };
  }
  if (cue.kind === 'according') {
    const after = phraseAfter(scope, sentence, cue.end);
    return after ? resolvePhrase(scope, after, cue.start) : { key: null, text: null };
  }
  const before = text.slice(Math.max(sentence.start, cue.start - 4), cue.start);
  // "told Associated Press", "assured reporters": what follows a verb taking an object is the listener.
  const after = cue.kind === 'verb' && !cue.takesObject ? phraseAfter(scope, sentence, cue.end) : null;
  // "..., say analysts Acme Research.": a source with no article counts when the verb closes the sentence inverted.
  const inverted = cue.kind === 'verb' && isInvertedAttribution(text.slice(sentence.start, cue.start), text.slice(cue.end, sentence.end));
  let afterSpeaker = after && (inverted || NAMED_OR_DETERMINED.test(text.slice(after.start, after.end))) ? resolvePhrase(scope, after, cue.start) : null;
  // "said Opera spokeswoman, Jane Doe": a person in apposition outranks the body the role belongs to.
  if (after && !scope.people.some((entity) => entity.key === afterSpeaker?.key)) {
    // "said one of their lawyers, Jane Doe.": the name in apposition speaks.
    const rest = { start: after.start, end: Math.min(sentence.end, after.start + 120) };
    const named = mentionsIn(scope.people, rest, scope.masked).find(({ mention }) => !isPossessiveAt(text, mention.end) && !/[.;]/.test(text.slice(after.start, mention.start)));
    // "said its chief executive, Sir Jane Doe.": a title may stand between the comma and the name.
    if (named && (!afterSpeaker?.key || TITLED_APPOSITION_GAP.test(text.slice(after.end, named.mention.start)))) afterSpeaker = { key: named.entity.key, text: text.slice(after.start, named.mention.end) };
  }
  // `"...," said Jane Doe` puts the speaker after the verb.
  if (afterSpeaker && (/[”"]\s*,?\s*$/.test(before) || cue.start === sentence.start)) return afterSpeaker;
  // "CLAUSE, noted Jane Doe, an analyst.": a body named inside the clause is talked about, not speaking.
  // So is a person named inside the clause when the source after the verb is nobody known ("..., say reports.").
  if (afterSpeaker && /,\s*$/.test(before) && inverted && (afterSpeaker.key || !/["“”]/.test(text.slice(sentence.start, cue.start)))) return afterSpeaker;
  const lead = text.slice(sentence.start, cue.start);
  // "A party spokesman played down the row with Jane Doe and said ...": the subject of the sentence speaks, not a name in its object.
  const conjunction = CONJOINED_VERB_BEFORE.exec(lead);
  const conjoined = conjunction ? leadingSubject(scope, sentence) ?? namedSubjectOf(scope, sentence, sentence.start + conjunction.index) : null;
  // Only when nothing between the subject and "and" opens a clause of its own: "X said ..., but his lawyer ... and added".
  const ownClause = conjoined && /\b(?:but|while|whereas|although|though|because|said|says|told)\b|[;:"“”]/.test(text.slice(conjoined.end, sentence.start + conjunction!.index));
  // "..., but its lawyer, Jane Doe, told the court ... and added": then the subject of that last clause speaks.
  const lastClause = conjunction && (!conjoined || ownClause) ? clauseSubject(scope, sentence.start, sentence.start + conjunction!.index) : null;
  const subject = conjoined && !ownClause && conjoined.end < cue.start ? conjoined : lastClause ?? subjectSpanBefore(scope, sentence, cue.start);
  let beforeSpeaker = subject ? resolvePhrase(scope, subject, cue.start) : { key: null, text: null };
  // "Jane Doe, Ann Lee and Sam Roe all said": people speaking together are no single speaker.
  if (beforeSpeaker.key && subject && joinsPeople(scope, sentence, subject)) beforeSpeaker = { key: null, text: text.slice(sentence.start, subject.end).trim() };
  if (!beforeSpeaker.key && EARLIER_SUBJECT_LINK.test(lead)) {
    // "Smith, who said ..." and "Smith is injured but said ...": the subject named earlier in the sentence speaks.
    const whoAt = lead.search(WHO_BEFORE_VERB);
    const relative = whoAt >= 0;
    const upTo = relative ? sentence.start + whoAt : cue.start;
    const named = mentionsIn(scope.people, { start: sentence.start, end: upTo }, scope.masked).filter(({ mention }) => !isPossessiveAt(text, mention.end));
    const pick = relative ? named[named.length - 1] : named[0];
    if (pick && (relative ? pick.mention.end === upTo : pick.mention.start <= sentence.start + 40)) beforeSpeaker = { key: pick.entity.key, text: pick.mention.text };
    // "But he told the paper that ... and said ...": a conjunction may open the sentence before the pronoun.
    else if (!relative && /^\s*(?:(?:but|and|yet)\s+)?(?:he|she)\b/i.test(lead)) {
      const pronoun = /\b(?:he|she)\b/i.exec(lead)![0];
      beforeSpeaker = { key: resolvePronoun(scope, sentence.start, false, pronoun.toLowerCase()), text: pronoun };
    }
    else if (!relative && /^\s*(?:(?:but|and|yet)\s+)?it\b/i.test(lead)) {
      // "It added that ... and said: ...": the organisation "it" stands for.
      const at = sentence.start + lead.search(/\bit\b/i);
      beforeSpeaker = resolvePhrase(scope, { start: at, end: at + 2 }, cue.start);
    } else if (!relative) {
      // "Acme did not say when, but said ...": a body opening the sentence as its subject speaks.
      const body = mentionsIn(scope.organisations, { start: sentence.start, end: cue.start }, scope.masked)[0];
      // "Dutch chip equipment maker Velmar Systems (VLMR.AS) cut its forecast and said": the body a description opens with.
      const prefix = body ? text.slice(sentence.start, body.mention.start).replace(DATELINE_PREFIX, '') : '';
      const described = body && DESCRIBED_NAME_PREFIX.test(prefix) && !isPossessiveAt(text, body.mention.end)
        && !prefix.trim().split(/\s+/).some((word) => FINITE.test(word) || NOT_DESCRIPTION.has(word.toLowerCase()))
        && !mentionsIn(scope.people, { start: sentence.start, end: body.mention.start }, scope.masked).length;
      if (body && (isSubjectAt(scope, body.mention) || described)) beforeSpeaker = { key: body.entity.key, text: body.mention.text };
    }
  }
  // "CLAUSE, said a port official.": the unnamed speaker after the verb, not the clause before it.
  // But "The book, Brown's Life, said Jane Doe felt ..." reports a clause about the person after the verb.
  const clauseAfterVerb = after !== null && AFTER_IS_CLAUSE.test(text.slice(after.start, after.end));
  if (!beforeSpeaker.key && afterSpeaker && /,\s*$/.test(before) && !clauseAfterVerb && (afterSpeaker.key || isInvertedAttribution(text.slice(sentence.start, cue.start), text.slice(cue.end, sentence.end)))) return afterSpeaker;
  // "In a statement, Acme said ..., but added that ...", "..., the firm said, but warned ...": a verb joined on with no
  // subject of its own has the speaker of the speech verb before it in the sentence.
  if (!beforeSpeaker.key && conjunction && cue.kind === 'verb') {
    const earlier = cuesIn(text, sentence, scope.masked).filter((c) => c.kind === 'verb' && c.end <= sentence.start + conjunction.index).pop();
    const first = earlier ? speakerAtCue(scope, sentence, earlier) : null;
    if (first?.key) return first;
  }
  return beforeSpeaker;
}
