import { describe, expect, it } from 'vitest';
import { extract, quotesOf } from './extraction-helpers.js';

// Bodies named in full after the verb ("..., says the Office for Rural Statistics (ORS).") and the short forms
// an article brackets after a body's full name. Invented texts, with texts each rule must leave alone.

const H = 'Harbour levy row deepens\n\n';

const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);
const bodies = (body: string): { name: string; aliases: string[] }[] =>
  extract(body).entities.filter((e) => e.kind === 'organisation').map((e) => ({ name: e.name, aliases: e.aliases }));

describe('a body named with "the" after the verb closing the sentence', () => {
  it('is the speaker, with "of" or "for" inside its name and its short form in brackets after it', () => {
    expect(speakers(`${H}Cargo volumes at the port rose by 4% last year, said the Trovex Shipping Foundation.`)).toEqual([
      ['Cargo volumes at the port rose by 4% last year', 'Trovex Shipping Foundation'],
    ]);
    expect(speakers(`${H}Freight charges will fall sharply in 2006, says the Office for Harbour Statistics (OHS).`)).toEqual([
      ['Freight charges will fall sharply in 2006', 'Office for Harbour Statistics'],
    ]);
    expect(speakers(`${H}Mobile phone users grew by 1.4 million in October, said the Telecom Regulatory Authority of Norland.`)).toEqual([
      ['Mobile phone users grew by 1.4 million in October', 'Telecom Regulatory Authority of Norland'],
    ]);
    expect(speakers(`${H}Trust in the harbour board can only be restored by an inquiry, say the Lib Dems.`)).toEqual([
      ['Trust in the harbour board can only be restored by an inquiry', 'Lib Dems'],
    ]);
  });

  it('leaves a person described after the verb, or a listener after "told", alone', () => {
    expect(speakers(`${H}The levy would be scrapped within a year, said the Spaniard.`)).toEqual([
      ['The levy would be scrapped within a year', null],
    ]);
    expect(speakers(`${H}The levy would be scrapped within a year, said the Harbour Master.`)).toEqual([
      ['The levy would be scrapped within a year', null],
    ]);
    expect(bodies(`${H}Jane Corran, the port's manager, told the Western Daily Courier that the levy would go.`)).toEqual([]);
  });
});

describe('a short form bracketed after a body\'s full name', () => {
  it('is the same body when both speak, and an alias of it', () => {
    const body = `${H}Freight charges will fall sharply in 2006, says the Office for Harbour Statistics (OHS). The OHS said exports would also rise next year.`;
    expect(speakers(body)).toEqual([
      ['Freight charges will fall sharply in 2006', 'Office for Harbour Statistics'],
      ['exports would also rise next year', 'Office for Harbour Statistics'],
    ]);
    expect(bodies(body)).toEqual([{ name: 'Office for Harbour Statistics', aliases: ['OHS'] }]);
  });

  it('keeps a short form no name was bracketed with, and another body named beside it, apart', () => {
    expect(bodies(`${H}The Brindle Tourism Council said jobs were lost at the port. The NHA said it would open an inquiry into the losses.`)).toEqual([
      { name: 'Brindle Tourism Council', aliases: [] },
      { name: 'NHA', aliases: [] },
    ]);
  });
});

describe('"the company" with an appositive or a relative clause before its verb', () => {
  it('is the body named before, even when that body never spoke', () => {
    expect(speakers(`${H}Vexlo Corp <VXL>, the leading maker of memory chips, alerted the industry to its plans last autumn.\n\nThe company, which just reported a loss for 2004, said it will spend 75 mln dlrs on new plants.`)).toEqual([
      ['it will spend 75 mln dlrs on new plants', 'Vexlo Corp'],
    ]);
  });

  it('is the name in apposition right after the noun', () => {
    expect(speakers(`${H}A German firm whose main product comes from bat saliva is looking to raise money.\n\nThe firm, Pavlon, said that it hoped to sell 5 million shares.`)).toEqual([
      ['it hoped to sell 5 million shares', 'Pavlon'],
    ]);
  });

  it('is nobody when no body was named before', () => {
    expect(speakers(`${H}Harbour fees rose again this spring.\n\nThe company, which just reported a loss for 2004, said it will spend 75 mln dlrs on new plants.`)).toEqual([
      ['it will spend 75 mln dlrs on new plants', null],
    ]);
  });
});

describe('a document named with its author', () => {
  it('speaks for the body named before the noun, and "the report" after it does too', () => {
    expect(speakers(`${H}Despite a short rise in jobs in 2003, the economy is performing well below its potential, said a Norland Development Bank report.\n\nGrowth can also be put down to a lull in the fighting, the report said.`)).toEqual([
      ['Despite a short rise in jobs in 2003, the economy is performing well below its potential', 'Norland Development Bank'],
      ['Growth can also be put down to a lull in the fighting', 'Norland Development Bank'],
    ]);
    expect(speakers(`${H}The Trovex Institute report said harbour costs had risen by 4% in a year.`)).toEqual([
      ['harbour costs had risen by 4% in a year', 'Trovex Institute'],
    ]);
  });

  it('leaves a title before the noun, a nationality, or a capitalised document name alone', () => {
    expect(speakers(`${H}Oxfam's Paying the Price report said the levy would cost jobs.`)).toEqual([
      ['the levy would cost jobs', null],
    ]);
    expect(speakers(`${H}The Greek statement said talks on the levy would resume.`)).toEqual([
      ['talks on the levy would resume', null],
    ]);
  });
});

describe('a bare spokesperson after a sentence a body opens', () => {
  it('speaks for that body, though no cue made the body speak', () => {
    expect(speakers(`${H}But the Department of Harbours defended the measures. A spokesman said the rules had been reviewed.`)).toEqual([
      ['the rules had been reviewed', 'Department of Harbours'],
    ]);
    expect(speakers(`${H}The Norland Pilots Association has issued guidance to its members. "Basically, it is not going to be easy," a spokesperson said.`)).toEqual([
      ['Basically, it is not going to be easy,', 'Norland Pilots Association'],
    ]);
  });

  it('stays unnamed after a sentence a person or a plain noun opens', () => {
    expect(speakers(`${H}Jane Corran criticised the levy. A spokeswoman said it would be dropped.`)).toEqual([
      ['it would be dropped', null],
    ]);
    expect(speakers(`${H}The harbour board refused to comment. A spokeswoman said the levy would be dropped.`)).toEqual([
      ['the levy would be dropped', null],
    ]);
  });
});
