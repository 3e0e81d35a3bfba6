import { describe, expect, it } from 'vitest';
import { candidateKeys, contentWords, matchEvent, matchPerson, matchQuote, nameKey, organisationKey, organisationShortName, surnameOf, wordTokens, type EventContext, type KnownEvent, type KnownPerson, type KnownQuote } from '../../src/pipeline/match.js';

const person = (id: number, name: string, aliases: string[] = []): KnownPerson => ({ id, kind: 'person', name, aliases });
const entity = (name: string, aliases: string[] = []) => ({ kind: 'person' as const, name, aliases });

describe('nameKey and candidateKeys', () => {
  it('drops forms of address, accents and punctuation', () => {
    expect(nameKey('Gen. Jim Mattis')).toBe('jim mattis');
    expect(nameKey('Mr Putin')).toBe('putin');
    expect(nameKey('François Hollande')).toBe('francois hollande');
    expect(nameKey("Conan O'Brien")).toBe('conan obrien');
    expect(nameKey('Prince Harry')).toBe('prince harry');
  });

  it('looks a name up by itself, its nickname forms and its surname', () => {
    const keys = candidateKeys('Jim Mattis');
    expect(keys).toEqual(expect.arrayContaining(['jim mattis', 'james mattis', 'mattis']));
    expect(candidateKeys('Sergey Lavrov')).toEqual(expect.arrayContaining(['sergei lavrov', 'lavrov']));
    expect(candidateKeys('Mattis')).toEqual(['mattis']);
    expect(candidateKeys('')).toEqual([]);
  });

  it('looks a name up by its surname, not a generation suffix, in every known spelling', () => {
    expect(candidateKeys('Donald Trump Jr')).toContain('trump');
    expect(candidateKeys('Donald Trump Jr')).not.toContain('jr');
    expect(candidateKeys('Sergei Shoygu')).toEqual(expect.arrayContaining(['shoygu', 'shoigu']));
  });

  it('reads the surname of a full name as written, with its particles', () => {
    expect(surnameOf('Gen. Jim Mattis')).toBe('Mattis');
    expect(surnameOf('Charles de Gaulle')).toBe('de Gaulle');
    expect(surnameOf('Donald Trump Jr.')).toBe('Trump');
    expect(surnameOf("Conan O'Brien")).toBe("O'Brien");
    expect(surnameOf('Mattis')).toBeNull();
    expect(surnameOf('Gen Mattis')).toBeNull();
    expect(surnameOf('')).toBeNull();
  });
});

