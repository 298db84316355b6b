/**
 * Writes the search bundle into a site folder:
 * - `/pagefind/`: Pagefind indexes of clause records (src/lib/search/records.ts) through the Pagefind
 *   Node API, one index per language (a search scans every record whose words match before it applies
 *   the `lang` filter, so an index per language, merged in the browser with `mergeIndex`, keeps a search
 *   of one language from paying for the others). The first language's index is the main bundle; the
 *   others lie in `/pagefind/lang-<tag>/`, listed in `/pagefind/bundles.json`.
 * - `/pagefind-labels/<slug>.json`: each conclusion's labels (number, date, glosses), fetched only for
 *   the results shown.
 * Words are folded, stemmed (Snowball) and segmented here, and Pagefind is given the prepared text.
 * The build and the benchmarks both call `writeSearchIndex`, so the benchmarks measure the site's path.
 */
import * as pagefind from 'pagefind';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clauseRecords, conclusionLabels, labelsFolder, pagefindRecord, searchFolder, type ClauseRecord } from '../src/lib/search/records.ts';
import { snowballStemmer } from '../src/lib/search/stemmer.ts';
import type { Corpus } from '../src/lib/corpus/model.ts';

/** What `/pagefind/bundles.json` holds: the folders (relative, with a trailing /) of the indexes to merge. */
export interface BundleManifest {
  merge: string[];
}

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

/** Indexes `records` into `<siteDir>/pagefind/` and `<siteDir>/pagefind-labels/` (replacing what was there). */
export async function writeSearchIndex(records: readonly ClauseRecord[], siteDir: string): Promise<void> {
  const outputPath = join(siteDir, searchFolder);
  const labelsPath = join(siteDir, labelsFolder);
  rmSync(outputPath, { recursive: true, force: true });
  rmSync(labelsPath, { recursive: true, force: true });
  const langs = [...new Set(records.map((r) => r.meta.lang))].sort();
  try {
    for (const [i, lang] of langs.entries())
      await writeIndex(records.filter((r) => r.meta.lang === lang), lang, i === 0 ? outputPath : join(outputPath, `lang-${lang}`));
  } finally {
    await pagefind.close();
  }
  const manifest: BundleManifest = { merge: langs.slice(1).map((lang) => `lang-${lang}/`) };
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
