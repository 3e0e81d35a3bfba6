import { scanNames, type NameMention } from './names.js';
import { findSpeakingOrganisations } from './organisations.js';
import { nameKey } from './tokens.js';
import type { Anatomy, AnatomyPart, Entity, ExtractionContext, Mention, Sentence } from './types.js';

// Turns name mentions into the people of one article: every short form
// ("Okafor", "Mr Brandt") joins the full name it abbreviates, journalists come
// from the byline and credits, and organisations join only when they speak.

interface Cluster {
  words: string[];
  /** nameKey of each word, kept to compare names cheaply. */
  keys: string[];
  forms: Set<string>;
  roles: Set<string>;
  mentions: Mention[];
  journalist: boolean;
  firstAt: number;
  /** Seen as "the X": a body or a thing, whatever else its context suggests. */
  afterThe?: boolean;
}

const isHeadlineTitleCase = (text: string): boolean => {
  const words = text.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  return words.length >= 4 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.6;
};

/** The stretches of text whose names are people in the story (not bylines or credits). */
function storyStretches(text: string, parts: AnatomyPart[], sentences: Sentence[]): { start: number; end: number; titleCase: boolean }[] {
  const skip = parts.filter((part) => part.kind === 'byline' || part.kind === 'credit');
  const stretches: { start: number; end: number; titleCase: boolean }[] = [];
  for (const sentence of sentences) {
    if (skip.some((part) => sentence.start >= part.start && sentence.end <= part.end)) continue;
    let end = sentence.end;
    const caption = parts.find((part) => part.kind === 'caption' && sentence.start >= part.start && sentence.start < part.end);
    if (caption) {
      const credit = /(?:photograph|photo|picture|image|illustration|credit|pic)s?\s*:/i.exec(sentence.text);
      if (credit) end = sentence.start + credit.index;
    }
    const headline = parts.some((part) => part.kind === 'headline' && sentence.start >= part.start && sentence.end <= part.end);
    if (end > sentence.start) stretches.push({ start: sentence.start, end, titleCase: headline && isHeadlineTitleCase(sentence.text) });
  }
  return stretches;
}

function sameName(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/** "George Bush" inside "George W. Bush": same first and last word, the rest in order. */
function abbreviates(s: string[], l: string[]): boolean {
  if (s.length === l.length && s.length >= 2 && s[s.length - 1] === l[l.length - 1]) {
    // "G Poll" for "Graham Poll": an initial standing for the same first name.
    const initial = (a: string, b: string): boolean => a.length === 1 && b.startsWith(a) && b.length > 1;
    return s.every((w, i) => w === l[i] || initial(w, l[i]) || initial(l[i], w));
  }
  if (s.length < 2 || s.length >= l.length) return false;
  if (s[0] !== l[0] || s[s.length - 1] !== l[l.length - 1]) return false;
  let j = 0;
  for (const word of l) if (word === s[j]) j += 1;
  return j === s.length;
}

function clusterFor(clusters: Cluster[], keys: string[]): Cluster | undefined {
  return clusters.find((c) => sameName(c.keys, keys) || abbreviates(keys, c.keys) || abbreviates(c.keys, keys));
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** "Evans" for "Charles Evans Jr": a generational suffix is not the surname. */
function surnameKeyOf(keys: string[]): string {
  return keys.length > 2 && NAME_SUFFIXES.has(keys[keys.length - 1]) ? keys[keys.length - 2] : keys[keys.length - 1];
}

/** The full-name cluster a one-word mention refers to: surname first, nearest earlier mention wins. */
function clusterForSingle(clusters: Cluster[], word: string, at: number): Cluster | undefined {
  const key = nameKey(word);
  const bySurname = clusters.filter((c) => c.keys.length > 1 && surnameKeyOf(c.keys) === key);
  const candidates = bySurname.length ? bySurname : clusters.filter((c) => c.keys[0] === key && c.keys.length > 1);
  if (candidates.length <= 1) return candidates[0];
  const distance = (c: Cluster): number => {
    const before = c.mentions.filter((m) => m.start <= at).map((m) => at - m.start);
    return before.length ? Math.min(...before) : Number.MAX_SAFE_INTEGER;
  };
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0];
}

function addMention(cluster: Cluster, mention: NameMention, text: string): void {
  if (mention.afterThe) cluster.afterThe = true;
  cluster.mentions.push({ start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end) });
  cluster.forms.add(mention.surface);
  cluster.forms.add(mention.words.join(' '));
  if (mention.role) cluster.roles.add(mention.role);
  if (mention.words.length > cluster.words.length || (mention.words.length === cluster.words.length && cluster.words.some((w) => w.length === 1) && !mention.words.some((w) => w.length === 1))) {
    cluster.words = mention.words;
    cluster.keys = mention.words.map(nameKey);
  }
}

