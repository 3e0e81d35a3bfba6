// Scale data: a corpus of N articles made from the BBC set, each copy with its own
// names, outlet and date, ingested through the same ingest code the CLI uses, so
// the database has the shape real data would give (people, quotes, cross-outlet
// reports, events spread over two years). Kept in bench/data/ (git-ignored) and
// reused while the generator version and size match.
//
// Usage: node bench/generate.mjs [--sizes 2000,20000,200000] [--bbc ../shared/corpora/bbc]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderBytes, ingestInChild } from './lib/ingest.mjs';

/** Bump when the corpus it makes changes, so stale databases are rebuilt. */
const GENERATOR_VERSION = 1;

export const dataDir = fileURLToPath(new URL('./data/', import.meta.url));
const root = fileURLToPath(new URL('../', import.meta.url));

/** The code that decides what a database holds: when it changes, the scale databases are rebuilt. */
function extractionCodeHash() {
  const hash = createHash('sha256');
  for (const folder of ['src/pipeline', 'src/ingest', 'src/db', 'migrations']) {
    const files = readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath ?? e.path, e.name))
      .sort();
    for (const file of files) hash.update(relative(root, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

const OUTLETS = [
  'The Daily Ledger', 'Northern Courier', 'Harbour Times', 'The Evening Standard-Post', 'Capital Wire',
  'Midlands Gazette', 'The Weekly Observer', 'Coastline News', 'Metro Chronicle', 'The Valley Herald',
  'Continental Press', 'Riverside Tribune',
];
const SUFFIXES = ['ley', 'son', 'ner', 'ova', 'ard', 'ini', 'berg', 'well', 'ton', 'ez', 'ski', 'ridge'];
// Words whose spelling carries meaning to the extractors (dates, titles): left as they are.
const KEEP = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mrs', 'Miss', 'The',
]);
const FIRST_DAY = Date.UTC(2004, 0, 1);
const DAYS = 730;

function listArticles(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt') && e.name !== 'README.TXT')
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

function hashOf(word) {
  let h = 2166136261;
  for (let i = 0; i < word.length; i += 1) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Copy 0 keeps the original names; copy c renames every capitalised word inside a
 * sentence ("said Tony Blair" -> "said Tonyson Blairley"), the same way throughout one
 * copy, so each copy has its own people and its quotes are new quotes.
 */
function renamed(text, copy) {
  if (copy === 0) return text;
  const a = (copy - 1) % SUFFIXES.length;
  const b = Math.floor((copy - 1) / SUFFIXES.length);
  return text.replace(/(?<=[a-z,;:] )[A-Z][a-z]{2,}\b/g, (word) => {
    if (KEEP.has(word)) return word;
    const h = hashOf(word);
    return word + SUFFIXES[(a + h) % SUFFIXES.length] + (b > 0 ? SUFFIXES[(b + (h >>> 8)) % SUFFIXES.length] : '');
  });
}

function frontMatter(index, copy) {
  const day = new Date(FIRST_DAY + ((index * 37 + copy * 11) % DAYS) * 86_400_000).toISOString().slice(0, 10);
  const outlet = OUTLETS[(index + copy * 5) % OUTLETS.length];
  return `---\noutlet: ${JSON.stringify(outlet)}\npublishedAt: ${day}\n---\n`;
}

export function generateCorpus(size, bbcFolder, folder) {
  const sources = listArticles(bbcFolder);
  if (sources.length === 0) throw new Error(`no .txt articles under ${bbcFolder}`);
  const decoder = new TextDecoder('utf-8');
  const texts = sources.map((path) => decoder.decode(readFileSync(path)));
  rmSync(folder, { recursive: true, force: true });
  for (let n = 0; n < size; n += 1) {
    const copy = Math.floor(n / sources.length);
    const index = n % sources.length;
    const target = join(folder, `copy${String(copy).padStart(3, '0')}`, relative(bbcFolder, sources[index]));
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, frontMatter(index, copy) + renamed(texts[index], copy));
  }
}

/** Path of the scale database for size, generating and ingesting it when missing or stale. */
export async function ensureScaleDatabase(size, { bbcFolder, log = () => {}, reuseStale = false }) {
  mkdirSync(dataDir, { recursive: true });
  const codeHash = extractionCodeHash();
  const databasePath = join(dataDir, `quotewire-${size}.db`);
  const markerPath = join(dataDir, `quotewire-${size}.json`);
  if (existsSync(databasePath) && existsSync(markerPath)) {
    const marker = JSON.parse(readFileSync(markerPath, 'utf8'));
    const current = marker.version === GENERATOR_VERSION && marker.codeHash === codeHash;
    if (current || reuseStale) {
      await migrateInPlace(databasePath, log);
      return { databasePath, ...marker, reused: true, stale: !current };
    }
    log(`${relative(process.cwd(), databasePath)} was made by other extraction code: rebuilding`);
  }
  const corpus = join(dataDir, `corpus-${size}`);
  log(`generating ${size} articles in ${relative(process.cwd(), corpus)} ...`);
  generateCorpus(size, bbcFolder, corpus);
  for (const suffix of ['', '-wal', '-shm']) rmSync(databasePath + suffix, { force: true });
  log(`ingesting ${size} articles into ${relative(process.cwd(), databasePath)} ...`);
  const ingest = await ingestInChild(databasePath, corpus);
  const marker = { version: GENERATOR_VERSION, codeHash, size, corpusBytes: folderBytes(corpus).bytes, ingest };
  writeFileSync(markerPath, `${JSON.stringify(marker, null, 2)}\n`);
  // The corpus is cheap to make again and large to keep.
  rmSync(corpus, { recursive: true, force: true });
  return { databasePath, ...marker, reused: false, stale: false };
}

/**
 * A kept database may predate the newest migrations. They run here, once, rather
 * than on each copy the API servers start from, where they would count against the
 * servers' start-up and repeat on every run.
 */
async function migrateInPlace(databasePath, log) {
  const { openDatabase } = await import('../dist/db/client.js');
  const { runMigrations } = await import('../dist/db/migrate.js');
  const started = performance.now();
  const db = openDatabase(databasePath);
  try {
    runMigrations(db);
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.$client.close();
  }
  const seconds = (performance.now() - started) / 1000;
  if (seconds > 1) log(`migrated ${relative(process.cwd(), databasePath)} in ${seconds.toFixed(1)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '2000,20000' },
      bbc: { type: 'string', default: '../shared/corpora/bbc' },
      'reuse-stale': { type: 'boolean', default: false },
    },
  });
  for (const size of values.sizes.split(',').map(Number)) {
    const result = await ensureScaleDatabase(size, { bbcFolder: values.bbc, log: console.log, reuseStale: values['reuse-stale'] });
    console.log(`${size}: ${result.databasePath} ${result.reused ? '(reused)' : `(${(result.ingest.wallMs / 1000).toFixed(1)} s)`}`, result.ingest.rows);
  }
}
