import { cuesIn, type Cue } from './cues.js';
import { findMarkedQuotes, withDoubleMarks, type MarkedQuote } from './quote-marks.js';
import { clauseAfter, clauseAfterSource, clauseBefore } from './reported-clause.js';
import { PLURAL_PRESENT_CUES } from './lexicon/speech-verbs.js';
import { relayedSpeaker } from './relay.js';
import { laterDocumentSource, pronounOpeningSpeaker, resolvePhrase, speakerAt, speaksThroughSpokesperson, subjectPersonOf, withWrittenMentions, type Speaker, type SpeakerScope } from './speakers.js';
import { firstSpanEndingAfter } from './tokens.js';
import type { Anatomy, Entity, ExtractedQuote, ExtractionContext, Sentence, Span } from './types.js';

// Direct quotes are the words inside quotation marks that someone says;
// indirect quotes are the clauses reported after (or before) a speech cue.
// Sentences are read in order so that a pronoun or an unattributed follow-on
// quote can lean on who spoke just before.

/** An unnamed speaker: "a Labour source", "one analyst", "economists", "her spokesman". */
const UNNAMED_SPEAKER = /^(?:(?:but|and)\s+)?(?:a|an|one|some|several|two|three)\s|^(?:\p{L}+\s+)?(?:analysts|economists|sources|officials|dealers|traders|experts|critics)$|\bspokes(?:man|woman|person)\b/iu;

/** A verb of the clause before a quoted phrase in it. */
const CLAUSE_VERB_BEFORE = /\b(?:would|will|could|should|can|may|might|must|was|were|is|are|had|has|have|did|does|\p{Ll}{3,}ed)\b/u;

const SPEECHLESS_CUES = new Set(['called', 'dubbed', 'termed', 'labelled', 'labeled', 'named', 'known']);

/**
 * Words before a short quote that make it a label someone gave a thing, not words they said:
 * likened it to a "...", called it "...", described as "...", dubbed "...", so-called "...".
 */
const CHARACTERISING_FRAME = /(?:\bso-called|\b(?:dubbed|branded|labell?ed|termed|nicknamed)(?:\s+(?:it|them|him|her|this|that))?|\bcall(?:ed|s|ing)\s+(?:it|them|him|her|this|that)(?:\s+(?:an?|the))?|\bdescribed\s+(?:\S+\s+){0,4}?as(?:\s+(?:an?|the))?|\b(?:likened|compared)\s+(?:\S+\s+){0,8}?to(?:\s+(?:an?|the))?)\s*$/i;

/**
 * An active verb by which a speaker sums someone up in words of their own: accused X of "...", likened X to "...",
 * described X as "...", dismissed X as "...", branded X "...", called the plan "...". A passive ("was described as")
 * or a bare "called" naming a thing leaves the phrase a label.
 */
const SPOKEN_CHARACTERISATION = /(?<![-\w])(?:(accus(?:ed|es))\s+(?:(?!of\s)[^\s"“”,;:.]+\s+){0,8}?of|(likened|likens)\s+(?:(?!to\s)[^\s"“”,;:.]+\s+){0,8}?to|(compared|compares)\s+(?:(?!(?:to|with)\s)[^\s"“”,;:.]+\s+){1,8}?(?:to|with)|(described|describes|dismissed|dismisses|hailed|hails|condemned|condemns|denounced|denounces)\s+(?:(?!as\s)[^\s"“”,;:.]+\s+){0,8}?as|(branded|brands)(?:\s+(?!as\s)[^\s"“”,;:.]+){0,8}?(?:\s+as)?|(called)(?!\s+(?:for|on|off|in|up|out|back|by|at|to|it\s+a\s+day)\b)(?:\s+[^\s"“”,;:.]+){1,6}?)(?:\s+(?:an?|the))?\s*$/i;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

/** The verb of a spoken characterisation just before a short quotation, as a cue its subject speaks through. */
function characterisingCue(text: string, sentence: Span, quote: MarkedQuote, words: number): Cue | null {
  if (words > 6 || /[.!?,]$/.test(text.slice(quote.start, quote.end).trim())) return null;
  const from = Math.max(sentence.start, quote.open - 120);
  const frame = SPOKEN_CHARACTERISATION.exec(text.slice(from, quote.open));
  if (!frame) return null;
  const verb = frame.slice(1).find(Boolean)!;
  const start = from + frame.index + frame[0].indexOf(verb);
  if (PASSIVE_BEFORE.test(text.slice(Math.max(sentence.start, start - 30), start))) return null;
  return { kind: 'verb', start, end: start + verb.length, text: verb, clause: false, needsThat: true, takesObject: true };
}

