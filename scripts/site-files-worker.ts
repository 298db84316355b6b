/**
 * The build's second thread: writes the site's files that are not pages, from a copy of the corpus the
 * build parsed, while the pages render on the main thread. First Pagefind's part of the search index
 * (scripts/search-index.ts); then, once the main thread has run the checks and sent their findings, the
 * downloads (scripts/write-exports.ts), whose sizes go back for the /data/ page; then the rest of the index
 * (re-cutting Pagefind's files, the stem shards). A
 * failure reaches the build as the worker's error.
 */
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { clauseRecords } from '../src/lib/search/records.ts';
import type { FromSiteFiles, SiteFilesJob, ToSiteFiles } from './site-files.ts';
import { writeExports } from './write-exports.ts';
import { startSearchIndex } from './search-index.ts';

const { corpus, siteDir } = workerData as SiteFilesJob;
const port = parentPort!;
// Listening from the start: the findings may arrive while the index is written.
const message = once(port, 'message') as Promise<[ToSiteFiles]>;
const records = clauseRecords(corpus);
const finishIndex = await startSearchIndex(records, siteDir);
const [next] = await message;
if (next.findings) port.postMessage({ sizes: writeExports(corpus, next.findings, siteDir) } satisfies FromSiteFiles);
finishIndex();
port.postMessage({ indexed: records.length } satisfies FromSiteFiles);
