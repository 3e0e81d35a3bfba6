import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { pinned } from './cpus.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** GET over a fresh socket; resolves { status, headers, body } or rejects on a refused connection. */
export function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function procStatus(pid, field) {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Spawns a server and resolves once each of readyPaths has answered 200, with the time that took
 * (spawn to first 200, the start-up figure). taskset execs the command, so the pid
 * we hold is the server's own and /proc gives its memory.
 */
export async function startServer({ command, args, env = {}, cpu = null, port, readyPaths = ['/health'], timeoutMs = 60_000, log }) {
  const [cmd, argv] = pinned(cpu, command, args);
  const started = performance.now();
  const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-8000);
    log?.(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));

  for (const readyPath of readyPaths) await waitFor200(`http://127.0.0.1:${port}${readyPath}`);
  const startupMs = performance.now() - started;

  async function waitFor200(url) {
    for (;;) {
      if (exited) throw new Error(`${command} ${args.join(' ')} exited (${exited.code ?? exited.signal}) before answering:\n${output}`);
      if (performance.now() - started > timeoutMs) {
        child.kill('SIGKILL');
        throw new Error(`${command} did not answer 200 on ${url} within ${timeoutMs} ms:\n${output}`);
      }
      const res = await get(url).catch(() => null);
      if (res?.status === 200) return;
      await new Promise((r) => setTimeout(r, res ? 5 : 2));
    }
  }

  return {
    pid: child.pid,
    startupMs,
    baseUrl: `http://127.0.0.1:${port}`,
    rssMb: () => procStatus(child.pid, 'VmRSS'),
    peakRssMb: () => procStatus(child.pid, 'VmHWM'),
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
