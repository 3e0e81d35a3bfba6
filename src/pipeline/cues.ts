import { CLAUSE_CUES, FREE_CLAUSE, FREE_PARTICIPLES, PARTICIPLE_CUES, PLURAL_PRESENT_CUES, QUOTE_CUES, TWO_WORD_CUES } from './lexicon/speech-verbs.js';
import { insideSpans, isCapitalised, tokenize, type Token } from './tokens.js';
import type { Span } from './types.js';

// Finds the words that attribute speech in a sentence: a speech verb,
// "according to", "quoted X as saying", "X was quoted as saying".

export type CueKind = 'verb' | 'according' | 'quoted-object' | 'quoted-passive' | 'participle';

export interface Cue extends Span {
  kind: CueKind;
  text: string;
  /** Can introduce a reported clause ("said that ..."). */
  clause: boolean;
  /** Reports only with an explicit "that" ("agreed that ..."). */
  needsThat: boolean;
  /** Takes an object before its clause: "told reporters that ...". */
  takesObject: boolean;
  /** For "quoted X as saying": where X sits. */
  object?: Span;
}

/** -s forms that are far more often plural nouns ("reports", "claims") unless a subject precedes them. */
const NOUN_LIKE = new Set(['claims', 'notes', 'reports', 'states', 'charges', 'estimates', 'forecasts', 'posts', 'texts', 'promises', 'pledges', 'vows', 'signals', 'hints', 'urges', 'tweets', 'replies', 'remarks', 'counters', 'concedes', 'begins', 'cries', 'laughs', 'sighs', 'snaps', 'blogs', 'asks', 'agrees', 'responds', 'writes', 'continues']);
/** Verbs and adjectives that take "claims" or "reports" as a noun, even before "that": "scotch claims that", "fresh reports that". */
const NOUN_TAKERS = new Set(['deny', 'denied', 'denies', 'denying', 'reject', 'rejected', 'rejects', 'rejecting', 'dismiss', 'dismissed', 'dismisses', 'scotch', 'scotched', 'refute', 'refuted', 'rebut', 'rebutted', 'investigate', 'investigated', 'investigating', 'examine', 'examined', 'probe', 'probed', 'fuel', 'fuelled', 'fueled', 'spark', 'sparked', 'prompted', 'followed', 'following', 'fresh', 'new', 'recent', 'earlier', 'similar', 'repeated', 'unfounded', 'false', 'wild', 'persistent', 'press', 'media', 'news', 'newspaper', 'weekend', 'unconfirmed', 'conflicting', 'countering', 'backed', 'revived']);
const MODALS = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'can', 'cannot', 'must', 'did', 'does', 'do', 'not', "n't", 'never', 'be', 'been', 'being', 'shall', 'was', 'were', 'is', 'are', 'yet', 'neither', 'nor', 'refused', 'declined', 'unable']);
const OBJECT_VERBS = new Set(['told', 'tells', 'assured', 'assures', 'reminded', 'reminds', 'informed', 'informs', 'promised', 'promises', 'urged', 'urges', 'testified']);
/** Words after which a verb form is an adjective or noun: "repeated suggestions", "the remarks". */
const NOT_SUBJECT = new Set(['the', 'a', 'an', 'of', 'in', 'into', 'by', 'for', 'with', 'despite', 'on', 'at', 'from', 'about', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'any', 'many', 'no', 'such', 'over', 'under', 'against', 'amid', 'after', 'before', 'without', 'between', 'among', 'allegedly']);
/** Verbs never used as adjectives after a possessive: "Moody's said" names a firm ("the firm's stated aim" does not). */
const BARE_SPEECH = new Set(['said', 'says', 'told', 'tells']);
/** Bare speech verbs a closing attribution may put after "will": '"...," she will tell the conference.' */
const BARE_SPEECH_AHEAD = new Set(['say', 'argue', 'tell', 'warn', 'add', 'insist', 'claim']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which']);


/**
 * "Having said that, ...", "That said, ...", "That being said": the writer's own hedge, which reports nobody.
 * ("needless to say", "so to speak", "to say the least" never reach here: a "to" before the verb already
 * keeps it from being a cue.)
 */
function isWritersIdiom(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (token.text !== 'said') return false;
  const prev = tokens[i - 1]?.lower;
  const next = tokens[i + 1];
  // "Having said that, Burnley are ..." but not "Having said that he would resign, Smith ...".
  if (prev === 'having') return next !== undefined && /^(?:that|this|so)$/.test(next.lower) && /^\s*,/.test(text.slice(next.end, next.end + 3));
  // "That said, the team looks tired.", "That being said, ...": the pair opens the sentence and a comma closes it.
  const at = prev === 'being' ? i - 2 : i - 1;
  if (tokens[at]?.lower !== 'that' || !/^,/.test(text.slice(token.end, token.end + 1))) return false;
  return at === 0 || (at === 1 && /^(?:but|and|yet)$/.test(tokens[0].lower));
}

/** Words ending in -s that are no plural subject before a bare verb: "this", "always", "news". */
const NOT_PLURAL = new Set(['has', 'was', 'is', 'does', 'this', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'yes', 'thus', 'plus', 'as', 'always', 'sometimes', 'perhaps', 'news', 'whereas', 'besides', 'towards', 'afterwards', 'series', 'means', 'less', 'unless', 'across', 'various', 'previous', 'serious', 'famous', 'numerous', 'obvious', 'us', 'bus', 'status', 'campus', 'census', 'chaos', 'gas', 'lens', 'bias', 'basis', 'crisis', 'analysis', 'thesis', 'emphasis']);
/** People who speak for a body: "UKIP officials", "Acme executives". */
const MEMBERS = new Set(['officials', 'sources', 'members', 'insiders', 'aides', 'figures', 'executives', 'bosses', 'spokesmen', 'representatives', 'staff', 'leaders', 'ministers', 'chiefs']);
/** Adverbs that may stand between a subject and its verb: "officials also argue". */
const SUBJECT_ADVERBS = new Set(['also', 'now', 'still', 'often', 'generally', 'privately', 'publicly', 'already', 'even', 'increasingly']);

/** "critics argue", "officials also insist", "they claim": a plural subject right before a bare verb of speech. */
function pluralSubjectBefore(text: string, tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k] && SUBJECT_ADVERBS.has(tokens[k].lower)) k -= 1;
  const subject = tokens[k];
  if (!subject || text.slice(subject.end, tokens[i].start).trim().replace(/\s+/g, ' ') !== tokens.slice(k + 1, i).map((t) => t.text).join(' ')) return false;
  if (subject.lower === 'they' || subject.lower === 'we') return true;
  // "UKIP officials argue": members speaking for a named body, which the body-finding stage does not yet hear speak
  // through these verbs, so its speaker would be lost; left to the past forms until it does.
  const modifier = tokens[k - 1];
  if (modifier && isCapitalised(modifier.text) && MEMBERS.has(subject.lower)) return false;
  return /^\p{L}{3,}s$/u.test(subject.text) && !/(?:ss|us|is)$/.test(subject.lower) && !NOT_PLURAL.has(subject.lower) && !NOT_SUBJECT.has(subject.lower) && !MODALS.has(subject.lower);
}

