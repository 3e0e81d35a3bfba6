import type { Database } from 'better-sqlite3';
import { nameKey } from '../../pipeline/match.js';

// Filters accept a resource by id or by what a person would type: a name or
// alias for people, a slug or name for outlets. References are resolved to ids
// first, so the list statements filter on indexed id columns only.

function numericId(reference: string): number {
  const trimmed = reference.trim();
  return /^\d{1,15}$/.test(trimmed) ? Number(trimmed) : -1;
}

/** "Coastline Wire" and "coastline-wire" both name the outlet whose slug is coastline-wire. */
function slugOf(reference: string): string {
  return reference
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export function createReferenceResolver(sqlite: Database) {
  // Names are matched by the same key ingestion stores for every name and alias,
  // so "GEN. ADA OKAFOR", "Ada Okafor" and "ada okafor" find the same person.
  const people = sqlite
    .prepare(`SELECT id FROM people WHERE id = @id
      UNION SELECT id FROM people WHERE name_key = @key
      UNION SELECT person_id FROM person_aliases WHERE alias_key = @key`)
    .pluck();
  const outlet = sqlite.prepare('SELECT id FROM outlets WHERE id = @id UNION SELECT id FROM outlets WHERE slug = @slug').pluck();

  return {
    /** Ids of the people a reference names (an alias such as a surname can name several), ascending. */
    peopleIds(reference: string): number[] {
      const key = nameKey(reference) || reference.trim().toLowerCase();
      return people.all({ id: numericId(reference), key }) as number[];
    },

    /** Id of the outlet an id, slug or name refers to, or null. */
    outletId(reference: string): number | null {
      const ids = outlet.all({ id: numericId(reference), slug: slugOf(reference) }) as number[];
      return ids.length > 0 ? ids[0] : null;
    },
  };
}

export type ReferenceResolver = ReturnType<typeof createReferenceResolver>;

/** A filter on a person: one id uses the (person, id) index in order; several need a list. */
export function personFilter(ids: readonly number[]): { one?: number; many?: string } {
  return ids.length === 1 ? { one: ids[0] } : { many: JSON.stringify(ids) };
}

/**
 * The people a list filter keeps: those a name or alias names, narrowed to `id` when the
 * route fixes one too (/people/{id}/quotes?speaker=...). Call it with at least one given.
 */
export function filteredPeople(resolve: ReferenceResolver, reference: string | undefined, id: number | undefined): number[] {
  const ids = reference === undefined ? [id as number] : resolve.peopleIds(reference);
  return id === undefined ? ids : ids.filter((candidate) => candidate === id);
}
