// Names of news agencies and media that relay what others say. When one of
// them "said" that a person stated something, the person is the speaker.

/** Wire agencies usually named alone, lower-cased. */
export const WIRE_AGENCIES = new Set([
  'reuters', 'ap', 'associated press', 'afp', 'agence france-presse', 'agence france presse', 'tass', 'itar-tass', 'interfax',
  'ria', 'ria novosti', 'novosti', 'xinhua', 'kyodo', 'jiji', 'yonhap', 'kcna', 'irna', 'isna', 'fars', 'tasnim', 'mehr',
  'anadolu', 'ansa', 'dpa', 'efe', 'pti', 'ians', 'bernama', 'antara', 'mena', 'spa', 'wam', 'kuna', 'qna', 'sana', 'petra',
  'bna', 'ukrinform', 'unian', 'belta', 'bta', 'pap', 'ctk', 'mti', 'hina', 'tanjug', 'apa', 'nan', 'kna', 'bloomberg',
  'dow jones', 'prensa latina', 'notimex', 'ap news', 'upi', 'united press international', 'cna', 'central news agency',
]);

/** Broadcasters and news sites named without a media word: "told Al Jazeera", "speaking to CNN". */
export const BROADCASTERS = new Set([
  'al jazeera', 'al arabiya', 'cnn', 'bbc', 'itv', 'rte', 'lbc', 'cbs', 'nbc', 'abc', 'npr', 'pbs', 'msnbc', 'cnbc', 'euronews',
  'france 24', 'deutsche welle', 'politico', 'axios', 'semafor', 'vox', 'vice', 'buzzfeed', 'huffpost', 'the guardian',
  'the independent', 'the economist', 'der spiegel', 'le monde', 'el pais', 'haaretz', 'sky news', 'sky sports', 'fox news',
]);

/** Words that make a body's name a medium: "the official Kanem News Agency", "the Daily Courier". */
export const MEDIA_WORDS = /\b(?:news|press|agency|radio|television|tv|broadcast(?:er|ing)?|newspaper|daily|times|post|journal|herald|gazette|tribune|telegraph|wire|channel|magazine)\b/i;

export function isNewsOutlet(name: string): boolean {
  const bare = name.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').trim();
  return WIRE_AGENCIES.has(bare) || MEDIA_WORDS.test(bare);
}

/** A name that is a news outlet whatever its context: a known agency or broadcaster, or one with a media word. */
export function isOutletName(name: string): boolean {
  const bare = name.toLowerCase().replace(/['’]s$/, '').trim();
  return BROADCASTERS.has(bare) || BROADCASTERS.has(bare.replace(/^the\s+/, '')) || WIRE_AGENCIES.has(bare);
}
