// An app over a real ingested corpus: the seed articles plus a slice of Reuters,
// enough for lists to span several pages.
import type { FastifyInstance } from 'fastify';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../../../src/app.js';
import { openDatabase, type Db } from '../../../src/db/client.js';
import { runMigrations } from '../../../src/db/migrate.js';
import { defaultSecurityOptions } from '../../../src/http/plugins/security.js';
import { ingestFolder, type IngestSummary } from '../../../src/ingest/index.js';
import { articleFiles, copyFiles, everyNth, REUTERS, SEEDS, tempDir } from './corpora.js';

export interface CorpusApp {
  app: FastifyInstance;
  /** Writable connection, for reading ground truth straight from the tables. */
  writer: Db;
  summary: IngestSummary;
  close: () => Promise<void>;
}

export async function buildCorpusApp(reutersStep = 16): Promise<CorpusApp> {
  const dir = tempDir('corpus');
  const folder = join(dir, 'articles');
  cpSync(SEEDS, folder, { recursive: true });
  copyFiles(REUTERS, everyNth(articleFiles(REUTERS), reutersStep), join(folder, 'reuters'));
  const writer = openDatabase(join(dir, 'corpus.db'));
  runMigrations(writer);
  const summary = ingestFolder(writer, folder);
  const reader = openDatabase(join(dir, 'corpus.db'), { readonly: true });
  const app = await buildApp({ db: reader, security: { ...defaultSecurityOptions, rateLimit: false, pressure: false } });
  await app.ready();
  return {
    app,
    writer,
    summary,
    close: async () => {
      await app.close();
      reader.$client.close();
      writer.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
