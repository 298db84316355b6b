/**
 * The search index as files (written by scripts/search-index.ts, read by the browser engine). Its
 * size per query does not grow with the corpus:
 * - `manifest.json`: the languages, conclusions (slugs) and translations (which documents are whose),
 *   and the first key of each term chunk. Documents are numbered in corpus order, so a translation is
 *   a run of document numbers and the manifest needs one row per translation, not per clause.
 * - `terms/<n>.json`: the sorted dictionary, cut into chunks of about `chunkBytes`. Each key is a
 *   stem (with its postings: the documents that contain a word of that stem) and/or a folded word form
 *   of the corpus (with the stems Snowball gives it), so the browser finds a typed word's stem without
 *   a stemmer when the corpus uses that form.
 * - `docs/<n>.json`: blocks of `blockSize` documents: clause id, gloss and text, and the number and
 *   date of their conclusions — the labels travel with the results shown.
 */

/** The manifest. */
export interface IndexManifest {
  /** Language tags, indexed by the translations' language numbers. */
  langs: string[];
  /** Conclusion slugs, indexed by the translations' conclusion numbers. */
  conclusions: string[];
  /** Per translation, flat: conclusion number, language number, first document number. */
  translations: number[];
  /** Number of documents. */
  docs: number;
  /** Documents per `docs/<n>.json` block. */
  blockSize: number;
  /** The first key of each `terms/<n>.json` chunk, in order. */
  chunks: string[];
  /** The languages of the index that have a Snowball stemmer (the browser loads it only for these). */
  stemmed: string[];
}

/**
 * A dictionary entry. `p`: postings, document numbers ascending, each stored as
 * `(number − previous) × 4 + min(occurrences, 3)` (the previous of the first is −1). `s`: present when
 * the key is a word form of the corpus, its stems (empty when its stem is itself).
 */
export interface TermEntry {
  p?: number[];
  s?: string[];
}

/** A chunk of the dictionary. */
export type TermChunk = Record<string, TermEntry>;

/** A block of documents. */
export interface DocBlock {
  /** Number and date of the conclusions of the block's documents, by slug. */
  c: Record<string, [number: string, date: string]>;
  /** The documents: clause id, gloss, published text. */
  d: Array<[clause: string, gloss: string, text: string]>;
}

/** The chunk numbers whose key range meets the keys starting with `prefix`. */
export function chunksFor(chunks: readonly string[], prefix: string): number[] {
  if (chunks.length === 0) return [];
  const last = (key: string) => {
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (chunks[mid] <= key) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const from = last(prefix);
  const to = last(`${prefix}\uffff`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
