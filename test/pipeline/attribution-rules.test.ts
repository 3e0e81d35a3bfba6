import { describe, expect, it } from 'vitest';
import { parseAnatomy } from '../../src/pipeline/anatomy.js';
import { splitSentences } from '../../src/pipeline/sentences.js';
import { quotesOf } from './extraction-helpers.js';

const H = 'Harbour board approves new ferry terminal\n\n';

function split(body: string): string[] {
  const anatomy = parseAnatomy(body, {});
  return splitSentences({ text: anatomy.text, referenceDate: null }, anatomy).map((s) => s.text);
}

describe('sentences around quotation marks', () => {
  it('splits after a quote that reopens for a second sentence, not at the end of the paragraph', () => {
    expect(split(`${H}Ona Veskari said: "The pier is too short. "We need forty more metres." The board voted on it. A rival called it "a waste".`)).toEqual([
      'Harbour board approves new ferry terminal',
      'Ona Veskari said: "The pier is too short. "We need forty more metres."',
      'The board voted on it.',
      'A rival called it "a waste".',
    ]);
  });

  it('still splits at full stops after a stray mark that never closes', () => {
    expect(split(`${H}The sign read "closed. Nobody came. The ferry left.`)).toEqual([
      'Harbour board approves new ferry terminal',
      'The sign read "closed.',
      'Nobody came.',
      'The ferry left.',
    ]);
  });
});

describe('unattributed quotes', () => {
  it('continue the speaker of the sentence just before, not an earlier quote in the paragraph', () => {
    const quotes = quotesOf(`${H}"We are ready," said pilot Ruben Okoro. Harbour master Lise Brandt warned that the channel was silting up. "Ships will run aground by spring."`);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We are ready,', 'Ruben Okoro'],
      ['the channel was silting up', 'Lise Brandt'],
      ['Ships will run aground by spring.', 'Lise Brandt'],
    ]);
  });

  it('stay with the last quoted speaker when the sentence before quotes nobody', () => {
    const quotes = quotesOf(`${H}"We are ready," said pilot Ruben Okoro. The ferry was late again. "Nobody will be left behind."`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ruben Okoro', 'Ruben Okoro']);
  });
});

describe('inverted and appositive attributions', () => {
  it('reads "..." , said its chief executive, NAME as an attribution, not a reported clause', () => {
    const quotes = quotesOf(`${H}Bookings at the Norvale Ferry Company rose. But the share of island residents "barely moved", said its chief executive, Dame Petra Lind.`);
    expect(quotes).toContainEqual({ kind: 'direct', text: 'barely moved', speaker: 'Petra Lind' });
    expect(quotes.filter((q) => q.text.includes('chief executive'))).toEqual([]);
  });

  it('keeps the clause after a subject and its appositive: "NAME, who ..., said the ..."', () => {
    const quotes = quotesOf(`${H}In Tallinn, port director Aivar Saks, who is also a city councillor, said the terminal would open in June.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'the terminal would open in June', speaker: 'Aivar Saks' }]);
  });

  it('still reads "CLAUSE, said the NAME" as an inverted attribution', () => {
    const quotes = quotesOf(`${H}The terminal will open in June, said the harbour master, Maria Lopez.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'The terminal will open in June', speaker: 'Maria Lopez' }]);
  });

  it('takes a clause that opens with a fronted adverbial and an aside', () => {
    const quotes = quotesOf(`${H}Pilot Ruben Okoro said by the time the ferries were ordered, in the spring of last year, it was too late.`);
    expect(quotes.map((q) => q.text)).toEqual(['by the time the ferries were ordered, in the spring of last year, it was too late']);
  });
});

