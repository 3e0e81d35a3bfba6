import type { Entity, ExtractedEvent, ExtractedQuote, Extraction, GivenMetadata } from '../../src/pipeline/types.js';

// A deliberately tiny extractor with rules simple enough to predict, so the
// ingestion tests check what ingestion does with an extraction, whatever the
// state of the real pipeline:
//   First Last said "words".      -> person First Last, a direct quote
//   On YYYY-MM-DD First Last verb. -> an event on that day involving First Last
const SAID = /([A-Z][a-z]+ [A-Z][a-z]+) said "([^"]+)"/g;
const DATED = /On (\d{4}-\d{2}-\d{2}) ([A-Z][a-z]+ [A-Z][a-z]+) ([^.]+)\./g;

export function fakeExtract(body: string, given: GivenMetadata = {}): Extraction {
  const entities = new Map<string, Entity>();
  const entityFor = (name: string, start: number): Entity => {
    let entity = entities.get(name);
    if (!entity) {
      entity = { key: `e${entities.size}`, kind: 'person', name, aliases: [name.split(' ')[1]], roles: [], journalist: false, mentions: [] };
      entities.set(name, entity);
    }
    entity.mentions.push({ start, end: start + name.length, text: name });
    return entity;
  };
  const quotes: ExtractedQuote[] = [];
  for (const match of body.matchAll(SAID)) {
    const speaker = entityFor(match[1], match.index);
    const start = match.index + match[0].indexOf('"') + 1;
    quotes.push({ kind: 'direct', start, end: start + match[2].length, text: match[2], speakerKey: speaker.key, speakerText: match[1], cue: 'said' });
  }
  const events: ExtractedEvent[] = [];
  for (const match of body.matchAll(DATED)) {
    const person = entityFor(match[2], match.index + match[0].indexOf(match[2]));
    const temporalStart = match.index;
    events.push({
      date: match[1],
      precision: 'day',
      description: `${match[2]} ${match[3]}`,
      sentence: { start: match.index, end: match.index + match[0].length, text: match[0] },
      temporal: { start: temporalStart, end: temporalStart + 3 + match[1].length, text: `On ${match[1]}` },
      peopleKeys: [person.key],
      place: null,
    });
  }
  const title = given.title ?? body.split('\n').find((line) => line.trim())?.trim() ?? null;
  return {
    anatomy: { text: body, title, standfirst: null, authors: [], dateline: null, outlet: null, sourceAgency: null, credits: [], nonBody: [] },
    referenceDate: given.publishedAt?.slice(0, 10) ?? null,
    sentences: [],
    entities: [...entities.values()],
    quotes,
    events,
  };
}
