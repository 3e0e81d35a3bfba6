// Words that tell whether a clause looks back or forward. A date without a year
// or a bare weekday is resolved towards the side its clause points to.

/** Single words that put a clause in the future ("will meet on Friday", "the upcoming vote"). */
export const FUTURE_WORDS = new Set([
  'will', 'shall', 'would', "'ll", 'due', 'scheduled', 'planned', 'plans', 'plan', 'planning',
  'intends', 'intend', 'upcoming', 'forthcoming', 'coming', 'next', 'tomorrow', 'aims', 'hopes', 'hope',
  'likely', 'unlikely', 'wants', 'want', 'may', 'might', 'must', 'proposed', 'pending', 'anticipated', 'impending', 'forthcoming',
  'slated', 'payable', 'earmarked', 'pencilled', 'penciled', 'timetabled', 'expects', 'expect', 'poised',
]);

/** Irregular past forms that carry no "-ed" ending. */
export const PAST_WORDS = new Set([
  'said', 'was', 'were', 'had', 'did', 'told', 'met', 'rose', 'fell', 'came', 'went', 'took', 'gave',
  'made', 'saw', 'won', 'lost', 'left', 'held', 'began', 'spoke', 'wrote', 'sold', 'bought', 'paid',
  'grew', 'became', 'brought', 'thought', 'sought', 'fought', 'felt', 'kept', 'led', 'found', 'stood',
  'ran', 'knew', 'broke', 'chose', 'drew', 'flew', 'forgot', 'froze', 'hid', 'hung', 'meant', 'sent',
  'spent', 'struck', 'swore', 'threw', 'understood', 'woke', 'wore', 'ago', 'earlier', 'last', 'yesterday',
  'has', 'have', 'been', 'since', 'sank', 'slid', 'shrank', 'dealt', 'built', 'arose', 'overtook',
  'got', 'heard', 'caught', 'taught', 'fled', 'shot', 'shook', 'drove', 'rode', 'stole', 'tore', 'withdrew',
  'oversaw', 'upheld', 'withheld', 'overcame', 'lent', 'laid', 'swung', 'stuck', 'slept', 'sprang', 'rang',
  'undertook', 'forgave', 'overthrew', 'foresaw', 'mistook', 'bade', 'wound', 'clung', 'spun', 'dug',
]);

/** Words ending in "-ed" that are not past verbs (or point forward). */
export const NOT_PAST_ED = new Set([
  'need', 'needed', 'speed', 'seed', 'feed', 'bed', 'red', 'hundred', 'indeed', 'united', 'limited',
  'expected', 'scheduled', 'planned', 'proposed', 'based', 'related', 'unrelated', 'detailed',
  'sacred', 'naked', 'wicked', 'ragged', 'rugged', 'beloved', 'learned', 'aged', 'dated', 'embed',
  'shed', 'breed', 'greed', 'creed', 'weed', 'reed', 'deed', 'heed', 'bleed', 'proceed', 'succeed',
  'exceed', 'compared', 'unexpected', 'undated', 'poised', 'anticipated', 'slated', 'earmarked', 'pencilled', 'penciled', 'timetabled', 'unnamed', 'armed', 'red', 'wed', 'ted', 'fred', 'ned', 'ahmed',
  'mohammed', 'muhammed', 'mohamed', 'hamed', 'saeed', 'javed', 'fahd',
  // "10-1/4 pct subordinated debentures": a kind of debt, not something done.
  'subordinated',
]);

/** Present-tense verbs that announce a timetable: "the summit opens on Monday". */
export const SCHEDULE_PRESENT = new Set([
  'begins', 'begin', 'starts', 'start', 'opens', 'open', 'closes', 'ends', 'meets', 'meet', 'resumes', 'resume',
  'arrives', 'visits', 'hosts', 'expires', 'kicks', 'convenes', 'reconvenes', 'travels', 'heads', 'goes',
  'reopen', 'reopens', 'convene', 'reconvene', 'restart', 'restarts', 'recommence', 'recommences', 'conclude', 'concludes',
  'votes', 'testifies', 'decides', 'announces', 'unveils', 'publishes', 'faces', 'plays', 'holds', 'launches', 'debates', 'considers',
  // Plural subjects of the sports fixture list: "Harwood host Rochdale on Saturday".
  'host', 'play', 'visit', 'travel', 'face',
  // And of plural subjects going somewhere on a set day: "Voters head to the polls on Sunday", "Pupils return on Monday".
  'head', 'go', 'return',
]);
