// `npm run bench`: ingest speed, API load against two baselines, latency as the data
// grows, start-up time. Prints markdown tables and writes them, with the raw figures,
// to bench/results/. See bench/README.md for what each figure means.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureScaleDatabase } from './generate.mjs';
import { measureApi, recordResponses } from './lib/api-load.mjs';
import { canRaisePriority, cpuPlan, setPriority } from './lib/cpus.mjs';
import { fixed, int, mark, ms, ratio, table } from './lib/format.mjs';
import { pickHotRequests } from './lib/hot-requests.mjs';
import { folderBytes, ingestInChild } from './lib/ingest.mjs';
import { freePort, startServer } from './lib/server-process.mjs';
import { assertWrkInstalled } from './lib/wrk.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const dataDir = join(benchDir, 'data');
const resultsDir = join(benchDir, 'results');

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '2000,20000' },
    bbc: { type: 'string', default: join(root, '../shared/corpora/bbc') },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    passes: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    'scan-duration': { type: 'string', default: '5' },
    'startup-runs': { type: 'string', default: '5' },
    only: { type: 'string', default: 'ingest,scale,api,startup' },
    quick: { type: 'boolean', default: false },
    'reuse-stale': { type: 'boolean', default: false },
    nice: { type: 'string' },
    build: { type: 'boolean', default: true },
    help: { type: 'boolean', default: false },
  },
  allowNegative: true,
});

if (opts.help) {
  console.log(`npm run bench -- [options]
  --sizes 2000,20000[,200000]  scale databases (generated once into bench/data/, reused)
  --duration 10 --warmup 1 --passes 2 --connections 10   load per request and server
  --scan-duration 5            load per request on the smaller scale databases
  --startup-runs 5             spawns per server for the start-up figure
  --only ingest,scale,api,startup
  --quick                      3 s load, one pass: a smoke run, not figures to quote
  --no-build                   use dist/ as it is
  --reuse-stale                keep scale databases made by older extraction code
  --nice -10                   priority of the measured processes (default -10 as root, else 0)`);
  process.exit(0);
}

const sizes = opts.sizes.split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const only = new Set(opts.only.split(','));
const load = {
  seconds: opts.quick ? 3 : Number(opts.duration),
  warmupSeconds: Number(opts.warmup),
  passes: opts.quick ? 1 : Number(opts.passes),
  connections: Number(opts.connections),
};
const scanSeconds = opts.quick ? 2 : Number(opts['scan-duration']);
const cpu = cpuPlan();
const niceness = opts.nice === undefined ? (canRaisePriority() ? -10 : 0) : Number(opts.nice);
setPriority(niceness);
const log = (...args) => console.error('[bench]', ...args);

