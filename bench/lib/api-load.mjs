import { get } from './server-process.mjs';
import { runWrk } from './wrk.mjs';

/** quotewire's answer to each request: what the baseline must match and the ceiling replays. */
export async function recordResponses(baseUrl, requests) {
  const byName = {};
  const forCeiling = {};
  for (const r of requests) {
    const res = await get(baseUrl + r.url);
    if (res.status !== 200) throw new Error(`quotewire answered ${res.status} to ${r.url}: ${res.body.toString().slice(0, 300)}`);
    const again = await get(baseUrl + r.url);
    if (!again.body.equals(res.body)) throw new Error(`the cached answer to ${r.url} differs from the first one`);
    byName[r.name] = { contentType: res.headers['content-type'], body: res.body };
    forCeiling[r.url] = { contentType: res.headers['content-type'], body: res.body.toString('base64') };
  }
  return { byName, forCeiling };
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return `at byte ${i}: quotewire …${a.subarray(Math.max(0, i - 60), i + 60)}… vs …${b.subarray(Math.max(0, i - 60), i + 60)}…`;
}

/**
 * Every request against every target, pass after pass (interleaved, so a slow patch
 * of the machine hits all targets alike). Each cell: a warm-up run, then the measured
 * run. Means of the passes for throughput and p50, the worst pass for p99.
 */
export async function measureApi({ requests, recorded, targets, load, cpu, log }) {
  const identical = {};
  const baseline = targets.find((t) => t.name === 'minimal baseline');
  if (baseline) {
    for (const r of requests) {
      const res = await get(baseline.server.baseUrl + r.url);
      const want = recorded.byName[r.name].body;
      identical[r.name] = res.status === 200 && res.body.equals(want);
      if (!identical[r.name]) log(`baseline answer to "${r.name}" differs (${res.status}) ${firstDifference(want, res.body)}`);
    }
  }

  const runs = [];
  const rss = {};
  for (let pass = 1; pass <= load.passes; pass += 1) {
    for (const r of requests) {
      for (const target of targets) {
        const url = target.server.baseUrl + r.url;
        const common = { url, connections: load.connections, headers: target.headers, cpu };
        if (load.warmupSeconds > 0) await runWrk({ ...common, seconds: load.warmupSeconds });
        const result = await runWrk({ ...common, seconds: load.seconds });
        // Requests wrk left in flight are still being answered: let them drain, or the next cell pays for them.
        await get(`${target.server.baseUrl}/health`).catch(() => null);
        const rssMb = target.server.rssMb();
        rss[target.name] = { maxRssMb: Math.max(rss[target.name]?.maxRssMb ?? 0, rssMb ?? 0), peakMb: target.server.peakRssMb() };
        runs.push({ pass, request: r.name, target: target.name, ...result, rssMb });
        const bad = result.errors + result.badStatus;
        log(`pass ${pass} ${r.name} | ${target.name}: ${Math.round(result.rps)} req/s, p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms${bad ? `, ${bad} errors/non-2xx` : ''}`);
      }
    }
  }

  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const cells = [];
  for (const r of requests) {
    for (const target of targets) {
      const mine = runs.filter((x) => x.request === r.name && x.target === target.name);
      cells.push({
        request: r.name,
        target: target.name,
        rps: mean(mine.map((x) => x.rps)),
        p50Ms: mean(mine.map((x) => x.p50Ms)),
        p99Ms: Math.max(...mine.map((x) => x.p99Ms)),
        errors: mine.reduce((n, x) => n + x.errors + x.badStatus, 0),
      });
    }
  }
  return { targets: targets.map((t) => t.name), cells, runs, rss, identical };
}
