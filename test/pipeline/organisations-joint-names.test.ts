import { describe, expect, it } from 'vitest';
import { extract } from './extraction-helpers.js';

// A public body's name may join two places or trades with "and": the whole name is one body.

const bodies = (text: string): string[] => extract(text).entities.filter((e) => e.kind === 'organisation').map((e) => e.name);

describe('bodies whose names join two words with "and"', () => {
  it('keeps both sides of a council, union or authority named for two places or trades', () => {
    expect(bodies('Repairs\n\nKelmoor and Dunraith Council said the repairs would cost millions.')).toEqual(['Kelmoor and Dunraith Council']);
    expect(bodies('Strike\n\nThe Porters and Dockhands Union said wages had fallen.')).toEqual(['Porters and Dockhands Union']);
  });

  it('does not join a person or a body with its own head to the body after "and"', () => {
    expect(bodies('Repairs\n\nFenwick Council and Dunraith Council said the repairs would cost millions.')).not.toContain('Fenwick Council and Dunraith Council');
    const { entities } = extract('Repairs\n\nCouncillor Maren Tolley and Dunraith Council said the repairs would cost millions.');
    expect(entities.map((e) => e.name)).not.toContain('Maren Tolley and Dunraith Council');
  });
});
