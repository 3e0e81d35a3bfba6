// Ingests one folder into one database through the built app (dist/), in its own
// process so its peak RSS is the ingest's alone. Prints one JSON line.
// Usage: node bench/ingest-child.mjs <database> <folder>
import { performance } from 'node:perf_hooks';

const started = performance.now();
const [databasePath, folder] = process.argv.slice(2);
const { openDatabase } = await import('../dist/db/client.js');
const { runMigrations } = await import('../dist/db/migrate.js');
const { ingestFolder } = await import('../dist/ingest/index.js');
// As the ingest command does (src/cli/ingest.ts).
const { useBaselineCompilersForBatch } = await import('../dist/ingest/batch-compiler.js');
useBaselineCompilersForBatch();
const loaded = performance.now();

const db = openDatabase(databasePath);
runMigrations(db);
const summary = ingestFolder(db, folder);
const ingested = performance.now();
db.$client.pragma('wal_checkpoint(TRUNCATE)');
db.$client.close();

const counts = (table) => {
  const Database = db.$client.constructor;
  const reader = new Database(databasePath, { readonly: true });
  try {
    return reader.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  } finally {
    reader.close();
  }
};

process.stdout.write(
  `${JSON.stringify({
    loadMs: loaded - started,
    ingestMs: ingested - loaded,
    totalMs: performance.now() - started,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    files: summary.files,
    added: summary.added,
    updated: summary.updated,
    unchanged: summary.unchanged,
    duplicates: summary.duplicates.length,
    failed: summary.failed.length,
    rows: {
      articles: counts('articles'),
      quotes: counts('quotes'),
      quoteReports: counts('quote_reports'),
      events: counts('events'),
      people: counts('people'),
    },
  })}\n`,
);