describe('matchPerson', () => {
  const known = [person(1, 'Jim Mattis', ['Mattis', 'Gen Mattis']), person(2, 'Donald Trump', ['Trump']), person(3, 'Sergei Lavrov', ['Lavrov'])];

  it('joins the same person across forms of the name', () => {
    expect(matchPerson(entity('James Mattis'), known)).toBe(1);
    expect(matchPerson(entity('Jim Mattis', ['Gen Jim Mattis']), known)).toBe(1);
    expect(matchPerson(entity('Sergey Lavrov'), known)).toBe(3);
    expect(matchPerson(entity('J. Mattis'), known)).toBe(1);
    expect(matchPerson(entity('Recep Tayyip Erdogan'), [person(9, 'Tayyip Erdogan')])).toBe(9);
  });

  it('keeps different people who share a surname apart', () => {
    expect(matchPerson(entity('Melania Trump', ['Trump']), known)).toBeNull();
    expect(matchPerson(entity('Donald Trump Jr'), known)).toBeNull();
    expect(matchPerson(entity('George H. Bush'), [person(5, 'George W. Bush')])).toBeNull();
  });

  it('joins a full name only to a person whose own name it fits, whatever initials their aliases hold', () => {
    const withInitial = [person(7, 'Roger Pell', ['Pell', 'S Pell'])];
    expect(matchPerson(entity('Shona Pell', ['Ms Pell']), withInitial)).toBeNull();
    expect(matchPerson(entity('Roger Pell'), withInitial)).toBe(7);
    expect(matchPerson(entity('R. Pell'), withInitial)).toBe(7);
    expect(matchPerson(entity('Simon Pell'), [person(8, 'S Pell', ['Pell'])])).toBe(8);
    // The spelled-out name decides, not an initial the article also used.
    expect(matchPerson(entity('S Pell', ['Simon Pell']), [person(9, 'Stuart Pell', ['Pell'])])).toBeNull();
  });

  it('joins a surname alone only to the one known person with it', () => {
    expect(matchPerson(entity('Mattis'), known)).toBe(1);
    const twoTrumps = [...known, person(4, 'Melania Trump', ['Melania'])];
    expect(matchPerson(entity('Trump'), twoTrumps)).toBeNull();
    expect(matchPerson(entity('Okafor'), known)).toBeNull();
    expect(matchPerson(entity('Trump'), [...twoTrumps, person(6, 'Trump')])).toBe(6);
  });

  it('matches a body with and without its legal form, and no further', () => {
    const orgs: KnownPerson[] = [{ id: 7, kind: 'organisation', name: 'Harwick Marine NV', aliases: ['Harwick Marine'] }];
    expect(matchPerson({ kind: 'organisation', name: 'Harwick Marine', aliases: [] }, orgs)).toBe(7);
    expect(matchPerson({ kind: 'organisation', name: 'the Harwick Marine Plc', aliases: [] }, orgs)).toBe(7);
    expect(matchPerson({ kind: 'organisation', name: 'Harwick', aliases: [] }, orgs)).toBeNull();
    expect(matchPerson({ kind: 'organisation', name: 'Harwick Marine Holdings', aliases: [] }, orgs)).toBeNull();
    expect(organisationShortName('Harwick Marine N.V.')).toBe('Harwick Marine');
    const forces: KnownPerson[] = [{ id: 9, kind: 'organisation', name: 'police', aliases: [] }, { id: 10, kind: 'organisation', name: 'Calder Falls police', aliases: [] }];
    // A force named by its common noun alone is each story's own; one named with its place is the same force anywhere.
    expect(matchPerson({ kind: 'organisation', name: 'police', aliases: [] }, forces)).toBeNull();
    expect(matchPerson({ kind: 'organisation', name: 'Calder Falls police', aliases: [] }, forces)).toBe(10);
    expect(organisationShortName('Orlen Group, Inc.')).toBe('Orlen Group');
    expect(organisationShortName('Harwick Marine')).toBeNull();
    expect(organisationShortName('Plc')).toBeNull();
    expect(organisationKey('The Orlen Group Ltd')).toBe('orlen group');
  });

  it('matches organisations by name only, never people', () => {
    const orgs: KnownPerson[] = [{ id: 7, kind: 'organisation', name: 'the Kremlin', aliases: [] }, person(8, 'Anna Kremlin')];
    expect(matchPerson({ kind: 'organisation', name: 'Kremlin', aliases: [] }, orgs)).toBe(7);
    expect(matchPerson({ kind: 'organisation', name: 'Gazprom', aliases: [] }, orgs)).toBeNull();
    expect(matchPerson(entity('Kremlin'), [{ id: 7, kind: 'organisation', name: 'Kremlin', aliases: [] }])).toBeNull();
  });
});

