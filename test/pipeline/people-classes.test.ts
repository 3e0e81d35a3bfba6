import { describe, expect, it } from 'vitest';
import { extract, peopleOf } from './extraction-helpers.js';

// Whole classes of names the people stage has to read like a newsroom reader:
// each rule with texts that must yield the person and texts that must not.

describe('capitalised words that are not names', () => {
  it('never takes the pronoun "I" for part of a name', () => {
    const body = 'Phone scams\n\nOmbudsman Mara Quillon said: "Certainly I would not be surprised. Sometimes I wonder why."';
    expect(peopleOf(body)).toEqual(['Mara Quillon']);
  });

  it('does not read an abbreviation in capitals before a full stop as an honorific', () => {
    expect(peopleOf('Drug cleared\n\nThe drug helps patients with MS. Final approval is expected soon.')).toEqual([]);
    expect(peopleOf('Drug cleared\n\nThe drug was approved. Ms. Orla Venniker welcomed it.')).toEqual(['Orla Venniker']);
  });

  it('does not take an election or a company word after a title for a name', () => {
    const { entities } = extract('Polls\n\nThe party will publish plans closer to the General Election. General Electric said profits rose.');
    expect(entities.filter((e) => e.kind === 'person')).toEqual([]);
    expect(entities.map((e) => e.name)).not.toContain('General Election');
  });

  it('drops a plural trade noun opening a sentence before a firm', () => {
    expect(peopleOf('Contest odds\n\nBookmakers Quillbet says the singer is the favourite.')).toEqual([]);
    expect(peopleOf('Contest odds\n\nReferee Anders Brakvik says the match will go ahead.')).toEqual(['Anders Brakvik']);
  });
});

describe('names with no title or speech verb', () => {
  it('takes a given name joined of given names as a given name', () => {
    expect(peopleOf('Open results\n\nEarlier, Jean-Marc Toublanc lost in three sets.')).toEqual(['Jean-Marc Toublanc']);
    expect(peopleOf('Open results\n\nEarlier, Hwan-Dok Pyorin lost in three sets.')).toEqual([]);
  });

  it('reads a nationality straight before a name as a cue', () => {
    const body = 'Open results\n\nEarlier, South Korean Hwan-Dok Pyorin defeated Tunisian Selmi Abrouk 6-3 6-2.';
    expect(peopleOf(body)).toEqual(['Hwan-Dok Pyorin', 'Selmi Abrouk']);
  });

  it('does not read a nationality opening a body after "the" as a cue', () => {
    const body = 'Gala night\n\nShe gave money to the American Vantel Cross and heard the English Chamber Players.';
    expect(peopleOf(body)).toEqual([]);
    expect(peopleOf('Party donors\n\nGifts came from the Scottish Business Focus and South Downs Trust.')).toEqual([]);
  });

  it('takes two capitals before a surname as initials when the article shows a person', () => {
    const body = 'Club sale\n\nThe bid needs the approval of shareholders Tomas Berrigan and KD Fallowe, who own 29% of the club.';
    expect(peopleOf(body)).toEqual(['Tomas Berrigan', 'KD Fallowe']);
    expect(peopleOf('Score deal\n\nThe score is by composer AR Vashkumar, who also wrote the songs.')).toEqual(['AR Vashkumar']);
  });

  it('keeps two capitals before a name as a body when nothing shows a person', () => {
    expect(peopleOf('Bank results\n\nJP Morgan said profits rose. Shares of BT Openzone fell.')).toEqual([]);
    expect(extract('Bank results\n\nJP Morgan Chase said profits rose.').entities.filter((e) => e.kind === 'person')).toEqual([]);
  });

  it('takes a name listed with people as a person', () => {
    const body = 'Carry on\n\nShe starred alongside fellow regulars Thaddeus Brisk, Kenneth Wilmot and Barbara Windle.';
    expect(peopleOf(body)).toEqual(['Thaddeus Brisk', 'Kenneth Wilmot', 'Barbara Windle']);
    expect(peopleOf('Tribute\n\n"We owe them," she said of James Oldacre-Pike and Pete Farnhurst.')).toEqual(['James Oldacre-Pike', 'Pete Farnhurst']);
  });

  it('takes a single word listed with two people or more as a person', () => {
    const body = 'Band honoured\n\nVosko, The Lantern, Adam Clayburn and Larry Mullins formed the band at school.';
    expect(peopleOf(body)).toEqual(['Vosko', 'Adam Clayburn', 'Larry Mullins']);
    expect(peopleOf('Derby day\n\nVosko and Adam Clayburn watched from the stand.')).toEqual(['Adam Clayburn']);
  });

  it('does not take works, roles or appositions in a list for people', () => {
    expect(peopleOf('Opera season\n\nHe staged Giuseppe Verdi\'s La Travessa and Richard Strauss\'s Ariadne.')).toEqual(['Giuseppe Verdi', 'Richard Strauss']);
    expect(peopleOf('Oscar race\n\nColin Farrell, Jude Law and Trovan star Eric Banner have been tipped.')).toEqual(['Colin Farrell', 'Jude Law', 'Eric Banner']);
    expect(peopleOf('Gala line-up\n\nNorah Jones, Marlow 5 and Eric Clapton will play.')).toEqual(['Norah Jones', 'Eric Clapton']);
    expect(peopleOf('Waiting lists\n\n"It is wrong," Rhodri Pennant, Plaid Gwlad health spokesman, said.')).toEqual(['Rhodri Pennant']);
    expect(peopleOf('Merger ruling\n\nThe Minister of Regional and Coastal Expansion, Michel Cotard, ruled on Monday.')).toEqual(['Michel Cotard']);
  });
});

