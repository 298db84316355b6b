/**
 * Writes the search bundle into a site folder:
 * - `/pagefind/`: one Pagefind index of every language's records (src/lib/search/records.ts: a clause,
 *   or a run of clauses in a large corpus), through the Pagefind Node API, with a `lang` filter. One
 *   index, not one per language: a first query over every language then loads one metadata file and
 *   the index chunks of its terms once, where merged per-language bundles each loaded their own.
 *   `/pagefind/bundles.json` says how many stem shards there are and whether records are grouped.
 * - `/pagefind-stems/<n>.json`: the corpus's word forms with their stems (src/lib/search/stem-shards.ts),
 *   so that the browser needs the stemmer only for words the corpus does not use.
 * Words are folded, stemmed (Snowball) and segmented here, and Pagefind is given the prepared text.
 * The build (through its worker, scripts/site-files-worker.ts) and the benchmarks both go through
 * `startSearchIndex`, so the benchmarks measure the site's path.
 */
import * as pagefind from 'pagefind';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageLetters, pagefindRecord, searchFolder, searchRecords, stemsFolder, type BundleManifest, type ClauseRecord, type SearchRecord } from '../src/lib/search/records.ts';
import { stemShards } from '../src/lib/search/stem-shards.ts';
import { indexChunkBytes } from '../src/lib/search/index-chunks.ts';
import { recutIndexChunks } from './pagefind-chunks.ts';
import { snowballStemmer } from '../src/lib/search/stemmer.ts';

/** How many records are sent to Pagefind before waiting for its answers. */
const addWindow = 64;

/** Writes one Pagefind index of the clause `records` into `outputPath`; returns its records. */
async function writeIndex(records: readonly ClauseRecord[], outputPath: string): Promise<SearchRecord[]> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const grouped = searchRecords(records);
  // Records go to Pagefind's service a window at a time, not one round trip each.
  for (let from = 0; from < grouped.length; from += addWindow) {
    const window = grouped.slice(from, from + addWindow);
    const responses = await Promise.all(window.map((record) => index.addCustomRecord(pagefindRecord(record, snowballStemmer(record.lang)))));
    responses.forEach((response, n) => {
      if (response.errors.length) throw new Error(`Pagefind rejected ${window[n].url}: ${response.errors.join('; ')}`);
    });
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  return grouped;
}

/**
 * Indexes `records` into `<siteDir>/pagefind/` and `pagefind-stems/` (replacing what was there) in two
 * steps: Pagefind's (awaited here), then ours, returned to be run when convenient (re-cutting Pagefind's
 * index chunks, the stem shards): the build writes its downloads in between, which the /data/ page awaits.
 */
export async function startSearchIndex(records: readonly ClauseRecord[], siteDir: string): Promise<() => void> {
  const outputPath = join(siteDir, searchFolder);
  const stemsPath = join(siteDir, stemsFolder);
  for (const path of [outputPath, stemsPath]) rmSync(path, { recursive: true, force: true });
  let written: SearchRecord[];
  try {
    // An empty corpus still gets a bundle, so the search page loads and answers with nothing.
    written = await writeIndex(records, outputPath);
  } finally {
    await pagefind.close();
  }
  // Pagefind's service holds the whole index in memory until it is closed: re-cut its files after that, not beside it.
  return () => {
    recutIndexChunks(outputPath, indexChunkBytes);
    const shards = stemShards(records.map((r) => r.meta), snowballStemmer);
    mkdirSync(stemsPath, { recursive: true });
    shards.forEach((shard, n) => writeFileSync(join(stemsPath, `${n}.json`), JSON.stringify(shard)));
    const letters = languageLetters(records);
    const manifest: BundleManifest = { langs: Object.keys(letters), stemShards: shards.length, grouped: written.length < records.length, letters };
    writeFileSync(join(outputPath, 'bundles.json'), JSON.stringify(manifest));
  };
}

/** Indexes `records` into `<siteDir>/pagefind/` and `pagefind-stems/`, both steps at once. */
export async function writeSearchIndex(records: readonly ClauseRecord[], siteDir: string): Promise<void> {
  (await startSearchIndex(records, siteDir))();
}
