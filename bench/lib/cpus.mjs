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

let niceness = 0;

/**
 * Runs measured processes at a raised priority (root only) so that other work on the
 * machine takes less of their time slices: the figures then say more about the code
 * and less about the neighbours. Every server and the load generator get the same.
 */
export function setPriority(value) {
  niceness = value;
}

export function canRaisePriority() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Prefixes a command with nice and taskset as configured; both exec, so the pid stays the command's. */
export function pinned(cpuList, command, args) {
  let argv = [command, ...args];
  if (cpuList !== null) argv = ['taskset', '-c', cpuList, ...argv];
  if (niceness !== 0) argv = ['nice', '-n', String(niceness), ...argv];
  return [argv[0], argv.slice(1)];
}