describe('matchQuote', () => {
  const full =
    'Right now, I would just say there\'s very little doubt that they have either interfered or they have attempted to interfere in a number of elections.';
  const known: KnownQuote[] = [
    { id: 10, speakerId: 1, kind: 'direct', texts: [full] },
    { id: 11, speakerId: 1, kind: 'indirect', texts: ['he did not see possible military collaboration with Russia now'] },
    { id: 12, speakerId: 2, kind: 'direct', texts: ['Attempts to build a dialogue from a position of strength would be futile,'] },
    { id: 13, speakerId: null, kind: 'direct', texts: ['The market will stay volatile for weeks to come,'] },
  ];
  const quote = (speakerId: number | null, text: string, kind: 'direct' | 'indirect' = 'direct') => ({ speakerId, kind, text });

  it('joins rewordings of one statement by one speaker', () => {
    expect(matchQuote(quote(1, full.replace("'", '\u2019')), known)).toBe(10);
    expect(matchQuote(quote(1, 'very little doubt'), known)).toBe(10);
    expect(matchQuote(quote(1, 'he did not see the conditions for military collaboration with Russia', 'indirect'), known)).toBe(11);
    expect(matchQuote(quote(2, 'Attempts to build a dialogue with Russia from a position of strength would be futile'), known)).toBe(12);
  });

  it('never joins different speakers, and unattributed quotes only when near-identical', () => {
    expect(matchQuote(quote(2, full), known)).toBeNull();
    expect(matchQuote(quote(null, 'very little doubt'), known)).toBeNull();
    expect(matchQuote(quote(null, 'The market will stay volatile for weeks to come.'), known)).toBe(13);
    expect(matchQuote(quote(null, 'The market will stay volatile.'), known)).toBeNull();
  });

  it('gives the same words with no speaker in one outlet to the speaker another outlet named', () => {
    const named: KnownQuote[] = [
      { id: 40, speakerId: 3, kind: 'indirect', texts: ['Marsh, 61, who has run the port since 2012, will retire on June 30 after the board meeting'] },
      { id: 41, speakerId: 4, kind: 'direct', texts: ['We will keep every ferry route open through the winter,'] },
    ];
    // "it said" left unresolved: the clause is the named statement cut down.
    expect(matchQuote(quote(null, 'Marsh will retire after the annual board meeting on June 30', 'indirect'), named)).toBe(40);
    expect(matchQuote(quote(null, 'We will keep every ferry route open through the winter.'), named)).toBe(41);
    // And the other way round: the named outlet's report meets the unnamed one.
    const unnamed: KnownQuote[] = [{ id: 42, speakerId: null, kind: 'indirect', texts: ['Marsh will retire after the annual board meeting on June 30'] }];
    expect(matchQuote(quote(3, named[0].texts[0], 'indirect'), unnamed)).toBe(42);
  });

  it('joins an unnamed report to a named statement only through the same words', () => {
    const named: KnownQuote[] = [
      { id: 40, speakerId: 3, kind: 'indirect', texts: ['the port had not yet received permits for some cargo to inland depots and expected no decision before spring'] },
      { id: 41, speakerId: 4, kind: 'direct', texts: ['We will keep every ferry route open through the winter,'] },
    ];
    // A paraphrase, a stock phrase and a short fragment stay apart: another speaker may say them.
    expect(matchQuote(quote(null, 'some permits for cargo to inland depots were still pending', 'indirect'), named)).toBeNull();
    expect(matchQuote(quote(null, 'every ferry route open'), named)).toBeNull();
    expect(matchQuote(quote(null, 'the winter will be hard for every ferry route', 'indirect'), named)).toBeNull();
    // A named speaker wins over the same words left unnamed.
    const both: KnownQuote[] = [{ ...named[1], id: 43, speakerId: null }, named[1]];
    expect(matchQuote(quote(4, 'We will keep every ferry route open through the winter.'), both)).toBe(41);
  });

  it('prefers the paraphrase over a short phrase a long report happens to embed', () => {
    const stored: KnownQuote[] = [
      { id: 30, speakerId: 1, kind: 'indirect', texts: ['it needed to be realistic about the chances of restoring a cooperative relationship with Moscow'] },
      { id: 31, speakerId: 1, kind: 'direct', texts: ['negotiate from a position of strength'] },
    ];
    const long = 'the alliance needed to be realistic about the chances of restoring a co-operative relationship with Moscow and ensure its diplomats could "negotiate from a position of strength"';
    expect(matchQuote(quote(1, long, 'indirect'), stored)).toBe(30);
    expect(matchQuote(quote(1, long, 'indirect'), [stored[1]])).toBeNull();
    expect(matchQuote(quote(1, 'negotiate from a position of strength'), [{ ...stored[0], texts: [long] }])).toBeNull();
  });

  it('keeps different statements by one speaker apart', () => {
    expect(matchQuote(quote(1, 'We are not in a position right now to collaborate on a military level.'), known)).toBeNull();
    expect(matchQuote(quote(1, 'little doubt about the budget'), known)).toBeNull();
    expect(matchQuote(quote(1, 'he saw no need to respond to the Russian statement', 'indirect'), known)).toBeNull();
  });
});

