// Cursors are opaque to clients: base64url of the last sort key as JSON, so the
// key can grow (e.g. to [date, id]) without breaking links already handed out.

export function encodeCursor(after: number): string {
  return Buffer.from(JSON.stringify([after])).toString('base64url');
}

/** The sort key a cursor carries, or null when the cursor is not one this API issued. */
export function decodeCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cursor)) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(key) || key.length !== 1) return null;
  const [after] = key;
  return Number.isSafeInteger(after) && after > 0 ? after : null;
}
