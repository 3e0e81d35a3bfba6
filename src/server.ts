import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { migrationsFolder, runMigrations } from './db/migrate.js';
import { securityOptionsFrom } from './http/plugins/security.js';
import type { IngestSummary } from './ingest/index.js';
import { hasPendingChanges } from './ingest/pending.js';

// Start-up order: migrate, listen, then ingest the seed folder. Listening first
// lets orchestrators see the process alive while /health still answers 503,
// which it does until the seeds are in.
const config = loadConfig();

// Only ingestion writes; the API reads through its own read-only connection,
// which under WAL keeps answering while an ingest commits.
const writer = openDatabase(config.DATABASE_PATH);
if (!schemaIsCurrent()) runMigrations(writer);
const reader = openDatabase(config.DATABASE_PATH, { readonly: true });

let seeded = false;
const app = await buildApp({
  db: reader,
  logger: { level: config.LOG_LEVEL },
  corsOrigin: config.CORS_ORIGIN,
  isReady: () => seeded,
  security: securityOptionsFrom(config),
});

let closing = false;
async function shutdown(reason: string, exitCode = 0): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ reason }, 'closing');
  try {
    await app.close();
  } finally {
    reader.$client.close();
    writer.$client.close();
  }
  process.exit(exitCode);
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ port: config.PORT, host: config.HOST });

// Yield once so the listening socket accepts /health probes before the
// synchronous ingest takes the event loop.
await new Promise((resolve) => setImmediate(resolve));
// On a restart over an unchanged folder nothing needs extracting, and loading the
// extraction code (chrono and the lexicons) would only delay the first answer.
if (!hasPendingChanges(writer, config.SEEDS_DIR)) {
  app.log.info({ folder: config.SEEDS_DIR }, 'seeds unchanged since the last ingest');
  seeded = true;
} else {
  const summary = await ingestSeeds();
  if (summary) {
    app.log.info(
      { folder: summary.folder, files: summary.files, added: summary.added, updated: summary.updated, unchanged: summary.unchanged, failed: summary.failed.length, ms: Math.round(summary.durationMs) },
      'seeds ingested',
    );
    for (const failure of summary.failed) app.log.warn(failure, 'file not ingested');
    seeded = true;
  } else {
    // Serving on without the seeds would leave /health at 503 for ever: better to stop
    // and let whatever started the process see the failure.
    await shutdown('seed ingest failed', 1);
  }
}

async function ingestSeeds(): Promise<IngestSummary | null> {
  try {
    const { ingestFolder } = await import('./ingest/index.js');
    return ingestFolder(writer, config.SEEDS_DIR);
  } catch (error) {
    app.log.fatal({ err: error }, 'seed ingest failed');
    return null;
  }
}

/**
 * drizzle applies the journal's migrations made after the last one the database
 * records. When there are none, asking it would still read and hash every
 * migration file on each start.
 */
function schemaIsCurrent(): boolean {
  try {
    const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: Array<{ when: number }> };
    const newest = Math.max(...journal.entries.map((entry) => entry.when));
    const applied = writer.$client.prepare('SELECT max(created_at) FROM __drizzle_migrations').pluck().get();
    return applied !== null && applied !== undefined && Number(applied) >= newest;
  } catch {
    // No migrations table yet (a new database), or no journal: let drizzle decide.
    return false;
  }
}
