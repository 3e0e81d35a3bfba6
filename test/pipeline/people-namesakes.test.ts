import { describe, expect, it } from 'vitest';
import { extract, peopleOf } from './extraction-helpers.js';

// Short forms that must find the right full name: a surname that is also a given name, and an
// honorific that tells namesakes of a family apart. Invented texts.

const mentionsOf = (body: string): Record<string, string[]> =>
  Object.fromEntries(extract(body).entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.mentions.map((m) => m.text)]));

describe('a surname that is also a given name', () => {
  it('keeps an uncued pair whose surname the article writes after "Mr"', () => {
    const body = 'Ban upheld\n\nThe ban on trawling in the bay is "very clear", Emrys Owen has said. Mr Owen told a radio programme the law would hold.';
    expect(mentionsOf(body)).toEqual({ 'Emrys Owen': ['Emrys Owen', 'Owen'] });
  });

  it('leaves such a pair alone when nothing shows a person', () => {
    expect(peopleOf('Ban upheld\n\nThe ban covers Tarrow Owen and the bay beyond it.')).toEqual([]);
  });
});

describe('an honorific among namesakes', () => {
  const body = 'Trial costs\n\nReporters covering singer Marcus Delaney\'s trial asked to see the forms. Mr Delaney denies the charges.\n\n'
    + 'His mother Patricia Delaney told a TV network her son was innocent. Describing Mr Delaney as "a good person", she said he would not get a fair trial. '
    + 'Mrs Delaney said she could not sleep.';

  it('joins "Mr" to the man and "Mrs" to the woman of the family', () => {
    expect(mentionsOf(body)).toEqual({
      'Marcus Delaney': ['Marcus Delaney', 'Delaney', 'Delaney'],
      'Patricia Delaney': ['Patricia Delaney', 'Delaney'],
    });
  });

  it('still joins "Mr" to the nearest namesake when both are men', () => {
    const brothers = 'Club sale\n\nOwner Victor Halloran sold the club to his brother Dermot Halloran. Mr Halloran said the price was fair.';
    expect(mentionsOf(brothers)).toEqual({ 'Victor Halloran': ['Victor Halloran'], 'Dermot Halloran': ['Dermot Halloran', 'Halloran'] });
  });
});
