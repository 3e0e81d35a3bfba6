import { z } from 'zod';
import { REPORT_PREVIEW } from '../../db/queries/report-preview.js';
import { ArticleId, ArticleReport, IsoDate, listOf, pageQuery, Reference } from './common.js';

export const QuoteKind = z.enum(['direct', 'indirect']);

export const QuoteReport = ArticleReport.extend({
  text: z.string().describe("The quote's wording in this article"),
  cue: z.string().nullable().describe('The verb that introduced it: said, told, according to...'),
  speakerText: z.string().nullable().describe('The attribution as written: "he", "Mr Brandt"'),
  start: z.number().int().describe('Offset of the wording in the article text'),
  end: z.number().int(),
}).meta({ id: 'QuoteReport', description: 'One article reporting a quote' });

const reportsDescription =
  `The articles that reported it, each in its own words. Lists show at most ${REPORT_PREVIEW}: those of the article or ` +
  `outlet the request names first, then the earliest; a comparison of two outlets shows only each one's earliest report; ` +
  `/quotes/{id} shows them all.`;

export const Quote = z
  .object({
    id: z.number().int().describe('Shared by every article that reports the same statement'),
    kind: QuoteKind,
    text: z.string(),
    speaker: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    firstReported: z.string().nullable().describe('Earliest publication date among its reports'),
    reportCount: z.number().int().describe('How many articles reported it'),
    reports: z.array(QuoteReport).describe(reportsDescription),
    snippet: z.string().optional().describe('With ?q=: the matching words wrapped in <mark>, HTML-escaped'),
  })
  .meta({ id: 'Quote' });

export const QuotePage = listOf(Quote).meta({ id: 'QuotePage' });

export const Format = z.enum(['json', 'csv', 'ndjson']).describe('Overrides the Accept header');

const quoteFilters = {
  article: ArticleId.optional().describe('Only quotes reported by this article'),
  outlet: Reference.optional().describe('Only quotes reported by this outlet (id or slug)'),
  kind: QuoteKind.optional(),
  from: IsoDate.optional().describe('Reported on or after this date (YYYY-MM-DD)'),
  to: IsoDate.optional().describe('Reported on or before this date (YYYY-MM-DD)'),
  q: z.string().trim().min(1).max(200).optional().describe("Words to find in the quote's wordings (those of all its reports), all of them, as plain words (no search syntax); a trailing * matches a prefix. Results stay in id order"),
  format: Format.optional(),
  ...pageQuery,
};

export const QuoteQuery = z.object({
  speaker: Reference.optional().describe('Speaker id, name or alias, case-insensitive'),
  ...quoteFilters,
});

/** The same filters without speaker, for routes that fix the speaker in the path. */
export const SpeakerQuoteQuery = z.object(quoteFilters);

export const quoteListResponse = {
  description: 'A page of quotes, or every matching quote as CSV or NDJSON',
  content: {
    'application/json': { schema: QuotePage },
    'text/csv': { schema: z.string() },
    'application/x-ndjson': { schema: z.string() },
  },
};
