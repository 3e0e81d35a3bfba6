import { availableParallelism } from 'node:os';
import { spawnSync } from 'node:child_process';

const hasTaskset = spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Cores for the server and the load generator. Sharing a core would make the two
 * fight for it and the figures would measure the scheduler, so with two or more
 * cores each gets its own; with one core nothing is pinned.
 */
export function cpuPlan() {
  const cores = availableParallelism();
  if (!hasTaskset || cores < 2) return { pinned: false, server: null, load: null, cores };
  // The server gets every core but the last: it is what we measure, the loader only needs one.
  const server = cores === 2 ? '0' : `0-${cores - 2}`;
  return { pinned: true, server, load: String(cores - 1), cores };
}

/** Prefixes a command with taskset when a core list is given. */
export function pinned(cpuList, command, args) {
  return cpuList === null ? [command, args] : ['taskset', ['-c', cpuList, command, ...args]];
}
