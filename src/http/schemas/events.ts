import { z } from 'zod';
import { REPORT_PREVIEW } from '../../db/queries/report-preview.js';
import { ArticleId, ArticleReport, IsoDate, listOf, pageQuery, PartialDate, Reference } from './common.js';

export const EventReport = ArticleReport.extend({
  sentence: z.string().describe('The sentence that reports the event'),
  temporalText: z.string().describe('The time expression as written: "on Thursday"'),
  start: z.number().int().describe('Offset of the sentence in the article text'),
  end: z.number().int(),
  temporalStart: z.number().int(),
  temporalEnd: z.number().int(),
}).meta({ id: 'EventReport' });

const reportsDescription =
  `The articles that reported it, each in its own words. Lists show at most ${REPORT_PREVIEW}: those of the article or ` +
  `outlet the request names first, then the earliest; a comparison of two outlets shows only each one's earliest report; ` +
  `/events/{id} shows them all.`;

export const Event = z
  .object({
    id: z.number().int().describe('Shared by every article that reports the same event'),
    date: z.string().nullable().describe('YYYY, YYYY-MM or YYYY-MM-DD as precise as the text allows; null when unresolved'),
    precision: z.enum(['day', 'month', 'year']).nullable(),
    description: z.string(),
    place: z.string().nullable(),
    people: z.array(z.object({ id: z.number().int(), name: z.string() })),
    reportCount: z.number().int().describe('How many articles reported it'),
    reports: z.array(EventReport).describe(reportsDescription),
  })
  .meta({ id: 'Event' });

export const EventPage = listOf(Event).meta({ id: 'EventPage' });

export const eventFilters = {
  date: PartialDate.optional().describe('Events whose date starts with this: 2017 matches 2017, 2017-02 and 2017-02-16'),
  from: IsoDate.optional().describe('On or after (YYYY-MM-DD); a month or year counts when it overlaps'),
  to: IsoDate.optional().describe('On or before (YYYY-MM-DD); a month or year counts when it overlaps'),
  outlet: Reference.optional().describe('Reported by this outlet (id or slug)'),
  article: ArticleId.optional().describe('Reported by this article'),
  ...pageQuery,
};

export const EventQuery = z.object({
  person: Reference.optional().describe('Involving this person (id, name or alias)'),
  ...eventFilters,
});
