import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// Layouts of direct quotes in present-day news pages.

const H = 'Cup run goes on\n\n';
const view = (body: string): [string, string, string | null][] => quotesOf(body).map((q) => [q.kind, q.text, q.speaker]);

describe('a quoted question or exclamation before its attribution', () => {
  it('is attributed by the name and verb after it, however short', () => {
    expect(view(`${H}Rovers coach Dana Whitfield was in no mood to relax.\n\n"Why not us?" Whitfield asked. "Why not this year?"`)).toEqual([
      ['direct', 'Why not us?', 'Dana Whitfield'],
      ['direct', 'Why not this year?', 'Dana Whitfield'],
    ]);
  });

  it('is attributed across an exclamation mark and a titled name', () => {
    expect(view(`${H}Tomas Berg watched from the stand with Nora Quinn.\n\n"What a finish to the season!" Ms Quinn said. "I can't believe it."`)).toEqual([
      ['direct', 'What a finish to the season!', 'Nora Quinn'],
      ['direct', "I can't believe it.", 'Nora Quinn'],
    ]);
  });

  it('leaves a sentence of its own to a name whose verb reports a clause', () => {
    const quotes = view(`${H}"Who pays for the new stand?" Tomas Berg said the club would not answer that.`);
    expect(quotes).toContainEqual(['indirect', 'the club would not answer that', 'Tomas Berg']);
  });
});
