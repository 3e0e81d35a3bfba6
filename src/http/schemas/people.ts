import { z } from 'zod';
import { ArticleId, listOf, pageQuery } from './common.js';

export const PersonKind = z.enum(['person', 'organisation']);

export const Person = z
  .object({
    id: z.number().int().describe('The same person across articles'),
    kind: PersonKind,
    name: z.string().describe('Fullest name seen, without titles'),
    aliases: z.array(z.string()).describe('Other forms seen: surname, with titles'),
    roles: z.array(z.string()).describe('Titles and roles as seen'),
  })
  .meta({ id: 'Person', description: 'A person, or an organisation that speaks' });

export const PersonDetail = Person.extend({
  counts: z.object({
    quotes: z.number().int().describe('Quotes attributed to them'),
    articles: z.number().int().describe('Articles that mention them'),
    events: z.number().int().describe('Events they take part in'),
  }),
}).meta({ id: 'PersonDetail' });

export const PersonPage = listOf(Person).meta({ id: 'PersonPage' });

export const PeopleQuery = z.object({
  q: z.string().trim().min(1).max(200).optional().describe('Part of a name or alias, case-insensitive'),
  article: ArticleId.optional().describe('Only people this article mentions'),
  kind: z.enum(['person', 'organisation', 'any']).default('person').describe('Organisations that speak are listed with kind=organisation'),
  ...pageQuery,
});