describe('organisations that speak through someone', () => {
  it('credits the body before "spokesman" in "A BODY spokesman declined to comment, saying ..."', () => {
    const quotes = quotesOf(`${H}A Norvale Ferries spokesman declined to comment, saying it was up to the harbour board to decide.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'it was up to the harbour board to decide', speaker: 'Norvale Ferries' }]);
  });

  it('credits the company just named for "Its spokesman said"', () => {
    const quotes = quotesOf(`${H}Shares in Baltmar Shipping Corp fell sharply on the news. Its spokesman said the company would appeal.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'the company would appeal', speaker: 'Baltmar Shipping Corp' }]);
  });

  it('leaves "its spokesman" unnamed when no body was named', () => {
    const quotes = quotesOf(`${H}The ferry was late again. Its spokesman said the weather was to blame.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'the weather was to blame', speaker: null }]);
  });

  it('credits the body named in apposition after "The group which ...,"', () => {
    const quotes = quotesOf(`${H}The group which represents island hauliers, Freight Islands, said the new fees would drive firms away.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'the new fees would drive firms away', speaker: 'Freight Islands' }]);
  });

  it('does not make a body of a person named in apposition', () => {
    const quotes = quotesOf(`${H}The head of the island hauliers group, Sarah Collins, said the new fees would drive firms away.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'the new fees would drive firms away', speaker: 'Sarah Collins' }]);
  });
});

describe('reported clauses before an inverted verb', () => {
  it('takes "CLAUSE, said NAME" and "CLAUSE, said a ROLE", even after a month named May', () => {
    const quotes = quotesOf(`${H}The terminal will open in June, said Maria Lopez.\n\nThe fees will rise in May, said a port official.`);
    expect(quotes).toEqual([
      { kind: 'indirect', text: 'The terminal will open in June', speaker: 'Maria Lopez' },
      { kind: 'indirect', text: 'The fees will rise in May', speaker: null },
    ]);
  });

  it('does not mistake a clause after "BODY, which ..., said" for the speaker', () => {
    const quotes = quotesOf(`${H}The NFB rejected the offer. The NFB, which saw its shares rise 20%, said the bid undervalued the business.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'the bid undervalued the business', speaker: 'NFB' }]);
  });

  it('leaves a sentence with a comma before "said" and a clause after it alone when nothing precedes', () => {
    const quotes = quotesOf(`${H}Ferries, the board said, are late.`);
    expect(quotes).toEqual([]);
  });
});

describe('statements relayed by news agencies', () => {
  const T = 'Talks on river dam stall\n\n';

  it('credits the person whose statement an agency relays, not the agency', () => {
    const quotes = quotesOf(`${T}Trade Minister Olu Bassey reiterated the country's commitment to the water deal, the official Kanem News Agency said.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: "Trade Minister Olu Bassey reiterated the country's commitment to the water deal", speaker: 'Olu Bassey' }]);
  });

  it('keeps a fact the agency reports itself with the agency', () => {
    const quotes = quotesOf(`${T}Olu Bassey visited the dam. The river had flooded twice, the Kanem News Agency said.\n\nOlu Bassey resigned on Monday, the Kanem News Agency said.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Kanem News Agency', 'Kanem News Agency']);
  });

  it('reads "X was quoted by the agency as saying"', () => {
    const quotes = quotesOf(`${T}Trade Minister Olu Bassey was quoted by the agency as saying the talks had failed.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'the talks had failed', speaker: 'Olu Bassey' }]);
  });

  it('reads "X told the Y News Agency" and "X told Reuters" without "that"', () => {
    const quotes = quotesOf(`${T}Energy Minister Ama Tetteh told the Kanem News Agency the turbines would arrive in March.\n\nTetteh told Reuters on Monday the dam was safe.`);
    expect(quotes).toEqual([
      { kind: 'indirect', text: 'the turbines would arrive in March', speaker: 'Ama Tetteh' },
      { kind: 'indirect', text: 'the dam was safe', speaker: 'Ama Tetteh' },
    ]);
  });

  it('takes nothing after "told" when no clause with a verb follows', () => {
    const quotes = quotesOf(`${T}Energy Minister Ama Tetteh told the Kanem News Agency the whole story.\n\nTetteh told reporters the news on arrival.`);
    expect(quotes).toEqual([]);
  });

  it('credits the person after "According to the agency, X said"', () => {
    const quotes = quotesOf(`${T}Energy Minister Ama Tetteh visited the site. According to the Kanem News Agency, Tetteh said the loans were secured.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'the loans were secured', speaker: 'Ama Tetteh' }]);
  });
});

