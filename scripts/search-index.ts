/**
 * Writes the search bundle: one Pagefind index of clause records (see src/lib/search/records.ts),
 * through the Pagefind Node API. The build and the benchmark both call `writeSearchIndex`, so the
 * benchmark measures the code path the site uses.
 */
import * as pagefind from 'pagefind';
import { rmSync } from 'node:fs';
import type { ClauseRecord } from '../src/lib/search/records.ts';

/** Indexes `records` into `<outputPath>` (replacing what was there); returns the number indexed. */
export async function writeSearchIndex(records: readonly ClauseRecord[], outputPath: string): Promise<number> {
  rmSync(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const record of records) {
      const response = await index.addCustomRecord(record);
      if (response.errors.length) throw new Error(`Pagefind rejected ${record.url}: ${response.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    return records.length;
  } finally {
    await pagefind.close();
  }
}