/** "with sources claiming ...", "with analysts warning that ...": unnamed speakers a "with" phrase lets speak. */
const UNNAMED_WITH = new Set(['sources', 'analysts', 'officials', 'critics', 'experts', 'economists', 'observers', 'insiders', 'aides', 'allies', 'campaigners', 'reports']);

/** Nouns that speak for someone else (a report saying ...) or only show words (a sign saying ...). */
const SAYING_THINGS = new Set(['report', 'reports', 'sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'headline', 'headlines', 'message', 'messages', 'note', 'notes', 'slogan', 'slogans', 'letter', 'letters', 'leaflet', 'leaflets', 'survey', 'study', 'poll', 'rumours', 'rumors', 'others', 'people', 'voters', 'fans', 'critics', 'many', 'some', 'those', 'someone', 'anyone', 'nobody']);

/** Whether the word before a bare participle closes the object of a finite verb after the sentence's subject. */
function objectOfMainVerb(tokens: Token[], i: number): boolean {
  if (SAYING_THINGS.has(tokens[i - 1].lower)) return false;
  // The object is short and follows a finite verb of the sentence: "Lycos has shut down the campaign saying".
  for (let k = i - 1; k >= Math.max(0, i - 6); k -= 1) {
    const word = tokens[k].lower;
    if (/^(?:has|have|had)$/.test(word) || (/ed$/.test(word) && k > 0)) return k > 0 && k < i - 1;
  }
  return false;
}

export function cuesIn(text: string, sentence: Span, masked: Span[]): Cue[] {
  const tokens = tokenize(text, sentence.start, sentence.end).filter((token) => !insideSpans(masked, token.start));
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const prev: Token | undefined = tokens[i - 1];
    // "According to X, ..." opens many sentences: the capital must not hide the cue.
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      cues.push({ kind: 'according', start: token.start, end: tokens[i + 1].end, text: 'according to', clause: true, needsThat: false, takesObject: false });
      i += 1;
      continue;
    }
    if (token.text === 'quoted') {
      const as = tokens.slice(i + 1, i + 12).findIndex((t, k, list) => t.lower === 'as' && list[k + 1]?.lower === 'saying');
      if (as >= 0) {
        const asToken = tokens[i + 1 + as];
        const saying = tokens[i + 2 + as];
        // "X was quoted as saying" and "X was quoted by the agency as saying": X speaks, not the agency.
        const passive = Boolean(prev && /^(?:was|were|is|are|been|being)$/.test(prev.lower) && (as === 0 || tokens[i + 1].lower === 'by'));
        // "with Jane Doe quoted as saying": a reduced passive after the name, the name speaks.
        const reduced = !passive && as === 0 && prev !== undefined && isCapitalised(prev.text) && /^\s+$/.test(text.slice(prev.end, token.start));
        if (passive) cues.push({ kind: 'quoted-passive', start: prev.start, end: saying.end, text: text.slice(prev.start, saying.end), clause: true, needsThat: false, takesObject: false });
        else if (reduced) cues.push({ kind: 'quoted-passive', start: token.start, end: saying.end, text: text.slice(token.start, saying.end), clause: true, needsThat: false, takesObject: false });
        else if (as > 0) cues.push({ kind: 'quoted-object', start: token.start, end: saying.end, text: 'quoted as saying', clause: true, needsThat: false, takesObject: false, object: { start: tokens[i + 1].start, end: asToken.start } });
        i += 1 + as + 1;
        continue;
      }
    }
    // "with Rovers boss Jane Doe claiming it had been ...": the name before the participle speaks, as a subject does.
    const withAt = PARTICIPLE_CUES.has(token.text) && token.text !== 'adding' && prev && (isCapitalised(prev.text) || UNNAMED_WITH.has(prev.lower)) && /^\s+$/.test(text.slice(prev.end, token.start))
      ? tokens.slice(Math.max(0, i - 7), i - 1).reverse().find((t) => t.lower === 'with') : undefined;
    if (withAt && !/[,;:()]/.test(text.slice(withAt.end, token.start))) {
      cues.push({ kind: 'verb', start: token.start, end: token.end, text: token.text, clause: true, needsThat: !FREE_PARTICIPLES.has(token.text), takesObject: false });
      continue;
    }
    // "..., he said adding that ...": right after the verb of an attribution the comma is often left out.
    if (PARTICIPLE_CUES.has(token.text) && prev && (/^,\s+$/.test(text.slice(prev.end, token.start)) || (/^(?:said|says)$/.test(prev.lower) && /^\s+$/.test(text.slice(prev.end, token.start))))) {
      // "..., saying it would appeal": the subject of the main clause speaks.
      cues.push({ kind: 'participle', start: token.start, end: token.end, text: token.text, clause: true, needsThat: !FREE_PARTICIPLES.has(token.text), takesObject: false });
      continue;
    }
    // "shut the campaign down saying it had served its aim", "sued the state alleging that ...": with no comma the
    // participle still reports the subject when it follows the object of the subject's own verb.
    if (FREE_PARTICIPLES.has(token.text) && token.text !== 'adding' && prev && /^\p{Ll}/u.test(prev.text) && !NOT_SUBJECT.has(prev.lower) && /^\s+$/.test(text.slice(prev.end, token.start))
      && objectOfMainVerb(tokens, i)) {
      cues.push({ kind: 'participle', start: token.start, end: token.end, text: token.text, clause: true, needsThat: false, takesObject: false });
      continue;
    }
    // "has written to the regulator accusing ...": a letter speaks for its writer; the bare participle does not ("a song written by").
    if (token.text === 'written' && prev && /^(?:has|have|had)$/.test(prev.lower) && /^\s+$/.test(text.slice(prev.end, token.start))) {
      cues.push({ kind: 'verb', start: token.start, end: token.end, text: token.text, clause: false, needsThat: true, takesObject: false });
      continue;
    }
    const second = tokens[i + 1];
    const pair = second && TWO_WORD_CUES.get(token.text)?.has(second.lower) && text.slice(token.end, second.start) === ' ';
    const beforePrev = tokens[i - 2];
    // '"...," he will argue.': speech a story reports ahead of time closes the quotation as a past verb would.
    const foretold = prev?.lower === 'will' && BARE_SPEECH_AHEAD.has(token.text) && beforePrev !== undefined && (beforePrev.lower === 'he' || beforePrev.lower === 'she')
      && /[,?!]["”]\s+$/.test(text.slice(Math.max(0, beforePrev.start - 3), beforePrev.start));
    const plural = PLURAL_PRESENT_CUES.get(token.text);
    if (plural && !pair && pluralSubjectBefore(text, tokens, i)) {
      cues.push({ kind: 'verb', start: token.start, end: token.end, text: token.text, clause: true, needsThat: !FREE_CLAUSE.has(plural), takesObject: false });
      continue;
    }
    if (!pair && !foretold && !QUOTE_CUES.has(token.text)) continue;
    // "will say", "the said": only a word joined to the verb by a space changes it; "in May, said Jane Doe" does not.
    // "May said", "Will wrote": a capitalised modal before a past or -s form is a name, since a modal takes the bare verb.
    const nameNotModal = prev !== undefined && isCapitalised(prev.text) && token.text !== 'say' && /^(?:may|will|can|must)$/.test(prev.lower);
    if (prev && !nameNotModal && !foretold && /^\s+$/.test(text.slice(prev.end, token.start)) && (MODALS.has(prev.lower) || /n['’]t$/.test(prev.lower) || NOT_SUBJECT.has(prev.lower) || /['’]s?$/.test(prev.text) && /['’]/.test(prev.text) && !BARE_SPEECH.has(token.text))) continue;
    // "..., a new book about the chancellor claims.": closing the sentence after a comma, the -s form is the verb.
    const closingAttribution = !second && /^["”’]?[.!?]/.test(text.slice(token.end, token.end + 2)) && /,\s+(?:a|an|the|its|his|her|their|one|\p{Lu}\S*)\s+(?:\S+\s+){0,7}$/u.test(text.slice(Math.max(sentence.start, token.start - 100), token.start));
    if (NOUN_LIKE.has(token.text) && !(prev && (isCapitalised(prev.text) || PRONOUNS.has(prev.lower))) && (second?.lower !== 'that' || NOUN_TAKERS.has(prev?.lower ?? '')) && !closingAttribution) continue;
    // "growth forecast in other regions": the bare form is a participle or a noun unless a name or pronoun says it.
    if (token.text === 'forecast' && !(prev && (isCapitalised(prev.text) || PRONOUNS.has(prev.lower)))) continue;
    if (token.text === 'added' && second?.lower === 'to') continue;
    if (isWritersIdiom(text, tokens, i)) continue;
    // "how do you say" ...", "what did they say": a bare "say" after an auxiliary and its subject asks, it does not attribute.
    if (token.text === 'say' && beforePrev && MODALS.has(beforePrev.lower) && prev && PRONOUNS.has(prev.lower)) continue;
    if (beforePrev && /^(?:not|never|n't)$/.test(beforePrev.lower) && prev && /^(?:yet|also|already|publicly|directly)$/.test(prev.lower)) continue;
    const word = pair ? `${token.text} ${second.lower}` : token.text;
    const end = pair ? second.end : token.end;
    cues.push({
      kind: 'verb',
      start: token.start,
      end,
      text: word,
      clause: CLAUSE_CUES.has(word),
      needsThat: !FREE_CLAUSE.has(word),
      takesObject: OBJECT_VERBS.has(word),
    });
    if (pair) i += 1;
  }
  return cues;
}