/**
 * "Jane Doe praised Mr Lee, who she described as ...": in an object relative the pronoun after "who" speaks, and it
 * means someone named before the name the relative hangs on.
 */
function characterisingSpeaker(scope: SpeakerScope, sentence: Span, cue: Cue): Speaker {
  const from = Math.max(sentence.start, cue.start - 24);
  const relative = /,?\s*\b(?:who|whom|which|that)\s+(he|she|they)\s+$/i.exec(scope.text.slice(from, cue.start));
  if (!relative) return speakerAt(scope, sentence, cue);
  const hangsOn = from + relative.index;
  const pronoun = cue.start - relative[0].length + relative[0].lastIndexOf(relative[1]);
  const mentions = scope.people.flatMap((entity) => entity.mentions.map((m) => ({ key: entity.key, m })));
  const antecedent = mentions.find(({ m }) => m.end === hangsOn && m.start >= sentence.start);
  const before = mentions.filter(({ key, m }) => m.start >= sentence.start && m.end <= (antecedent?.m.start ?? hangsOn) && key !== antecedent?.key);
  const named = before.sort((a, b) => b.m.start - a.m.start)[0];
  return named ? { key: named.key, text: relative[1] } : resolvePhrase(scope, { start: pronoun, end: pronoun + relative[1].length }, cue.start);
}

/**
 * "Asked if this was a "decapitation strategy" Jane Doe said ...": a phrase quoted inside the question opening the
 * sentence is the questioner's wording, not the answer. The first group ends with the question's verb.
 */
