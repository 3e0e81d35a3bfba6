// Child-process tests run the transpiled server and CLI, as `npm start` does, but from a
// private temporary build: other suites may rebuild dist/ while these run.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');

/** Builds src/ into a fresh directory laid out like the repo; returns its dist/ path. */
export async function buildPrivateDist(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'quotewire-build-'));
  // The same build `npm start` runs, bundles included.
  execFileSync(process.execPath, [join(REPO, 'scripts/build.mjs'), join(root, 'dist')], { stdio: 'inherit' });
  // dist/db/migrate.js finds ../../migrations; packages resolve through node_modules.
  symlinkSync(join(REPO, 'migrations'), join(root, 'migrations'));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ type: 'module' }));
  return join(root, 'dist');
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `node <dist>/<entry> ...args` with only the given environment on top of PATH. */
export function startNode(dist: string, entry: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [join(dist, entry), ...args], {
    cwd: resolve(dist, '..'),
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Collects a child's output until it exits. */
export function finished(child: ChildProcess): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
  });
}

export function runNode(dist: string, entry: string, args: string[], env: Record<string, string>): Promise<RunResult> {
  return finished(startNode(dist, entry, args, env));
}