describe('clause edges and verbs that also take objects', () => {
  const S = 'Rovers edge past City\n\n';

  it('does not read "added the conversion" or "added 18 points" as speech', () => {
    const quotes = quotesOf(`${S}Tomas Lind, who came off the bench late in the game, added the conversion to seal the win. Rob Keller added 18 points.`);
    expect(quotes).toEqual([]);
  });

  it('still reads "added" before a clause with its own verb', () => {
    const quotes = quotesOf(`${S}Coach Rob Keller added the players were exhausted.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'the players were exhausted', speaker: 'Rob Keller' }]);
  });

  it('ends a clause before ", after two years ..." context the writer adds', () => {
    const quotes = quotesOf(`${S}Baltmar Shipping Corp said it would resume paying a dividend, after two years in which it focused on cutting debt.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'it would resume paying a dividend', speaker: 'Baltmar Shipping Corp' }]);
  });

  it('skips "in remarks published in the daily X" before the clause', () => {
    const quotes = quotesOf(`${S}Sports Minister Rob Keller said in remarks published in the capital's daily Al-Fajr there were no plans for a new stadium.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'there were no plans for a new stadium', speaker: 'Rob Keller' }]);
  });

  it('reads a speaker with a bracketed short form and a firm whose name is a possessive', () => {
    const quotes = quotesOf(`${S}The club is issuing a 20 mln crown bond, lead manager Banque Nordique SA (BNS) said.\n\nGate receipts rose 12 pct in January, Harlow's Sports Reports said. Attendance will rise again, Harlow's said.`);
    expect(quotes).toEqual([
      { kind: 'indirect', text: 'The club is issuing a 20 mln crown bond', speaker: 'Banque Nordique SA' },
      { kind: 'indirect', text: 'Gate receipts rose 12 pct in January', speaker: "Harlow's Sports Reports" },
      { kind: 'indirect', text: 'Attendance will rise again', speaker: "Harlow's Sports Reports" },
    ]);
  });
});

describe('relative pronouns and questions', () => {
  const M = 'Regulator fines lender\n\n';

  it('credits the body before "which said"', () => {
    const quotes = quotesOf(`${M}Last week, the firm was fined by the Financial Conduct Board which said it had misled borrowers.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'it had misled borrowers', speaker: 'Financial Conduct Board' }]);
  });

  it('does not read "how do you say" as an attribution', () => {
    const quotes = quotesOf(`${M}Readers asked many things, including: how do you say mortgage in French? and what does a lender do?`);
    expect(quotes).toEqual([]);
  });
});

describe('relative clauses after an object', () => {
  it('does not credit the subject of the main clause for "X criticised a union leader who said ..."', () => {
    const quotes = quotesOf(`Minister rebukes union\n\nFinance Minister Gordon Hale has criticised a union leader who said the budget was harming hospitals.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'the budget was harming hospitals', speaker: null }]);
  });
});

describe('bodies before ", which said"', () => {
  it('credits the body named before ", which said"', () => {
    const quotes = quotesOf(`Show angers groups\n\nThe quiz was met with protests by the National Council for Fostering, which said it exploits children.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'it exploits children', speaker: 'National Council for Fostering' }]);
  });
});

describe('wire-style attributions', () => {
  const W = 'Council clashes over library funding\n\n';

  it('skips a bare weekday after the verb: "said Tuesday that ..."', () => {
    const quotes = quotesOf(`${W}Council leader Dana Whitfield said Tuesday that the library would stay open.\n\nWhitfield said Monday's vote was rigged.`);
    expect(quotes).toEqual([
      { kind: 'indirect', text: 'the library would stay open', speaker: 'Dana Whitfield' },
      { kind: 'indirect', text: "Monday's vote was rigged", speaker: 'Dana Whitfield' },
    ]);
  });

  it('reads "said Rep. NAME" through the title\'s full stop and makes no body of the title', () => {
    const quotes = quotesOf(`${W}“We will get there,” said Rep. Karen Hollis, a Democrat from Ohio.`);
    expect(quotes).toEqual([{ kind: 'direct', text: 'We will get there,', speaker: 'Karen Hollis' }]);
  });

  it('keeps a short quote sentence that follows the same speaker\'s quote, but not a lone short one', () => {
    expect(quotesOf(`${W}“We are not going to close it,” Whitfield told reporters. “Nobody wants that.”`).map((q) => [q.text, q.speaker])).toEqual([
      ['We are not going to close it,', 'Whitfield'],
      ['Nobody wants that.', 'Whitfield'],
    ]);
    expect(quotesOf(`${W}The library hosts “Story Time.” Children love it.`)).toEqual([]);
  });
});

