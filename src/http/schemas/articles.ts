import { z } from 'zod';
import { IsoDate, listOf, OutletRef, pageQuery, Reference } from './common.js';
import { QuoteKind } from './quotes.js';

export const Article = z
  .object({
    id: z.number().int(),
    sourceFile: z.string().describe('Path of the file relative to the ingested folder'),
    title: z.string().nullable(),
    outlet: OutletRef.nullable(),
    publishedAt: z.string().nullable().describe('ISO date or date-time'),
    url: z.string().nullable(),
    authors: z.array(z.string()),
    standfirst: z.string().nullable(),
    dateline: z.string().nullable(),
    sourceAgency: z.string().nullable().describe('Wire agency whose copy this is'),
    carriedBy: z.string().nullable().describe('Site that republished the copy'),
  })
  .meta({ id: 'Article' });

export const ArticleDetail = Article.extend({
  text: z.string().describe('The article text every offset points into'),
  quotes: z.array(
    z.object({
      id: z.number().int(),
      kind: QuoteKind,
      text: z.string().describe("The quote's wording in this article"),
      speaker: z.object({ id: z.number().int(), name: z.string() }).nullable(),
      speakerText: z.string().nullable(),
      cue: z.string().nullable(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
  events: z.array(
    z.object({
      id: z.number().int(),
      date: z.string().nullable(),
      precision: z.enum(['day', 'month', 'year']).nullable(),
      description: z.string(),
      sentence: z.string(),
      temporalText: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
  people: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(['person', 'organisation']),
      name: z.string(),
      mentions: z.number().int(),
      journalist: z.boolean().describe('Named in the byline or credits'),
    }),
  ),
}).meta({ id: 'ArticleDetail' });

export const ArticlePage = listOf(Article).meta({ id: 'ArticlePage' });

export const ArticleQuery = z.object({
  outlet: Reference.optional().describe('Outlet id or slug'),
  person: Reference.optional().describe('Mentioning this person (id, name or alias)'),
  from: IsoDate.optional().describe('Published on or after (YYYY-MM-DD)'),
  to: IsoDate.optional().describe('Published on or before (YYYY-MM-DD)'),
  ...pageQuery,
});
