import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// "according to recent research by X", "according to a survey carried out by X": the body the finding came from speaks.

const claim = 'Web\n\nMore adults now shop online, according to ';

describe('"according to" a finding with its source', () => {
  it('credits the body named after "research by", past a word dating the finding', () => {
    expect(quotesOf(`${claim}recent research by the Halloway Internet Project.`)).toEqual([
      { kind: 'indirect', text: 'More adults now shop online', speaker: 'Halloway Internet Project' },
    ]);
    expect(quotesOf(`${claim}the latest poll from the Tarrow Institute.`)).toEqual([
      { kind: 'indirect', text: 'More adults now shop online', speaker: 'Tarrow Institute' },
    ]);
  });

  it('credits a firm introduced by its trade after "a survey carried out by"', () => {
    expect(quotesOf('Staff\n\nAccording to a survey carried out by security firm Tarnlock, 40% of staff reuse passwords.')).toEqual([
      { kind: 'indirect', text: '40% of staff reuse passwords', speaker: 'Tarnlock' },
    ]);
  });

  it('credits nobody for a finding with no source or an unnamed one', () => {
    expect(quotesOf(`${claim}recent research.`)).toEqual([{ kind: 'indirect', text: 'More adults now shop online', speaker: null }]);
    expect(quotesOf(`${claim}research from a Kelton investment bank.`)).toEqual([{ kind: 'indirect', text: 'More adults now shop online', speaker: null }]);
  });
});
