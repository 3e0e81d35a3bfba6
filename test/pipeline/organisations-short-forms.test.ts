import { describe, expect, it } from 'vitest';
import { extract, quotesOf } from './extraction-helpers.js';

// A short form in brackets after a body's name ("the Tarn Valley Water Board (TVWB)") is that body: when the
// short form speaks, the body speaks under its full name; a body's statement after the verb is the body speaking.

const bodies = (text: string): { name: string; aliases: string[] }[] =>
  extract(text).entities.filter((e) => e.kind === 'organisation').map((e) => ({ name: e.name, aliases: e.aliases }));

describe('short forms introduced in brackets', () => {
  it('names a speaking short form by the full name it was introduced with', () => {
    const text = 'Fines\n\nThe Northern Rowing Federation (NRF) fined two clubs on Monday. The NRF said the clubs had broken the rules.';
    expect(bodies(text)).toEqual([{ name: 'Northern Rowing Federation', aliases: ['NRF'] }]);
  });

  it('spells a short form with every capital of a hyphenated word and of a short form inside the name', () => {
    const text = 'Bans\n\nThe EU Anti-Fraud Office (EUAFO) opened an inquiry. EUAFO said the accounts had been altered.';
    expect(bodies(text)).toEqual([{ name: 'EU Anti-Fraud Office', aliases: ['EUAFO'] }]);
  });

  it('makes no entity of a body that only has its short form introduced', () => {
    expect(bodies('Fines\n\nThe Northern Rowing Federation (NRF) fined two clubs on Monday. The clubs will appeal.')).toEqual([]);
  });

  it('does not take a show, a product or a standard with a short form for a body', () => {
    const text = 'Gadgets\n\nThe Midland Gadget Show (MGS) opened on Monday. MGS said visitor numbers were up. The Open Pixel Standard (OPS) was launched. OPS said nothing.';
    expect(bodies(text).map((b) => b.name)).not.toContain('Midland Gadget Show');
    expect(bodies(text).map((b) => b.name)).not.toContain('Open Pixel Standard');
  });

  it('does not take a bracketed short form the name before it does not spell', () => {
    const text = 'Fines\n\nThe Northern Rowing Federation (XYZ) fined two clubs. XYZ said the clubs had broken the rules.';
    expect(bodies(text).map((b) => b.name)).toEqual(['XYZ']);
  });
});

describe("a body's statement after the verb", () => {
  it('credits the body whose statement is quoted', () => {
    const text = 'Ruling\n\nThe Hallam Sports Tribunal (HST) upheld the ban. "The evidence was clear," said an HST statement.';
    expect(quotesOf(text)).toEqual([{ kind: 'direct', text: 'The evidence was clear,', speaker: 'Hallam Sports Tribunal' }]);
  });

  it('credits nobody for a statement owned by no name', () => {
    const text = 'Ruling\n\nThe ban was upheld. "The evidence was clear," said a statement.';
    expect(quotesOf(text)).toEqual([{ kind: 'direct', text: 'The evidence was clear,', speaker: null }]);
  });
});
