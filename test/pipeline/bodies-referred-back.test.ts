import { describe, expect, it } from 'vitest';
import { extract, peopleOf, quotesOf } from './extraction-helpers.js';

// Bodies a later sentence refers back to by the noun their name ends in ("the alliance", "the trust"),
// and people whose surnames are such nouns. Invented texts.

const bodies = (body: string): string[] => extract(body).entities.filter((e) => e.kind === 'organisation').map((e) => e.name);
const speakers = (body: string): [string, string | null][] => quotesOf(body).map((q) => [q.text, q.speaker]);

describe('a body referred back to by the noun its name ends in', () => {
  it('lets "the alliance", "the trust", "the foundation" and "the federation" speak for the body named before', () => {
    const text = 'Hunt ban vote looms\n\nThousands marched in Fenwick on Saturday in a protest organised by the Moorland Alliance. The alliance said the ban would cost 8,000 jobs.\n\n'
      + 'The Riverbank Trust opposed the plan. The trust said it had not been consulted.\n\n'
      + 'Members of the Orwell Foundation met on Monday. The foundation said the vote was unfair.\n\n'
      + 'The National Potters Federation wrote to ministers. The federation said the tax would ruin small firms.';
    expect(speakers(text)).toEqual([
      ['the ban would cost 8,000 jobs', 'Moorland Alliance'],
      ['it had not been consulted', 'Riverbank Trust'],
      ['the vote was unfair', 'Orwell Foundation'],
      ['the tax would ruin small firms', 'National Potters Federation'],
    ]);
  });

  it('lets "the committee" and "the court" mean only a body so named, never the last one heard', () => {
    expect(speakers('Fees\n\nThe Commons Transport Committee questioned the minister. The committee said the fees were too high.')).toEqual([
      ['the fees were too high', 'Commons Transport Committee'],
    ]);
    expect(speakers('Fees\n\nThe Harbour Authority raised its fees on Monday. The committee said the vote would be held in March.')).toEqual([
      ['the vote would be held in March', null],
    ]);
    expect(speakers('Ruling\n\nVexo Media lost its appeal. The court said the networks could not be deemed illegal.')).toEqual([
      ['the networks could not be deemed illegal', null],
    ]);
  });

  it('never takes a person whose surname is such a noun for the body', () => {
    const text = 'Tennis veteran honoured\n\nFormer champion Margaret Court was honoured at Wimbledon on Monday. Court said she was delighted by the award.\n\nThe court said the appeal had failed.';
    expect(peopleOf(text)).toEqual(['Margaret Court']);
    expect(speakers(text)).toEqual([
      ['she was delighted by the award', 'Margaret Court'],
      ['the appeal had failed', null],
    ]);
  });
});

describe('a place joined to a participle before a body', () => {
  it('describes the body and is no part of its name', () => {
    expect(speakers('Banks\n\nHowever, a report in the Norland-published Harbour Gazette said on Monday that the banks had scrapped the plan.')).toEqual([
      ['the banks had scrapped the plan', 'Harbour Gazette'],
    ]);
    expect(speakers('Ruling\n\nIn May the Port Vale-based Regional Court of Appeals ruled for the networks. The court said the networks were not liable.')).toEqual([
      ['the networks were not liable', 'Regional Court of Appeals'],
    ]);
    expect(speakers('Stores\n\nThe Ohio-based Torvald group, which runs 40 stores, said it planned to open more.')).toEqual([
      ['it planned to open more', 'Torvald group'],
    ]);
  });
});

describe('a body that is told something or talked about', () => {
  it('does not speak', () => {
    expect(bodies('Trial\n\nThe Harrow Crown Court opened on Monday. Three men forged ballots, the court was told.')).toEqual([]);
    expect(bodies('Games\n\nInvestors are circling. Ohio-based Vexlon is said to be on the list.')).toEqual([]);
    expect(bodies('Dairy\n\nThe banks denied wrongdoing. Vexlon was declared insolvent in 2003.')).toEqual([]);
  });
});

describe('a broadcaster named by a number word', () => {
  it('speaks when the article introduces it as one', () => {
    const text = 'Advert rapped\n\nTV channel Seven has been criticised for a mail-out. Seven said it had received 40 complaints. A Seven spokesman said the packs were withdrawn.';
    expect(speakers(text)).toEqual([
      ['it had received 40 complaints', 'Seven'],
      ['the packs were withdrawn', 'Seven'],
    ]);
  });

  it('stays a number elsewhere', () => {
    expect(bodies('Crash\n\nSeven people were hurt. Five said they had seen the lorry swerve.')).toEqual([]);
  });
});

describe('a word opening a sentence before a speech verb', () => {
  it('is no body when it is an adverb, a verb in "-ing" or "everybody"', () => {
    expect(bodies('Phishing\n\nThe filters caught two million e-mails a month. Worryingly, said the report, the gangs were getting smarter.')).toEqual([]);
    expect(bodies('Sprint\n\nYou have to be careful. Having said that, Tom looks in better shape.')).toEqual([]);
    expect(bodies('Charts\n\n"Everybody says that Christmas hits are dull," he said.')).toEqual([]);
  });

  it('still lets a firm whose name ends in "-ing" speak', () => {
    expect(bodies('Jets\n\nAirbus won the order. Vorling said it would appeal.')).toEqual(['Vorling']);
  });
});
