import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../helpers/seeds.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'quotewire-server-'));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves with the URL the server logs once it listens (PORT=0 picks a free port). */
function listeningUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /"msg":"Server listening at (http:\/\/127\.0\.0\.1:\d+)"/.exec(buffered);
      if (match) resolve(match[1]);
    });
    server.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

describe('server start-up', () => {
  it('migrates a new database, ingests the seed folder, serves, and closes on SIGTERM', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: join(dir, 'db', 'quotewire.db'), SEEDS_DIR, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const base = await listeningUrl(child);

    let health: Response | undefined;
    for (let i = 0; i < 100; i += 1) {
      health = await fetch(`${base}/health`);
      if (health.status === 200) break;
      expect(health.status).toBe(503);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(health?.status).toBe(200);
    const body = await health!.json();
    expect(body.counts.articles).toBe(2);

    const articles = await (await fetch(`${base}/articles`)).json();
    expect(articles.items).toHaveLength(2);

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);
});
