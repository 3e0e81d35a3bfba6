// npm run ingest -- <folder> [--remove-missing] [--force]
// Ingests a folder of article files into the database DATABASE_PATH names.
import { SingleBar, Presets } from 'cli-progress';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { useBaselineCompilersForBatch } from '../ingest/batch-compiler.js';
import { ingestFolder, type IngestProgress, type IngestSummary } from '../ingest/index.js';

const usage = 'usage: npm run ingest -- <folder> [--remove-missing] [--force]';

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        'remove-missing': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (args.values.help) {
    console.log(usage);
    return 0;
  }
  if (args.positionals.length !== 1) {
    console.error(usage);
    return 2;
  }

  const config = loadConfig();
  const db = openDatabase(config.DATABASE_PATH);
  try {
    runMigrations(db);
    const progress = progressReporter();
    const summary = ingestFolder(db, args.positionals[0], {
      removeMissing: args.values['remove-missing'],
      force: args.values.force,
      onProgress: progress.update,
    });
    progress.stop();
    printSummary(summary, config.DATABASE_PATH);
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    db.$client.close();
  }
}

/** A bar on a terminal; in a log or pipe, one line per file that is not simply unchanged. */
function progressReporter(): { update: (progress: IngestProgress) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({ format: 'ingesting [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
    let started = false;
    return {
      update: ({ done, total, outcome }) => {
        if (!started) {
          bar.start(total, 0, { file: '' });
          started = true;
        }
        bar.update(done, { file: outcome.file });
      },
      stop: () => {
        if (started) bar.stop();
      },
    };
  }
  return {
    update: ({ done, total, outcome }) => {
      if (outcome.status === 'unchanged') return;
      const detail = outcome.reason ? ` (${outcome.reason})` : '';
      console.error(`[${done}/${total}] ${outcome.status} ${outcome.file}${detail}`);
    },
    stop: () => {},
  };
}

function printSummary(summary: IngestSummary, databasePath: string): void {
  const threads = summary.workers > 0 ? `, extracting on ${summary.workers} worker threads` : '';
  console.log(`ingested ${summary.folder} into ${databasePath} in ${summary.durationMs} ms (run ${summary.runId}${threads})`);
  console.log(
    `  ${summary.files} files: ${summary.added} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ` +
      `${summary.duplicates.length} duplicate, ${summary.failed.length} failed, ${summary.missing.length} missing`,
  );
  for (const { file, duplicateOf } of summary.duplicates) console.log(`  duplicate ${file}: same content as ${duplicateOf}`);
  for (const { file, reason } of summary.failed) console.log(`  failed    ${file}: ${reason}`);
  const fate = summary.removedMissing ? 'removed' : 'missing  ';
  for (const file of summary.missing) console.log(`  ${fate} ${file}${summary.removedMissing ? '' : ' (kept; --remove-missing deletes it)'}`);
}

useBaselineCompilersForBatch();
process.exitCode = main();
