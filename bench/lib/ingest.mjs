import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { pinned } from './cpus.mjs';

const child = fileURLToPath(new URL('../ingest-child.mjs', import.meta.url));

export function folderBytes(folder) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath ?? entry.path, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** Runs one ingest in a child process; wall time is spawn to exit, Node start-up included. */
export function ingestInChild(databasePath, folder) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const [command, args] = pinned(null, process.execPath, [child, databasePath, folder]);
    const proc = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (c) => (out += c));
    proc.stderr.on('data', (c) => (err = (err + c).slice(-8000)));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const wallMs = performance.now() - started;
      const line = out.trim().split('\n').pop();
      if (code !== 0 || !line?.startsWith('{')) return reject(new Error(`ingest of ${folder} failed (${code}):\n${err}${out}`));
      resolve({ wallMs, ...JSON.parse(line) });
    });
  });
}
