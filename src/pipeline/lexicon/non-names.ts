// Capitalised words that are never part of a person's name: they mark a
// capitalised sequence as an organisation, place, time or plain sentence word.

const ORG_WORDS = `
party service services agency council ministry department bank corp corporation co inc ltd llc plc
group university college school union association committee commission court parliament congress
senate house office police army navy force forces news times post hill state states street road
company companies institute foundation fund trust board bureau authority authorities federation league
club united city county council government administration organisation organization centre center
museum hospital church airlines airline airways motors industries international holdings partners
capital systems technologies technology pharmaceuticals energy oil gas petroleum securities exchange
reserve treasury cabinet assembly tribunal network media press television radio channel studios
records pictures magazine journal herald telegraph guardian gazette tribune observer review express chronicle
daily weekly sunday network square palace castle bridge airport station port river lake mountain
mountains valley island islands sea ocean gulf bay coast province region district republic kingdom
empire federation emirates nations alliance coalition front movement brigade brigades regiment
division command staff headquarters council institute laboratory labs lab inc. corp. co. ltd. plc.
ltd bros brothers sons family foundation cup championship championships games olympics open series
tournament award awards prize festival show film album war cold revolution act bill treaty accord
agreement plan programme program project summit conference forum index fc afc rfc
unit units insurance tower towers rally registry gallery theatre theater hotel restaurant hall arena stadium
zone park centre insight research solutions services consulting associates ventures labs society consortium
railways telecom telecoms communications foods brewery breweries logistics chemicals electric electronics
dynamics motor broadcasting orchestra choir limited industry chart charts singles
utd rovers wanderers athletic albion hotspur villa avenue guards beach
dems tories democrats republicans conservatives socialists greens nationalists sisters brothers
banque banco banca bancorp bankhaus sparkasse credit crédit kredit
watch semiconductor semiconductors therapeutics biotech pharma robotics aerospace féin fein fáil guard
harriers striders dons wharf
films productions entertainment fellowship societies committees ministries advisors advisers trustees solicitors accountants consultants
investments stores megastores wines vineyards lecture lectures trophy medal memorial scholarship stakes
`;

/** Firms known by one word that is never a person's name and often another noun's. */
const FIRMS = 'yahoo google apple microsoft amazon facebook twitter';

const PLACES = `
russia moscow washington brussels germany bonn ukraine crimea syria europe america britain england
scotland wales ireland france paris london berlin china beijing japan tokyo india delhi iran iraq
israel egypt turkey ankara kabul afghanistan pakistan azerbaijan baku canada mexico brazil australia
africa asia spain madrid italy rome greece athens poland warsaw sweden norway denmark finland
netherlands amsterdam belgium switzerland geneva austria vienna portugal lisbon dublin belfast
edinburgh cardiff manchester liverpool birmingham leeds glasgow york chicago boston texas california
florida virginia carolina ohio korea seoul pyongyang taiwan vietnam thailand indonesia malaysia
singapore philippines nigeria kenya ethiopia sudan libya tunisia algeria morocco saudi arabia qatar
dubai yemen lebanon beirut jordan damascus baghdad tehran jerusalem gaza kiev kyiv minsk georgia
armenia kazakhstan uzbekistan cuba venezuela colombia argentina chile peru bolivia ecuador
hollywood wall whitehall westminster downing kremlin pentagon capitol vatican nato tass interfax
reuters bloomberg ap afp bbc cnn atlantic pacific milan peking
${FIRMS}
`;

const TIME_WORDS = `
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
christmas easter ramadan today yesterday tomorrow spring summer autumn winter day week month year
election elections
`;

/** Sentence words that start a capitalised run but are not names: "The", "But", "Asked". */
const SENTENCE_WORDS = `
the a an and but or nor so yet for in on at to of by with from as if when while after before since
until because although though however meanwhile moreover also then there here this that these those
it its he she they we i you his her their our my your them him us me who whom whose which what where
why how all any some many most much more few several each every both either neither no not one two
three four five six seven eight nine ten first second third last next new old other another such
asked speaking writing according despite during under over into about against between among without
within through across along around behind beyond near off up down out just only even still again
now later earlier once soon already yes well
everybody everyone somebody someone anybody anyone nobody
`;

