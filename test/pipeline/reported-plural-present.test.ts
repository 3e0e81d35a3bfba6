import { describe, expect, it } from 'vitest';
import { quotesOf } from './extraction-helpers.js';

// "Critics argue that ...", "officials also insist they ...": bare present verbs of speech after a plural subject.

const H = 'Patent row grows\n\nThe patent office granted 400 software patents last year.\n\n';
const indirect = (body: string): [string, string | null][] => quotesOf(body).filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker]);

describe('a bare present verb of speech after a plural subject', () => {
  it('reports the clause after it', () => {
    expect(indirect(`${H}Open-source developers argue that many should never have been granted.`)).toEqual([
      ['many should never have been granted', null],
    ]);
  });

  it('reports past an adverb and without "that" for verbs that need none', () => {
    expect(indirect(`${H}Dock workers also insist the port will reopen in May.`)).toEqual([
      ['the port will reopen in May', null],
    ]);
  });

  it('reports after "they" and before a quoted phrase inside the clause', () => {
    expect(quotesOf(`${H}They warn Mr Okafor has been "less than candid" about the costs.`)).toEqual([
      { kind: 'indirect', text: 'Mr Okafor has been "less than candid" about the costs', speaker: null },
      { kind: 'direct', text: 'less than candid', speaker: null },
    ]);
  });

  it('needs "that" or a subject after verbs that also take plain objects', () => {
    expect(indirect(`${H}Critics claim the moral high ground in every debate.`)).toEqual([]);
  });
});

describe('a bare verb that reports nothing', () => {
  it('is a noun or an infinitive after an article, a possessive or "to"', () => {
    expect(indirect(`${H}The firm wants to claim that relief. Its claim that costs rose was rejected. A warn that the site is down appears.`)).toEqual([]);
  });

  it('follows no plural subject', () => {
    expect(indirect(`${H}This argue that nobody reads is odd. The analysis claim that it works is weak.`)).toEqual([]);
  });

  it('sums up a story in a headline or standfirst', () => {
    expect(indirect('Software patents under fire\n\nCampaigners warn small firms will pay the price for new rules\n\nThe patent office granted 400 software patents last year.')).toEqual([]);
  });
});

describe('members of a named body', () => {
  it('are left to the past forms, whose speaker the body is', () => {
    expect(indirect(`${H}Acme officials also argue the patents were fairly granted.`)).toEqual([]);
  });
});
