import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// Who an unattributed quotation continues when one sentence of background stands between it and its speaker.

const H = 'Cinemas go digital\n\n';
const LEAD = `${H}Fiona Marsh, director of the scheme, said the copies would be flawless.`;

const view = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

describe('an unattributed quotation after one sentence of background', () => {
  it('continues the speaker of the sentence before that', () => {
    expect(view(`${LEAD} The films will all be encrypted to prevent piracy.\n\n"People will see the picture is clearer."`)).toEqual([
      ['the copies would be flawless', 'Fiona Marsh'],
      ['People will see the picture is clearer.', 'Fiona Marsh'],
    ]);
  });

  it('is nobody\'s when that sentence names someone else', () => {
    expect(view(`${LEAD} Critic Tom Harlow doubts the plan will work.\n\n"People will see the picture is clearer."`)[1]).toEqual(
      ['People will see the picture is clearer.', null],
    );
  });

  it('is nobody\'s after more than one sentence of background', () => {
    expect(view(`${LEAD} The films will all be encrypted to prevent piracy.\n\nLater that year the scheme closed.\n\n"People will see the picture is clearer."`)[1]).toEqual(
      ['People will see the picture is clearer.', null],
    );
  });
});

describe('background that brings in someone unnamed', () => {
  it('ends the speaker\'s turn', () => {
    expect(view(`${LEAD} On Friday, the Bishop will ask the congregation to pray.\n\n"It is possible, it is real," he will say.`)[1]).toEqual(
      ['It is possible, it is real,', null],
    );
  });
});
