import type { Db } from '../../src/db/client.js';
import * as s from '../../src/db/schema.js';
import { nameKey } from '../../src/pipeline/match.js';

// A small newsroom written for these tests: two outlets, three articles, a
// statement carried by both outlets in different words, an organisation that
// speaks, an unattributed quote, and events at each date precision.

const INGESTED = '2021-05-01T00:00:00Z';

export const ids = {
  herald: 1,
  wire: 2,
  articleBridge: 11,
  articleWireBridge: 12,
  articleFerry: 13,
  quell: 21,
  renn: 22,
  harbor: 23,
  sharedQuote: 31,
  rennQuote: 32,
  anonymousQuote: 33,
  harborQuote: 34,
  ferryQuote: 35,
  closureEvent: 41,
  reviewEvent: 42,
  undatedEvent: 43,
  ferryEvent: 44,
} as const;

const BRIDGE_TEXT =
  'Bridge to close for repairs\n\nMinister Mara Quell said on Wednesday: "The old bridge will close for six weeks." ' +
  'Engineer Tobias Renn said the steel was sound.';
const WIRE_TEXT =
  'Quell confirms bridge closure\n\n"The old bridge will shut for six weeks, and ferries will run," Quell told reporters. ' +
  '"Nobody asked us," one resident said. Renn will review the plans in March.';
const FERRY_TEXT =
  'Ferry timetable changes\n\nThe Harbor Authority said ferries would run every hour. ' +
  '"Crossings are safe & frequent <always>," Quell said on Friday.';

