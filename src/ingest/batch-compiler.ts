import { setFlagsFromString } from 'node:v8';

/**
 * Stops V8 at its baseline compilers for the rest of the process: for a command that
 * ingests a folder and exits. Each extraction thread would otherwise optimise the
 * pipeline's large functions with TurboFan, and deoptimise and re-optimise them as
 * new article shapes turn up; over the BBC set that compiling cost more CPU than it
 * won back (about 23 s of CPU for the whole ingest against 17 s without it), since
 * one thread extracts only about a thousand articles. A long-lived server keeps the
 * optimising compiler: this is never called there.
 */
export function useBaselineCompilersForBatch(): void {
  setFlagsFromString('--max-opt=2');
}
