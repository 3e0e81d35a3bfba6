import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Which files in a folder are articles. Articles are `*.txt` files (any case);
// everything else (sidecars, notes, images) is ignored, and so are dot-files and
// dot-folders (.git, editor backups) and the README/LICENSE files corpora ship with.
const ARTICLE = /\.txt$/i;
const NOT_AN_ARTICLE = /^(?:readme|licen[cs]e|copying|notice|changelog)(?:\.[^.]*)?$/i;

export interface FolderListing {
  /** Article files relative to the folder, '/'-separated, sorted. */
  files: string[];
  /** Folders (relative, '/'-separated) that could not be listed, with the reason. */
  unreadable: Array<{ dir: string; reason: string }>;
}

export function isArticleFileName(name: string): boolean {
  return !name.startsWith('.') && ARTICLE.test(name) && !NOT_AN_ARTICLE.test(name);
}

/**
 * Lists article files under `root`, following symlinks but visiting each real
 * folder once, so a link back up the tree cannot loop and a folder linked twice
 * is not read twice.
 */
export function listArticleFiles(root: string): FolderListing {
  const files: string[] = [];
  const unreadable: FolderListing['unreadable'] = [];
  const visited = new Set<string>();

  const visit = (dir: string, relative: string): void => {
    let entries;
    try {
      const real = realpathSync(dir);
      if (visited.has(real)) return;
      visited.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ dir: relative || '.', reason: describeFsError(error) });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          // A dangling or looping link named like an article is reported when
          // reading it fails; any other broken link is not an article.
          if (isArticleFileName(entry.name)) files.push(rel);
          continue;
        }
      }
      if (isDir) visit(path, rel);
      else if (isFile && isArticleFileName(entry.name)) files.push(rel);
    }
  };

  visit(root, '');
  files.sort();
  return { files, unreadable };
}

/** A one-line reason for a failed file-system call ("permission denied"). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
