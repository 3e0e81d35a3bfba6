import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

it('migrations/ holds every change in src/db/schema.ts (drizzle-kit generates nothing new)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'quotewire-drift-'));
  try {
    cpSync(join(projectRoot, 'migrations'), scratch, { recursive: true });
    const before = readdirSync(scratch).sort();
    // drizzle-kit prefixes --out with "./", so it has to be relative to the project.
    execFileSync(join(projectRoot, 'node_modules/.bin/drizzle-kit'), ['generate', '--dialect', 'sqlite', '--schema', './src/db/schema.ts', '--out', relative(projectRoot, scratch)], {
      cwd: projectRoot,
      stdio: 'pipe',
    });
    expect(readdirSync(scratch).sort()).toEqual(before);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 60_000);
