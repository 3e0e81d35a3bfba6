/** URL-safe outlet id from its name: "The Irish Times" -> "the-irish-times", "Le Monde" -> "le-monde". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // A name of symbols only still needs a stable, non-empty slug.
  return slug || `outlet-${[...name].map((char) => char.codePointAt(0)!.toString(16)).join('')}`;
}
