// Turning file bytes into text. Articles are UTF-8, but older corpora hold the odd
// Windows-1252 file (curly quotes as single bytes 0x93/0x94), which is decoded as
// such rather than filled with U+FFFD. NUL bytes mark a binary file, except in
// UTF-16 text, which says so with its byte order mark.

import iconv from 'iconv-lite';

export class DecodeError extends Error {
  override name = 'DecodeError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.includes(0)) throw new DecodeError('binary file (contains NUL bytes)');
  try {
    return utf8.decode(bytes);
  } catch {
    // Node's own TextDecoder reads windows-1252 as Latin-1 when built without ICU,
    // which turns 0x93 into a C1 control character instead of a curly quote.
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
  }
}
