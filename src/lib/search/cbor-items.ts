/**
 * Where CBOR items begin and end in their bytes, without decoding them (RFC 8949, definite lengths, as
 * Pagefind writes its files). Re-cutting Pagefind's word index (scripts/pagefind-chunks.ts) moves each
 * word's entry whole into a new chunk: it needs each entry's bytes and its word, not the thousands of
 * positions inside, which cbor2 would decode into numbers one by one (1.3 s at 200×; this: ~0.1 s).
 * cbor2 stays the reader and writer of everything else. Pure functions.
 */

/** An item's head: its major type (0–7), its argument (a length, a count or a value), and where its content begins. */
export interface CborHead {
  major: number;
  argument: number;
  next: number;
}

/** Reads the head of the item at `at`. */
export function cborHead(bytes: Uint8Array, at: number): CborHead {
  const initial = bytes[at];
  if (initial === undefined) throw new RangeError(`CBOR ends at byte ${at} where an item was expected`);
  const major = initial >> 5;
  const info = initial & 31;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (info < 24) return { major, argument: info, next: at + 1 };
  if (info === 24) return { major, argument: view.getUint8(at + 1), next: at + 2 };
  if (info === 25) return { major, argument: view.getUint16(at + 1), next: at + 3 };
  if (info === 26) return { major, argument: view.getUint32(at + 1), next: at + 5 };
  if (info === 27) return { major, argument: Number(view.getBigUint64(at + 1)), next: at + 9 };
  throw new RangeError(`CBOR item at byte ${at} has an indefinite or reserved length (initial byte 0x${initial.toString(16)}), which Pagefind does not write`);
}

/** Where the item that begins at `at` ends (the offset just after it, nested items included). */
export function cborItemEnd(bytes: Uint8Array, at: number): number {
  let pending = 1;
  while (pending > 0) {
    pending--;
    const { major, argument, next } = cborHead(bytes, at);
    at = next;
    if (major === 2 || major === 3) at += argument;
    else if (major === 4) pending += argument;
    else if (major === 5) pending += 2 * argument;
    else if (major === 6) pending += 1;
    // 0, 1: integers, and 7: simple values and floats, are all head.
  }
  if (at > bytes.length) throw new RangeError(`CBOR item runs past the end of its ${bytes.length} bytes`);
  return at;
}

/** The head of an array of `count` items, in the shortest form (as cbor2 and Pagefind write it). */
export function cborArrayHead(count: number): Uint8Array {
  if (count < 24) return Uint8Array.of(0x80 | count);
  if (count < 0x100) return Uint8Array.of(0x98, count);
  if (count < 0x10000) return Uint8Array.of(0x99, count >> 8, count & 0xff);
  const head = new Uint8Array(5);
  head[0] = 0x9a;
  new DataView(head.buffer).setUint32(1, count);
  return head;
}
