// Verbs that report speech. Direct quotes accept the whole list; indirect
// quotes only the verbs that commonly take a content clause ("said that ..."),
// because verbs like "asked" or "joked" rarely introduce reported content.

const CLAUSE_VERBS = [
  'say', 'tell', 'add', 'warn', 'insist', 'argue', 'claim', 'explain', 'note', 'stress',
  'acknowledge', 'admit', 'announce', 'reply', 'write', 'tweet', 'deny', 'confirm', 'predict',
  'state', 'declare', 'assert', 'maintain', 'contend', 'concede', 'emphasise', 'emphasize',
  'caution', 'complain', 'promise', 'vow', 'pledge', 'allege', 'reiterate', 'respond', 'retort',
  'counter', 'remark', 'point out', 'boast', 'testify', 'assure', 'inform', 'remind', 'reveal', 'disclose', 'report',
];

const QUOTE_ONLY_VERBS = [
  'ask', 'joke', 'quip', 'continue', 'go on', 'shout', 'exclaim', 'whisper', 'cry', 'scoff',
  'laugh', 'sigh', 'snap', 'muse', 'wonder', 'shoot back', 'fire back', 'hit back', 'chime in',
  'put it', 'describe', 'begin', 'plead', 'beg', 'proclaim', 'post', 'blog', 'text', 'told', 'recall', 'urge', 'conclude', 'summarise', 'summarize',
  'forecast', 'mock', 'taunt', 'ridicule', 'deride',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'say'],
  tell: ['told', 'tells'],
  write: ['wrote', 'writes'],
  'shoot back': ['shot back', 'shoots back'],
  'fire back': ['fired back', 'fires back'],
  'hit back': ['hit back', 'hits back'],
  'go on': ['went on', 'goes on'],
  'put it': ['put it', 'puts it'],
  begin: ['began', 'begins'],
  forecast: ['forecast', 'forecasts'],
  'point out': ['pointed out', 'points out'],
  'chime in': ['chimed in', 'chimes in'],
  cry: ['cried', 'cries'],
  snap: ['snapped', 'snaps'],
  plead: ['pleaded', 'pleads'],
  beg: ['begged', 'begs'],
  counter: ['countered', 'counters'],
  signal: ['signalled', 'signaled', 'signals'],
  text: ['texted', 'texts'],
  testify: ['testified', 'testifies'],
  reply: ['replied', 'replies'],
  quip: ['quipped', 'quips'],
  // A stressed final syllable doubles its consonant.
  admit: ['admitted', 'admits'],
  blog: ['blogged', 'blogs'],
  told: ['told'],
  // "report" is far more often a noun; "reports" passes only as a verb (see the noun-like forms of the cue finder).
  report: ['reported', 'reports'],
};

function inflect(verb: string): string[] {
  if (IRREGULAR[verb]) return IRREGULAR[verb];
  const [head, ...rest] = verb.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const past = head.endsWith('e') ? `${head}d` : head.endsWith('y') && !/[aeiou]y$/.test(head) ? `${head.slice(0, -1)}ied` : `${head}ed`;
  const third = /(s|sh|ch|x)$/.test(head) ? `${head}es` : head.endsWith('y') && !/[aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`;
  return [past + tail, third + tail];
}

function formsOf(verbs: string[]): Set<string> {
  return new Set(verbs.flatMap(inflect));
}

/** Finite forms that can introduce a reported clause: "said", "warns", "pointed out". */
export const CLAUSE_CUES = formsOf(CLAUSE_VERBS);
/** Every finite form that can attribute a direct quote. */
export const QUOTE_CUES = new Set([...CLAUSE_CUES, ...formsOf(QUOTE_ONLY_VERBS)]);

/** Cue words made of two tokens; the first token is the key. */
export const TWO_WORD_CUES = new Map<string, Set<string>>();
for (const cue of QUOTE_CUES) {
  const [a, b] = cue.split(' ');
  if (b) TWO_WORD_CUES.set(a, new Set([...(TWO_WORD_CUES.get(a) ?? []), b]));
}


/**
 * Verbs whose clause may come without "that" ("said the plan failed"). The others
 * also take plain objects ("confirmed the deal", "denied the charges"), so they
 * report speech only with an explicit "that".
 */
export const FREE_CLAUSE = formsOf(['say', 'add', 'warn', 'insist', 'argue', 'assert', 'contend', 'tweet']);

/** Participles that report speech after a comma: "..., saying it would appeal." */
export const PARTICIPLE_CUES = new Set(['saying', 'adding', 'claiming', 'alleging', 'insisting', 'arguing', 'warning', 'stressing', 'explaining', 'noting']);

/** Participles whose clause may come without "that": "..., saying it would appeal", "alleging this will ...". */
export const FREE_PARTICIPLES = new Set(['saying', 'adding', 'claiming', 'alleging']);

/**
 * Bare present forms that report speech after a plural subject ("critics argue that ...", "officials insist they
 * ..."), each with its third-person form, which says how it takes its clause. Only verbs rarely met as nouns or
 * after "to": "claim" passes because a subject must stand right before it.
 */
export const PLURAL_PRESENT_CUES = new Map<string, string>([
  ['argue', 'argues'], ['claim', 'claims'], ['warn', 'warns'], ['insist', 'insists'], ['admit', 'admits'],
  ['predict', 'predicts'], ['contend', 'contends'], ['maintain', 'maintains'], ['allege', 'alleges'],
  ['concede', 'concedes'], ['stress', 'stresses'], ['acknowledge', 'acknowledges'], ['complain', 'complains'], ['deny', 'denies'],
]);
