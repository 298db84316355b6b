/**
 * The build's second thread (see scripts/site-files.ts): first Pagefind's part of the search index, from
 * the records it was given (scripts/search-index.ts); then it asks for the corpus and the checks' findings
 * and writes the downloads (scripts/write-exports.ts), whose sizes go back for the /data/ page; then the
 * rest of the index (re-cutting Pagefind's files, the stem shards). A failure reaches the build as the
 * worker's error.
 */
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import type { FromSiteFiles, SiteFilesJob, ToSiteFiles } from './site-files.ts';
import { writeExports } from './write-exports.ts';
import { startSearchIndex } from './search-index.ts';

const { records, siteDir } = workerData as SiteFilesJob;
const port = parentPort!;
const finishIndex = await startSearchIndex(records, siteDir);
port.postMessage({ ready: true } satisfies FromSiteFiles);
const [next] = (await once(port, 'message')) as [ToSiteFiles];
if (next.corpus) port.postMessage({ sizes: writeExports(next.corpus, next.findings, siteDir) } satisfies FromSiteFiles);
finishIndex();
