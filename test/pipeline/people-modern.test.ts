import { describe, expect, it } from 'vitest';
import { extract, peopleOf } from './extraction-helpers.js';

// Forms of names and bodies common in today's news: initials with stops, firms named after the
// staff who work there, ships named after people, and a surname standing alone as a speaker.

describe('initials written with stops', () => {
  it('keeps two dotted initials with the surname they open', () => {
    expect(peopleOf('Rally\n\nP.K. Ostrander told a rally in Dayton that the policy was working.')).toEqual(['P.K Ostrander']);
    const { entities } = extract('Rally\n\nR.J. Vellacott told a rally that the plan would work. Vellacott added that help was coming.');
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['R.J Vellacott']);
    expect(entities.map((e) => e.name)).not.toContain('Vellacott');
  });

  it('does not read a place or a bank written with stops as initials', () => {
    expect(peopleOf('Markets\n\nU.S. Treasury yields rose. J.P. Morgan said rates would rise. The N.Z. Dlrs fell.')).toEqual([]);
  });
});

describe('bodies named after the people who work there', () => {
  it('reads a name after "analysts at" or "staff at" as a body', () => {
    expect(peopleOf('Shares\n\nAnalysts at Orrin Vale said the sell-off could deepen.')).toEqual([]);
    expect(peopleOf('Shares\n\nStaff at Brandle Kerr said they would strike.')).toEqual([]);
    expect(peopleOf('Shares\n\nEconomists at the Halvern Dunn said growth would slow.')).toEqual([]);
  });

  it('still reads a person named after other words as a person', () => {
    expect(peopleOf('Shares\n\nAnalysts said the sell-off could deepen. Orrin Vale said prices would fall.')).toEqual(['Orrin Vale']);
  });
});

describe('ships named after people', () => {
  it('takes no person from a ship\'s name', () => {
    expect(peopleOf('Carrier\n\nHMS Queen Marisa sailed from Portsmouth. The USS Edwin Talmadge arrived later.')).toEqual([]);
    expect(peopleOf('Carrier\n\nQueen Marisa visited the dockyard.')).toEqual(['Marisa']);
  });
});

describe('a surname standing alone as a speaker', () => {
  it('is a person when the clause of its speech verb calls it "he" or "she"', () => {
    const body = 'Tariffs\n\nDravnik told reporters on Tuesday that he would not back down on tariffs.';
    const { entities } = extract(body);
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Dravnik']);
  });

  it('is no person when the clause calls it "it" or "they", or the pronoun is in another sentence', () => {
    expect(peopleOf('Tariffs\n\nHolvex told reporters on Tuesday that it would not back down on prices.')).toEqual([]);
    expect(peopleOf('Tariffs\n\nHolvex said prices would rise. He did not say when.')).toEqual([]);
  });

  it('is a person when "his" or "her" opens what it said', () => {
    expect(peopleOf('War\n\nVardolin said his forces had repelled attacks overnight.')).toEqual(['Vardolin']);
    expect(peopleOf('War\n\nVardolin said its forces had repelled attacks overnight.')).toEqual([]);
  });

  it('is a person when it owns kin or an office, but not lawyers or a successor', () => {
    const body = 'Visit\n\nKessanby\u2019s wife, Orla Dunmere, said she was proud. Kessanby said prices would fall.';
    expect(peopleOf(body)).toEqual(['Kessanby', 'Orla Dunmere']);
    expect(peopleOf('Visit\n\nDuring Harrowgate\'s presidency, the deficit rose, Harrowgate said.')).toEqual(['Harrowgate']);
    expect(peopleOf('Court\n\nQuorvex\'s lawyers said the case had no merit. Quorvex said it would appeal.')).toEqual([]);
    expect(peopleOf('Games\n\nDetails of Zentra\'s successor will be unveiled in May, Zentra said.')).toEqual([]);
  });
});

describe('credited journalists', () => {
  it('drops the outlet owning a credited name', () => {
    const body = 'Outbreak grows\n\nHealth officials said cases had risen.\n\nVRT’s Nadia Kellerby contributed to this report.';
    const journalists = extract(body).entities.filter((e) => e.journalist).map((e) => e.name);
    expect(journalists).toEqual(['Nadia Kellerby']);
  });
});

describe('regnal and generational numbers', () => {
  it('keeps a number closing a titled name or a name of three words', () => {
    const body = 'Floods\n\nKing Osvaldo VI visited the town. Osvaldo said he understood the anger. Lionel Avery Marsh III said his father would have been proud.';
    expect(peopleOf(body)).toEqual(['Osvaldo VI', 'Lionel Avery Marsh III']);
  });

  it('takes no person from a work numbered like a king', () => {
    expect(peopleOf('Rugby\n\nIt was dubbed "rugby\'s version of Rocky II". Critics loved Kellan\'s Marcus IV.')).toEqual([]);
  });
});

describe('women\'s given names the lists once took for men\'s', () => {
  it('joins "Ms X" to the woman of two namesakes', () => {
    for (const given of ['Uma', 'Matilda', 'Kendra', 'Khadija']) {
      const body = `Rally\n\nKarel Dostan and ${given} Dostan spoke at the rally. Ms Dostan said the party would win.`;
      const woman = extract(body).entities.find((e) => e.name === `${given} Dostan`);
      expect(woman?.aliases).toContain('Ms Dostan');
    }
  });
});

describe('Irish titles', () => {
  it('reads the Taoiseach and the Tánaiste as titles, not bodies', () => {
    const body = 'Housing\n\nTaoiseach Colm Ferriter said homes would be built. The Tánaiste said workers would be supported.';
    const { entities } = extract(body);
    expect(entities.map((e) => e.name)).toEqual(['Colm Ferriter']);
    expect(entities[0].roles).toContain('taoiseach');
  });
});

describe('a given name that is also a title', () => {
  it('keeps "Marine" before a surname opened by a particle', () => {
    expect(peopleOf('Vote\n\nMarine De Rossi said the plan was a fantasy. De Rossi said she would vote against it.')).toEqual(['Marine De Rossi']);
  });

  it('still reads "Marine" as a title before a full name', () => {
    expect(peopleOf('Base\n\nMarine Sergeant Dale Van Witt said the base was safe.')).toEqual(['Dale Van Witt']);
  });
});
