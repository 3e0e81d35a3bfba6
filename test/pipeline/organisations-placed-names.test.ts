import { describe, expect, it } from 'vitest';
import { extract, quotesOf } from './extraction-helpers.js';

const H = 'Headline about grain exports\n\n';

function organisation(body: string, name: string): { name: string; aliases: string[] } | undefined {
  return extract(body).entities.find((e) => e.kind === 'organisation' && e.name === name);
}

describe('speaking organisations: a state or "New" opening the name', () => {
  it('keeps a dotted "U.S." or "U.K." opening a body\'s name, stop and all', () => {
    const quotes = quotesOf(`${H}The U.S. Commerce Department said on Friday that soybean exports rose 4 pct. "Prices will settle," the U.K. Treasury said.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['U.S. Commerce Department', 'U.K. Treasury']);
  });

  it('keeps the short form without the state as an alias, as for "US ..."', () => {
    const body = `${H}The U.S. Interior Department said drilling permits would be reviewed.`;
    expect(organisation(body, 'U.S. Interior Department')?.aliases).toContain('Interior Department');
  });

  it('keeps "U.S." before a one-word body a bare word would not name', () => {
    const quotes = quotesOf(`${H}The U.S. Consulate said it had no information on the detained sailors.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['U.S. Consulate']);
  });

  it('joins a later mention without the state to the placed body', () => {
    const result = extract(`${H}The U.S. Energy Department said reserves fell. The Energy Department said imports would rise next year.`);
    const bodies = result.entities.filter((e) => e.kind === 'organisation');
    expect(bodies.map((e) => e.name)).toEqual(['U.S. Energy Department']);
    expect(result.quotes.every((q) => q.speakerKey === bodies[0].key)).toBe(true);
  });

  it('does not reach back into the sentence before for a state closing it', () => {
    const quotes = quotesOf(`${H}Grain sales fell in the U.K. Harvest Board officials said the drought was to blame.`);
    expect(quotes.map((q) => q.speaker)).not.toContain('U.K. Harvest Board');
  });

  it('keeps "New" opening a name inside a sentence', () => {
    const quotes = quotesOf(`${H}The New Delhi Television Network said the broadcast would resume on Monday.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['New Delhi Television Network']);
  });

  it('keeps "New" of a place opening the sentence, not the adjective', () => {
    expect(quotesOf(`${H}New Zealand Netball Union said the tour would go ahead.`).map((q) => q.speaker)).toEqual(['New Zealand Netball Union']);
    expect(quotesOf(`${H}New Harbour Authority chiefs said the port would stay shut.`).map((q) => q.speaker)).not.toContain('New Harbour Authority');
  });
});

describe('speaking organisations: initials opening a firm\'s name', () => {
  it('keeps dotted initials in the name and joins the short form without them', () => {
    const result = extract(`${H}T.K. Marlowe Co said it would close its plant in Ohio. Marlowe said 200 jobs would go.`);
    const bodies = result.entities.filter((e) => e.kind === 'organisation');
    expect(bodies.map((e) => e.name)).toEqual(['T.K. Marlowe Co']);
    expect(result.quotes.map((q) => q.speakerKey)).toEqual([bodies[0].key, bodies[0].key]);
  });
});

describe('speaking organisations: a placed body before its people', () => {
  it('names the body with its state when its officials speak', () => {
    const quotes = quotesOf(`${H}U.S. Interior Department officials said the leases would be sold in June.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['U.S. Interior Department']);
  });

  it('takes one word after the state\'s dotted short form as a body before its people', () => {
    const quotes = quotesOf(`${H}U.S. Consulate officials said the visa office would reopen.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['U.S. Consulate']);
  });
});
