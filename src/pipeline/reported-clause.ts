import type { Cue } from './cues.js';
import { SOFT_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './lexicon/abbreviations.js';
import { CLAUSE_CUES } from './lexicon/speech-verbs.js';
import type { Span } from './types.js';

// Cuts the reported clause out of a sentence with a speech cue: what comes
// after "said (that)", or before a closing "..., officials said."

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const ADJUNCTS = [
  new RegExp(`^\\s+(?:in|on|by|since|until)\\s+(?:(?:early|late|mid)[- ])?(?:${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|\\d{4})\\b`),
  new RegExp(`^\\s+(?:(?:on|late on|early on|earlier on|by)\\s+)?${WEEKDAY}(?:\\s+(?:night|morning|afternoon|evening))?(?![A-Za-z'’])`),
  /^\s+(?:last|this|next)\s+(?:week|month|year|night|weekend|spring|summer|autumn|winter)/,
  /^\s+(?:yesterday|today|tonight|earlier|later|recently|previously|again|also|separately|publicly|privately|repeatedly|once)\b/,
  // "said on Saturday in Washington that ...": a place before an explicit "that".
  /^\s+in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?=\s+that\s)/u,
  // "said before Wednesday's game he would ...", "said after the match that ...": the occasion, not the clause.
  new RegExp(`^\\s+(?:before|after|ahead\\s+of|during)\\s+(?:the|his|her|their|its|(?:${WEEKDAY}|[\\p{Lu}][\\p{L}]+)['’]s?)\\s+(?:[\\p{L}-]+\\s+)?(?:game|match|meeting|talks|race|vote|final|semi-final|tie|fight|bout|hearing|trial|summit|debate|speech|ceremony)(?![\\p{L}-])`, 'u'),
  // "said in a statement released by his lawyer", "wrote in a blog post on Monday", "in an emailed statement",
  // "in a video posted": the channel, not the clause; the medium may be described, and the noun ends at a word's end.
  /^\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:(?:written|joint|televised|brief|new|open|official|separate|radio|television|TV|online|blog|newspaper|magazine|Facebook|Twitter|Instagram|LinkedIn|video|emailed|e-mailed|short|prepared|recorded|lengthy|witness)\s+){0,2}(?:statement|interview|speech|letter|report|note|briefing|post|tweet|message|filing|address|memo|email|e-mail|blog|column|article|document|submission|testimony|video|podcast|release|update)(?![\p{L}-])(?:\s+(?:released|issued|read|posted|published|sent|given)\s+(?:by|on|through|via|to)\s+[^,;:"“]{1,40}?(?=\s+that\b|,|$))?(?:\s+(?:on|to|with)\s+[^,;:"“]{1,40}?(?=\s+that\b|,|$))?/u,
  /^\s+(?:at|during)\s+(?:a|an|the)\s+(?:news|press)\s+(?:conference|briefing)/,
  // "argued in closing statements that", "said on a call with journalists that": a courtroom or a call as the channel.
  /^\s+in\s+(?:his|her|their|its\s+)?(?:closing|opening)\s+(?:statements?|arguments?|remarks)/,
  /^\s+(?:on|during)\s+(?:a|an|the|its)\s+(?:(?:conference|earnings|media|press|investor|results)\s+)?call(?:\s+with\s+(?:[\p{L}'’-]+\s+){0,3}?(?:journalists|reporters|analysts|investors|media))?(?![\p{L}-])/u,
  // "said in remarks published in the emirate's daily Al-Nahar", "said in an interview with Radio Kanem": ends at the outlet's name.
  /^\s+in\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:remarks|comments|interview|statement|article|speech|letter)\s+(?:(?:published|broadcast|carried|aired|printed|reported)\s+(?:in|by|on)|with|to)\s+(?:[\p{Ll}'’]+\s+){0,4}?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}/u,
  // "wrote on X, formerly Twitter, that", "posted on Truth Social that", "said on social media that": the platform, not the clause.
  /^\s+(?:on|via)\s+(?:(?:the\s+)?(?:social\s+(?:media|network)\s+)?(?:platform|site|app)\s+)?(?:Twitter|Facebook|Instagram|Threads|TikTok|LinkedIn|YouTube|Telegram|Bluesky|Truth\s+Social|social\s+media|television|TV|radio|X)\b(?:,\s+(?:formerly|previously)\s+(?:known\s+as\s+)?Twitter,|\s+\((?:formerly|previously)\s+(?:known\s+as\s+)?Twitter\))?/,
  // "said in a report published on Friday that ...": a participle describing the document runs up to "that".
  /^\s+(?:published|issued|released|posted|sent|filed|seen|obtained|made\s+public)\s+[^,;:"“”]{1,50}?(?=\s+that\s)/,
];
const BAD_START = /^(?:on|in|at|to|with|for|about(?!\s+[$£€]?\d)|after|before|during|of|from|by|as|and|or|but|so|yes|no|hello|goodbye|sorry|thanks|thank|please|nothing|something|anything|afterwards|here|when|whether|if(?![^,;:"“”]{3,120}\b(?:would|will|may|might|could|can|should|must)\b)|how|what|why|who|whom|which|where|against|up|down|over|into|onto|off)\b|^(?:little|much|more)\b(?:(?=\s+about\b)|(?!(?:\s+\S+){1,8}?\s+(?:would|will|could|had|have|has|were|are|was|is|went|did)\b))|^[$£€]?\d[\d.,]*\s*(?:%|per\s?cent|pct|points?|cents?|p\b)/iu;
/** A fronted adverbial before the clause's own subject: "by the time they arrive, it is too late", also with an aside after it. */
const FRONTED = /^(?:by|in|at|on|after|before|when|if|once|until|unless|as|despite|without|with)\b[^,;:"“”]{3,80},(?:\s[^,;:"“”]{1,60},)?\s+(?:\p{L}+\s+){0,4}?(?:is|was|are|were|had|has|have|would|will|could|can|might|must|should)\b/iu;
const TAIL = /\s+amid\s+(?:reports|claims|speculation|rumours|rumors|suggestions|fears|concerns)\b|,\s+(?:said|says|added|adds)\s+(?:a|an|the|its|his|her|their|\p{Lu}[\p{L}'’-]*)\s[^,;:"“”]{0,60}[.!?]?$|,\s+(?:in\s+a|in\s+an|in\s+what|amid|while|with\s+(?:[\p{L}.'’-]+\s+){1,5}quoted\s+as\s+saying\b|after\s+(?!\p{L}+ing\b)|adding|saying|prompting|raising|sending|according\s+to|(?:he|she|they|it|we|officials|the\s+\p{L}+|an?\s+\p{L}+)\s+(?:said|added|says|told|warned|noted|explained)\b)/u;

/**
 * Where the writer takes over inside a sentence: "... was likely but could give no details" (the speaker's own
 * refusal, told by the writer) and "... up to the markets - a signal which traders took ..." (the writer's comment).
 */
const WRITER_AGAIN = /\s+but\s+(?:declined|refused|(?:would|could|did)\s+not\s+(?:say|comment|elaborate|give|disclose|specify|reveal|identify|name|rule)|(?:would|could)\s+give\s+no|gave\s+no)\b|\s[-–—]\s+(?:a|an)\s+\p{L}+\s+(?:which|that)\s/u;

/**
 * "said it was "sorry" but that ..." and "said members were "devastated" but understood ...": a second clause
 * joined by "but that" or by a verb of the same subject still reports the speaker; the writer's "but declined"
 * is cut later.
 */
const BUT_STILL_REPORTED = /^\s*but\s+(?:that\s|(?:also\s+)?(?!(?:said|told)\s)(?:\p{Ll}+ed|understood|knew|felt|thought)\s)/u;

/** Up to this many words a quotation closing a clause may be a phrase of it, not a quotation of its own. */
const SHORT_PHRASE_WORDS = 8;
/** Up to this many words a closing quotation always stays in its clause. */
const SHORT_CLOSING_WORDS = 3;

/**
 * Whether a quotation closing a clause is a direct quote on its own, so the reported clause stops before its mark.
 * Sentences and long quotations are. A short phrase stays part of the clause when the clause needs it to say
 * anything ('said the decision had been "heartbreaking but unavoidable"'); after a clause that already says
 * most of it ('... and ensure its diplomats could "negotiate from a position of strength"') it stands alone.
 */
function closingQuotationStandsAlone(clauseWords: number, quotation: string): boolean {
  const quotationWords = wordCount(quotation);
  // 'would not be distracted by "gossip"': a word or three finish the clause's own sentence.
  if (quotationWords <= SHORT_CLOSING_WORDS || clauseWords <= Math.max(3, quotationWords)) return false;
  if (quotationWords > SHORT_PHRASE_WORDS || /[.!?]\s+\p{L}/u.test(quotation)) return true;
  return clauseWords >= 2.5 * quotationWords;
}

const SECOND_CUE = /,?\s+(?:and|but|then)\s+(?:\p{Ll}+\s+)?(?:said|says|added|adds|continued|went\s+on|told\s+\p{L}+):\s*$/u;

function trimmed(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s += 1;
  while (e > s && /[\s.,;:!?—–-]/.test(text[e - 1])) e -= 1;
  return e > s ? { start: s, end: e } : null;
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Where "...; the rival says ..." starts a second reported clause with its own speech verb, or -1. */
function semicolonWithOwnCue(body: string): number {
  for (let at = body.indexOf(';'); at >= 0; at = body.indexOf(';', at + 1)) {
    const lead = /^[^,;:.!?"“”]{1,80}/.exec(body.slice(at + 1));
    const words = lead ? lead[0].trim().split(/\s+/).slice(0, 7) : [];
    if (words.some((word) => CLAUSE_CUES.has(word))) return at;
  }
  return -1;
}

const BUT = /,?\s+(?:but|while|whereas)\s+/g;
const NEW_SUBJECT = /^(?:\p{Lu}\p{L}*|the|its|his|her|their|other|some|many|most|analysts|critics|advocates|opponents|officials|experts|sources|campaigners|economists|observers)$/u;
const NOT_IN_SUBJECT = /^(?:had|has|have|was|were|is|are|be|been|being|to|would|will|could|should|may|might|must|did|do|does|not|never|also)$/;

/** Where "... but his lawyer told the paper ..." turns to another report with its own speech verb, or -1. */
function butWithOwnCue(body: string): number {
  BUT.lastIndex = 0;
  for (let turn = BUT.exec(body); turn; turn = BUT.exec(body)) {
    const lead = /^[^;:.!?"“”]{1,80}/.exec(body.slice(turn.index + turn[0].length));
    const words = lead ? lead[0].replace(/,/g, ' ').trim().split(/\s+/).slice(0, 8) : [];
    const cueAt = words.findIndex((word) => CLAUSE_CUES.has(word));
    // Only a new subject right before its verb: "... but added that ...", "... but he stressed ..." and "... but
    // people had complained ..." go on reporting the same speaker.
    if (cueAt > 0 && cueAt <= 5 && NEW_SUBJECT.test(words[0]) && !words.slice(1, cueAt).some((word) => NOT_IN_SUBJECT.test(word))) return turn.index;
  }
  return -1;
}

const RELATIVE_APPOSITIVE = /,\s*(?:who|which)\b[^,;]*,\s*$/;
const RELATIVE_SUBJECT = /^(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:who|which|that)\s/iu;
/** Words that make a phrase after the verb a clause with its own verb, not a name: "said the fees would rise". */
/**
 * "..., say researchers at Acme.", "..., said founder Jane Doe.", "..., say analysts Acme Research.": a source after
 * the verb with no article, a description then a name, or a plural noun closing the sentence.
 */
const SOURCE_WITHOUT_ARTICLE = /^\s+(?!(?:on|in|at|by|for|from|to|with|of|last|this|next|earlier|later|that|and|but|as)\s)(?:(?:[\p{Ll}-]+\s+){1,2}\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}\s*(?:[,(]|[.!?]?["”]?\s*$)|(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s(?:\s+(?:at|from|of|with|in)\s+(?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})?\s*[.!?]?["”]?\s*$)/u;
const CLAUSE_VERB = /^[^,;]*?\b(?:would|will|could|should|can|may|might|must|was|were|is|are|had|has|have|did|does)\b/;
/** "His neighbour, Sue Pike,", "The firm's chief executive, Jo Marsh,": a role opening the sentence, then its holder's name. */
const ROLE_THEN_NAME = /^(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y)\s+|\p{Lu}[\p{L}'’-]*['’]s?\s+)(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*,\s*$/u;
const NAMED_APPOSITIVE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*,\s[^,;]*,\s*$/u;

/**
 * "Jane Doe, who chairs the board, said the plan ..." and "Jane Doe, a lawyer, said the plan ...": the
 * comma before the verb closes an appositive after the subject, so the verb is not inverted after a clause.
 * The same holds for "The group which represents hauliers, Freight Islands, said ...".
 */
function closesSubjectAppositive(lead: string): boolean {
  return RELATIVE_APPOSITIVE.test(lead) || NAMED_APPOSITIVE.test(lead) || ROLE_THEN_NAME.test(lead) || (RELATIVE_SUBJECT.test(lead) && /,\s*$/.test(lead));
}

/** Skips "on Monday", "in a statement", "last week" between a verb and its clause. */
function afterAdjuncts(text: string, from: number, end: number): number {
  let pos = from;
  for (let guard = 0; guard < 5; guard += 1) {
    const rest = text.slice(pos, Math.min(end, pos + 80));
    const adjunct = ADJUNCTS.map((pattern) => pattern.exec(rest)).find(Boolean);
    if (!adjunct) break;
    pos += adjunct[0].length;
  }
  return pos;
}

/**
 * Whom "told" reports to when no "that" follows: reporters, a named outlet, "the state news agency".
 */
// The outlet noun goes first: "told the BBC News website the party ..." must not stop after "the BBC News".
const TOLD_AUDIENCE = /^\s+(?:reporters\s|journalists\s|(?:him|her|them|us|me)\s(?!(?:to|that|about|of|so|not)\s)|(?:jurors|lawmakers|legislators|senators|MPs|investigators|councillors|councilors|shareholders|investors|analysts|delegates|supporters|residents|parents|viewers|listeners)\s|the\s+(?:jury|court|committee|panel|inquiry|tribunal|hearing|council|crowd|audience|summit|meeting)\s|(?:[\p{Lu}\d][\p{L}\d.&'’-]*\s+){1,5}(?:programme|show|website|newspaper|paper|magazine|channel)\s+|(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:newspaper|agency|broadcaster|radio|television|channel|website|daily|weekly|paper|magazine|programme|show)\s+(?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}|(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){1,5})/u;
/** A clause after such an audience opens with its own subject... */
// "told The Observer government life was ...": a bare noun or two right before an auxiliary opens one too.
// Not a subordinator ("although he could"), a question word ("programme what was") or a participle ("saying action was").
const CLAUSE_OPENER = /^\s*(?:(?:the|a|an|he|she|it|they|we|there|his|her|its|their|this|these|those|some|no)\s|(?:(?!(?:although|though|because|since|while|whereas|if|unless|when|where|whether|what|which|who|how|why|as|after|before|but|and|or|so|yet|that|\p{Ll}+ing)\s)\p{Ll}[\p{Ll}-]*\s+){1,2}(?:was|is|were|are|had|has|have|would|will|could|should|must|might|may)\s)/u;
/** ...and has a finite verb: "the talks had failed", "prices jumped". */
const FINITE_IN_CLAUSE = /^[^,;:.]*?\b(?:would|will|could|should|can|cannot|may|might|must|was|were|is|are|had|has|have|did|does|rose|fell|grew|won|lost|made|took|saw|came|went|began|became|kept|held|left|met|paid|sold|spent|thought|knew|felt|found|gave|\p{Ll}+ed|\p{Ll}+n['’]t)\b/u;

const FULL_STOP = /[.!?]["”]?\s+["“]?\p{Lu}/gu;

/** Where a new sentence starts inside `body`, or -1; "the U.S. Treasury" and "Acme Co. Ltd" hold no stop. */
function sentenceStop(body: string): number {
  FULL_STOP.lastIndex = 0;
  for (let stop = FULL_STOP.exec(body); stop; stop = FULL_STOP.exec(body)) {
    const word = /(?:^|[\s(])([\p{L}.]+)$/u.exec(body.slice(Math.max(0, stop.index - 12), stop.index))?.[1].toLowerCase();
    if (body[stop.index] !== '.' || !word || !(SOFT_ABBREVIATIONS.has(word) || TITLE_ABBREVIATIONS.has(word))) return stop.index;
  }
  return -1;
}

const CLAIMED_SUBJECT = /^\s+(?:(?:he|she|they|we|I|it)\s|(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:had|has|was|were|is|are|would|will|could|should|might|must|did|felt|knew|thought|\p{Ll}+ed)\b)/u;

/** The clause after the cue, or null when the cue does not introduce one. */
const SPEAKING_PARTICIPLE_PHRASE = /^(?:adding|referring|speaking|pointing|talking|noting|explaining|citing|responding|replying|commenting|writing|describing|insisting|arguing|warning)\s+(?:that|to|out|about|on|as|after|before|while)\b/;

export function clauseAfter(text: string, sentence: Span, cue: Cue, marks: { open: number; close: number }[]): Span | null {
  let pos = cue.end;
  let explicitThat = false;
  if (cue.kind === 'according') return null;
  // `"...," said Jane Doe` and `..., said Jane Doe.`: what follows is the speaker, not a clause.
  const before = text.slice(Math.max(sentence.start, cue.start - 3), cue.start);
  const rest = text.slice(cue.end, sentence.end);
  const shortNameTail = wordCount(rest) <= 12 && !/\bthat\b/.test(rest) && (/^\s+(?:the\s|a\s|an\s|one\s|its\s|his\s|her\s|their\s|\p{Lu})/u.test(rest) || SOURCE_WITHOUT_ARTICLE.test(rest))
    && !closesSubjectAppositive(text.slice(sentence.start, cue.start)) && !CLAUSE_VERB.test(rest);
  if (/[”"],?\s*$/.test(before) || cue.start === sentence.start || (cue.kind !== 'participle' && /,\s*$/.test(before) && shortNameTail)) return null;
  if (cue.takesObject) {
    const window = text.slice(pos, Math.min(sentence.end, pos + 140));
    // "told Reuters he had no news, but said that ...": a "that" after another verb of speech opens that verb's clause.
    const that = /^[^.;:"“”]*?\bthat\s/.exec(window);
    if (that && !that[0].split(/[\s,]+/).some((word) => CLAUSE_CUES.has(word))) {
      pos += that[0].length;
      explicitThat = true;
    } else {
      const audience = /^told|^tells/.test(cue.text) ? TOLD_AUDIENCE.exec(window) : null;
      if (!audience) return null;
      let heard = audience[0].length - 1; // keep the space before the clause
      // "told Funaro Brazil had to ...": the last capitalised word the audience took is the clause's subject.
      const named = /\s(\p{Lu}[\p{L}'’-]*)\s$/u.exec(audience[0]);
      if (named && !CLAUSE_OPENER.test(window.slice(heard)) && /^\s+\p{Lu}\S*\s+(?:(?:had|has|have|was|were|is|are|would|will|could|should|must|might|may)\s|\p{Ll}+ed\b)/u.test(audience[0].slice(named.index) + window.slice(audience[0].length))
        && /\s\p{Lu}/u.test(audience[0].slice(0, named.index))) heard = named.index;
      pos += heard;
      pos = afterAdjuncts(text, pos, sentence.end);
      const rest = text.slice(pos, Math.min(sentence.end, pos + 140));
      if ((!CLAUSE_OPENER.test(rest) && heard === audience[0].length - 1) || !FINITE_IN_CLAUSE.test(rest)) return null;
    }
  } else {
    // "warned investors that ...": an object may come before the clause even for verbs that need none.
    const objectThat = cue.text.startsWith('warn') ? /^\s+(?:\p{L}+\s+){1,4}?that\s/u.exec(text.slice(pos, Math.min(sentence.end, pos + 60))) : null;
    if (objectThat) pos += objectThat[0].length - 6;
    // "In one case, it said, the judge overruled ...": an attribution set off by commas after a
    // fronted phrase; the clause resumes after the second comma.
    // "For instance, said Jane Doe, credit cards are rare": the inverted attribution is the aside; the clause
    // follows the name's comma.
    const invertedAside = /^(?:\S+\s+){0,3}\S+,\s*$/.test(text.slice(sentence.start, cue.start))
      ? /^\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*,\s+/u.exec(text.slice(pos, pos + 80)) : null;
    // "The idea, says Acme, is to ...": a verb right after the name belongs to the fronted subject, which stays.
    if (invertedAside && /^\p{L}/u.test(text.slice(pos + invertedAside[0].length, pos + invertedAside[0].length + 1))
      && !/^(?:is|was|are|were|has|have|had|will|would|should|could|can|may|might|must)\b/.test(text.slice(pos + invertedAside[0].length, pos + invertedAside[0].length + 8))
      && FINITE_IN_CLAUSE.test(text.slice(pos + invertedAside[0].length, pos + invertedAside[0].length + 160))) {
      pos += invertedAside[0].length - 1;
    }
    const aside = /^,\s+/.exec(text.slice(pos, pos + 4));
    if (aside && /,\s+(?:\S+\s+){0,3}$/.test(text.slice(sentence.start, cue.start)) && CLAUSE_OPENER.test(text.slice(pos + aside[0].length - 1, pos + 160)) && FINITE_IN_CLAUSE.test(text.slice(pos + aside[0].length, pos + 160))) {
      pos += aside[0].length - 1;
    }
    pos = afterAdjuncts(text, pos, sentence.end);
    // "said that would gut the fund": "that" followed by a verb is the clause's subject, not its opener.
    const that = /^\s+that\s(?!(?:would|will|could|should|might|may|was|is|wo|won't|isn't|wasn't)\b)/.exec(text.slice(pos, pos + 16));
    if (that) {
      pos += that[0].length;
      explicitThat = true;
    }
    // "a woman who claimed he and his entourage drugged her", "It claims Jane Doe felt ...": a subject pronoun, or a name
    // right before its verb, opens a clause without "that".
    else if (cue.needsThat && !(/^(?:claim(?:ed|s)?|allege[ds]?|den(?:ied|ies|y)|maintain(?:ed|s)?)$/.test(cue.text) && CLAIMED_SUBJECT.test(text.slice(pos, pos + 60)) && FINITE_IN_CLAUSE.test(text.slice(pos, Math.min(sentence.end, pos + 120))))) return null;
  }
  const startMatch = /^\s*/.exec(text.slice(pos, pos + 10));
  const start = pos + (startMatch ? startMatch[0].length : 0);
  // 'said "excess volatility" would impede growth': a clause may open with a quoted phrase.
  if (start >= sentence.end || !/^(?:[\p{L}\p{N}]|["“][\p{L}\p{N}])/u.test(text.slice(start, start + 2))) return null;
  // ...when a verb follows the quoted phrase (said "hello" to the crowd reports no clause), and not after a participle.
  if (/["“]/.test(text[start]) && (!/^["“][^"“”]{1,60}["”]\s+(?:would|will|could|should|can|may|might|must|was|were|is|are|had|has|have|did|does|\p{Ll}+ed)\b/u.test(text.slice(start, start + 100)))) return null;
  // "Jane Doe said referring to the match", "she said adding that ...": a participle of speaking after the verb
  // opens a phrase of its own, not a clause the verb reports ("talking was the only answer" is one).
  if (cue.kind !== 'participle' && !explicitThat && SPEAKING_PARTICIPLE_PHRASE.test(text.slice(start, start + 40))) return null;
  let end = sentence.end;
  const mark = marks.find((m) => m.open >= start && m.open < end);
  let open: number | undefined;
  if (mark) {
    // A partial quote belongs to the clause. A subordinate clause after it ("... as he called for ...")
    // is the writer's again, so the clause stops at the closing mark.
    const rest = text.slice(Math.min(mark.close, end), end);
    // "X added that ..., and said: "...": the second verb introduces the quotation, so the clause ends before it.
    const secondCue = SECOND_CUE.exec(text.slice(start, mark.open));
    if (secondCue) {
      open = mark.open;
      end = start + secondCue.index;
    } else if (mark.close > end) {
      open = mark.open;
      end = mark.open;
    } else if (/^["”’]?\s*[.!?]?["”’]?\s*$/.test(text.slice(mark.close, end)) && !/:\s*$/.test(text.slice(start, mark.open))
      && closingQuotationStandsAlone(wordCount(text.slice(start, mark.open)), text.slice(mark.open, mark.close))) {
      open = mark.open;
      end = mark.open;
    } else if (/^\s*(?:,|[–—-]\s|(?:as|while|after|before|when|because|since|although|though|amid|despite|and then|whereas|so)\b)/.test(rest) || (/^\s*but\b/.test(rest) && !BUT_STILL_REPORTED.test(rest))) {
      end = mark.close;
    }
  }
  const body = text.slice(start, end);
  // Sentences run together around odd quotation marks: never cross a full stop followed by a new sentence.
  const stop = sentenceStop(body);
  if (stop >= 0) end = start + stop;
  const rival = semicolonWithOwnCue(text.slice(start, end));
  if (rival >= 0) end = start + rival;
  const turn = butWithOwnCue(text.slice(start, end));
  if (turn >= 0) end = start + turn;
  // "Smith, who said he was tired, left.": a relative clause closes at its comma.
  if (/,\s*who\s+(?:\p{Ll}+\s+){0,3}$/u.test(text.slice(Math.max(sentence.start, cue.start - 40), cue.start))) {
    const comma = text.indexOf(',', start);
    if (comma > start && comma < end) end = comma;
  }
  const tail = TAIL.exec(text.slice(start, end)) ?? WRITER_AGAIN.exec(text.slice(start, end));
  if (tail && wordCount(body.slice(0, tail.index)) >= 3) end = start + tail.index;
  const span = trimmed(text, start, end);
  if (!span) return null;
  const clause = text.slice(span.start, span.end);
  // After an explicit "that" or before a fronted adverbial's comma, a preposition opens the clause itself.
  if ((BAD_START.test(clause) && !explicitThat && !FRONTED.test(clause)) || wordCount(clause) < 3) return null;
  // "added the conversion", "added 18 points": without "that", "added" reports speech only when a clause with a verb follows.
  // "added features that made it easier" is a plain object: the verb found must not follow a relative pronoun.
  const finite = FINITE_IN_CLAUSE.exec(clause);
  if (!explicitThat && (cue.text === 'added' || cue.text === 'adds') && (!finite || /\b(?:that|which|who)\b/.test(finite[0])) && !/^(?:he|she|it|they|we|i|there)\s/i.test(clause)) return null;
  // "says Jane Doe, a professor, it was ...": the name is the speaker, not the start of the clause.
  if (/^\p{Lu}\p{L}+(?:\s\p{Lu}[\p{L}'’-]+){1,2},/u.test(clause)) return null;
  if (open !== undefined && wordCount(clause) < 4) return null;
  return span;
}

// The appositive after the name may open with a bare role: ", chief executive of Acme."
const SPEAKER_TAIL = /^\s+(?:(?:the|a|an|one|its|his|her|their)\s|\p{Lu})[^,;:.!?"“”]{0,60}(?:,\s+(?:the|a|an|who|its|his|her|their|one|\p{Lu}|\p{Ll}+\s+(?:\p{Ll}+\s+)?(?:of|at|for|with|to)\s)[^;:!?"“”]{0,100})?[.!?]?["”]?\s*$/u;

/** What follows an inverted verb when it names the speaker and nothing else: " the harbour master, Jane Doe." */
function isSpeakerTail(after: string): boolean {
  return (SPEAKER_TAIL.test(after) || SOURCE_WITHOUT_ARTICLE.test(after)) && wordCount(after) <= 20 && !/\bthat\b/.test(after) && !CLAUSE_VERB.test(after);
}

/** "CLAUSE, said a port official.": `lead` (the sentence up to the verb) ends in a comma after a clause and `after` names the speaker. */
export function isInvertedAttribution(lead: string, after: string): boolean {
  return /,\s*$/.test(lead) && !closesSubjectAppositive(lead) && isSpeakerTail(after);
}

/** "CLAUSE, officials said." or "CLAUSE, according to X.": the clause before the attribution. */
export function clauseBefore(text: string, sentence: Span, cue: Cue, subjectStart: number | null): Span | null {
  const after = text.slice(cue.end, sentence.end);
  let commaAt: number;
  if (cue.kind === 'according') {
    // "..., according to Dr Jane Doe, a pediatrician in Caldwell." and "according to people familiar with the matter,
    // who asked not to be named ...": a description or a relative clause of the source may close the sentence.
    if (!/^\s+[^,;:]{1,80}(?:,\s+(?:a|an|the)\s[^,;:]{1,80}|,?\s+who\s[^;:]{1,200})?[.!?]?$/.test(after) || NO_SOURCE.test(after)) return null;
    commaAt = text.lastIndexOf(',', cue.start);
    // "Only 36% of homes have telephones according to reports.": a short source closing the sentence needs no comma.
    if (commaAt < sentence.start || text.slice(commaAt + 1, cue.start).trim() !== '') {
      if (wordCount(after) > 5) return null;
      commaAt = cue.start;
    }
  } else if (isInvertedAttribution(text.slice(sentence.start, cue.start), after)) {
    // "CLAUSE, said Jane Doe, a lawyer.": the verb is inverted after the clause it reports.
    commaAt = text.lastIndexOf(',', cue.start);
    if (commaAt < sentence.start) return null;
  } else {
    const plainEnd = /^(?:\s+(?:on\s+\p{Lu}\p{L}+|yesterday|today|last\s+\p{L}+|in\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|interview|book|memoir|autobiography|report|letter|speech|blog|post|article|column|study|message|tweet|e-?mail)|earlier|later|this\s+week|on\s+\p{L}+)|\s+(?:reporters|the\s+\p{L}+|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))*\s*[.!?]?$/u;
    // "CLAUSE, officials said Wednesday, making it ...", "..., the company said, while ...": a participle or a
    // subordinate clause after the attribution is the writer's addition.
    if (!plainEnd.test(after.replace(WRITER_TAIL, ''))) return null;
    if (subjectStart === null) return null;
    commaAt = text.lastIndexOf(',', subjectStart);
    if (commaAt < sentence.start) return null;
    // "lead manager Banque Nord SA (BNS) said": a bracketed short form belongs to the name.
    const between = text.slice(commaAt + 1, cue.start).replace(/\s\([^(),;:]{1,40}\)/g, '');
    // "CLAUSE, her lawyer, Jane Doe, said.": the name closes an appositive, so the clause ends before the role.
    const role = /^\s*\p{Lu}[^,;:]{0,60},\s*$/u.test(between) ? /,([^,;:"“”]{2,80})$/.exec(text.slice(sentence.start, commaAt)) : null;
    if (role && wordCount(role[1]) <= 8 && !CLAUSE_VERB.test(role[1]) && !FINITE_IN_CLAUSE.test(role[1])) commaAt = sentence.start + role.index;
    // "CLAUSE, Jane Doe of Acme Bank, said.": a stray comma may close the speaker's name before the verb.
    else if (wordCount(between) > 7 || /[,;:]/.test(between.replace(/,\s*$/, ''))) return null;
  }
  const span = trimmed(text, sentence.start, commaAt);
  if (!span) return null;
  const clause = text.slice(span.start, span.end);
  if (wordCount(clause) < 4 || !partialQuotesOnly(clause)) return null;
  return span;
}

// "CLAUSE, the society said, and if this pace persists, ...": what follows the attribution may go on or be the writer's.
const WRITER_TAIL = /,\s+(?:making|adding|citing|noting|sending|prompting|while|whereas|as|after|amid|despite|and|but)\s[^]*$/;

/** A clause may hold short quoted phrases ("was exerting "a 100% effort" to end ..."), but not be a quotation. */
function partialQuotesOnly(clause: string): boolean {
  const marks = clause.match(/["“”]/g) ?? [];
  if (!marks.length) return true;
  if (marks.length % 2 || /^["“]/.test(clause)) return false;
  const quoted = (clause.match(/["“][^"“”]*["”]/g) ?? []).reduce((sum, part) => sum + wordCount(part), 0);
  // 'Nathan Barley will be "a character-driven comedy"': a phrase may close the clause when the clause says as much.
  return /["”]$/.test(clause) ? quoted * 2 <= wordCount(clause) && quoted <= SHORT_PHRASE_WORDS : quoted * 2 < wordCount(clause);
}

/** "according to plan", "according to the rules": a standard things go by, not a source that speaks. */
const NO_SOURCE = /^\s+(?:(?:the|its|their|his|her)\s+)?(?:plans?|schedule|timetable|tradition|custom|legend|law|rules|script|form|expectations?|reason|logic|taste)\b/i;

/** "According to X, CLAUSE.": the clause after the source. */
export function clauseAfterSource(text: string, sentence: Span, cue: Cue): Span | null {
  if (cue.kind !== 'according') return null;
  if (text.slice(sentence.start, cue.start).trim() !== '' || NO_SOURCE.test(text.slice(cue.end, cue.end + 30))) return null;
  const comma = text.indexOf(',', cue.end);
  if (comma < 0 || comma >= sentence.end || comma - cue.end > 90) return null;
  // "According to Acme 44% of users ..." or "... firm Acme the number of ...": no comma closed the source, so
  // the first comma found sits inside the clause.
  if (/\d|\p{Lu}[\p{L}.'’-]*\s+(?:the|a|an)\s/u.test(text.slice(cue.end, comma))) return null;
  let from = comma + 1;
  // "According to its lawyer, Jane Doe of Acme, the claim ..." and "According to the paper, which cites ..., the
  // board ...": a name or a relative set off by a second comma is still about the source; the clause starts after it when what follows has a subject and a verb of its own.
  const appositive = /^\s+(?:\p{Lu}|(?:which|who)\s)[^,;:"“”\d]{0,70},\s/u.exec(text.slice(from, sentence.end));
  if (appositive && (/^\s+(?:which|who)\s/.test(appositive[0]) || !FINITE_IN_CLAUSE.test(appositive[0]))) {
    const rest = text.slice(from + appositive[0].length, Math.min(sentence.end, from + appositive[0].length + 160));
    if (wordCount(rest) >= 3 && /^\s*\p{L}/u.test(rest) && !/^\s*(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|did|does)\b/.test(rest)) from += appositive[0].length;
  }
  const span = trimmed(text, from, sentence.end);
  if (!span) return null;
  const clause = text.slice(span.start, span.end);
  if (wordCount(clause) < 4 || /["“”]/.test(clause)) return null;
  // "According to the agency, Jane Doe said ...": the speech verb inside reports its own clause.
  if (clause.split(/\s+/).slice(0, 7).some((word) => CLAUSE_CUES.has(word))) return null;
  return span;
}
