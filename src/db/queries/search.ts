/**
 * Turns what a person typed into an FTS5 query that cannot be a syntax error:
 * every word becomes a quoted phrase (all must match), and a trailing `*`
 * on a word keeps its meaning as a prefix search.
 */
export function toMatchQuery(input: string): string {
  // FTS5 reads a NUL as the end of the query ("unterminated string"); no control
  // character can be part of a word, so they all separate words.
  const terms = input
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => {
      const prefix = word.length > 1 && word.endsWith('*');
      const body = (prefix ? word.slice(0, -1) : word).replaceAll('"', '""');
      return prefix ? `"${body}"*` : `"${body}"`;
    });
  return terms.length > 0 ? terms.join(' ') : '""';
}

// Control characters cannot occur in stored text, so they mark matches safely
// until the snippet is escaped and the marks become <mark> elements.
export const MATCH_OPEN = '\u0001';
export const MATCH_CLOSE = '\u0002';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escapes a snippet and turns its match marks into <mark> elements. */
export function markSnippet(raw: string): string {
  return raw
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])
    .replaceAll(MATCH_OPEN, '<mark>')
    .replaceAll(MATCH_CLOSE, '</mark>');
}
