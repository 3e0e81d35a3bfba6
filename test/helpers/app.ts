import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/app.js';
import { openDatabase, type Db } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { defaultSecurityOptions } from '../../src/http/plugins/security.js';

export interface TestApp {
  app: FastifyInstance;
  /** The writable connection, for tests that change data under a running app. */
  writer: Db;
  close: () => Promise<void>;
}

/**
 * A fresh database file migrated by the real migrations, filled by `fill`
 * through a writable connection, and served by an app on a read-only one,
 * as in production.
 */
export async function buildTestApp(fill: (db: Db) => void | Promise<void>, options: Partial<AppOptions> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'quotewire-test-'));
  const path = join(dir, 'test.db');
  const writer = openDatabase(path);
  try {
    runMigrations(writer);
    await fill(writer);
  } catch (error) {
    writer.$client.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const reader = openDatabase(path, { readonly: true });
  // Load shedding samples the event loop of the whole test process, which other
  // tests' synchronous work (ingests, schema validation) can stall on purpose.
  const app = await buildApp({ db: reader, security: { ...defaultSecurityOptions, pressure: false }, ...options });
  await app.ready();
  return {
    app,
    writer,
    close: async () => {
      await app.close();
      reader.$client.close();
      writer.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
