import { buildApp } from '../app.js';
import { openDatabase } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';

/** Path of the checked-in document, relative to the project root. */
export const OPENAPI_FILE = 'openapi/openapi.json';

/** The document as checked in: stable key order from the schemas, two-space indent, final newline. */
export function formatOpenApi(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Builds the app on an empty migrated database (the routes prepare their
 * statements at start) and returns the document it would serve at /openapi.json.
 */
export async function renderOpenApi(): Promise<string> {
  const db = openDatabase(':memory:');
  runMigrations(db);
  const app = await buildApp({ db });
  try {
    await app.ready();
    return formatOpenApi(app.swagger());
  } finally {
    await app.close();
    db.$client.close();
  }
}
