// Words written with a full stop that rarely end a sentence.

/** Titles: a full stop after these never ends a sentence ("Gen. Okafor"). */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl',
  'gov', 'sen', 'rep', 'rev', 'fr', 'st', 'mt', 'ft', 'hon', 'pres', 'supt', 'insp', 'det', 'brig',
  'messrs', 'mme', 'mlle', 'sr', 'jr', 'no', 'nos', 'vol', 'pp', 'fig', 'art', 'ch', 'sec', 'cf', 'vs', 'v',
  'approx', 'dept', 'est', 'ext', 'tel', 'univ', 'assn', 'ave', 'blvd', 'rd',
]);

/** Month abbreviations: no break before a day number ("Nov. 8"). */
export const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Abbreviations that end a sentence only when a typical sentence opener follows. */
export const SOFT_ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'etc', 'e.g', 'i.e', 'a.m', 'p.m', 'al', 'cie', 'llc', 'u.s', 'u.k', 'u.n', 'e.u']);

/** Words that usually open a sentence, used to decide the ambiguous cases above. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'at', 'this',
  'that', 'these', 'those', 'its', 'his', 'her', 'their', 'there', 'however', 'meanwhile', 'also',
  'yet', 'so', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'earlier', 'later', 'last',
  'one', 'some', 'many', 'most', 'officials', 'analysts', 'shares', 'for', 'with', 'under', 'by',
]);
