import type { Extraction, GivenMetadata } from '../pipeline/types.js';

// The shapes ingestion reports back to its callers (the CLI and the server's start-up).

export type FileStatus = 'added' | 'updated' | 'unchanged' | 'duplicate' | 'failed';

export interface FileOutcome {
  /** Path relative to the ingested folder, '/'-separated. */
  file: string;
  status: FileStatus;
  /** Article id for added, updated and unchanged files. */
  articleId?: number;
  /** Why the file failed, or which file it duplicates. */
  reason?: string;
}

export interface IngestProgress {
  /** Files handled so far, this one included. */
  done: number;
  total: number;
  outcome: FileOutcome;
}

export interface IngestOptions {
  /** Called once per article file, after it has been handled. */
  onProgress?: (progress: IngestProgress) => void;
  /** Delete articles whose file is no longer in the folder (default: only report them). */
  removeMissing?: boolean;
  /** Re-extract files whose content hash is unchanged (after the extraction rules change). */
  force?: boolean;
  /** The extraction to run on each article; the pipeline's extractArticle unless a test swaps it. */
  extract?: (body: string, given: GivenMetadata) => Extraction;
  /**
   * Worker threads for extraction. Default: up to 4, one fewer than the cores, when
   * there are enough files and no custom `extract`; 0 extracts on the calling thread.
   */
  workers?: number;
  /** Clock for ingestedAt and the run record; tests pin it. */
  now?: () => Date;
}

export interface IngestSummary {
  /** Row id in ingest_runs. */
  runId: number;
  /** The folder as given, resolved to an absolute path. */
  folder: string;
  /** Article files found in the folder. */
  files: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Files whose content equals an earlier file's: not stored twice. */
  duplicates: Array<{ file: string; duplicateOf: string }>;
  failed: Array<{ file: string; reason: string }>;
  /** Source files of stored articles that are no longer in the folder. */
  missing: string[];
  /** True when the missing articles were deleted (removeMissing). */
  removedMissing: boolean;
  durationMs: number;
  /** Worker threads that ran the extraction; 0 when it ran on the calling thread. */
  workers: number;
}
