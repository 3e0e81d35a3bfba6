import { describe, expect, it } from 'vitest';
import { decodeText, DecodeError } from '../../src/ingest/decode.js';

describe('decodeText', () => {
  it('reads UTF-8, dropping its byte order mark', () => {
    expect(decodeText(Buffer.from('\uFEFF“Naïve” café', 'utf8'))).toBe('“Naïve” café');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(Uint8Array.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0xe9]))).toBe('\u201cHi\u201d \u20ac5 \u2013 é');
  });

  it('reads UTF-16 text marked by its byte order mark despite its NUL bytes', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tide tables', 'utf16le')]))).toBe('Tide tables');
  });

  it('rejects binary data', () => {
    expect(() => decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(DecodeError);
  });
});