function gitDescribe() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'migrations'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} with uncommitted changes in src/` : commit;
  } catch {
    return 'unknown';
  }
}

const results = {
  startedAt: new Date().toISOString(),
  code: gitDescribe(),
  machine: {
    nproc: cpu.cores,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Number((totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    pinned: cpu.pinned ? { server: cpu.server, load: cpu.load } : false,
    niceness,
    loadAverageAtStart: loadavg()[0],
  },
  options: { sizes, ...load, scanSeconds },
};
const sections = [];
/** Every bar of the issue, judged on this run: [bar, measured, verdict]. */
const bars = [];

function env(databasePath, seedsDir, port) {
  // LOG_LEVEL=warn: per-request info logs would measure pino, and a deployment under load would not log each request either.
  // The rate limit stays on (its cost is part of every request) but high enough that one loopback client is never refused.
  return { DATABASE_PATH: databasePath, SEEDS_DIR: seedsDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '1000000000' };
}

async function startQuotewire(databasePath, seedsDir, readyPaths) {
  const port = await freePort();
  return startServer({ command: process.execPath, args: [join(root, 'dist/server.js')], env: env(databasePath, seedsDir, port), cpu: cpu.server, port, readyPaths });
}

async function startBaseline(databasePath, readyPaths) {
  const port = await freePort();
  return startServer({ command: process.execPath, args: [join(benchDir, 'servers/baseline.mjs'), String(port), databasePath], cpu: cpu.server, port, readyPaths });
}

async function startCeiling(responsesFile) {
  const port = await freePort();
  return startServer({ command: process.execPath, args: [join(benchDir, 'servers/ceiling.mjs'), String(port), responsesFile], cpu: cpu.server, port, readyPaths: ['/health'] });
}

// ---- 1. ingest -----------------------------------------------------------------------
async function benchIngest() {
  const databasePath = join(dataDir, 'bbc.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(databasePath + suffix, { force: true });
  const corpus = folderBytes(opts.bbc);
  log(`ingesting ${opts.bbc} (${corpus.files} files, ${fixed(corpus.bytes / 1e6)} MB) into a fresh database ...`);
  const fresh = await ingestInChild(databasePath, opts.bbc);
  log('re-running over the unchanged folder ...');
  const rerun = await ingestInChild(databasePath, opts.bbc);
  results.ingest = { corpus, fresh, rerun };
  const row = (name, r, barSeconds) => [
    name,
    int(r.files),
    `${r.added}/${r.unchanged}/${r.duplicates}/${r.failed}`,
    fixed(r.wallMs / 1000, 2),
    fixed(r.ingestMs / 1000, 2),
    int(r.files / (r.wallMs / 1000)),
    fixed(corpus.bytes / 1e6 / (r.wallMs / 1000), 2),
    fixed(r.maxRssMb, 0),
    `${mark(r.wallMs <= barSeconds * 1000)} (<= ${barSeconds} s)`,
  ];
  const rows = fresh.rows;
  const perSecond = fresh.files / (fresh.wallMs / 1000);
  bars.push(
    ['BBC ingest <= 10 s wall, >= 220 articles/s', `${fixed(fresh.wallMs / 1000, 2)} s, ${int(perSecond)} articles/s`, mark(fresh.wallMs <= 10_000 && perSecond >= 220)],
    ['re-run of the unchanged folder <= 1 s', `${fixed(rerun.wallMs / 1000, 2)} s wall (${fixed(rerun.ingestMs / 1000, 2)} s in ingestFolder)`, mark(rerun.wallMs <= 1000)],
  );
  sections.push([
    '## Ingest: BBC corpus through the full pipeline',
    table(
      ['run', 'files', 'added/unchanged/dup/failed', 'wall s', 'ingest s', 'articles/s', 'MB/s', 'peak RSS MB', 'bar'],
      [row('fresh database', fresh, 10), row('re-run, unchanged', rerun, 1)],
    ),
    `Wall is spawn to exit of a Node process (start-up, migrations and the final checkpoint included); ingest is ingestFolder alone. ` +
      `Stored: ${int(rows.articles)} articles, ${int(rows.quotes)} quotes (${int(rows.quoteReports)} reports), ${int(rows.events)} events, ${int(rows.people)} people.`,
  ]);
  return databasePath;
}

// ---- 2. scale data --------------------------------------------------------------------
async function benchScale() {
  const databases = [];
  for (const size of sizes) {
    const made = await ensureScaleDatabase(size, { bbcFolder: opts.bbc, log, reuseStale: opts['reuse-stale'] });
    databases.push(made);
  }
  results.scale = databases.map(({ databasePath, ...rest }) => ({ databasePath: databasePath.replace(root, ''), ...rest }));
  sections.push([
    '## Scale databases (generated from the BBC set, ingested through the same code)',
    table(
      ['articles', 'quotes', 'reports', 'events', 'people', 'ingest s', 'articles/s', 'peak RSS MB', ''],
      databases.map((d) => [
        int(d.ingest.rows.articles),
        int(d.ingest.rows.quotes),
        int(d.ingest.rows.quoteReports),
        int(d.ingest.rows.events),
        int(d.ingest.rows.people),
        fixed(d.ingest.wallMs / 1000, 1),
        int(d.ingest.files / (d.ingest.wallMs / 1000)),
        fixed(d.ingest.maxRssMb, 0),
        d.reused ? (d.stale ? 'reused, made by older extraction code' : 'reused from an earlier run') : 'generated now',
      ]),
    ),
  ]);
  return databases;
}

/**
 * A fresh copy of a database file. A write-ahead log left beside an earlier copy would
 * be replayed onto this one and corrupt it, so it goes first.
 */
function copyDatabase(source, copy) {
  for (const suffix of ['-wal', '-shm']) rmSync(copy + suffix, { force: true });
  copyFileSync(source, copy);
}

// ---- 3. API load --------------------------------------------------------------------
async function benchApi(databases) {
  const emptySeeds = mkdtempSync(join(tmpdir(), 'quotewire-bench-seeds-'));
  const main = databases[databases.length - 1];
  const bySize = [];
  let comparison = null;
  try {
    for (const database of databases) {
      const isMain = database === main;
      // Each server gets its own copy: the start-up ingest of quotewire writes a run record.
      const copy = join(dataDir, `api-${database.size}.db`);
      copyDatabase(database.databasePath, copy);
      const quotewire = await startQuotewire(copy, emptySeeds, ['/health']);
      const servers = [];
      try {
        const requests = await pickHotRequests(copy, quotewire.baseUrl);
        const live = requests.filter((r) => r.url !== null);
        for (const r of requests.filter((r) => r.url === null)) log(`skipping "${r.name}": ${r.reason}`);
        const recorded = await recordResponses(quotewire.baseUrl, live);
        const targets = [
          { name: 'quotewire, no cache', server: quotewire, headers: { 'cache-control': 'no-cache' } },
          { name: 'quotewire, cached', server: quotewire, headers: {} },
        ];
        if (isMain) {
          const responsesFile = join(dataDir, 'ceiling-responses.json');
          writeFileSync(responsesFile, JSON.stringify(recorded.forCeiling));
          const baseline = await startBaseline(copy, ['/health']);
          servers.push(baseline);
          const ceiling = await startCeiling(responsesFile);
          servers.push(ceiling);
          targets.push({ name: 'minimal baseline', server: baseline, headers: {} }, { name: 'bare Fastify ceiling', server: ceiling, headers: {} });
        }
        const measured = await measureApi({
          requests: live,
          recorded,
          targets,
          load: isMain ? load : { ...load, seconds: scanSeconds, passes: 1 },
          cpu: cpu.load,
          log,
        });
        bySize.push({ size: database.size, articles: database.ingest.rows.articles, requests, measured });
        if (isMain) comparison = { size: database.size, articles: database.ingest.rows.articles, requests, measured };
      } finally {
        await quotewire.stop();
        for (const s of servers) await s.stop();
      }
    }
  } finally {
    rmSync(emptySeeds, { recursive: true, force: true });
  }
  results.api = { comparison, bySize };
  if (comparison) sections.push(...apiSections(comparison));
  if (bySize.length > 1) sections.push(sizeSection(bySize));
}

function apiSections({ articles, requests, measured }) {
  const cell = (request, target) => measured.cells.find((c) => c.request === request && c.target === target);
  const live = requests.filter((r) => r.url !== null);
  const worst = (target, key, better) =>
    live.map((r) => ({ name: r.name, value: cell(r.name, target)?.[key] })).filter((x) => x.value !== undefined).sort((a, b) => (better === 'high' ? a.value - b.value : b.value - a.value))[0];
  const ratios = (a, b) => live.map((r) => ({ name: r.name, value: (cell(r.name, a)?.rps ?? 0) / (cell(r.name, b)?.rps || Infinity) })).sort((x, y) => x.value - y.value);
  const firstTime = ratios('quotewire, no cache', 'minimal baseline');
  const repeated = ratios('quotewire, cached', 'bare Fastify ceiling');
  const p99NoCache = worst('quotewire, no cache', 'p99Ms', 'low');
  const p99Cached = worst('quotewire, cached', 'p99Ms', 'low');
  const rssMax = Math.max(...measured.targets.filter((t) => t.startsWith('quotewire')).map((t) => measured.rss[t]?.maxRssMb ?? 0));
  const at = `(${int(articles)} articles)`;
  if (firstTime.length) bars.push([`every hot request first time >= 0.8x the minimal baseline ${at}`, `lowest ${firstTime[0].value.toFixed(2)}x (${firstTime[0].name})`, mark(firstTime[0].value >= 0.8)]);
  if (repeated.length) bars.push([`repeated requests >= 0.5x the bare Fastify ceiling ${at}`, `lowest ${repeated[0].value.toFixed(2)}x (${repeated[0].name})`, mark(repeated[0].value >= 0.5)]);
  if (p99NoCache) bars.push([`p99 <= 15 ms at ${load.connections} connections, no cache ${at}`, `worst ${ms(p99NoCache.value)} ms (${p99NoCache.name})`, mark(p99NoCache.value <= 15)]);
  if (p99Cached) bars.push([`p99 <= 15 ms at ${load.connections} connections, cached ${at}`, `worst ${ms(p99Cached.value)} ms (${p99Cached.name})`, mark(p99Cached.value <= 15)]);
  bars.push([`server RSS under load <= 250 MB ${at}`, `${fixed(rssMax, 0)} MB`, mark(rssMax <= 250)]);
  const rps = (c) => (c ? `${int(c.rps)}${c.errors ? ` (${int(c.errors)} failed)` : ''}` : null);
  const throughput = live.map((r) => {
    const [nc, cached, base, ceil] = measured.targets.map((t) => cell(r.name, t));
    return [
      r.name,
      rps(nc),
      rps(cached),
      rps(base),
      rps(ceil),
      ratio(nc?.rps, base?.rps),
      ratio(cached?.rps, ceil?.rps),
      mark(nc && base ? nc.rps >= 0.8 * base.rps && !nc.errors : null),
      mark(cached && ceil ? cached.rps >= 0.5 * ceil.rps && !cached.errors : null),
      measured.identical[r.name] ? 'same bytes' : 'DIFFER',
    ];
  });
  const latency = live.map((r) => [
    r.name,
    ...measured.targets.flatMap((t) => {
      const c = cell(r.name, t);
      return [ms(c?.p50Ms), ms(c?.p99Ms)];
    }),
  ]);
  const rss = measured.targets.map((t) => [t, fixed(measured.rss[t]?.maxRssMb, 0), fixed(measured.rss[t]?.peakMb, 0)]);
  return [
    [
      `## API load: ${int(articles)}-article database, ${load.connections} connections, ${load.passes} x ${load.seconds} s per cell (mean of passes)`,
      live.map((r) => `- ${r.name}: \`GET ${r.url}\`${r.note ? ` (${r.note})` : ''}`).join('\n'),
      'req/s counts 2xx/3xx answers only; "failed" counts the rest (503s from load shedding, timeouts) over both passes.',
      table(
        ['request', 'no cache req/s', 'cached req/s', 'baseline req/s', 'ceiling req/s', 'no cache / baseline', 'cached / ceiling', '>= 0.8x baseline', '>= 0.5x ceiling', 'baseline body'],
        throughput,
      ),
    ],
    [
      '### Latency (ms, p50 / p99; p99 is the worse of the passes; failed answers count too)',
      table(['request', ...measured.targets.flatMap((t) => [`${t} p50`, 'p99'])], latency),
    ],
    ['### Server memory under load (MB)', table(['server', 'max RSS sampled after each run', 'VmHWM (peak)'], rss)],
  ];
}

