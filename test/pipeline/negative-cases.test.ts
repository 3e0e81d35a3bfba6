import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';
import { expectNoQuotes, peopleOf } from './extraction-helpers.js';

// Texts that must yield no quotes: the writer's own statements of fact, scare
// quotes, titles, and verbs that look like speech but are not.
const NO_QUOTES = [
  'Markets close flat\n\nShares were little changed on Tuesday as investors waited for inflation figures.',
  'Rail report\n\nThe remarks were the strongest sign yet that the line would close. Repeated warnings were ignored.',
  'Film week\n\nCritics loved "The Quiet Harbour" and "Blue Hour" at the festival.',
  'Merger talks\n\nThe bank confirmed the merger on Friday. It has not yet announced when the deal will close.',
  'Prices\n\nThe so-called "green premium" added 5% to bills, the alleged cartel members paid fines.',
  'Schools\n\nTeachers asked for more time. Parents declined to say more.',
  'Weather\n\nThe storm, which the service described in its forecast, moved east overnight.',
  'Sport\n\nRoddick claims the vital first break and holds serve.',
  'Markets\n\nBank shares climbed by 2.7%, and Nordhaven added 5.3% to 740 yen.',
  'Politics\n\nBackbench MPs have warned against disunity before the vote.',
  '',
  '"',
  '“',
  'Unbalanced\n\nThe "new rules take effect in May for all drivers.\n\nNothing else happened that day.',
];

describe('negative cases', () => {
  for (const text of NO_QUOTES) {
    it(`finds no quotes in ${JSON.stringify(text.slice(0, 50))}`, () => expectNoQuotes(text));
  }

  it('finds no people where only places, bodies, days and months are named', () => {
    expect(peopleOf('Summit\n\nThe European Commission, the Kremlin and the Pentagon met in Geneva on Monday, March 3. The Cold War Museum and the Labour Party sent letters.')).toEqual([]);
  });

  it('never treats a journalist as a speaker', () => {
    const result = extractArticle('Dam repairs\n\nBy Hana Sato\n\nRepairs began on Monday, officials said.\n\n(Reporting by Hana Sato; Editing by Lars Berg)', {});
    const journalists = new Set(result.entities.filter((e) => e.journalist).map((e) => e.key));
    expect(journalists.size).toBe(2);
    expect(result.quotes.every((q) => q.speakerKey === null || !journalists.has(q.speakerKey))).toBe(true);
  });

  it('survives a very large text with unbalanced marks quickly', () => {
    const paragraph = 'He said "the plan works. It is a “test of ‘patience and the market’s mood, analysts said. ';
    const text = `Stress\n\n${paragraph.repeat(10000)}`;
    const started = Date.now();
    const result = extractArticle(text, {});
    expect(Date.now() - started).toBeLessThan(30000);
    for (const q of result.quotes) expect(q.end - q.start).toBeLessThan(text.length / 2);
  }, 60000);
});
