/**
 * Writes the search bundle: Pagefind indexes of clause records (see src/lib/search/records.ts), through
 * the Pagefind Node API, one index per language of the records. A Pagefind search scans every page
 * whose words match the term before it applies the `lang` filter, so in one shared index a search for
 * one group of languages paid for the matches in all the others; with an index per language, merged
 * in the browser (`mergeIndex`), an index without the filtered languages answers at once.
 * The first language's index is the main bundle (`<outputPath>/pagefind.js` …); the others lie in
 * `<outputPath>/lang-<tag>/`, listed in `<outputPath>/bundles.json` for the engine to merge.
 * The build and the benchmark both call `writeSearchIndex`, so the benchmark measures the site's path.
 */
import * as pagefind from 'pagefind';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexedRecord, searchLabels, type ClauseRecord } from '../src/lib/search/records.ts';

/** What `<outputPath>/bundles.json` holds: the folders (relative, with a trailing /) of the indexes to merge. */
export interface BundleManifest {
  merge: string[];
}

/** Writes one Pagefind index of `records` into `outputPath`. */
async function writeIndex(records: readonly ClauseRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const record of records) {
    const response = await index.addCustomRecord(indexedRecord(record));
    if (response.errors.length) throw new Error(`Pagefind rejected ${record.url}: ${response.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
}

/** Indexes `records` into `<outputPath>` (replacing what was there), one index per language; returns the number indexed. */
export async function writeSearchIndex(records: readonly ClauseRecord[], outputPath: string): Promise<number> {
  rmSync(outputPath, { recursive: true, force: true });
  const langs = [...new Set(records.map((r) => r.meta.lang))].sort();
  try {
    for (const [i, lang] of langs.entries())
      await writeIndex(records.filter((r) => r.meta.lang === lang), i === 0 ? outputPath : join(outputPath, `lang-${lang}`));
    const manifest: BundleManifest = { merge: langs.slice(1).map((lang) => `lang-${lang}/`) };
    writeFileSync(join(outputPath, 'bundles.json'), JSON.stringify(manifest));
    writeFileSync(join(outputPath, 'labels.json'), JSON.stringify(searchLabels(records)));
    return records.length;
  } finally {
    await pagefind.close();
  }
}
