import { MetadataError, parseMetadata, splitFrontMatter, type FileMetadata } from '../pipeline/front-matter.js';
import { decodeText, DecodeError } from './decode.js';
import { sidecarPathOf, SourceError, type SourceFile } from './source-file.js';

export { MAX_ARTICLE_BYTES, readSource, sidecarPathOf, SourceError, type SourceFile } from './source-file.js';

export interface ParsedSource {
  meta: FileMetadata;
  body: string;
}

/**
 * Decodes the file and merges its metadata: front matter first, then the sidecar
 * key by key, because a sidecar is how metadata is corrected for a file whose
 * bytes must stay as they are.
 */
export function parseSource(source: SourceFile): ParsedSource {
  if (source.bytes.length === 0) throw new SourceError('empty file');
  let text: string;
  let fromFile: FileMetadata;
  let body: string;
  try {
    text = decodeText(source.bytes);
    ({ meta: fromFile, body } = splitFrontMatter(text));
  } catch (error) {
    if (error instanceof DecodeError) throw new SourceError(error.message);
    if (error instanceof MetadataError) throw new SourceError(`malformed front matter: ${error.message}`);
    throw error;
  }
  let fromSidecar: FileMetadata = {};
  if (source.sidecar) {
    try {
      fromSidecar = parseMetadata(decodeText(source.sidecar));
    } catch (error) {
      if (error instanceof DecodeError || error instanceof MetadataError) {
        throw new SourceError(`malformed sidecar ${sidecarPathOf(source.file)}: ${error.message}`);
      }
      throw error;
    }
  }
  if (!body.trim()) throw new SourceError(text.trim() ? 'no article text after the front matter' : 'empty file');
  return { meta: { ...fromFile, ...fromSidecar }, body };
}