describe('"the company said" and "the Bank said" referring back', () => {
  const F = 'Water firm fined over spills\n\n';

  it('refers back to a body that opened an earlier sentence as its subject', () => {
    const quotes = quotesOf(`${F}A water company has been fined a record sum. Southmere Water pleaded guilty to 51 offences. Judge Alan Pryce called it shameful. In a statement, the company said it would invest in new works.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'it would invest in new works', speaker: 'Southmere Water' }]);
  });

  it('prefers the last body whose name holds the noun used', () => {
    const quotes = quotesOf(`${F}The Bank of Norland kept rates on hold. "We are cautious," said Mia Holt of Harbour Trust Bank. Ships docked. Later the Bank said inflation would fall.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Mia Holt', 'Bank of Norland']);
  });

  it('does not take a place or a titled person opening a sentence as the company', () => {
    const quotes = quotesOf(`${F}New York stocks fell. Prime Minister Alan Pryce spoke. The company said profits would fall.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'profits would fall', speaker: null }]);
  });
});

describe('"the company said" after another body spoke', () => {
  it('means the company named before, not a public body that spoke in between', () => {
    const quotes = quotesOf(`Water firm fined over spills\n\nA water company has been fined a record sum. Southmere Water pleaded guilty to 51 offences. The Water Services Authority said it would review the licence. The company said it would appeal.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Water Services Authority', 'Southmere Water']);
  });

  it('means a company heard speaking before, not a commission named near it', () => {
    const quotes = quotesOf(`Pipeline cuts rate\n\nIn a filing with the Federal Energy Regulatory Commission, Trunkway said it is cutting its rate. The company said the lower rate reflects cheaper gas.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Trunkway', 'Trunkway']);
  });
});

describe('"CLAUSE, the company said" naming bodies inside the clause', () => {
  it('means the body the clause opens with, not one it names later', () => {
    const quotes = quotesOf(`Lender raises funds\n\nKVL has mandated Harbour Capital Markets to arrange a credit facility, the company said.`);
    expect(quotes).toEqual([{ kind: 'indirect', text: 'KVL has mandated Harbour Capital Markets to arrange a credit facility', speaker: 'KVL' }]);
  });
});

describe('"a party spokesman" and the like', () => {
  it('credits the body last named with that noun, and nobody when none was', () => {
    const quotes = quotesOf(`Party leader arrested\n\nThe leader of the British Freedom Party has been arrested. A party spokesman said he was arrested on Tuesday morning.\n\nA company spokesman said profits would fall.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['British Freedom Party', null]);
  });
});

describe('"the aid agency said" and other nouns with a modifier', () => {
  it('leaves them unnamed when no body of that kind was named, instead of taking the last body', () => {
    const quotes = quotesOf(`Storm relief\n\nThe reinsurer Korvo Re said it saw no impact on its profits.\n\n"Clean water is the biggest need," the aid agency was quoted as saying.`);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['it saw no impact on its profits', 'Korvo Re'],
      ['Clean water is the biggest need,', null],
    ]);
  });
});

