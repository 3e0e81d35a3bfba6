import { describe, expect, it } from 'vitest';
import { peopleOf } from './extraction-helpers.js';

const H = 'Headline about a festival\n\n';

describe('people: given names and context', () => {
  it('finds people whose given names are common but were missing before', () => {
    const text = `${H}Organisers Jonny Abara and Beryl Okafor opened the gates at noon. Huw Tregear hosted the main stage.`;
    expect(peopleOf(text)).toEqual(['Jonny Abara', 'Beryl Okafor', 'Huw Tregear']);
  });

  it('keeps a hyphen-joined particle inside a name', () => {
    expect(peopleOf(`${H}Festival chairman Sheikh Khalid al-Rumaithi said the crowds were the largest yet.`)).toEqual(['Khalid al-Rumaithi']);
  });
});

describe('people: what is not a person', () => {
  it('does not take titles of works as people', () => {
    expect(peopleOf(`${H}The band played Howling Wolf and Forty Thousand Nights before a short break. Fans later queued for Hundred Ways Home.`)).toEqual([]);
  });

  it('does not take a show introduced with "The" as a person', () => {
    expect(peopleOf(`${H}She also presents The Green Lantern, a late show on Sundays.`)).toEqual([]);
  });

  it('does not take banks and firms named after founders as people', () => {
    expect(peopleOf(`${H}The deal was arranged by Goldman Sachs and Banque Populaire of Lyon, with Merrill Lynch advising.`)).toEqual([]);
  });

  it('does not take a publication that speaks as a person', () => {
    expect(peopleOf(`${H}Output rose by a tenth, the trade paper Harrow's Farming Reports said.`)).toEqual([]);
  });
});

describe('people: surnames that are also titles', () => {
  it('takes a known given name before a title word as a full name', () => {
    expect(peopleOf(`${H}The novel was written by Carol Bishop, who lives in Leeds.`)).toEqual(['Carol Bishop']);
  });

  it('does not take "X Queen of Y" or a title run as a person', () => {
    expect(peopleOf(`${H}The exhibition on Mary Queen of Scots opened at the Chief Executive's request.`)).toEqual([]);
  });
});
