/**
 * The search index's thread: writes the index of the records it is given (scripts/search-index.ts), so
 * that the stemming, Pagefind's messages and the re-cutting of its files run beside the pages, not
 * between them. A failure reaches the build as the worker's error.
 */
import { workerData } from 'node:worker_threads';
import { writeSearchIndex, type IndexJob } from './search-index.ts';

const { records, siteDir } = workerData as IndexJob;
await writeSearchIndex(records, siteDir);
