import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// "it said" after a sentence whose subject is a body no stage named ("The Vellmoor Chamber of Trade welcomed ...").

const view = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);
const LEAD = 'Shop hours plan\n\nThe Ministry of Retail said it had set new opening hours.';

describe('"it said" after an unnamed body opened the sentence before', () => {
  it('is not given to a body named earlier in the story', () => {
    const quotes = view(`${LEAD}\n\nShopkeepers had opposed longer hours. The Vellmoor Chamber of Trade welcomed the change. "This is a fair compromise," it said.`);
    expect(quotes[1]).toEqual(['This is a fair compromise,', null]);
  });

  it('still reaches the body the sentence before is about when it was named', () => {
    expect(view(`${LEAD}\n\nThe Ministry of Retail defended the change. "This is a fair compromise," it said.`).slice(1)).toEqual([
      ['This is a fair compromise,', 'Ministry of Retail'],
    ]);
  });

  it('still reaches a named body when the sentence before opens with a plain noun', () => {
    expect(view(`${LEAD}\n\nThe change was welcomed by shoppers. "This is a fair compromise," it said.`).slice(1)).toEqual([
      ['This is a fair compromise,', 'Ministry of Retail'],
    ]);
  });
});
