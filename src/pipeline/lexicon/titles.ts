// Words that come before a name as a title or role and are never part of it.

/** Honorifics and abbreviated ranks: "Mr Brandt", "Gen. Okafor", "Dr Jane Okafor". */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness',
  'baron', 'rev', 'reverend', 'fr', 'father', 'undersecretary', 'sister', 'brother', 'rabbi', 'imam', 'sheikh', 'sheik',
  'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'cmdr',
  'commander', 'adm', 'admiral', 'sgt', 'sergeant', 'cpl', 'corporal', 'pte', 'private', 'marshal',
  'brig', 'brigadier', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'judge', 'justice',
  'president', 'chancellor', 'taoiseach', 'tánaiste', 'tanaiste', 'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'archbishop',
  'bishop', 'mayor', 'minister', 'secretary', 'chairman', 'chairwoman', 'chair', 'premier', 'ambassador',
  'detective', 'inspector', 'constable', 'superintendent', 'officer', 'coach', 'manager', 'chief',
  'director', 'councillor', 'councilor', 'alderman', 'speaker', 'deputy', 'vice', 'prime', 'foreign',
  'defence', 'defense', 'interior', 'finance', 'home', 'health', 'trade', 'state', 'attorney', 'solicitor',
  'sheriff', 'commissioner', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'mp', 'mep',
  'chief executive', 'executive', 'staff', 'marine', 'army', 'navy', 'air', 'force', 'field', 'grand',
  'crown', 'emir', 'sultan', 'ayatollah', 'pastor', 'dean', 'provost', 'saint', 'st', 'the', 'of',
  'nurse', 'doctor', 'agent', 'special', 'counsel', 'economist', 'analyst', 'spokesman', 'spokeswoman',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'skipper', 'boss', 'leader', 'head',
  'founder', 'owner', 'chairperson', 'ceo', 'cfo', 'coo', 'senior', 'junior', 'assistant', 'associate',
  'national', 'security', 'adviser', 'advisor', 'aide', 'envoy', 'negotiator', 'commerce', 'energy',
  'transport', 'education', 'culture', 'environment', 'justice', 'agriculture', 'labour', 'labor',
  'treasury', 'economy', 'economic', 'affairs', 'shadow', 'opposition', 'party', 'general', 'majority',
  'minority', 'whip', 'first', 'lady', 'former', 'acting', 'interim', 'outgoing', 'incoming', 'new',
  'top', 'then', 'late', 'veteran', 'presidential', 'candidate', 'nominee', 'hopeful', 'lawmaker',
  'legislator', 'delegate', 'mogul', 'tycoon', 'billionaire', 'actor', 'actress', 'singer', 'star',
  'rapper', 'director', 'producer', 'author', 'writer', 'novelist', 'poet', 'artist', 'designer',
  'champion', 'player', 'star', 'chef', 'comedian', 'presenter', 'host', 'broadcaster', 'journalist',
  'reporter', 'editor', 'photographer', 'columnist', 'critic', 'lawyer', 'attorney', 'barrister',
  'prosecutor', 'investigator', 'scientist', 'researcher', 'spokesperson', 'representative',
  'guardsman', 'soldier', 'trooper', 'bombardier', 'gunner', 'rifleman', 'fusilier', 'airman', 'seaman',
  // British police and forces ranks as written before a name: "Det Sgt", "Ch Supt", "DCI", "Flt Lt", "Sqn Ldr".
  'det', 'ch', 'supt', 'insp', 'dci', 'dcs', 'dsupt', 'pcso', 'flt', 'sqn', 'ldr', 'wg', 'cdr',
]);

/** Faiths: never part of a person's name ("Roman Catholic organisations"), though they qualify one like a nationality. */
export const FAITH_WORDS = new Set(['catholic', 'catholics', 'protestant', 'muslim', 'jewish', 'hindu', 'sikh', 'buddhist', 'anglican', 'methodist', 'evangelical']);

/** Nationality and region adjectives that qualify a title: "Russian President", "US defence secretary". */
export const NATIONALITIES = new Set([
  'u.s.', 'us', 'u.k.', 'uk', 'scot', 'scots', 'american', 'british', 'english', 'scottish', 'welsh', 'irish', 'french',
  'german', 'italian', 'spanish', 'portuguese', 'dutch', 'belgian', 'swiss', 'austrian', 'swedish',
  'norwegian', 'danish', 'finnish', 'polish', 'czech', 'slovak', 'hungarian', 'romanian', 'bulgarian',
  'greek', 'turkish', 'russian', 'ukrainian', 'belarusian', 'georgian', 'armenian', 'serbian', 'croatian',
  'bosnian', 'albanian', 'chinese', 'japanese', 'korean', 'north', 'south', 'east', 'west', 'indian',
  'pakistani', 'afghan', 'iranian', 'iraqi', 'syrian', 'israeli', 'palestinian', 'lebanese', 'jordanian',
  'egyptian', 'saudi', 'emirati', 'qatari', 'yemeni', 'libyan', 'tunisian', 'algerian', 'moroccan',
  'nigerian', 'kenyan', 'ethiopian', 'somali', 'sudanese', 'ghanaian', 'african', 'canadian', 'mexican',
  'brazilian', 'argentine', 'argentinian', 'chilean', 'colombian', 'venezuelan', 'peruvian', 'cuban',
  'australian', 'zealand', 'new', 'european', 'asian', 'arab', 'thai', 'vietnamese', 'indonesian',
  'malaysian', 'filipino', 'philippine', 'singaporean', 'taiwanese', 'soviet', 'nato', 'eu', 'un',
  'federal', 'state', 'republican', 'democratic', 'democrat', 'labour', 'conservative', 'tory', 'liberal',
  'kremlin', 'white', 'house', 'pentagon', 'downing', 'street', 'vatican', 'uk\'s', 'us\'s',
  // Nouns for a person of a country, written before a name like a title: "Swede Jonas Bjorkman". ("Finn" and "Dane" are given names too.)
  'swede', 'briton', 'spaniard', 'frenchman', 'frenchwoman', 'englishman', 'englishwoman', 'scotsman', 'scotswoman',
  'welshman', 'welshwoman', 'irishman', 'irishwoman', 'dutchman', 'dutchwoman', 'serb', 'croat', 'kiwi', 'aussie',
  // Faiths, which qualify a name the same way ("Muslim cleric Abu Hamza").
  ...FAITH_WORDS,
]);

