/**
 * Re-cuts the word index of a Pagefind bundle written by Pagefind 1.6 into chunks of about a target
 * size (see src/lib/search/index-chunks.ts for why). Pagefind's files are gzip of the signature
 * `pagefind_dcd` and CBOR (read and written with `cbor2`, which gives Pagefind's bytes back unchanged;
 * the word entries of the index chunks are moved as bytes, src/lib/search/cbor-items.ts);
 * the metadata lists the chunks as `[from, to, file]` (its third field), and `pagefind-entry.json` names
 * the metadata file, which gets a new name with its new content.
 */
import { decode, encode } from 'cbor2';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { cborArrayHead, cborHead, cborItemEnd } from '../src/lib/search/cbor-items.ts';
import { chunkBounds, splitWords, type ChunkRange } from '../src/lib/search/index-chunks.ts';

const signature = Buffer.from('pagefind_dcd');

/** A Pagefind file's CBOR: gunzip, check the signature, the bytes after it. */
function pagefindCbor(path: string): Uint8Array {
  const bytes = gunzipSync(readFileSync(path));
  if (!bytes.subarray(0, signature.length).equals(signature)) throw new Error(`${path} is not a Pagefind file (no pagefind_dcd signature)`);
  return bytes.subarray(signature.length);
}

/** A Pagefind file's value: gunzip, check the signature, decode the CBOR after it. */
export function readPagefindFile(path: string): unknown {
  return decode(pagefindCbor(path));
}

/** One word's entry of an index chunk: its word and its CBOR bytes, moved whole into a new chunk. */
interface WordEntry {
  word: string;
  bytes: Uint8Array;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The word entries of an index chunk (`[[[word, …], …]]`), read without decoding what follows each word. */
function chunkEntries(path: string): WordEntry[] {
  const bytes = pagefindCbor(path);
  const notIndex = () => new Error(`${path}: not a Pagefind 1.6 word index; update scripts/pagefind-chunks.ts for this Pagefind`);
  const top = cborHead(bytes, 0);
  const list = top.major === 4 && top.argument === 1 ? cborHead(bytes, top.next) : undefined;
  if (list?.major !== 4) throw notIndex();
  const entries: WordEntry[] = [];
  let at = list.next;
  for (let i = 0; i < list.argument; i++) {
    const end = cborItemEnd(bytes, at);
    const entry = cborHead(bytes, at);
    const word = entry.major === 4 && entry.argument > 0 ? cborHead(bytes, entry.next) : undefined;
    if (word?.major !== 3) throw notIndex();
    entries.push({ word: utf8.decode(bytes.subarray(word.next, word.next + word.argument)), bytes: bytes.subarray(at, end) });
    at = end;
  }
  if (at !== bytes.length) throw notIndex();
  return entries;
}

/** A Pagefind file's bytes for CBOR `bytes`: the signature and the CBOR, gzipped. */
export function pagefindFileBytes(bytes: Uint8Array): Buffer {
  return gzipSync(Buffer.concat([signature, bytes]), { level: 9 });
}

/** The first `length` hex digits of the SHA-256 of `bytes`: Pagefind's way of naming a file by its content. */
const contentHash = (bytes: Uint8Array, length: number) => createHash('sha256').update(bytes).digest('hex').slice(0, length);

const isChunkList = (value: unknown): value is ChunkRange[] =>
  Array.isArray(value) && value.every((c) => Array.isArray(c) && c.length === 3 && c.every((x) => typeof x === 'string'));

/** Re-cuts every language index of the bundle in `outputPath` into chunks of about `targetBytes` of CBOR. */
export function recutIndexChunks(outputPath: string, targetBytes: number): void {
  const entryPath = join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const [lang, index] of Object.entries(entry.languages)) {
    const metaPath = join(outputPath, `pagefind.${index.hash}.pf_meta`);
    const meta = readPagefindFile(metaPath);
    if (!Array.isArray(meta) || !isChunkList(meta[2])) throw new Error(`${metaPath}: not the metadata layout of Pagefind 1.6 (a list of [from, to, file] chunks third); update scripts/pagefind-chunks.ts for this Pagefind`);
    const words = meta[2].flatMap(([, , file]) => chunkEntries(join(outputPath, 'index', `${file}.pf_index`)));
    for (const [, , file] of meta[2]) rmSync(join(outputPath, 'index', `${file}.pf_index`));
    const runs = splitWords(words, (entry) => entry.bytes.length, targetBytes);
    const bounds = chunkBounds(runs.map((run) => run.map((entry) => entry.word)));
    // Chunk files share one name for the whole index (the hash of all their bytes) and a number: the
    // metadata, which every first query loads, lists hundreds of them; any change renames them all.
    // A chunk is `[[entry, …]]`: the entries' bytes as Pagefind wrote them, under two array heads.
    const encoded = runs.map((run) => Buffer.concat([cborArrayHead(1), cborArrayHead(run.length), ...run.map((entry) => entry.bytes)]));
    const name = `${lang}_${contentHash(Buffer.concat(encoded), 10)}`;
    meta[2] = encoded.map((bytes, i): ChunkRange => {
      writeFileSync(join(outputPath, 'index', `${name}_${i}.pf_index`), pagefindFileBytes(bytes));
      return [...bounds[i], `${name}_${i}`];
    });
    rmSync(metaPath);
    const metaBytes = encode(meta);
    index.hash = `${lang}_${contentHash(metaBytes, 11)}`;
    writeFileSync(join(outputPath, `pagefind.${index.hash}.pf_meta`), pagefindFileBytes(metaBytes));
  }
  writeFileSync(entryPath, JSON.stringify(entry));
}
