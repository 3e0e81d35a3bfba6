import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isArticleFileName, listArticleFiles } from '../../src/ingest/walk.js';
import { readSource, SourceError, sidecarPathOf } from '../../src/ingest/source.js';
import { tempFolder } from './helpers.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('listArticleFiles', () => {
  it('lists .txt files recursively, sorted, with / separators', () => {
    const folder = tempFolder({ 'b.txt': 'x', 'a/z.TXT': 'x', 'a/b/c.txt': 'x', 'a/photo.jpg': 'x', 'a/z.meta.yaml': 'outlet: X' });
    cleanups.push(folder.cleanup);
    expect(listArticleFiles(folder.root)).toEqual({ files: ['a/b/c.txt', 'a/z.TXT', 'b.txt'], unreadable: [] });
  });

  it('visits a folder reached through two links once, and survives a loop', () => {
    const folder = tempFolder({ 'real/a.txt': 'x' });
    cleanups.push(folder.cleanup);
    symlinkSync(join(folder.root, 'real'), join(folder.root, 'alias'));
    symlinkSync(folder.root, join(folder.root, 'real', 'loop'));
    mkdirSync(join(folder.root, 'empty'));
    symlinkSync(join(folder.root, 'nowhere.txt'), join(folder.root, 'dangling.txt'));
    const { files } = listArticleFiles(folder.root);
    // The dangling link named like an article is listed, so that reading it reports why it fails.
    expect(files).toHaveLength(2);
    expect(files).toContain('dangling.txt');
    expect(['alias/a.txt', 'real/a.txt']).toContain(files.find((file) => file !== 'dangling.txt'));
  });

  it('reports a missing folder as unreadable', () => {
    expect(listArticleFiles('/nonexistent/quotewire-folder')).toEqual({ files: [], unreadable: [{ dir: '.', reason: 'no such file' }] });
  });
});

describe('isArticleFileName', () => {
  it.each([
    ['story.txt', true],
    ['STORY.TXT', true],
    ['.draft.txt', false],
    ['README.txt', false],
    ['readme.TXT', false],
    ['LICENSE.txt', false],
    ['readme-notes.txt', true],
    ['story.md', false],
    ['story.meta.yaml', false],
  ])('%s -> %s', (name, expected) => {
    expect(isArticleFileName(name)).toBe(expected);
  });
});

describe('readSource', () => {
  it('fails with a reason when the file is gone', () => {
    const folder = tempFolder();
    cleanups.push(folder.cleanup);
    expect(() => readSource(folder.root, 'gone.txt')).toThrow(new SourceError('unreadable: no such file'));
  });

  it('hashes the sidecar with the file, so editing either changes the hash', () => {
    const folder = tempFolder({ 'a.txt': 'Same text', 'a.meta.yaml': 'outlet: One' });
    cleanups.push(folder.cleanup);
    const before = readSource(folder.root, 'a.txt').hash;
    folder.write('a.meta.yaml', 'outlet: Two');
    const after = readSource(folder.root, 'a.txt').hash;
    expect(after).not.toBe(before);
    expect(after).toMatch(/^[0-9a-f]{64}$/);
    expect(sidecarPathOf('desk/a.TXT')).toBe('desk/a.meta.yaml');
  });
});