function sizeSection(bySize) {
  const names = [...new Set(bySize.flatMap((s) => s.requests.filter((r) => r.url).map((r) => r.name)))];
  const smallest = bySize[0];
  const largest = bySize[bySize.length - 1];
  const p = (size, name, target, key) => size.measured.cells.find((c) => c.request === name && c.target === target)?.[key];
  const rows = names.map((name) => {
    const first = p(smallest, name, 'quotewire, no cache', 'p50Ms');
    const last = p(largest, name, 'quotewire, no cache', 'p50Ms');
    return [
      name,
      ...bySize.map((s) => `${ms(p(s, name, 'quotewire, no cache', 'p50Ms'))} / ${ms(p(s, name, 'quotewire, no cache', 'p99Ms'))}`),
      ...bySize.map((s) => `${ms(p(s, name, 'quotewire, cached', 'p50Ms'))} / ${ms(p(s, name, 'quotewire, cached', 'p99Ms'))}`),
      ratio(last, first),
      mark(first && last ? last <= 2 * first : null),
      mark(p(largest, name, 'quotewire, no cache', 'p99Ms') <= 15),
    ];
  });
  const growth = names
    .map((name) => ({ name, value: p(largest, name, 'quotewire, no cache', 'p50Ms') / p(smallest, name, 'quotewire, no cache', 'p50Ms') }))
    .filter((x) => Number.isFinite(x.value))
    .sort((a, b) => b.value - a.value);
  if (growth.length) {
    bars.push([
      `p50 at ${int(largest.articles)} articles within 2x of ${int(smallest.articles)} (no cache)`,
      `worst ${growth[0].value.toFixed(2)}x (${growth[0].name})`,
      mark(growth[0].value <= 2),
    ]);
  }
  return [
    `## Latency as the data grows (quotewire, ms p50 / p99, ${load.connections} connections)`,
    table(
      [
        'request',
        ...bySize.map((s) => `no cache, ${int(s.articles)}`),
        ...bySize.map((s) => `cached, ${int(s.articles)}`),
        `p50 ${int(largest.articles)} / ${int(smallest.articles)}`,
        '<= 2x',
        'p99 <= 15 ms',
      ],
      rows,
    ),
  ];
}

