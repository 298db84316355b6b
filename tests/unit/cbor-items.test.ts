import { decode, encode } from 'cbor2';
import { describe, expect, it } from 'vitest';
import { cborArrayHead, cborHead, cborItemEnd } from '../../src/lib/search/cbor-items.ts';

// Items of every kind and head size Pagefind writes: integers of 1–9 byte heads, negatives, strings,
// byte strings, nested arrays and maps, floats, booleans and null.
const samples: unknown[] = [
  0, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32, -1, -500, 1.5, 3.4e38, true, null,
  '', 'ngân sách', 'a'.repeat(300), new Uint8Array([1, 2, 3]),
  [], [1, [2, [3, []]]], Array.from({ length: 70_000 }, (_, i) => i % 300),
  new Map<unknown, unknown>([['k', [1, 2]], [3, 'v']]),
  ['word', [[0, [5, 9, 300], [-1, 1]]], []],
];

describe('CBOR item boundaries', () => {
  it('finds where each item ends, nested items included, as cbor2 encodes them', () => {
    for (const value of samples) {
      const bytes = encode(value);
      expect(cborItemEnd(bytes, 0)).toBe(bytes.length);
    }
  });

  it('walks a sequence of items back to back, each one decoding to its value', () => {
    const parts = samples.map((value) => encode(value));
    const all = Buffer.concat(parts);
    let at = 0;
    for (const [i, part] of parts.entries()) {
      const end = cborItemEnd(all, at);
      expect(end - at).toBe(part.length);
      expect(Buffer.from(all.subarray(at, end))).toEqual(Buffer.from(part));
      expect(decode(new Uint8Array(all.subarray(at, end)))).toEqual(decode(encode(samples[i])));
      at = end;
    }
    expect(at).toBe(all.length);
  });

  it('writes array heads as cbor2 does, so that head and items decode as the array', () => {
    for (const count of [0, 1, 23, 24, 255, 256, 65_535, 65_536]) {
      const items = Array.from({ length: count }, (_, i) => i % 7);
      const bytes = Buffer.concat([cborArrayHead(count), ...items.map((i) => encode(i))]);
      expect(bytes).toEqual(Buffer.from(encode(items)));
      expect(cborHead(bytes, 0)).toMatchObject({ major: 4, argument: count });
    }
  });

  it('stops on lengths Pagefind does not write and on items cut short', () => {
    expect(() => cborItemEnd(Uint8Array.of(0x9f, 0x01, 0xff), 0)).toThrow(/indefinite or reserved length \(initial byte 0x9f\)/);
    expect(() => cborItemEnd(encode('truncated').subarray(0, 4), 0)).toThrow(/runs past the end/);
    expect(() => cborItemEnd(Uint8Array.of(0x82, 0x01), 0)).toThrow(/ends at byte 2 where an item was expected/);
  });
});