/** Nouns naming a role, used to resolve "the defence secretary said" to the person holding it. */
export const ROLE_HEADS = new Set([
  'secretary', 'minister', 'president', 'adviser', 'advisor', 'aide', 'spokesman', 'spokeswoman',
  'spokesperson', 'chief', 'officer', 'director', 'chairman', 'chairwoman', 'chair', 'executive', 'ceo',
  'governor', 'senator', 'mayor', 'ambassador', 'envoy', 'general', 'commander', 'leader', 'premier', 'taoiseach',
  'tánaiste', 'tanaiste', 'chancellor', 'king', 'queen', 'prince', 'coach', 'manager', 'captain', 'head', 'founder', 'owner',
  'lawyer', 'attorney', 'prosecutor', 'judge', 'economist', 'analyst', 'official', 'counterpart',
  'diplomat', 'negotiator', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'player', 'star',
  'actor', 'actress', 'singer', 'author', 'writer', 'director', 'producer', 'president-elect', 'mp',
  'deputy', 'treasurer', 'controller', 'commissioner', 'inspector', 'detective', 'doctor', 'surgeon',
  'professor', 'researcher', 'scientist', 'campaigner', 'activist', 'spokesman', 'investor', 'trader',
  'dealer', 'banker', 'broker', 'strategist', 'consultant', 'expert', 'source', 'witness', 'resident',
  'victim', 'survivor', 'teacher', 'student', 'pilot', 'driver', 'worker', 'member', 'rapporteur',
  'engineer', 'farmer', 'nurse', 'owner', 'chef', 'architect', 'hydrologist', 'economist', 'historian',
  'spokesperson', 'organiser', 'organizer', 'volunteer', 'officer', 'councillor', 'councilor', 'manager',
  'partner', 'editor', 'reporter', 'correspondent', 'photographer', 'presenter', 'designer', 'artist',
  'musician', 'singer', 'boss', 'chief', 'founder', 'president', 'lecturer', 'psychologist', 'physician',
  'biologist', 'physicist', 'chemist', 'engineer', 'mechanic', 'landlord', 'tenant', 'shopkeeper',
  // Sport's standings: "second seed Andy Roddick", "local favourite Jon Doe", "qualifier Frank Dancevic".
  'seed', 'favourite', 'qualifier', 'champion', 'finalist', 'runner-up',
  // Church offices: "the cardinal said" is the cardinal the story named.
  'pope', 'cardinal', 'archbishop', 'bishop',
]);

/** Role heads that name an unnamed crowd or an anonymous source: never a person entity. */
export const ANONYMOUS_HEADS = new Set([
  'analyst', 'analysts', 'official', 'officials', 'source', 'sources', 'expert', 'experts', 'economist',
  'economists', 'dealer', 'dealers', 'trader', 'traders', 'banker', 'bankers', 'broker', 'brokers',
  'investor', 'investors', 'observer', 'observers', 'critic', 'critics', 'witness', 'witnesses',
  'resident', 'residents', 'people', 'police', 'prosecutors', 'investigators', 'authorities', 'diplomats',
  'campaigners', 'activists', 'protesters', 'workers', 'fans', 'scientists', 'researchers', 'doctors',
  'members', 'lawmakers', 'legislators', 'others', 'some', 'many', 'most', 'several', 'one', 'another',
  'insiders', 'executives', 'managers', 'strategists', 'participants', 'delegates', 'voters', 'users',
]);

/**
 * Role nouns that, written in lower case right before one capitalised word, make it a person's name:
 * "midfielder Edu", "frontman Bono", "rapper Eminem". Nouns a firm can also follow ("producer",
 * "host", "analyst", "player", "partner", "president", "director", "spokesman") are left out.
 */
export const PERSON_ROLE_NOUNS = new Set([
  'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'captain', 'skipper', 'coach', 'manager', 'boss',
  'star', 'actor', 'actress', 'singer', 'rapper', 'frontman', 'frontwoman', 'guitarist', 'drummer', 'bassist', 'musician',
  'comedian', 'presenter', 'director', 'writer', 'author', 'novelist', 'poet', 'artist', 'designer', 'chef', 'pundit',
  'champion', 'athlete', 'sprinter', 'runner', 'jockey', 'trainer', 'boxer', 'golfer', 'cyclist', 'swimmer', 'batsman',
  'bowler', 'senator', 'governor', 'mayor', 'ambassador', 'envoy', 'aide', 'lawyer', 'judge', 'professor', 'detective',
  'dj', 'hooker', 'flanker', 'fly-half', 'scrum-half', 'full-back', 'centre-back', 'team-mate',
]);
