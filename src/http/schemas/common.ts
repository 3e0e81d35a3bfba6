import { z } from 'zod';
import { decodeCursor } from '../cursor.js';

export const Problem = z
  .object({
    type: z.string().describe('A URI naming the kind of problem; about:blank when the status says it all'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(
      z.object({
        name: z.string().describe('The parameter at fault'),
        in: z.enum(['query', 'path', 'header']),
        message: z.string(),
      }),
    ),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details, the one error shape of this API' });

export type ProblemBody = z.infer<typeof Problem>;

function problemResponse(description: string) {
  return { description, content: { 'application/problem+json': { schema: Problem } } };
}

export const badRequest = problemResponse('A parameter is invalid; errors[] names it');
export const notFound = problemResponse('No such resource');

/** Error responses every route can give. */
export const listErrors = { 400: badRequest } as const;
export const itemErrors = { 400: badRequest, 404: notFound } as const;

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date');

/** YYYY, YYYY-MM or YYYY-MM-DD: the precisions an event date can have. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((value) => isCalendarDate(`${value}-01-01`.slice(0, 10)), 'not a calendar date');

export const Limit = z.coerce
  .number<string>()
  .int()
  .min(1)
  .max(500)
  .default(50)
  .describe('Items per page, 1 to 500');

export const Cursor = z
  .string()
  .describe('nextCursor of the previous page')
  .transform((value, ctx) => {
    const after = decodeCursor(value);
    if (after === null) {
      ctx.addIssue({ code: 'custom', message: 'not a cursor issued by this API' });
      return z.NEVER;
    }
    return after;
  })
  .optional();

export const pageQuery = { limit: Limit, cursor: Cursor };

export const IdParam = z.object({ id: z.coerce.number<string>().int().positive().max(Number.MAX_SAFE_INTEGER) });
/** Outlets and people can be named by id or by slug/name in paths and filters. */
export const RefParam = z.object({ id: z.string().min(1).max(200) });

/** A reference to a resource by id, or by slug, name or alias. */
export const Reference = z.string().trim().min(1).max(200);

export const ArticleId = z.coerce.number<string>().int().positive().max(Number.MAX_SAFE_INTEGER);

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as cursor to get the next page; null on the last page'),
  });
}

export const OutletRef = z.object({ id: z.number().int(), slug: z.string(), name: z.string() }).meta({ id: 'OutletRef' });

/** What every report (of a quote or an event) says about the article that carried it. */
export const ArticleReport = z.object({
  id: z.number().int(),
  articleId: z.number().int(),
  articleTitle: z.string().nullable(),
  publishedAt: z.string().nullable(),
  outlet: OutletRef.nullable(),
});
