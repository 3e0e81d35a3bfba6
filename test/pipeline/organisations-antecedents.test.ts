import { describe, expect, it } from 'vitest';
import { extract, quotesOf } from './extraction-helpers.js';

// Which body "the bank" or "the company" means, and where one body's name ends and the next begins.
// Invented texts, with texts each rule must leave alone.

const H = 'Banks cut jobs\n\n';
const speakers = (body: string): (string | null)[] => quotesOf(body).map((q) => q.speaker);

describe('two bodies joined by "and"', () => {
  it('splits when the left side is a body name of its own and the right has a name before its suffix', () => {
    expect(speakers(`${H}Norden Bank and Halvard Credit Group said on Monday they would share a payments system.`)).toEqual(['Halvard Credit Group']);
  });

  it('keeps one name whose right side is a suffix or a single word before it', () => {
    expect(speakers(`${H}Union Bank and Trust Co said it would close ten branches.`)).toEqual(['Union Bank and Trust Co']);
    expect(speakers(`${H}Harlow and Benning Corp said it would close two plants.`)).toEqual(['Harlow and Benning Corp']);
  });
});

describe('"the bank" after a body described as one', () => {
  it('means the body an appositive called a bank, when the story came back to it, not a bank named in passing', () => {
    const body = `${H}Veldtmark, the Netherlands' largest bank, is to cut 2,000 jobs. Veldtmark is the third bank to cut staff, following Norden Bank.\n\n`
      + 'Veldtmark\'s operations in Asia will be hardest hit. The bank said it was on course for higher profits.';
    expect(speakers(body)).toEqual(['Veldtmark']);
  });

  it('still means the bank named last when the story moved on to it', () => {
    const body = `${H}Veldtmark, the Netherlands' largest bank, is to cut 2,000 jobs. Norden Bank also cut 500 jobs on Monday. The bank said demand had fallen.`;
    expect(speakers(body)).toEqual(['Norden Bank']);
  });
});

describe('"the company" after a sentence about a body', () => {
  it('means a one-word firm the sentence before opens with', () => {
    const body = 'Search launch\n\nVexlo is also using sliders that let people adjust results. The company said feedback from testers had been used.';
    expect(speakers(body)).toEqual(['Vexlo']);
  });

  it('means the subject of the sentence before, not a body named later in it', () => {
    const body = 'Spam firm\n\nQuorbix was fighting several legal battles, most notably against Halden Systems Inc, which wants damages. '
      + 'The company said filing for protection would help it keep trading.';
    expect(speakers(body)).toEqual(['Quorbix']);
  });

  it('does not take a word the article also writes in lower case, or a place, for a firm', () => {
    expect(speakers('Search launch\n\nSliders is the new craze and sliders are everywhere. The company said sales of the new sliders rose sharply over the winter.')).toEqual([null]);
    expect(speakers('Search launch\n\nNorway is also using sliders. The company said sales of the new sliders rose sharply over the winter.')).toEqual([null]);
  });
});

describe('a name closing a role before the verb', () => {
  const orgsOf = (body: string): string[] => extract(body).entities.filter((e) => e.kind === 'organisation').map((e) => e.name);

  it('is where the role is held, not who speaks', () => {
    expect(orgsOf(`${H}The MP for Tarrowdale and Vexley said the talks had stalled for weeks.`)).toEqual([]);
    expect(orgsOf(`${H}The chairman of Quorbix said the talks had stalled for weeks.`)).toEqual([]);
  });

  it('still lets a spokesman speak for the body', () => {
    expect(speakers(`${H}A spokesman for Quorbix said the talks had stalled for weeks.`)).toEqual(['Quorbix']);
  });
});
