// Lines that websites put around an article: link labels, share prompts and
// video teasers. Matching is on whole short lines only, so prose that merely
// mentions "advertisement" or "click here" mid-sentence is never removed.

const WHOLE_LINE = [
  /^related(?: video| videos| articles?| stories| story| content| links| topics| coverage| reading)?\s*:?$/i,
  /^(?:read|see|watch|view|show|load) (?:some |the )?more\b.{0,80}$/i,
  /^more (?:on|from|about) (?:this|the|our)\b.{0,60}$/i,
  /^(?:for|to see|to read|to watch) more\b.{0,100}\b(?:visit|click|go to|see|follow|download)\b.{0,100}$/i,
  /^click here\b.{0,120}$/i,
  /^(?:advertisement|advertising|sponsored(?: content)?|promoted|ad|skip ad|story continues(?: below)?|continue reading(?: the main story)?|article continues below)\s*[:.]?$/i,
  /^share (?:this|the) (?:article|story|page|video|post)\b.{0,40}$/i,
  /^(?:share|tweet|email|print|comments?|reply|embed)(?:\s*[|/·]\s*(?:share|tweet|email|print|comments?|reply|embed|facebook|twitter|whatsapp|linkedin))*\s*$/i,
  /^(?:sign up|subscribe|register|follow us|like us|join us|get our|download our)\b.{0,120}$/i,
  /^(?:watch|video|listen|audio|gallery|photos|in pictures|explainer|analysis|live)\s*:\s*.{0,100}$/i,
  /^(?:image|photo|video|media) (?:copyright|source|caption)\b.{0,100}$/i,
  /^media playback is (?:not )?(?:supported|unsupported)\b.{0,60}$/i,
  /^(?:copyright|©)\s.{0,100}$/i,
  /^(?:all rights reserved|terms of (?:use|service)|privacy policy|cookie policy)\b.{0,60}$/i,
  /^(?:topics|tags|filed under|categories)\s*:.{0,120}$/i,
  /^(?:previous|next)(?: article| story| page)?\s*$/i,
  /^you (?:may|might) also (?:like|be interested in)\b.{0,40}$/i,
  /^(?:most (?:read|popular|viewed|shared))\s*:?$/i,
];

/** True when a whole line is site furniture rather than article text. */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 200) return false;
  return WHOLE_LINE.some((pattern) => pattern.test(trimmed));
}
