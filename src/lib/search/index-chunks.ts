/**
 * Smaller chunks for Pagefind's word index. Pagefind cuts its index into chunks of 20,000 word
 * positions (a constant in Pagefind 1.6, not an option), about 12 KB gzip each; a query downloads the
 * chunks that hold its words, so on a small site its whole index (one chunk) comes with the first query,
 * and on a large one every new word costs a whole chunk. The build re-cuts the chunks Pagefind wrote into
 * runs of about a target size (scripts/search-index.ts), with boundaries drawn as Pagefind draws them, so
 * that Pagefind's own code finds the chunk of a word exactly as before. Pure functions, no files.
 */

/**
 * About how many bytes of CBOR (before gzip) each chunk of the word index holds: ~6 KB gzip. Smaller
 * chunks cost later queries less but lengthen the chunk list in Pagefind's metadata, which the first
 * query loads (measured by scripts/bench-search.ts: 16,000 gave 101.5 KB for a first query at 200×,
 * 24,000 gave 99.8 KB, and 5.5 against 7.2 KB for later queries on the generated corpus).
 */
export const indexChunkBytes = 24_000;

/** One word of a Pagefind index chunk as decoded: the word first, then what Pagefind keeps for it. */
export type IndexWord = [word: string, ...entries: unknown[]];

/** A chunk of the index as the metadata lists it: the range of words it covers, and its file's name. */
export type ChunkRange = [from: string, to: string, hash: string];

/** Cuts `words` (in the index's order) into runs whose sizes (`sizeOf` each word) add up to about `target`. */
export function splitWords<W>(words: readonly W[], sizeOf: (word: W) => number, target: number): W[][] {
  const runs: W[][] = [];
  let run: W[] = [];
  let size = 0;
  for (const word of words) {
    run.push(word);
    size += sizeOf(word);
    if (size >= target) {
      runs.push(run);
      run = [];
      size = 0;
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** The beginning of `word` one character longer than its common beginning with `other` (characters, not UTF-16 units). */
function distinguishing(word: string, other: string): string {
  const a = Array.from(word);
  const b = Array.from(other);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return a.slice(0, common + 1).join('');
}

/**
 * The range of each run of words (its words, in order) as Pagefind's metadata gives it: the first run
 * from its first word, the last to its last word, and between two neighbours the shortest beginnings of
 * the one's last word and the other's first word that tell them apart.
 */
export function chunkBounds(runs: ReadonlyArray<readonly string[]>): Array<[from: string, to: string]> {
  const bounds = runs.map((run): [string, string] => [run[0], run[run.length - 1]]);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const last = runs[i][runs[i].length - 1];
    const first = runs[i + 1][0];
    bounds[i][1] = distinguishing(last, first);
    bounds[i + 1][0] = distinguishing(first, last);
  }
  return bounds;
}