describe('matchEvent', () => {
  const known: KnownEvent[] = [
    {
      id: 20,
      date: '2017-02-13',
      description: "Monday's resignation of national security adviser Michael Flynn, who was seen in Moscow as an advocate of warmer ties",
      personIds: [5],
      sentences: [],
    },
    {
      id: 21,
      date: '2017-02-16',
      description: 'Russian President Vladimir Putin said it was in the interests of both nations to restore communications between their intelligence agencies.',
      personIds: [6, 1],
      sentences: [],
    },
    { id: 22, date: '2014', description: "He cited Moscow's 2014 annexation of Crimea from Ukraine.", personIds: [], sentences: [] },
  ];

  it('joins one event reported by two outlets', () => {
    const flynn = { date: '2017-02-13', description: 'Mr Trump forced out national security adviser, Michael Flynn, on Monday.', personIds: [2, 5] };
    expect(matchEvent(flynn, known)).toBe(20);
    const putin = { date: '2017-02-16', description: 'the same day Russian president Vladimir Putin said it was in the interests of both nations to restore communications', personIds: [6] };
    expect(matchEvent(putin, known)).toBe(21);
    const crimea = { date: '2014', description: 'Russia annexed Crimea from Ukraine in 2014, an annexation the West rejects.', personIds: [] };
    expect(matchEvent(crimea, known)).toBe(22);
  });

  it('never joins different dates or precisions, and keeps unrelated same-day events apart', () => {
    expect(matchEvent({ date: '2017-02-14', description: known[0].description, personIds: [5] }, known)).toBeNull();
    expect(matchEvent({ date: '2017-02', description: known[0].description, personIds: [5] }, known)).toBeNull();
    expect(matchEvent({ date: null, description: known[0].description, personIds: [5] }, known)).toBeNull();
    const other = { date: '2017-02-16', description: 'Tillerson and Lavrov met in Germany.', personIds: [7, 8] };
    expect(matchEvent(other, known)).toBeNull();
    const samePerson = { date: '2017-02-16', description: 'Putin later visited a factory outside Moscow.', personIds: [6] };
    expect(matchEvent(samePerson, known)).toBeNull();
  });

  describe('within one story', () => {
    const lead: KnownEvent = {
      id: 50,
      date: '2021-09-14',
      description: 'Harbour operator Kelby Ports cut its profit outlook on Tuesday and named a successor to chief executive Ines Moro, sending its shares down 9%.',
      personIds: [9],
      sentences: [],
      articleIds: [1],
    };
    const story = (taken: number[] = []): EventContext => ({ storyArticles: new Set([1]), taken: new Set(taken) });
    const other = { date: '2021-09-14', description: 'Moro leaves after the shareholder meeting in June, the firm said in a statement Tuesday.', personIds: [9] };

    it("joins a day's event of the same person however the outlets word it", () => {
      expect(matchEvent(other, [lead], story())).toBe(50);
    });

    it('needs the same story, the same person, a day, and a known event not taken yet', () => {
      expect(matchEvent(other, [lead])).toBeNull();
      expect(matchEvent(other, [lead], { storyArticles: new Set([2]), taken: new Set() })).toBeNull();
      expect(matchEvent({ ...other, personIds: [3] }, [lead], story())).toBeNull();
      expect(matchEvent({ ...other, date: '2021-09' }, [{ ...lead, date: '2021-09' }], story())).toBeNull();
      expect(matchEvent(other, [lead], story([50]))).toBeNull();
    });

    it('prefers the event its words match over the story alone', () => {
      const retire: KnownEvent = { ...lead, id: 51, description: 'Ines Moro leaves after the shareholder meeting in June, Kelby Ports said in a statement Tuesday.' };
      expect(matchEvent(other, [lead, retire], story())).toBe(51);
    });

    describe('the one thing a story reports of a day', () => {
      const closure: KnownEvent = {
        id: 60,
        date: '2022-11-07',
        description: 'Ferry crossings to the islands have been suspended since Monday afternoon.',
        personIds: [],
        sentences: [],
        articleIds: [1],
      };
      const oneThing = (taken: number[] = []): EventContext => ({ ...story(taken), reportedOn: new Map([['2022-11-07', 1]]) });
      const retold = { date: '2022-11-07', description: 'All ferry sailings were cancelled on Monday afternoon.', personIds: [] };

      it('joins it when this article too reports one thing of that day and they share a word of what happened', () => {
        expect(matchEvent(retold, [closure], oneThing())).toBe(60);
      });

      it('keeps it apart when they share only when it happened', () => {
        const other = { ...retold, description: 'Harbour workers voted to accept the pay offer on Monday afternoon.' };
        expect(matchEvent(other, [closure], oneThing())).toBeNull();
      });

      it('keeps it apart when either side reports more than one thing of that day', () => {
        const twoHere: EventContext = { ...story(), reportedOn: new Map([['2022-11-07', 2]]) };
        expect(matchEvent(retold, [closure], twoHere)).toBeNull();
        const secondKnown: KnownEvent = { ...closure, id: 61, description: 'Islanders queued for the one ferry still running on Monday.' };
        expect(matchEvent(retold, [closure, secondKnown], oneThing())).toBeNull();
      });

      it('needs the same story, a day, and a known event not taken yet', () => {
        expect(matchEvent(retold, [closure])).toBeNull();
        expect(matchEvent(retold, [closure], { ...oneThing(), storyArticles: new Set([2]) })).toBeNull();
        expect(matchEvent(retold, [closure], oneThing([60]))).toBeNull();
        const month = { ...retold, date: '2022-11' };
        expect(matchEvent(month, [{ ...closure, date: '2022-11' }], { ...story(), reportedOn: new Map([['2022-11', 1]]) })).toBeNull();
      });
    });
  });
});

describe('content words', () => {
  it('fold British and American spellings of a plural alike', () => {
    expect([...contentWords(wordTokens('export licences and defences'))]).toEqual([...contentWords(wordTokens('export licenses and defenses'))]);
  });
});
