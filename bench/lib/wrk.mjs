import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pinned } from './cpus.mjs';

const reportScript = fileURLToPath(new URL('./wrk-report.lua', import.meta.url));

export function assertWrkInstalled() {
  if (spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error) {
    throw new Error(
      'wrk is not installed. Install it with `sudo apt-get install -y wrk` (Debian/Ubuntu) ' +
        'or `brew install wrk` (macOS), then rerun `npm run bench`.',
    );
  }
}

/**
 * One wrk run against url. wrk rather than autocannon because autocannon, being
 * JavaScript, saturates its own core well below what the server can answer.
 */
export function runWrk({ url, connections, seconds, headers = {}, cpu = null }) {
  // A long timeout: a slow answer should count in the latency figures, not vanish as an error.
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '30s', '-s', reportScript];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  args.push(url);
  const [command, argv] = pinned(cpu, 'wrk', args);
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('@@WRK@@'));
      if (code !== 0 || !line) return reject(new Error(`wrk failed (${code}): ${out.trim()}`));
      const r = JSON.parse(line.slice('@@WRK@@'.length));
      resolve({
        // Only answers that were 2xx/3xx count: a server shedding load with fast 503s is not fast.
        rps: (r.requests - r.non2xx3xx) / (r.durationUs / 1e6),
        p50Ms: r.p50Us / 1000,
        p90Ms: r.p90Us / 1000,
        p99Ms: r.p99Us / 1000,
        maxMs: r.maxUs / 1000,
        requests: r.requests,
        errors: r.errors,
        badStatus: r.non2xx3xx,
      });
    });
  });
}
