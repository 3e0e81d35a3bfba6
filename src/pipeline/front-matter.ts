import { parse, YAMLParseError } from 'yaml';
import { z } from 'zod';
import type { GivenMetadata } from './types.js';

// Article metadata given from outside the prose: a YAML block at the top of the
// file, or a sidecar file of the same keys. Both are read here so the two forms
// cannot drift apart.

/** GivenMetadata plus the site that republished the copy, which only ingestion stores. */
export interface FileMetadata extends GivenMetadata {
  carriedBy?: string | null;
}

export class MetadataError extends Error {
  override name = 'MetadataError';
}

export interface SplitFile {
  meta: FileMetadata;
  /** The article text after the front matter block. */
  body: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

// Numbers are accepted for the text keys because YAML reads `title: 1984` as one.
const Text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value == null ? null : String(value).trim() || null));

const IsoDate = z
  .string()
  .nullish()
  .refine((value) => value == null || isIsoDate(value.trim()), 'must be an ISO date (YYYY-MM-DD) or date-time')
  .transform((value) => (value == null ? null : value.trim() || null));

const Authors = z
  .union([z.string(), z.array(z.union([z.string(), z.number()]))])
  .nullish()
  .transform((value) => {
    if (value == null) return null;
    const list = Array.isArray(value) ? value.map(String) : [value];
    return list.map((name) => name.trim()).filter(Boolean);
  });

// Unknown keys are ignored rather than rejected: corpora carry extra fields
// (tags, ids) that are harmless to skip.
const Metadata = z.object({
  title: Text,
  outlet: Text,
  publishedAt: IsoDate,
  url: Text,
  authors: Authors,
  carriedBy: Text,
});

function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Reads a YAML mapping of metadata keys; throws MetadataError saying what is wrong. */
export function parseMetadata(yamlText: string): FileMetadata {
  let raw: unknown;
  try {
    raw = parse(yamlText);
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    throw new MetadataError(`invalid YAML: ${detail}`);
  }
  if (raw == null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new MetadataError('metadata must be a YAML mapping of keys to values');
  const parsed = Metadata.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'metadata'}: ${issue.message}`);
    throw new MetadataError(problems.join('; '));
  }
  const meta: FileMetadata = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value != null) (meta as Record<string, unknown>)[key] = value;
  }
  return meta;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
// The closing fence is `---` or YAML's document end marker `...`, alone on its line.
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Splits a leading `---` YAML block from the article text. A file without one is
 * bare text with empty metadata; an opened block that never closes or does not
 * parse throws MetadataError, because guessing would put YAML into the article.
 */
export function splitFrontMatter(fileText: string): SplitFile {
  const opening = OPENING.exec(fileText);
  if (!opening) return { meta: {}, body: fileText.replace(/^\uFEFF/, '') };
  const rest = fileText.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new MetadataError('front matter opened with --- but never closed');
  const meta = parseMetadata(rest.slice(0, closing.index));
  let bodyStart = closing.index + closing[0].length;
  if (rest.startsWith('\r\n', bodyStart)) bodyStart += 2;
  else if (rest[bodyStart] === '\n') bodyStart += 1;
  return { meta, body: rest.slice(bodyStart) };
}
