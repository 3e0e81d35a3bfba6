// Brings the database DATABASE_PATH names up to the latest schema.
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';

const config = loadConfig();
const db = openDatabase(config.DATABASE_PATH);
try {
  runMigrations(db);
  console.log(`migrated ${config.DATABASE_PATH}`);
} finally {
  db.$client.close();
}