describe('titles', () => {
  it('does not take a word that only qualifies a title for a title', () => {
    expect(peopleOf('Domains\n\nThe Council of European National Top Level Domain Registries agrees.')).toEqual([]);
    expect(peopleOf('Arrest\n\nFormer Stone Roses singer Ian Brown was arrested. He met former Led Zeppelin singer Robert Plant.')).toEqual(['Ian Brown', 'Robert Plant']);
  });

  it('still reads a title whose head sits several words before the name', () => {
    const body = 'Aid talks\n\nThe talks will cover aid, Norland\'s Minister of State for Foreign Affairs, Boutros Ghalen, said.';
    expect(peopleOf(body)).toEqual(['Boutros Ghalen']);
    expect(peopleOf('Draw made\n\nThe top seed drew Spanish veteran Conchita Marten.')).toEqual(['Conchita Marten']);
  });
});

describe('bodies whose names look like people', () => {
  it('reads a name described as a body for that body wherever it speaks', () => {
    const body = 'Dividend raised\n\nDeutsche Vorse, the German stock exchange that wants a London rival, raised its dividend. Late on Monday, Deutsche Vorse said it would pay more.';
    expect(peopleOf(body)).toEqual([]);
    expect(peopleOf('Bid\n\nFrankfurt-based Halden Kross offered more. Halden Kross said it would wait.')).toEqual([]);
    expect(peopleOf('Games\n\nElectric Marts, the world\'s biggest games publisher, grew.')).toEqual([]);
  });

  it('keeps a person whose appositive names a role or a body after it', () => {
    expect(peopleOf('Cross country\n\nUS-based Alistair Crane is the only Irish athlete left.')).toEqual(['Alistair Crane']);
    expect(peopleOf('Yen view\n\n"It will rise," Tetsuro Tsuzaki, a telecoms analyst with Banca Nord, said.')).toEqual(['Tetsuro Tsuzaki']);
    expect(peopleOf('Games pioneer\n\nJez Sanford, the man behind the Argonaut games group, left.')).toEqual(['Jez Sanford']);
    expect(peopleOf('Future\n\n"It comes," Adam Hulme, the BBC Broadcast\'s futurologist, said.')).toEqual(['Adam Hulme']);
  });
});

describe('names opening a sentence', () => {
  it('takes an unknown given name opening a sentence when the surname alone speaks', () => {
    const body = 'Open win\n\nLleyman Hewin gave himself the perfect start. "It was a strange match," said Hewin.';
    expect(peopleOf(body)).toEqual(['Lleyman Hewin']);
  });

  it('leaves a sentence-opening word before a known surname out', () => {
    expect(peopleOf('Poster war\n\nVote Tarrant was painted on walls. Mr Tarrant smiled.')).toEqual(['Tarrant']);
    const owned = 'Poster war\n\nThe mayor, Osric Tarrant, smiled. Vote Tarrant was painted on walls. "I am flattered," said Tarrant.';
    expect(peopleOf(owned)).toEqual(['Osric Tarrant']);
    expect(peopleOf('Car launch\n\nCalled Speegle, it looks like a normal car. "It is fast," said Speegle.')).toEqual([]);
  });
});