describe('who the phrase around the verb names', () => {
  it('never takes the listener after "told" for the speaker', () => {
    const quotes = quotesOf(`Lira plan\n\n"This will hurt," shop owner Hayra Evrel, told a news agency. "People will feel it."\n\n"It is fine," the minister told Kestrel Radio.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Hayra Evrel', 'Hayra Evrel', null]);
  });

  it('reads a bracket after a name as party or place, and a participle phrase as describing the head', () => {
    expect(quotesOf(`Farm bill\n\nSen. Charles Grassman (R-Iowa) told reporters he would offer a bill.`).map((q) => q.speaker)).toEqual(['Charles Grassman']);
    const quotes = quotesOf(`Farm bill\n\nThe Rural Task Force, headed by Senate leader Robert Dalby, said they would draft a bill.\n\nThe head of the club, Jane Dorsey, said the ground would be sold.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Rural Task Force', 'Jane Dorsey']);
  });
});

describe('"he said" after a sentence about two people', () => {
  it('skips the agent of a passive and takes a possessor opening the sentence', () => {
    expect(quotesOf(`Tennis\n\nTomas Yuma rose to the top of the rankings in January. But he was beaten by fellow American Rolf Ginetti in straight sets. "It was fun," he said.`).map((q) => q.speaker)).toEqual(['Tomas Yuma']);
    const quotes = quotesOf(`Debate\n\nLord Holmby said a debate was needed. Lord Holmby's proposal comes months after viewers watched President Gerald Brush argue with Jon Kerrigan. He said it was a dubious idea.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Holmby', 'Holmby']);
  });
});

describe('"said the athlete"', () => {
  it('points back to the person the story is about, unless someone holds it as a role', () => {
    expect(quotesOf(`Athletics\n\nAllan Scotton is confident of a medal after a solid debut. He finished fourth in Madrid. "It was a learning curve," said the East Kilbride athlete. The race was won by Felix Vivas.`).map((q) => q.speaker)).toEqual(['Allan Scotton']);
    expect(quotesOf(`Football\n\nCoach Amy Rees praised striker Jon Dale, who scored twice. "I was lucky," said the striker.`).map((q) => q.speaker)).toEqual(['Jon Dale']);
  });
});

describe('"a report says" in a lead', () => {
  it('credits the source the next sentence names, person or body', () => {
    const quotes = quotesOf(`Student gap\n\nTeenagers from rich areas are six times more likely to go to college, a report says.\n\nThe Northern Funding Council said more people went to college.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Northern Funding Council', 'Northern Funding Council']);
    expect(quotesOf(`Tax row\n\nThe sale must be reversed, a senior government figure has warned.\n\nEconomy minister Gerd Grofen told a newspaper that state control was wrong.`).map((q) => q.speaker)).toEqual(['Gerd Grofen', 'Gerd Grofen']);
  });

  it('leaves a spokesman in the lead unnamed', () => {
    expect(quotesOf(`Job cuts\n\nThe firm will cut 500 jobs, a spokesman said.\n\nChief executive Jane Dorr said the cuts were painful.`).map((q) => q.speaker)).toEqual([null, 'Jane Dorr']);
  });
});

describe('one-word firm names', () => {
  it('speak as bodies, and "it added" goes back to them', () => {
    const quotes = quotesOf(`Leak suit\n\n"We take leaks very seriously," Apple said in a statement.\n\nIt added that its results depended on new software.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Apple', 'Apple']);
  });
});

describe('a name followed by ", which"', () => {
  it('is a body that can speak, even without a company word', () => {
    const quotes = quotesOf(`Hotspots\n\nVantel Openzone, which runs most public hotspots, told a news website that it made every effort to keep them secure.`);
    expect(quotes.map((q) => q.speaker)).toEqual(['Vantel Openzone']);
  });
});

describe('a title standing alone', () => {
  it('is never taken for a body', () => {
    const quotes = quotesOf(`Book row\n\nThe evidence proves the story was true, according to the Bishop.`);
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('"Ministry sources said"', () => {
  it('leaves the anonymous sources unnamed, while officials speak for their body', () => {
    const quotes = quotesOf(`Summit venue\n\nForeign Ministry sources said the president would chair the meeting. Ministry officials said it would be held in May.`);
    expect(quotes.map((q) => q.speaker)).toEqual([null, 'Ministry']);
  });
});

describe('clauses opening with "about" or "if"', () => {
  it('reads "said about 300 ..." and "said if ... would ..." as reported clauses, not "said about the plan" or "asked if"', () => {
    const quotes = quotesOf(`Port strike\n\nA union spokesman, Ed Marr, said about 300 members were on strike. Minister Louw Berk said if the dispute had not ended by Friday he would withdraw the subsidy. Jo Lane asked if the plan was ready. Ann Orr said about the plan that nothing was settled.`);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['about 300 members were on strike', 'Ed Marr'],
      ['if the dispute had not ended by Friday he would withdraw the subsidy', 'Louw Berk'],
    ]);
  });
});

describe('an attribution set off by commas after a fronted phrase', () => {
  it('reads the clause after it, and nothing when no clause follows', () => {
    const quotes = quotesOf(`Car makers\n\nSpeaking at a show, Helga Penn predicted demand would soar. In contrast, she said, the popularity of large saloon cars would fade. On Monday, she said, insisting on nothing.`);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['the popularity of large saloon cars would fade', 'Helga Penn'],
    ]);
  });
});

describe('"CLAUSE, said NAME, chief executive of X."', () => {
  it('reads the clause before an inverted attribution whose appositive opens with a bare role', () => {
    const quotes = quotesOf(`Box office\n\nThe film could help produce record revenue for the year, said Paul Dervan, president of a box office tracker. Queues were long.`);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['The film could help produce record revenue for the year', 'Paul Dervan']]);
  });
});
