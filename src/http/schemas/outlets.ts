import { z } from 'zod';
import { listOf, OutletRef, pageQuery } from './common.js';

export const Outlet = OutletRef.extend({ articles: z.number().int().describe('Articles stored from it') }).meta({ id: 'Outlet' });

export const OutletDetail = OutletRef.extend({
  counts: z.object({ articles: z.number().int(), quotes: z.number().int(), events: z.number().int() }),
}).meta({ id: 'OutletDetail' });

export const OutletPage = listOf(Outlet).meta({ id: 'OutletPage' });

export const OutletQuery = z.object({ ...pageQuery });

export const ComparisonSet = z
  .enum(['both', 'onlyFirst', 'onlySecond'])
  .default('both')
  .describe('both: reported by both outlets; onlyFirst: by the first and not the second; onlySecond: by the second and not the first');

export const CompareQuery = z.object({
  outlets: z
    .string()
    .describe('Two outlets, ids or slugs, comma-separated')
    .transform((value) => value.split(',').map((part) => part.trim()))
    .refine((parts) => parts.length === 2 && parts.every((part) => part.length > 0 && part.length <= 200), 'expected two outlets: a,b'),
  set: ComparisonSet,
  ...pageQuery,
});
