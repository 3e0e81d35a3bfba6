import { describe, expect, it } from 'vitest';
import { MetadataError, parseMetadata, splitFrontMatter } from '../../src/pipeline/front-matter.js';

describe('splitFrontMatter', () => {
  it('returns bare text untouched, with empty metadata', () => {
    const text = 'Ferry strike ends\n\nCrews returned to work on Monday.\n';
    expect(splitFrontMatter(text)).toEqual({ meta: {}, body: text });
  });

  it('drops a byte order mark before bare text', () => {
    expect(splitFrontMatter('\uFEFFFerry strike ends\n').body).toBe('Ferry strike ends\n');
  });

  it('reads every key and returns the body after the closing fence', () => {
    const { meta, body } = splitFrontMatter(
      '---\ntitle: "Ferry strike ends"\noutlet: Harbour Herald\npublishedAt: 2019-08-02T06:00:00+01:00\nurl: https://example.net/ferry\nauthors: [Ada Moss]\n---\nCrews returned.\n',
    );
    expect(meta).toEqual({
      title: 'Ferry strike ends',
      outlet: 'Harbour Herald',
      publishedAt: '2019-08-02T06:00:00+01:00',
      url: 'https://example.net/ferry',
      authors: ['Ada Moss'],
    });
    expect(body).toBe('Crews returned.\n');
  });

  it('accepts CRLF line ends, the ... end marker and an empty block', () => {
    expect(splitFrontMatter('---\r\noutlet: Harbour Herald\r\n...\r\nText\r\n')).toEqual({ meta: { outlet: 'Harbour Herald' }, body: 'Text\r\n' });
    expect(splitFrontMatter('---\n---\nText\n')).toEqual({ meta: {}, body: 'Text\n' });
  });

  it('leaves a horizontal rule later in the text alone', () => {
    const text = 'Title\n\n---\n\nMore text\n';
    expect(splitFrontMatter(text)).toEqual({ meta: {}, body: text });
  });

  it('rejects a block that never closes', () => {
    expect(() => splitFrontMatter('---\ntitle: x\nText\n')).toThrow(MetadataError);
  });
});

describe('parseMetadata', () => {
  it('treats a single author as a list, trims values and skips empty keys', () => {
    expect(parseMetadata('authors: "  Ada Moss "\ntitle:\noutlet: 1984\n')).toEqual({ authors: ['Ada Moss'], outlet: '1984' });
  });

  it('ignores keys it does not know', () => {
    expect(parseMetadata('outlet: Harbour Herald\ntopics: [ports]\n')).toEqual({ outlet: 'Harbour Herald' });
  });

  it('accepts a date alone and a date-time with an offset', () => {
    expect(parseMetadata('publishedAt: 2020-02-29').publishedAt).toBe('2020-02-29');
    expect(parseMetadata('publishedAt: 1987-02-26T15:01:01-05:00').publishedAt).toBe('1987-02-26T15:01:01-05:00');
  });

  it.each([
    ['publishedAt: 2021-02-30', /publishedAt/],
    ['publishedAt: Feb 26 1987', /publishedAt/],
    ['authors: {name: Ada}', /authors/],
    ['- a\n- b', /mapping/],
    ['title: [a', /invalid YAML/],
    ['just a sentence', /mapping/],
  ])('rejects %j', (yaml, reason) => {
    expect(() => parseMetadata(yaml)).toThrow(reason);
  });
});
