import { describe, expect, it } from 'vitest';
import { parseAnatomy } from '../../src/pipeline/anatomy.js';

const partText = (text: string, anatomy: ReturnType<typeof parseAnatomy>, kind: string): string[] =>
  (anatomy.parts ?? []).filter((p) => p.kind === kind).map((p) => anatomy.text.slice(p.start, p.end));

describe('parseAnatomy', () => {
  it('reads headline, byline, dateline and the credits paragraph of a wire story', () => {
    const body = [
      'Harbour strike halts grain exports',
      '',
      'By Maria Okafor, Jens Lund and Priya Raman',
      '',
      'SANTOS, March 3 (Reuters) - Dock workers at the port walked out on Monday, the union said.',
      '',
      'Exports were expected to resume next week.',
      '',
      '(Reporting by Maria Okafor; Additional reporting by Jens Lund in Oslo, Norway and Ana Silva in Lisbon; Editing by Tom Becker)',
    ].join('\n');
    const anatomy = parseAnatomy(body, {});
    expect(anatomy.title).toBe('Harbour strike halts grain exports');
    expect(anatomy.authors).toEqual(['Maria Okafor', 'Jens Lund', 'Priya Raman']);
    expect(anatomy.dateline).toBe('SANTOS');
    expect(anatomy.outlet).toBe('Reuters');
    expect(anatomy.sourceAgency).toBe('Reuters');
    expect(anatomy.credits).toEqual(['Maria Okafor', 'Jens Lund', 'Priya Raman', 'Ana Silva', 'Tom Becker']);
    expect(partText(body, anatomy, 'headline')).toEqual(['Harbour strike halts grain exports']);
    expect(partText(body, anatomy, 'byline')).toEqual(['By Maria Okafor, Jens Lund and Priya Raman']);
    expect(partText(body, anatomy, 'credit')[0]).toMatch(/^\(Reporting by Maria Okafor/);
  });

  it('recognises an AP dateline with a dash and a standfirst without a full stop', () => {
    const body = 'Rail fares to rise again\n\nCommuters face a third increase in two years\n\nLONDON (AP) — Fares will rise by 4% in January, the operator said.';
    const anatomy = parseAnatomy(body, {});
    expect(anatomy.standfirst).toBe('Commuters face a third increase in two years');
    expect(anatomy.dateline).toBe('LONDON');
    expect(anatomy.outlet).toBe('AP');
  });

  it('recognises a dateline without an agency by its capitals and spaced dash, and keeps the speaker after it clean', () => {
    const body = 'Mill to close\n\nPORTLAND, Maine — Harrow Paper Co. said on Friday that it would close its mill.';
    const anatomy = parseAnatomy(body, {});
    expect(anatomy.dateline).toBe('PORTLAND, Maine');
    expect(anatomy.outlet).toBeNull();
    expect(partText(body, anatomy, 'dateline')).toEqual(['PORTLAND, Maine —']);
    expect(parseAnatomy('Talks resume\n\nGENEVA -- Envoys met again on Monday.', {}).dateline).toBe('GENEVA');
    // A sentence that merely opens with an acronym, or a capitalised word before a dash, is no dateline.
    expect(parseAnatomy('Talks resume\n\nNATO said on Monday that envoys would meet.', {}).dateline).toBeNull();
    expect(parseAnatomy('Talks resume\n\nNATO—the alliance—met on Monday.', {}).dateline).toBeNull();
    expect(parseAnatomy('Talks resume\n\nGeneva — the city of talks — hosts envoys again.', {}).dateline).toBeNull();
  });

  it('keeps one copy of a repeated photo caption and credits the photographer', () => {
    const caption = 'Firefighters at the scene on Sunday. Photograph: Lena Hartmann/AFP';
    const body = `Warehouse fire contained\n\n${caption}\n${caption}\n\nThe blaze started in the early hours.`;
    const anatomy = parseAnatomy(body, {});
    expect(anatomy.text.split(caption)).toHaveLength(2);
    expect(anatomy.credits).toContain('Lena Hartmann');
    expect(partText(body, anatomy, 'caption')).toEqual([caption]);
  });

  it('reads the wire mark at the end of a rewritten story', () => {
    const anatomy = parseAnatomy('Talks resume\n\nNegotiators met again in Geneva on Friday. – (AFP)', {});
    expect(anatomy.sourceAgency).toBe('AFP');
    expect(partText('', anatomy, 'credit')).toEqual(['– (AFP)']);
  });

  it('removes site boilerplate lines but keeps prose that mentions the same words', () => {
    const body = [
      'Museum reopens after flood',
      '',
      'Related Video:',
      '',
      'For more news videos visit Example Live, available on all devices.',
      '',
      'READ MORE',
      '',
      'Advertisement',
      '',
      'Share this article',
      '',
      'Click here to sign up for our newsletter',
      '',
      'Staff said a click here and there on the old alarm panel had saved the collection.',
    ].join('\n');
    const anatomy = parseAnatomy(body, {});
    expect(anatomy.text).toBe('Museum reopens after flood\n\nStaff said a click here and there on the old alarm panel had saved the collection.');
  });

  it('lets given metadata win over what the text says', () => {
    const anatomy = parseAnatomy('Budget vote delayed\n\nBy Ola Berg\n\nThe vote was put off.', { title: 'Budget vote delayed', outlet: 'The Courier', authors: ['Ola Berg-Nilsen'] });
    expect(anatomy.title).toBe('Budget vote delayed');
    expect(anatomy.outlet).toBe('The Courier');
    expect(anatomy.authors).toEqual(['Ola Berg-Nilsen']);
  });

  it('never crashes on empty or odd input', () => {
    expect(parseAnatomy('', {}).text).toBe('');
    expect(parseAnatomy('\n\n\r\n', {}).title).toBeNull();
    expect(parseAnatomy('By', {}).authors).toEqual([]);
  });

  it('finds no byline, dateline or credits in plain prose', () => {
    const anatomy = parseAnatomy('Quiet day in the markets\n\nShares barely moved on Tuesday as traders waited for data.', {});
    expect(anatomy.authors).toEqual([]);
    expect(anatomy.dateline).toBeNull();
    expect(anatomy.credits).toEqual([]);
    expect(anatomy.sourceAgency).toBeNull();
    expect(anatomy.standfirst).toBeNull();
  });

  it('drops modern page furniture: teasers, save and listen buttons, timestamps and amendment notes', () => {
    const body = [
      'Orchard growers count frost losses',
      '',
      'Published 3 May 2024',
      'Save',
      'Listen · 4:12 min',
      '5 min read',
      '',
      'Growers in the valley lost half their blossom on Tuesday, the cooperative said.',
      '',
      'Related: Cooperative names new chair after vote',
      'Read more: How frost nets work',
      '',
      'This article was amended on 6 May 2024 to correct the name of the valley.',
      'Correction: An earlier version misnamed the cooperative.',
    ].join('\n');
    const anatomy = parseAnatomy(body, {});
    expect(anatomy.text).toBe('Orchard growers count frost losses\n\nGrowers in the valley lost half their blossom on Tuesday, the cooperative said.');
  });

  it('keeps prose that only begins like furniture', () => {
    const body = 'Frost hits orchards\n\nSave for the early pears, the crop was lost.\nRelated damage was reported in the hills on Monday.\nThis article was written with help from growers.';
    expect(parseAnatomy(body, {}).text).toBe(body);
  });

  it('marks a contributed-reporting note as a credit and credits the named reporters', () => {
    const body = 'Frost hits orchards\n\nGrowers lost blossom on Tuesday.\n\nStaff writers Noor Haddad and Pieter Claes contributed reporting.\nThe Associated Press contributed to this report.';
    const anatomy = parseAnatomy(body, {});
    expect(partText(body, anatomy, 'credit')).toEqual([
      'Staff writers Noor Haddad and Pieter Claes contributed reporting.',
      'The Associated Press contributed to this report.',
    ]);
    expect(anatomy.credits).toEqual(['Noor Haddad', 'Pieter Claes']);
    expect(parseAnatomy('Frost hits orchards\n\nGrowers lost blossom.\n\nKNN’s Ida Berg contributed to this report.', {}).credits).toEqual(['Ida Berg']);
  });
});
