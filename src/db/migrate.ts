import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { fileURLToPath } from 'node:url';
import type { Db } from './client.js';

/** migrations/ sits at the project root, both from src/ (tsx) and dist/ (built). */
export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

export function runMigrations(db: Db): void {
  migrate(db, { migrationsFolder });
}