function journalistClusters(text: string, anatomy: Anatomy): Cluster[] {
  const parts = (anatomy.parts ?? []).filter((part) => part.kind === 'byline' || part.kind === 'credit' || part.kind === 'caption');
  return anatomy.credits.map((name) => {
    const mentions: Mention[] = [];
    for (const part of parts) {
      const at = text.slice(part.start, part.end).indexOf(name);
      if (at >= 0) mentions.push({ start: part.start + at, end: part.start + at + name.length, text: name });
    }
    const words = name.split(/\s+/);
    return { words, keys: words.map(nameKey), forms: new Set([name]), roles: new Set<string>(), mentions, journalist: true, firstAt: mentions[0]?.start ?? text.length };
  });
}

export function findEntities(context: ExtractionContext, anatomy: Anatomy, sentences: Sentence[]): Entity[] {
  const { text } = context;
  const mentions = storyStretches(text, anatomy.parts ?? [], sentences).flatMap((stretch) => scanNames(text, stretch.start, stretch.end, { titleCase: stretch.titleCase }));

  // A name run with no cue of its own ("Ras Kwame and Huw Stephens will host") is a
  // person when the article writes the same name with a cue, or its surname after an
  // honorific or title ("Mr Kwame") or as a speaker ("said Kwame"); otherwise it is as
  // likely a firm or a title.
  const titledSurnames = new Set(mentions.filter((m) => m.words.length === 1 && (m.cued || m.speaks)).map((m) => nameKey(m.words[0])));
  const cuedNames = new Set(mentions.filter((m) => m.words.length > 1 && m.cued).map((m) => m.words.map(nameKey).join(' ')));
  const supported = (m: NameMention): boolean => {
    if (m.cued || m.words.length === 1) return true;
    const keys = m.words.map(nameKey);
    return cuedNames.has(keys.join(' ')) || titledSurnames.has(keys[keys.length - 1]);
  };

  const clusters: Cluster[] = [];
  for (const mention of mentions.filter((m) => m.words.length > 1 && supported(m))) {
    const keys = mention.words.map(nameKey);
    const cluster = clusterFor(clusters, keys);
    if (cluster) addMention(cluster, mention, text);
    else {
      const created: Cluster = { words: mention.words, keys, forms: new Set(), roles: new Set(), mentions: [], journalist: false, firstAt: mention.start };
      addMention(created, mention, text);
      clusters.push(created);
    }
  }
  for (const mention of mentions.filter((m) => m.words.length === 1)) {
    const cluster = clusterForSingle(clusters, mention.words[0], mention.start)
      ?? clusters.find((c) => c.keys.length === 1 && c.keys[0] === nameKey(mention.words[0]));
    if (cluster) addMention(cluster, mention, text);
    else if (mention.cued) {
      const created: Cluster = { words: mention.words, keys: mention.words.map(nameKey), forms: new Set(), roles: new Set(), mentions: [], journalist: false, firstAt: mention.start };
      addMention(created, mention, text);
      clusters.push(created);
    }
  }
  for (const journalist of journalistClusters(text, anatomy)) {
    const same = clusters.find((c) => sameName(c.keys, journalist.keys));
    if (same) {
      same.journalist = same.mentions.length === 0;
      same.mentions.push(...journalist.mentions);
    } else clusters.push(journalist);
  }

  const people = clusters
    .filter((cluster) => cluster.journalist || !(cluster.afterThe && cluster.roles.size === 0))
    .map((cluster) => ({ ...cluster, firstAt: Math.min(cluster.firstAt, ...cluster.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.firstAt - b.firstAt);
  const entities: Entity[] = people.map((cluster, index) => {
    const name = cluster.words.join(' ');
    return {
      key: `e${index}`,
      kind: 'person',
      name,
      aliases: [...cluster.forms].filter((form) => form !== name),
      roles: [...cluster.roles],
      journalist: cluster.journalist,
      mentions: cluster.mentions.sort((a, b) => a.start - b.start),
    };
  });
  return [...entities, ...findSpeakingOrganisations(text, sentences, entities)];
}
