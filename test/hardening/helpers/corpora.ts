// Temporary article folders built from the shared corpora, so tests never write
// next to the originals and can pick subsets.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO } from './built.js';

export const SHARED_CORPORA = resolveShared();
export const BBC = join(SHARED_CORPORA, 'bbc');
export const REUTERS = join(SHARED_CORPORA, 'reuters21578');
export const SEEDS = join(REPO, 'seeds');

function resolveShared(): string {
  return join(REPO, '..', 'shared', 'corpora');
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `quotewire-${prefix}-`));
}

/** Article files under `root`, relative and '/'-separated, sorted (the README is not an article). */
export function articleFiles(root: string, relative = ''): string[] {
  return readdirSync(join(root, relative), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return articleFiles(root, rel);
      return entry.name.endsWith('.txt') && entry.name !== 'README.TXT' ? [rel] : [];
    })
    .sort();
}

/** Copies the given relative files (keeping their relative paths) into `target`. */
export function copyFiles(source: string, files: string[], target: string): void {
  for (const file of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    copyFileSync(join(source, file), join(target, file));
  }
}

/** Every `step`-th file, starting at `offset`: a subset spread over the whole folder. */
export function everyNth(files: string[], step: number, offset = 0): string[] {
  return files.filter((_, index) => index % step === offset);
}
