/**
 * Writes the search index (src/lib/search/index-format.ts) of clause records into a folder of the
 * site. The build and the benchmarks both call `writeSearchIndex`, so the benchmarks measure the
 * site's path.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSearchIndex, type IndexOptions } from '../src/lib/search/build-index.ts';
import { clauseRecords, type ClauseRecord } from '../src/lib/search/records.ts';
import type { Corpus } from '../src/lib/corpus/model.ts';

/** The index's folder in the site: `/search-index/`. */
export const searchIndexFolder = 'search-index';

/** Indexes `records` into `outputPath` (replacing what was there); returns the number of files written. */
export function writeSearchIndex(records: readonly ClauseRecord[], outputPath: string, options?: IndexOptions): number {
  rmSync(outputPath, { recursive: true, force: true });
  const files = buildSearchIndex(records, options);
  for (const [path, text] of files) {
    const target = join(outputPath, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return files.size;
}

/** The build's hand-off: indexes every clause of `corpus` into `<siteDir>/search-index/`; returns a line for the build's log. */
export function indexCorpus(corpus: Corpus, siteDir: string): string {
  const records = clauseRecords(corpus);
  const outputPath = join(siteDir, searchIndexFolder);
  const files = writeSearchIndex(records, outputPath);
  return `Search: indexed ${records.length} clause records into ${files} files in ${outputPath}`;
}
