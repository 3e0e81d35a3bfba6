import { z } from 'zod';
import { listOf, OutletRef, pageQuery } from './common.js';
import { Event } from './events.js';
import { Quote } from './quotes.js';

export const Outlet = OutletRef.extend({ articles: z.number().int().describe('Articles stored from it') }).meta({ id: 'Outlet' });

export const OutletDetail = OutletRef.extend({
  counts: z.object({ articles: z.number().int(), quotes: z.number().int(), events: z.number().int() }),
}).meta({ id: 'OutletDetail' });

export const OutletPage = listOf(Outlet).meta({ id: 'OutletPage' });

export const OutletQuery = z.object({ ...pageQuery });

function comparison<T extends z.ZodType>(item: T) {
  return z.object({
    counts: z.object({ both: z.number().int(), onlyFirst: z.number().int(), onlySecond: z.number().int() }),
    both: z.array(item).describe('Carried by both outlets'),
    onlyFirst: z.array(item).describe('Carried by the first outlet only'),
    onlySecond: z.array(item).describe('Carried by the second outlet only'),
  });
}

export const Comparison = z
  .object({
    outlets: z.array(OutletRef).length(2),
    quotes: comparison(Quote),
    events: comparison(Event),
  })
  .meta({ id: 'Comparison', description: 'Lists hold at most `limit` items each, in id order; counts are complete' });

export const CompareQuery = z.object({
  outlets: z
    .string()
    .describe('Two outlets, ids or slugs, comma-separated')
    .transform((value) => value.split(',').map((part) => part.trim()))
    .refine((parts) => parts.length === 2 && parts.every((part) => part.length > 0 && part.length <= 200), 'expected two outlets: a,b'),
  limit: z.coerce.number<string>().int().min(1).max(500).default(50).describe('Items per list, 1 to 500'),
});
