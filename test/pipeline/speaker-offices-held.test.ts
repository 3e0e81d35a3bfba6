import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// An office nobody in the story was named with, once read as the speaker going on, means that person again
// later in the story. Invented texts, with cases the rule must leave alone.

const H = 'Voss dismisses quit claim\n\n';
const speakerOf = (body: string, text: string): string | null | undefined => quotesOf(body).find((q) => q.text === text)?.speaker;

describe('an office taken to mean the speaker going on', () => {
  const opening = `${H}Gareth Voss has said he will not stand down before the autumn.\n\n"Nobody is going anywhere," the prime minister told a radio programme. The reports first appeared in a Sunday paper in March.`;

  it('means the same person when the story uses it again', () => {
    const body = `${opening} But the prime minister said the claims were nothing new.`;
    expect(speakerOf(body, 'Nobody is going anywhere,')).toBe('Gareth Voss');
    expect(speakerOf(body, 'the claims were nothing new')).toBe('Gareth Voss');
  });

  it('yields to someone the story names with that office', () => {
    const body = `${opening} Prime Minister Ilse Brandt of the neighbouring country was asked about the row on Monday. But the prime minister said the claims were nothing new.`;
    expect(speakerOf(body, 'the claims were nothing new')).toBe('Ilse Brandt');
  });

  it('does not carry another office', () => {
    const body = `${opening} But the finance minister said the claims were nothing new.`;
    expect(speakerOf(body, 'the claims were nothing new')).toBeNull();
  });

  it('stays unresolved when the office never meant anyone', () => {
    const body = `${H}The reports first appeared in a Sunday paper in March. Ilse Brandt and Gareth Voss were both asked about them. The row has rumbled on for months. But the prime minister said the claims were nothing new.`;
    expect(speakerOf(body, 'the claims were nothing new')).toBeNull();
  });
});