describe('people known by one name', () => {
  it('takes one word after a role noun for a person, not a body', () => {
    const { entities } = extract('Club row\n\nArsenal\'s Brazilian midfielder Odu has hit out at the club. Odu said talks had stalled.');
    expect(entities.map((e) => [e.kind, e.name])).toEqual([['person', 'Odu']]);
    expect(peopleOf('Gala\n\nThe show was hosted by hip-hop artist Xelbit and watched by 6,000 people.')).toEqual(['Xelbit']);
  });

  it('takes one word that speaks and is "he" or "she" for a person', () => {
    const { entities } = extract('Transfer talk\n\nParrow claims he will not sell the captain. "He stays," Parrow said.');
    expect(entities.map((e) => [e.kind, e.name])).toEqual([['person', 'Parrow']]);
  });

  it('does not take an award, a crowd or a body that is "it" for a person', () => {
    expect(peopleOf('Awards\n\nShe won the best actress Oscar and a best new artist Grammy.')).toEqual([]);
    expect(peopleOf('Fraud trial\n\nProsecutors said he was motivated by wealth.')).toEqual([]);
    const firm = extract('Retail bid\n\nHighfold said it intends to take the firm private.');
    expect(firm.entities.filter((e) => e.kind === 'person')).toEqual([]);
  });
});

describe('stage names opening with a number', () => {
  it('takes a number and a capitalised word after a role noun for a name', () => {
    const { entities } = extract('Rap feud\n\nUS rapper 40 Quid has thrown out his protege. In an interview, 40 Quid said the newcomer was disloyal.');
    expect(entities.map((e) => [e.kind, e.name, e.mentions.length])).toEqual([['person', '40 Quid', 2]]);
  });

  it('does not take a count before a name or a word for a name', () => {
    expect(peopleOf('Box set\n\nThe set holds 34 John Wayne films and 12 Doors Down albums.')).toEqual(['John Wayne']);
    // The count stays out of the name; quoted speaking of himself, the player is a person by his surname alone.
    expect(peopleOf('Rankings\n\nWorld number 46 Rusedowski broke serve. "I played well," said Rusedowski.')).toEqual(['Rusedowski']);
    expect(peopleOf('Rankings\n\nWorld number 46 Rusedowski broke serve.')).toEqual([]);
  });
});

describe('one person under two written forms', () => {
  it('joins a surname opened by a capitalised particle to the full name', () => {
    const { entities } = extract('Port strike\n\nA deadline set by Labour Minister Joost van Roemer expires today. Van Roemer said he would act.');
    expect(entities.map((e) => e.name)).toEqual(['Joost van Roemer']);
    expect(entities[0].aliases).toContain('Van Roemer');
  });

  it('does not make a person of a particle name the article never gives in full', () => {
    expect(peopleOf('Diamond sales\n\nShares in the de facto monopoly fell. De Vrielink said prices rose.')).toEqual([]);
  });

  it('joins a titled surname with a slip to the one full name it nearly spells', () => {
    const { entities } = extract('Budget row\n\nAndrei Illarovski, an adviser, called it theft. Mr Ilaroivski said more.');
    expect(entities.map((e) => e.name)).toEqual(['Andrei Illarovski']);
    expect(entities[0].aliases).toContain('Mr Ilaroivski');
  });

  it('keeps a different person with a near surname apart', () => {
    expect(peopleOf('Royal wedding\n\nArchbishop Rowan Williams will attend, with Prince William.')).toEqual(['Rowan Williams', 'William']);
    expect(peopleOf('Derby\n\nCoach Tom Johnson praised Mr Jonsson.')).toEqual(['Tom Johnson', 'Jonsson']);
  });

  it('joins a real name given beside a stage name', () => {
    const { entities } = extract('Lawsuit filed\n\nThe suit names rapper Kool Mirage - real name Dorian Weekes - and two others. Mirage denies it.');
    const people = entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => e.name)).toEqual(['Kool Mirage']);
    expect(people[0].aliases).toContain('Dorian Weekes');
    expect(peopleOf('Lawsuit filed\n\nThe suit names rapper Kool Mirage and Dorian Weekes, his manager.')).toEqual(['Kool Mirage', 'Dorian Weekes']);
  });
});

describe('given names that are also titles or words', () => {
  it('reads "Lance" as a given name', () => {
    const { entities } = extract('Snack adverts\n\n"We are working on it," said Lance Orwell, the firm\'s vice president.');
    expect(entities.map((e) => e.name)).toEqual(['Lance Orwell']);
    expect(entities[0].roles).not.toContain('lance');
  });

  it('still splits "Lance Corporal" off the name', () => {
    expect(peopleOf('Medal awarded\n\nLance Corporal Jim Bevanne received the medal on Friday.')).toEqual(['Jim Bevanne']);
  });
});