// ---- 4. start-up ------------------------------------------------------------------------
async function benchStartup(databasePath, readyUrl) {
  const emptySeeds = mkdtempSync(join(tmpdir(), 'quotewire-bench-seeds-'));
  const copy = join(dataDir, 'startup.db');
  copyDatabase(databasePath, copy);
  const runs = Number(opts['startup-runs']);
  const times = { quotewire: [], baseline: [] };
  try {
    for (let i = 0; i < runs; i += 1) {
      // Alternating keeps both equally exposed to whatever else the machine is doing.
      const q = await startQuotewire(copy, emptySeeds, ['/health', readyUrl]);
      times.quotewire.push(q.startupMs);
      await q.stop();
      const b = await startBaseline(copy, [readyUrl]);
      times.baseline.push(b.startupMs);
      await b.stop();
    }
  } finally {
    rmSync(emptySeeds, { recursive: true, force: true });
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const q = median(times.quotewire);
  const b = median(times.baseline);
  results.startup = { readyUrl, times, medianMs: { quotewire: q, baseline: b } };
  bars.push(['start-up to first 200 <= 1.3x the minimal baseline', `${ms(q)} ms vs ${ms(b)} ms (${ratio(q, b)})`, mark(q <= 1.3 * b)]);
  sections.push([
    `## Start-up: spawn to first 200 (median of ${runs}; quotewire waits for /health, then both answer \`${readyUrl}\`)`,
    table(
      ['server', 'median ms', 'runs ms', 'ratio', 'bar'],
      [
        ['quotewire (node dist/server.js, empty SEEDS_DIR)', ms(q), times.quotewire.map((t) => Math.round(t)).join(', '), ratio(q, b), `${mark(q <= 1.3 * b)} (<= 1.3x)`],
        ['minimal baseline', ms(b), times.baseline.map((t) => Math.round(t)).join(', '), '1.00x', ''],
      ],
    ),
  ]);
}

// ---- main ---------------------------------------------------------------------------
async function main() {
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  if (only.has('api')) assertWrkInstalled();
  if (opts.build) {
    log('building dist/ ...');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  }
  if (!existsSync(opts.bbc)) throw new Error(`BBC corpus not found at ${resolve(opts.bbc)} (--bbc <folder>)`);
  if (!cpu.pinned) log('taskset or a second core is missing: server and load generator share the CPU');

  const bbcDatabase = only.has('ingest') ? await benchIngest() : join(dataDir, 'bbc.db');
  const databases = only.has('scale') || only.has('api') ? await benchScale() : [];
  if (only.has('api')) await benchApi(databases);
  if (only.has('startup')) {
    if (!existsSync(bbcDatabase)) throw new Error('start-up needs bench/data/bbc.db: run with --only ingest,startup once');
    const requests = await pickHotRequests(bbcDatabase, 'http://127.0.0.1:1');
    // The first 200 both servers must give: a hot quote request (/health only while the data has no quotes).
    await benchStartup(bbcDatabase, requests.find((r) => r.url?.startsWith('/quotes'))?.url ?? '/health');
  }

  const machine = results.machine;
  machine.loadAverageAtEnd = loadavg()[0];
  const header = [
    `# quotewire benchmark, ${results.startedAt} (code ${results.code})`,
    `Machine: ${machine.nproc} cores (${machine.cpu}), ${machine.memoryGb} GB, Node ${machine.node}; ` +
      (machine.pinned ? `server pinned to CPU ${machine.pinned.server}, wrk to CPU ${machine.pinned.load}` : 'no CPU pinning') +
      (niceness ? `, both at nice ${niceness}. ` : '. ') +
      `1-minute load average ${machine.loadAverageAtStart.toFixed(2)} at the start, ${machine.loadAverageAtEnd.toFixed(2)} at the end ` +
      '(anything well above 0 means other work shared the cores and the figures are low).',
  ];
  results.bars = bars;
  const verdicts = ['## Bars', table(['bar', 'measured', 'verdict'], bars)];
  const text = [header, verdicts, ...sections].map((s) => s.join('\n\n')).join('\n\n') + '\n';
  console.log(`\n${text}`);
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  writeFileSync(join(resultsDir, `${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(resultsDir, `${stamp}.md`), text);
  writeFileSync(join(resultsDir, 'latest.md'), text);
  log(`written bench/results/${stamp}.{json,md} and bench/results/latest.md`);
}

await main();
