// Builds dist/ from src/. Type checking is `npm run typecheck`; keeping it out of
// the start path keeps `npm start` fast on a fresh machine.
//
// Every module is transpiled to its own file (dist/db/client.js, ...) for whatever
// imports them one by one. The two entries that start processes are then bundled
// over their transpiled twins: loading some 200 modules one by one (ESM resolution,
// and lexing every CommonJS package for its exports) was most of the server's
// start-up time, and each extraction worker paid the same to load the pipeline.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');
// `node scripts/build.mjs [outdir]`: another folder for a private build (tests do that).
const dist = resolve(process.argv[2] ?? join(root, 'dist'));

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const common = { platform: 'node', format: 'esm', target: 'node20', sourcemap: true, logLevel: 'warning' };

/**
 * Inside a bundle every module shares the bundle's import.meta.url. Modules that find
 * files next to themselves (the migrations folder, the worker entry) are given the
 * URL their transpiled file has instead, so those lookups resolve as they do unbundled.
 * `outDir` is where the bundle's files are written (all at one depth).
 */
function ownImportMetaUrl(outDir) {
  return {
    name: 'own-import-meta-url',
    setup(builder) {
      builder.onLoad({ filter: /\.ts$/ }, (args) => {
        const contents = readFileSync(args.path, 'utf8');
        if (!args.path.startsWith(src) || !contents.includes('import.meta.url')) return undefined;
        const transpiled = join(dist, relative(src, args.path)).replace(/\.ts$/, '.js');
        let target = relative(outDir, transpiled).split('\\').join('/');
        if (!target.startsWith('.')) target = `./${target}`;
        return { contents: contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(target)}, import.meta.url).href`), loader: 'ts' };
      });
    },
  };
}

/**
 * ownImportMetaUrl assumes every module reading import.meta.url lands in a file of
 * `outDir`; with code splitting a module used by one entry only stays in that
 * entry's file instead. Fails the build rather than ship a wrong path.
 */
function assertOwnUrlsIn(metafile, outDir) {
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    if (!output.endsWith('.js') || resolve(dirname(output)) === outDir) continue;
    for (const input of Object.keys(inputs)) {
      const path = resolve(input);
      if (path.startsWith(src) && readFileSync(path, 'utf8').includes('import.meta.url')) {
        throw new Error(`${input} reads import.meta.url but was bundled into ${output}, outside ${outDir}`);
      }
    }
  }
}

// Bundled CommonJS packages still call require() for Node's built-ins.
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

const bundle = {
  ...common,
  bundle: true,
  // Less to parse at every start; names stay (plugins and errors are known by them).
  minifyWhitespace: true,
  minifySyntax: true,
  banner: { js: requireShim },
  // better-sqlite3 loads its native addon, and Swagger UI serves its static files,
  // both from where they are installed. (@fastify/swagger reads its own package.json
  // only for document defaults the app sets itself, and does without it.)
  external: ['better-sqlite3', '@fastify/swagger-ui'],
};

rmSync(dist, { recursive: true, force: true });
await build({ ...common, entryPoints: sources(src), outdir: dist, outbase: src });

// The server and the modules that run an ingest (the CLI, and scripts that import
// them one by one) share chunks, so they load one copy of each module. The server
// imports ingestion (and with it the pipeline) only when the seed folder changed,
// so that stays in chunks of its own, loaded then.
const entries = ['server.ts', 'cli/ingest.ts', 'db/client.ts', 'db/migrate.ts', 'ingest/index.ts'];
const shared = await build({
  ...bundle,
  entryPoints: entries.map((entry) => join(src, entry)),
  outdir: dist,
  outbase: src,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  allowOverwrite: true,
  metafile: true,
  plugins: [ownImportMetaUrl(join(dist, 'chunks'))],
});
assertOwnUrlsIn(shared.metafile, join(dist, 'chunks'));

const worker = join(dist, 'ingest/extract-worker.js');
const workerBuild = await build({ ...bundle, entryPoints: [join(src, 'ingest/extract-worker.ts')], outfile: worker, allowOverwrite: true, metafile: true, plugins: [ownImportMetaUrl(dirname(worker))] });
assertOwnUrlsIn(workerBuild.metafile, dirname(worker));
