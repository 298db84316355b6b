import type { ContentError } from '../errors.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file's bytes as strict UTF-8 (a leading byte-order mark is dropped). Invalid bytes are an
 * error located at the first of them, as line and column of the text before it.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text?: string; error?: ContentError } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    const byte = bytes[offset]?.toString(16).toUpperCase().padStart(2, '0') ?? 'end of file';
    return {
      error: {
        code: 'invalid-utf8',
        message: `The file is not valid UTF-8: byte ${offset} (0x${byte}) does not belong to any UTF-8 character.`,
        hint: 'save the file as UTF-8 (most editors offer "Save with encoding"); the text was probably saved in a legacy encoding such as Windows-1252 or KOI8-R, or cut in the middle of a character.',
        location: { file, line: lines.length, column: [...lines.at(-1)!.replace(/^\uFEFF/, '')].length + 1 },
      },
    };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
