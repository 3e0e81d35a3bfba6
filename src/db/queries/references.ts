// Filters accept a resource by id or by a name a person would type (a slug,
// a name or an alias). Both forms are bound as parameters so one statement
// serves either; a non-numeric reference binds an id no row has.

export interface ReferenceParams {
  id: number;
  key: string;
}

export function referenceParams(reference: string): ReferenceParams {
  const trimmed = reference.trim();
  return { id: /^\d{1,15}$/.test(trimmed) ? Number(trimmed) : -1, key: trimmed.toLowerCase() };
}

/** Ids of the people a reference names: their id, name or any alias, case-insensitively. */
export function peopleMatching(param: string): string {
  return `SELECT id FROM people WHERE id = @${param}Id
    UNION SELECT id FROM people WHERE name_key = @${param}Key OR lower(name) = @${param}Key
    UNION SELECT person_id FROM person_aliases WHERE alias_key = @${param}Key`;
}

/** Ids of the outlets a reference names: their id or slug. */
export function outletsMatching(param: string): string {
  return `SELECT id FROM outlets WHERE id = @${param}Id OR slug = @${param}Key`;
}

/** Binds a reference under the names peopleMatching/outletsMatching expect. */
export function bindReference(param: string, reference: string | undefined): Record<string, unknown> {
  if (reference === undefined) return {};
  const { id, key } = referenceParams(reference);
  return { [param]: reference, [`${param}Id`]: id, [`${param}Key`]: key };
}
