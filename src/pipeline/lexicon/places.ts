// Countries, regions and major cities: enough to say where a dated event
// happened ("met in Germany", "talks in Brussels"). Names a sentence puts after
// "in"/"at" that are missing here are still taken when they look like places.

const COUNTRIES = `
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|
Burkina Faso|Burma|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|
Cuba|Cyprus|Czech Republic|Czechoslovakia|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|
England|Eritrea|Estonia|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|West Germany|East Germany|
Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|
Iraq|Ireland|Northern Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|
Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macedonia|
Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|
Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|
North Korea|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|
Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|
Slovenia|Somalia|South Africa|South Korea|South Sudan|Soviet Union|Spain|Sri Lanka|Sudan|Suriname|Swaziland|
Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tibet|Togo|Trinidad|Tunisia|Turkey|
Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|Britain|Great Britain|United States|America|
Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|Yugoslavia|Zaire|Zambia|Zimbabwe|U.S.|US|UK|U.K.|USA|
Europe|Asia|Africa|Latin America|South America|North America|Middle East|Gulf|Balkans|Scandinavia|Crimea|
Gaza|West Bank|Kashmir|Chechnya|Kurdistan|Catalonia|Siberia|Caribbean|Pacific|Atlantic|Antarctica`;

const CITIES = `
Abu Dhabi|Abuja|Accra|Addis Ababa|Aleppo|Algiers|Amman|Amsterdam|Ankara|Athens|Atlanta|Auckland|Baghdad|
Baku|Bangkok|Barcelona|Basra|Beijing|Beirut|Belfast|Belgrade|Berlin|Bern|Birmingham|Bogota|Bombay|Bonn|
Boston|Brasilia|Bratislava|Brisbane|Bristol|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Calcutta|
Canberra|Cannes|Cape Town|Caracas|Cardiff|Chicago|Copenhagen|Dakar|Dallas|Damascus|Davos|Delhi|New Delhi|
Denver|Detroit|Dhaka|Doha|Dubai|Dublin|Durban|Edinburgh|Frankfurt|Geneva|Glasgow|Guangzhou|Hamburg|Hanoi|
Harare|Havana|Helsinki|Hiroshima|Ho Chi Minh City|Houston|Islamabad|Istanbul|Jakarta|Jeddah|Jerusalem|
Johannesburg|Kabul|Kandahar|Karachi|Kathmandu|Khartoum|Kiev|Kyiv|Kigali|Kinshasa|Kuala Lumpur|Lagos|
Lahore|Las Vegas|Leeds|Lima|Lisbon|Liverpool|London|Los Angeles|Luxembourg|Lyon|Madrid|Manchester|Manila|
Marseille|Melbourne|Mexico City|Miami|Milan|Minsk|Mogadishu|Montreal|Moscow|Mosul|Mumbai|Munich|Munich|
Nairobi|Naples|New York|Newcastle|Nice|Osaka|Oslo|Ottawa|Paris|Perth|Philadelphia|Prague|Pretoria|
Pyongyang|Quebec|Rabat|Raqqa|Reykjavik|Riga|Rio de Janeiro|Riyadh|Rome|Rotterdam|San Francisco|Santiago|
Sao Paulo|Sarajevo|Seattle|Seoul|Shanghai|Singapore|Sochi|Sofia|St Petersburg|Stockholm|Strasbourg|
Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tehran|Tel Aviv|The Hague|Tokyo|Toronto|Tripoli|Tunis|Turin|
Vancouver|Vatican|Venice|Vienna|Vilnius|Warsaw|Washington|Wellington|Yerevan|Zagreb|Zurich|Salvador|
Cleveland|Westminster|Whitehall|Downing Street|Capitol Hill|Wall Street|Kremlin|Pentagon|White House|
Beverly Hills|Milton Keynes|Canary Wharf|Santa Monica|Santa Barbara|Santa Clara|Santa Maria|Santa Fe|San Diego|
San Jose|San Antonio|Palm Springs|Palm Beach|Long Beach|St Louis|Fort Worth|Salt Lake City|Silicon Valley`;

function split(list: string): string[] {
  return list.split('|').map((name) => name.trim()).filter(Boolean);
}

/** Known place names, longest first so "New Delhi" wins over "Delhi". */
export const PLACES: string[] = [...new Set([...split(COUNTRIES), ...split(CITIES)])].sort((a, b) => b.length - a.length);
export const PLACE_SET = new Set(PLACES);