const QUESTION_OPENING = /^(\s*["“]?(?:(?:But|And|When)\s+)?(?:[Aa]sked|[Qq]uestioned|[Pp]ressed|[Cc]hallenged))\s+(?:if|whether|about|what|how|why|when|who|where|on|over)\b[^,;:"“”]*$/;

/** Whether a short quotation sits in an opening question, with no cue of the answer before it. */
function quotedInQuestion(text: string, sentence: Span, quote: MarkedQuote, cues: Cue[], words: number): boolean {
  if (words > 8 || /[.!?]$/.test(text.slice(quote.start, quote.end).trim())) return false;
  const question = QUESTION_OPENING.exec(text.slice(sentence.start, quote.open));
  if (!question) return false;
  const verbEnd = sentence.start + question[1].length;
  return !cues.some((cue) => cue.start >= verbEnd && cue.end <= quote.open);
}

const PARTICIPLE_SUBJECT = /^(?:(?:but|and|yet)\s+)?(?:[^,;:"“”]{3,80},\s+)?(he|she|it|they|the\s+(?:firm|company|group|club|bank|government|party|union|council|board|agency|ministry))(?=\s+(?:(?:later|then|also|now|still|again|\p{Ll}+ly)\s+)?\p{Ll}+)/iu;

function isCharacterisation(text: string, quote: MarkedQuote, words: number): boolean {
  if (words > 6 || /[.!?,]$/.test(text.slice(quote.start, quote.end).trim())) return false;
  return CHARACTERISING_FRAME.test(text.slice(Math.max(0, quote.open - 120), quote.open));
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

const TITLE_SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'with', 'from', 'by']);

/** A quotation of a name or title ("Star Wars", "The Old Man and the Sea"): every word capitalised. */
function looksLikeTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  if (!words.length || /[.!?,]$/.test(text.trim())) return false;
  return words.length <= 8 && words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function partKinds(anatomy: Anatomy, sentence: Span): Set<string> {
  return new Set((anatomy.parts ?? []).filter((part) => overlaps(part, sentence)).map((part) => part.kind));
}

/** "US defence secretary Bill Okafor: “...”" has no verb: the name before the colon speaks. */
function colonSpeaker(scope: SpeakerScope, sentence: Sentence, quote: MarkedQuote): Speaker | null {
  const before = scope.text.slice(sentence.start, quote.open);
  if (!/:\s*$/.test(before) || /[.;]/.test(before)) return null;
  const mention = scope.people
    .flatMap((entity) => entity.mentions.map((m) => ({ entity, m })))
    .filter(({ m }) => m.start >= sentence.start && m.end <= quote.open)
    .sort((a, b) => b.m.start - a.m.start)[0];
  return mention ? { key: mention.entity.key, text: mention.m.text } : null;
}

export function findQuotes(context: ExtractionContext, anatomy: Anatomy, sentences: Sentence[], entities: Entity[]): ExtractedQuote[] {
  const original = context.text;
  const marked = findMarkedQuotes(original);
  // 'Single' quotation marks (many British and Irish outlets) read as "double" ones; what is reported keeps the original.
  const text = withDoubleMarks(original);
  const masked: Span[] = marked.map((q) => ({ start: q.start, end: q.end }));
  const scope: SpeakerScope = {
    text,
    sentences,
    people: withWrittenMentions(entities.filter((e) => e.kind === 'person' && !e.journalist), text),
    organisations: withWrittenMentions(entities.filter((e) => e.kind === 'organisation'), text),
    masked,
    spokeIn: new Map(),
    orgSpoke: [],
    spokespersonIn: new Map(),
  };
  const cueCache = new Map<Sentence, Cue[]>();
  const cuesOf = (sentence: Sentence): Cue[] => {
    let cues = cueCache.get(sentence);
    if (!cues) cueCache.set(sentence, (cues = cuesIn(text, sentence, masked)));
    return cues;
  };
  const quotes: ExtractedQuote[] = [];
  const done = new Set<MarkedQuote>();
  let lastDirect: { speaker: Speaker; paragraph: number } | null = null;
  /** The speaker of the last quote each sentence holds, by sentence index. */
  const speakerOfSentence = new Map<number, Speaker>();

  /** Who an unattributed quote continues: "X said:" just before it, or the last speaker nearby. */
  const carriedSpeaker = (index: number): Speaker | null => {
    const previous = sentences[index - 1];
    if (!previous || sentences[index].paragraph - previous.paragraph > 1) return null;
    if (/:\s*$/.test(previous.text)) {
      const cue = cuesOf(previous).filter((c) => c.kind !== 'according').pop();
      if (cue) return speakerAt(scope, previous, cue);
    }
    // The sentence just before names who spoke last, even when an earlier quote in the paragraph was someone else's.
    const spoke = scope.spokeIn.get(index - 1);
    if (spoke) return lastDirect?.speaker.key === spoke ? lastDirect.speaker : { key: spoke, text: null };
    // "A party spokesman said ... "Quote."": a body or an unnamed speaker of the sentence before goes on too; a
    // speaker who could not be resolved ("the coach said") is more likely the one quoted last.
    const heard = speakerOfSentence.get(index - 1);
    if (heard && (heard.key || UNNAMED_SPEAKER.test(heard.text ?? ''))) return heard;
    if (!heard?.text && !cuesOf(previous).length) {
      const subject = pronounOpeningSpeaker(scope, previous);
      if (subject) return subject;
    }
    // "Jane Doe said the files were safe. They will be encrypted. "Nobody can read them."": one sentence of
    // background that quotes nobody and names nobody and nothing ("the Cardinal will ask ..." may bring in the
    // next speaker) does not end her turn.
    const before = sentences[index - 2];
    const spokeBefore = scope.spokeIn.get(index - 2);
    if (spokeBefore && before && !heard && sentences[index].paragraph - before.paragraph <= 1
      && !/\s["“‘]?\p{Lu}/u.test(text.slice(previous.start, previous.end).trim())) return { key: spokeBefore, text: null };
    return lastDirect && sentences[index].paragraph - lastDirect.paragraph <= 1 ? lastDirect.speaker : null;
  };

  let nextMark = 0;
  sentences.forEach((sentence, index) => {
    const sentenceQuotesFrom = quotes.length;
    /** Words or two that count only if a clause reported in this sentence holds them. */
    const inLaterClause: MarkedQuote[] = [];
    const kinds = partKinds(anatomy, sentence);
    if (kinds.has('byline') || kinds.has('credit')) return;
    const cues = cuesOf(sentence);
    const display = kinds.has('headline') || kinds.has('standfirst');
    const record = (speaker: Speaker, leadsOn = true): void => {
      speakerOfSentence.set(index, speaker);
      const entity = speaker.key ? scope.people.find((p) => p.key === speaker.key) : undefined;
      if (speaksThroughSpokesperson(scope, speaker)) scope.spokespersonIn!.set(index, speaker.key);
      if (entity && leadsOn) scope.spokeIn.set(index, entity.key);
      else if (speaker.key && scope.organisations.some((o) => o.key === speaker.key)) scope.orgSpoke!.push({ key: speaker.key, at: sentence.start });
    };

    // Direct quotes that open in this sentence (a running quote may end in a later one).
    const here: MarkedQuote[] = [];
    while (nextMark < marked.length && marked[nextMark].open < sentence.end) {
      if (!done.has(marked[nextMark]) && marked[nextMark].open >= sentence.start - 1) here.push(marked[nextMark]);
      nextMark += 1;
    }
    for (const quote of here) {
      done.add(quote);
      const words = wordCount(text.slice(quote.start, quote.end));
      const endIndex = firstSpanEndingAfter(sentences, quote.close - 2);
      const endSentence = endIndex < sentences.length && sentences[endIndex].start < quote.close ? sentences[endIndex] : sentence;
      const cueSentences = endSentence === sentence ? [sentence] : [sentence, endSentence];
      const near = cueSentences.flatMap((s) => cuesOf(s).map((cue) => ({ cue, s })));
      const speechNear = near.some(({ cue }) => !SPEECHLESS_CUES.has(cue.text));
      // The word count first: most quotations are longer than any title, and splitting them is wasted.
      if (words === 0 || (words <= 8 && looksLikeTitle(text.slice(quote.start, quote.end)))) continue;
      // "Minister 'to quit'" and "'My life with Marley'": a headline's straight single marks set off a claim or a title.
      if (display && quote.mark === "'") continue;
      // Writers who use single marks put a sentence's comma or stop inside them: 'A Question of Sport.' is still a title.
      if (quote.mark === "'" && words <= 8 && looksLikeTitle(text.slice(quote.start, quote.end).replace(/[.,]$/, ''))) continue;
      if (quotedInQuestion(text, sentence, quote, cues, words)) continue;
      const characterising = characterisingCue(text, sentence, quote, words);
      const characteriser = characterising ? characterisingSpeaker(scope, sentence, characterising) : null;
      const spokenCharacterisation = characteriser !== null && characteriser.text !== null;
      if (!spokenCharacterisation && isCharacterisation(text, quote, words)) continue;
      // “Nobody wants that.” standing alone right after someone's quote continues it, however short.
      const followsQuote = quote.closed && /[.!?]$/.test(text.slice(quote.start, quote.end)) && lastDirect?.paragraph === sentence.paragraph
        && text.slice(sentence.start, quote.open).trim() === '' && /^[\s.!?]*$/.test(text.slice(quote.close, sentence.end));
      if (words <= 3 && !speechNear && !followsQuote && !spokenCharacterisation) continue;
      // One or two words are scare quotes ("soft", "other") unless they carry their own punctuation.
      // Two words right after a speech cue's clause opener are the speaker's words: said talks needed "definitive proposals".
      const reported = words === 2 && quote.closed && cues.some((cue) => cue.clause && !SPEECHLESS_CUES.has(cue.text) && cue.end <= quote.open && quote.open - cue.end < 200);
      // `The talks were a "vital step" forward, the minister said.` and `..., according to X.`: two words inside a clause a later cue reports.
      const reportedBefore = words === 2 && quote.closed && text.slice(sentence.start, quote.open).trim() !== ''
        && cues.some((cue) => cue.clause && cue.kind !== 'participle' && !SPEECHLESS_CUES.has(cue.text) && cue.start > quote.close && /^[^"“”]*,\s+(?:[\p{L}.'’-]+\s+){0,5}$/u.test(text.slice(quote.close, cue.start)));
      // `told the paper that state control was "unjustified".`: one word completing a reported clause.
      const completesClause = words === 1 && quote.closed && /\b(?:was|is|were|are|be|been|remains?|remained|seemed|seems)\s+["“]$/.test(text.slice(quote.open - 12, quote.open + 1))
        && /^["”]?(?:[\s.!?]*$|,|\s+(?:and|but)\s)/.test(text.slice(quote.close, sentence.end)) && cues.some((cue) => cue.clause && !SPEECHLESS_CUES.has(cue.text) && cue.end <= quote.open);
      // `"barely moved", said its chief executive`: a cue right after the closing mark attributes even two words.
      const attributedAfter = words === 2 && quote.closed && cues.some((cue) => !SPEECHLESS_CUES.has(cue.text) && cue.start >= quote.close && /^[,\s]*(?:\p{L}+\s+){0,2}$/u.test(text.slice(quote.close, cue.start)));
      // `said he would not be distracted by "gossip".`: a word or two inside the clause a cue reports are the speaker's own.
      const insideClause = words <= 2 && quote.closed && !reported && !completesClause && cues.some((cue) => {
        if (!cue.clause || SPEECHLESS_CUES.has(cue.text) || cue.end > quote.open) return false;
        const clause = clauseAfter(text, sentence, cue, marked);
        return clause !== null && clause.start < quote.open && clause.end >= quote.end;
      });
      // `warned the board to steer away from "demonising" its staff`: the verb's own phrase, unbroken, holds the words.
      const inVerbPhrase = words <= 2 && quote.closed && cues.some((cue) => (cue.clause || cue.takesObject) && cue.kind === 'verb' && cue.end <= quote.open
        && /^[^,;:.!?()"“”—–]*$/.test(text.slice(cue.end, quote.open)) && wordCount(text.slice(cue.end, quote.open)) >= 2 && wordCount(text.slice(cue.end, quote.open)) <= 10);
      if (words <= 2 && !/[.!?,]$/.test(text.slice(quote.start, quote.end)) && !(display && speechNear) && !reported && !reportedBefore && !completesClause && !attributedAfter && !insideClause && !inVerbPhrase && !spokenCharacterisation) {
        if (speechNear && quote.closed) inLaterClause.push(quote);
        continue;
      }
      const distance = (cue: Cue): number => (cue.start >= quote.end ? cue.start - quote.end : quote.start - cue.end);
      const best = near.filter(({ cue }) => !SPEECHLESS_CUES.has(cue.text)).sort((a, b) => distance(a.cue) - distance(b.cue))[0];
      let speaker: Speaker | null = best ? speakerAt(scope, best.s, best.cue) : colonSpeaker(scope, sentence, quote);
      // "what it called a "...", the firm said": an unresolved characteriser yields to the speech verb's speaker.
      if (spokenCharacterisation && (characteriser.key || !speaker?.key)) speaker = characteriser;
      // Only quotation marks may stand before it: `..." "Looking ahead ...` reopens right after the quotation before.
      const previous = best ? undefined : marked[marked.indexOf(quote) - 1];
      const from = previous && previous.close >= sentence.start && previous.close < quote.open ? previous.close : sentence.start;
      const paragraphOnlyQuote = !best && /^[\s"“”’]*$/.test(text.slice(from, quote.open));
      if (!speaker && paragraphOnlyQuote) speaker = carriedSpeaker(index);
      // An unclosed mark with nobody speaking is a stray, not a quotation; so are straight single marks, which set
      // off terms ('automatic route') far more often than words nobody is said to speak.
      if ((!quote.closed || quote.mark === "'") && !best && !speaker) continue;
      speaker ??= { key: null, text: null };
      // "But Jane Doe denied Ann Lee had called the plan "a farce". He also said ...": a phrase quoted inside
      // another person's sentence leaves that sentence about its subject, whom a following pronoun means.
      const phrase = words <= 6 && !/[.!?]$/.test(text.slice(quote.start, quote.end).trim());
      const subject = phrase && speaker.key ? subjectPersonOf(scope, sentence, quote.open) : null;
      record(speaker, !subject || subject === speaker.key);
      lastDirect = { speaker, paragraph: endSentence.paragraph };
      quotes.push({ kind: 'direct', start: quote.start, end: quote.end, text: original.slice(quote.start, quote.end), speakerKey: speaker.key, speakerText: speaker.text, cue: (spokenCharacterisation ? characterising?.text : best?.cue.text) ?? null });
    }

    if (kinds.has('caption')) return;
    for (const cue of cues) {
      // "Teacher unions warn schools lack labs" over a story sums it up in the writer's words.
      if (!cue.clause || (display && PLURAL_PRESENT_CUES.has(cue.text))) continue;
      let clause: Span | null = clauseAfter(text, sentence, cue, marked) ?? clauseAfterSource(text, sentence, cue);
      let speaker: Speaker | null = null;
      // "..., explaining its reasons": a participle's clause follows it; what precedes is the writer's.
      if (!clause && cue.kind !== 'participle') {
        speaker = speakerAt(scope, sentence, cue);
        const subjectStart = speaker.text ? text.lastIndexOf(speaker.text, cue.start) : -1;
        clause = clauseBefore(text, sentence, cue, subjectStart >= 0 ? subjectStart : null);
        // A clause quoting someone's words before an attribution nobody could be found for is left out: what it
        // quotes may as well be a third party's. Single marks inside it more often set off a term ("is 'laughable',
        // a clergyman said"), so only double ones count.
        if (clause && !speaker.key && /["“”]/.test(original.slice(clause.start, clause.end))) clause = null;
      }
      // A partial quote may sit wholly inside the clause; any other overlap means the clause is quoted speech.
      const clashes = (span: Span): boolean => overlaps(span, clause!) && !(clause!.start < span.start && clause!.end >= span.end);
      if (!clause) continue;
      const nearMasks = masked.slice(firstSpanEndingAfter(masked, clause.start), firstSpanEndingAfter(masked, clause.end) + 1);
      if (nearMasks.some(clashes) || quotes.slice(sentenceQuotesFrom).some(clashes)) continue;
      speaker ??= speakerAt(scope, sentence, cue);
      // "He later contacted the show, saying ..." and "During the crisis, the firm sued the state alleging ...": a
      // pronoun or "the firm" opening the main clause is the participle's subject, past an adverb or a fronted phrase.
      const pronoun = !speaker.key && cue.kind === 'participle' ? PARTICIPLE_SUBJECT.exec(sentence.text) : null;
      if (pronoun) {
        const start = sentence.start + pronoun.index + pronoun[0].length - pronoun[1].length;
        speaker = resolvePhrase(scope, { start, end: start + pronoun[1].length }, cue.start);
      }
      speaker = relayedSpeaker(scope, speaker, clause) ?? speaker;
      record(speaker);
      // 'should stop "demonising" ex-aide Jo Marsh, Ann Lee has said': a phrase inside a clause reported before its cue is
      // the speaker's too, once the clause's verb has come (in 'The "rescue" timetable would ...' it labels the subject).
      for (const quote of inLaterClause.filter((q) => clause!.start < q.open && clause!.end >= q.end && CLAUSE_VERB_BEFORE.test(text.slice(clause!.start, q.open)))) {
        inLaterClause.splice(inLaterClause.indexOf(quote), 1);
        quotes.push({ kind: 'direct', start: quote.start, end: quote.end, text: original.slice(quote.start, quote.end), speakerKey: speaker.key, speakerText: speaker.text, cue: cue.text });
      }
      quotes.push({ kind: 'indirect', start: clause.start, end: clause.end, text: original.slice(clause.start, clause.end), speakerKey: speaker.key, speakerText: speaker.text, cue: cue.text });
    }
  });
  for (const quote of quotes) {
    if (!quote.speakerKey) quote.speakerKey = laterDocumentSource(scope, quote.speakerText, quote.end);
  }
  return dropCaptionEchoes(quotes, anatomy).sort((a, b) => a.start - b.start);
}

/** A caption that repeats words the body quotes adds no quote of its own. */
function dropCaptionEchoes(quotes: ExtractedQuote[], anatomy: Anatomy): ExtractedQuote[] {
  const captions = (anatomy.parts ?? []).filter((part) => part.kind === 'caption');
  if (!captions.length) return quotes;
  const squash = (text: string): string => text.toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const body = quotes.filter((q) => !captions.some((c) => overlaps(c, q))).map((q) => squash(q.text));
  return quotes.filter((q) => !captions.some((c) => overlaps(c, q)) || !body.some((text) => text.includes(squash(q.text))));
}
