// The built server as a child process on a free loopback port.
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { finished, startNode, type RunResult } from './built.js';

export interface ServerProcess {
  origin: string;
  child: ChildProcess;
  exited: Promise<RunResult>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts dist/server.js and waits until /health answers 200 (seeds ingested). */
export async function startServer(dist: string, env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = startNode(dist, 'server.js', [], { HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env });
  const exited = finished(child);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    try {
      if ((await fetch(`${origin}/health`)).status === 200) return { origin, child, exited };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  const run = await exited;
  throw new Error(`server did not become healthy: exit ${run.code} ${run.signal}\n${run.stdout}\n${run.stderr}`);
}
