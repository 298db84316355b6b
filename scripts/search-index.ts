/**
 * Writes the search bundle into a site folder:
 * - `/pagefind/`: Pagefind indexes of clause records (src/lib/search/records.ts) through the Pagefind
 *   Node API, one index per language (a search scans every record whose words match before it applies
 *   the `lang` filter, so an index per language, merged in the browser with `mergeIndex`, keeps a search
 *   of one language from paying for the others). The first language's index is the main bundle; the
 *   others lie in `/pagefind/lang-<tag>/`, listed in `/pagefind/bundles.json`.
 * - `/pagefind-labels/<slug>.json`: each conclusion's labels (number, date, glosses), fetched only for
 *   the results shown.
 * - `/pagefind-stems/<n>.json`: the corpus's word forms with their stems (src/lib/search/stem-shards.ts),
 *   so that the browser needs the stemmer only for words the corpus does not use.
 * Words are folded, stemmed (Snowball) and segmented here, and Pagefind is given the prepared text.
 * The build and the benchmarks both call `writeSearchIndex`, so the benchmarks measure the site's path.
 */
import * as pagefind from 'pagefind';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clauseRecords, conclusionLabels, labelsFolder, pagefindRecord, searchFolder, stemsFolder, type BundleManifest, type ClauseRecord } from '../src/lib/search/records.ts';
import { stemShards } from '../src/lib/search/stem-shards.ts';
import { snowballStemmer } from '../src/lib/search/stemmer.ts';
import type { Corpus } from '../src/lib/corpus/model.ts';

/** Writes one Pagefind index of `records` (one language) into `outputPath`. */
async function writeIndex(records: readonly ClauseRecord[], lang: string, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const stem = snowballStemmer(lang);
  for (const record of records) {
    const response = await index.addCustomRecord(pagefindRecord(record, stem));
    if (response.errors.length) throw new Error(`Pagefind rejected ${record.url}: ${response.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
}

/** Indexes `records` into `<siteDir>/pagefind/`, `pagefind-labels/` and `pagefind-stems/` (replacing what was there). */
export async function writeSearchIndex(records: readonly ClauseRecord[], siteDir: string): Promise<void> {
  const outputPath = join(siteDir, searchFolder);
  const labelsPath = join(siteDir, labelsFolder);
  const stemsPath = join(siteDir, stemsFolder);
  for (const path of [outputPath, labelsPath, stemsPath]) rmSync(path, { recursive: true, force: true });
  const langs = [...new Set(records.map((r) => r.meta.lang))].sort();
  try {
    for (const [i, lang] of langs.entries())
      await writeIndex(records.filter((r) => r.meta.lang === lang), lang, i === 0 ? outputPath : join(outputPath, `lang-${lang}`));
    // An empty corpus still gets a main bundle, so the search page loads and answers with nothing.
    if (!langs.length) await writeIndex([], 'und', outputPath);
  } finally {
    await pagefind.close();
  }
  const shards = stemShards(records.map((r) => r.meta), snowballStemmer);
  mkdirSync(stemsPath, { recursive: true });
  shards.forEach((shard, n) => writeFileSync(join(stemsPath, `${n}.json`), JSON.stringify(shard)));
  const manifest: BundleManifest = { merge: langs.slice(1).map((lang) => `lang-${lang}/`), stemShards: shards.length };
  writeFileSync(join(outputPath, 'bundles.json'), JSON.stringify(manifest));
  mkdirSync(labelsPath, { recursive: true });
  for (const [slug, labels] of conclusionLabels(records)) writeFileSync(join(labelsPath, `${slug}.json`), JSON.stringify(labels));
}

/** The build's hand-off: indexes every clause of `corpus` into `siteDir`; returns a line for the build's log. */
export async function indexCorpus(corpus: Corpus, siteDir: string): Promise<string> {
  const records = clauseRecords(corpus);
  await writeSearchIndex(records, siteDir);
  return `Search: indexed ${records.length} clause records into ${join(siteDir, searchFolder)} (labels in ${join(siteDir, labelsFolder)})`;
}