export function fillFixture(db: Db): void {
  db.insert(s.outlets)
    .values([
      { id: ids.herald, slug: 'northgate-herald', name: 'Northgate Herald' },
      { id: ids.wire, slug: 'coastline-wire', name: 'Coastline Wire' },
    ])
    .run();
  db.insert(s.articles)
    .values([
      {
        id: ids.articleBridge, outletId: ids.herald, title: 'Bridge to close for repairs', authors: ['Ada Penhallow'],
        publishedAt: '2021-03-04T09:00:00Z', publishedDate: '2021-03-04', sourceFile: 'herald/bridge.txt',
        contentHash: 'h1', text: BRIDGE_TEXT, ingestedAt: INGESTED,
      },
      {
        id: ids.articleWireBridge, outletId: ids.wire, title: 'Quell confirms bridge closure', authors: [],
        publishedAt: '2021-03-05', publishedDate: '2021-03-05', sourceFile: 'wire/bridge.txt',
        contentHash: 'h2', text: WIRE_TEXT, ingestedAt: INGESTED,
      },
      {
        id: ids.articleFerry, outletId: ids.herald, title: 'Ferry timetable changes', authors: [],
        publishedAt: '2021-04-10', publishedDate: '2021-04-10', sourceFile: 'herald/ferry.txt',
        contentHash: 'h3', text: FERRY_TEXT, ingestedAt: INGESTED,
      },
    ])
    .run();
  db.insert(s.people)
    .values([
      { id: ids.quell, name: 'Mara Quell', nameKey: 'mara quell', roles: ['Minister'] },
      { id: ids.renn, name: 'Tobias Renn', nameKey: 'tobias renn', roles: ['Engineer'] },
      { id: ids.harbor, kind: 'organisation', name: 'Harbor Authority', nameKey: 'harbor authority' },
    ])
    .run();
  db.insert(s.personAliases)
    .values([
      { personId: ids.quell, alias: 'Mara Quell' },
      { personId: ids.quell, alias: 'Quell' },
      { personId: ids.renn, alias: 'Tobias Renn' },
      { personId: ids.renn, alias: 'Renn' },
      { personId: ids.harbor, alias: 'Harbor Authority' },
    ].map((alias) => ({ ...alias, aliasKey: nameKey(alias.alias) })))
    .run();
  const mention = (personId: number, articleId: number, text: string, body: string) => {
    const start = body.indexOf(text);
    return { personId, articleId, text, start, end: start + text.length };
  };
  db.insert(s.mentions)
    .values([
      mention(ids.quell, ids.articleBridge, 'Mara Quell', BRIDGE_TEXT),
      mention(ids.renn, ids.articleBridge, 'Tobias Renn', BRIDGE_TEXT),
      mention(ids.quell, ids.articleWireBridge, 'Quell', WIRE_TEXT),
      mention(ids.renn, ids.articleWireBridge, 'Renn', WIRE_TEXT),
      mention(ids.harbor, ids.articleFerry, 'Harbor Authority', FERRY_TEXT),
      mention(ids.quell, ids.articleFerry, 'Quell', FERRY_TEXT),
    ])
    .run();
  db.insert(s.quotes)
    .values([
      { id: ids.sharedQuote, speakerId: ids.quell, kind: 'direct', text: 'The old bridge will close for six weeks.', firstReported: '2021-03-04' },
      { id: ids.rennQuote, speakerId: ids.renn, kind: 'indirect', text: 'the steel was sound', firstReported: '2021-03-04' },
      { id: ids.anonymousQuote, speakerId: null, kind: 'direct', text: 'Nobody asked us,', firstReported: '2021-03-05' },
      { id: ids.harborQuote, speakerId: ids.harbor, kind: 'indirect', text: 'ferries would run every hour', firstReported: '2021-04-10' },
      { id: ids.ferryQuote, speakerId: ids.quell, kind: 'direct', text: 'Crossings are safe & frequent <always>,', firstReported: '2021-04-10' },
    ])
    .run();
  const report = (quoteId: number, articleId: number, text: string, body: string, speakerText: string | null, cue: string | null) => {
    const start = body.indexOf(text);
    return { quoteId, articleId, text, speakerText, cue, start, end: start + text.length };
  };
  db.insert(s.quoteReports)
    .values([
      report(ids.sharedQuote, ids.articleBridge, 'The old bridge will close for six weeks.', BRIDGE_TEXT, 'Minister Mara Quell', 'said'),
      report(ids.sharedQuote, ids.articleWireBridge, 'The old bridge will shut for six weeks, and ferries will run,', WIRE_TEXT, 'Quell', 'told'),
      report(ids.rennQuote, ids.articleBridge, 'the steel was sound', BRIDGE_TEXT, 'Engineer Tobias Renn', 'said'),
      report(ids.anonymousQuote, ids.articleWireBridge, 'Nobody asked us,', WIRE_TEXT, 'one resident', 'said'),
      report(ids.harborQuote, ids.articleFerry, 'ferries would run every hour', FERRY_TEXT, 'The Harbor Authority', 'said'),
      report(ids.ferryQuote, ids.articleFerry, 'Crossings are safe & frequent <always>,', FERRY_TEXT, 'Quell', 'said'),
    ])
    .run();
  db.insert(s.events)
    .values([
      { id: ids.closureEvent, date: '2021-03-03', precision: 'day', description: 'Quell announced the bridge closure' },
      { id: ids.reviewEvent, date: '2021-03', precision: 'month', description: 'Renn will review the plans' },
      { id: ids.undatedEvent, date: null, precision: null, description: 'The steel was inspected' },
      { id: ids.ferryEvent, date: '2021-04-09', precision: 'day', description: 'Quell spoke about ferry crossings', place: 'Northgate' },
    ])
    .run();
  db.insert(s.eventPeople)
    .values([
      { eventId: ids.closureEvent, personId: ids.quell },
      { eventId: ids.reviewEvent, personId: ids.renn },
      { eventId: ids.ferryEvent, personId: ids.quell },
    ])
    .run();
  const eventReport = (eventId: number, articleId: number, sentence: string, temporalText: string, body: string) => {
    const start = body.indexOf(sentence);
    const temporalStart = body.indexOf(temporalText, start);
    return { eventId, articleId, sentence, temporalText, start, end: start + sentence.length, temporalStart, temporalEnd: temporalStart + temporalText.length };
  };
  db.insert(s.eventReports)
    .values([
      eventReport(ids.closureEvent, ids.articleBridge, 'Minister Mara Quell said on Wednesday: "The old bridge will close for six weeks."', 'on Wednesday', BRIDGE_TEXT),
      eventReport(ids.closureEvent, ids.articleWireBridge, '"The old bridge will shut for six weeks, and ferries will run," Quell told reporters.', 'told', WIRE_TEXT),
      eventReport(ids.reviewEvent, ids.articleWireBridge, 'Renn will review the plans in March.', 'in March', WIRE_TEXT),
      eventReport(ids.undatedEvent, ids.articleBridge, 'Engineer Tobias Renn said the steel was sound.', 'said', BRIDGE_TEXT),
      eventReport(ids.ferryEvent, ids.articleFerry, '"Crossings are safe & frequent <always>," Quell said on Friday.', 'on Friday', FERRY_TEXT),
    ])
    .run();
}