function set(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

export const ORGANISATION_WORDS = set(ORG_WORDS);
export const PLACE_WORDS = set(PLACES);
/** One-word firm names: never people, but bodies when they speak ("Apple said"). */
export const ONE_WORD_FIRMS = set(FIRMS);
export const TIME_NAMES = set(TIME_WORDS);
export const NON_NAME_STARTERS = set(SENTENCE_WORDS);

/** Words that end the name of a company and let "the company said" refer back to it. */
export const COMPANY_SUFFIXES = set(`co corp corporation inc ltd llc plc group holdings company
airlines airways motors industries partners capital systems technologies pharmaceuticals securities
bank co. corp. inc. ltd. plc. ag sa nv gmbh ab asa spa`);

/** Nouns by which an article refers back to a company or body it named before. */
export const ORGANISATION_ANAPHORS = set(`company firm group bank carrier airline insurer retailer
lender maker manufacturer producer operator utility conglomerate chain broadcaster publisher
network agency ministry department government club party union council board commission regulator
watchdog body organisation organization charity studio label team unit subsidiary concern
station paper newspaper magazine channel broadcaster website association institute society authority
festival alliance federation foundation trust coalition committee corporation court league
brewer winemaker distiller`);

/** All-capital tokens that are not organisation names when they speak. */
export const NON_ORG_ACRONYMS = set(`us u.s. uk u.k. tv am pm ceo cfo coo mp mep gmt bst est pst uae
ok pct usd eur gbp jpy ii iii iv`);

/** Number words: "Million Dollar Baby" or "Two Towers" is a title, never a person. */
export const NUMBER_WORDS = set(`hundred thousand million billion trillion dollar dollars pound pounds twenty thirty forty fifty sixty seventy eighty ninety`);

/** Firms named after their founders, so their names look like people's (first two words). */
export const FIRMS_LIKE_NAMES = new Set([
  'morgan stanley', 'goldman sachs', 'merrill lynch', 'smith barney', 'paine webber', 'dean witter', 'charles schwab',
  'bear stearns', 'kidder peabody', 'drexel burnham', 'morgan grenfell', 'price waterhouse', 'arthur andersen',
  'ernst young', 'dow jones', 'standard chartered', 'hewlett packard', 'johnson johnson', 'procter gamble',
  'marks spencer', 'rolls royce', 'louis vuitton', 'christian dior', 'calvin klein', 'ralph lauren', 'tommy hilfiger',
  'hugo boss', 'jp morgan', 'edward jones', 'wells fargo', 'warner bros', 'walt disney', 'ben jerry',
  'rio tinto', 'philip morris', 'robert mondavi', 'laura ashley', 'estee lauder', 'harvey nichols', 'william hill', 'shearson lehman', 'ef hutton',
]);

/** Words ending a publication's name ("Farming Reports"): an organisation with a name before them, a plain noun alone. */
export const PUBLICATION_WORDS = set(`report reports bulletin digest newsletter book`);

/**
 * Two capitals that abbreviate a body or a thing, not a person's initials: "US Airways", "FA Cup",
 * "BT Retail" (where "JP McManus" and "PJ Harvey" are initials without full stops).
 */
export const NOT_INITIALS = set(`us uk un eu ec fa ac fc pc it tv dj mc mp am pm ok xp vw gm ge bp bt hp lg ea sk mg gw
ag sa nv ab ii iv vi id ip uv ad bc st dr mr ms ft hq pr nhs nz dc ny nj hk`);

/** Nouns for a kind of business that, capitalised at a sentence's start, describe the name after them. */
export const DESCRIBING_BODY_NOUNS = new Set(['bookmaker', 'bookmakers', 'carmaker', 'automaker', 'drugmaker', 'chipmaker', 'retailer', 'insurer', 'reinsurer', 'lender', 'supermarket', 'broker', 'airline', 'conglomerate', 'consultancy']);
