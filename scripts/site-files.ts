/**
 * The files of the site that are not pages (the search index and the downloads), written by a worker
 * thread (scripts/site-files-worker.ts) while Astro renders the pages: their work runs on the machine's
 * second core, and Pagefind's busiest moment falls early in the build. The worker gets the search records
 * at once and a copy of the corpus (with the checks' findings) only once Pagefind is done: the copy is not
 * held while Pagefind's process is at its peak.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Finding } from '../src/lib/checks/finding.ts';
import type { Corpus } from '../src/lib/corpus/model.ts';
import { clauseRecords, searchFolder, type ClauseRecord } from '../src/lib/search/records.ts';

/** What the worker is given when it starts. */
export interface SiteFilesJob {
  records: ClauseRecord[];
  /** The folder the files are written into (search index folders, `exports/`). */
  siteDir: string;
}

/** What the worker is sent once it asks for it: the corpus and the checks' findings, or nothing when the build stops. */
export type ToSiteFiles = { corpus: Corpus; findings: Finding[] } | { corpus?: undefined };

/** What the worker sends: that Pagefind is done (send the corpus), then the downloads' sizes by path. */
export type FromSiteFiles = { ready: true } | { sizes: Map<string, number> };

/** A worker writing the site's files. */
export interface SiteFiles {
  /** Gives the checks' findings: the downloads are written once the worker is ready for them. */
  sendFindings(findings: Finding[]): void;
  /** Tells the worker the build stops: it ends after Pagefind, writing no downloads. */
  cancel(): void;
  /** The downloads' sizes in bytes by path, once written. */
  sizes: Promise<ReadonlyMap<string, number>>;
  /** Resolves with a line for the build's log when every file is written; rejects with the worker's error. */
  done: Promise<string>;
}

/** Starts writing the search index and (once the findings are given) the downloads of `corpus` into `siteDir`. */
export function startSiteFiles(corpus: Corpus, siteDir: string): SiteFiles {
  const job: SiteFilesJob = { records: clauseRecords(corpus), siteDir };
  // A small young generation: the worker makes many short-lived strings (words, stems, Pagefind's messages)
  // and would otherwise hold ~100 MB more while Pagefind, at its own peak, writes the index (200×: 1.55 →
  // 1.45 GB for the whole build). Smaller still costs the downloads seconds of collection.
  const worker = new Worker(new URL('./site-files-worker.ts', import.meta.url), { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  const ended = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the site files' worker stopped with exit code ${code}`))));
  });
  // The answer to the worker's "ready": decided by the build (findings, or cancelled), sent when both are known.
  let answer: ToSiteFiles | undefined;
  let ready = false;
  const answerWhenReady = () => {
    if (ready && answer) worker.postMessage(answer);
  };
  const decide = (decided: ToSiteFiles) => {
    if (answer) return;
    answer = decided;
    answerWhenReady();
  };
  const sizes = new Promise<ReadonlyMap<string, number>>((resolve, reject) => {
    worker.on('message', (message: FromSiteFiles) => {
      if ('ready' in message) {
        ready = true;
        answerWhenReady();
      } else resolve(message.sizes);
    });
    ended.then(() => reject(new Error("the site files' worker ended without writing the downloads")), reject);
  });
  const done = Promise.all([ended, sizes]).then(([, written]) => `Search: indexed ${job.records.length} clauses into ${join(siteDir, searchFolder)}; downloads: ${written.size} files`);
  // Awaited after the pages; a failure meanwhile must not go unhandled.
  done.catch(() => undefined);
  return {
    sendFindings: (findings) => decide({ corpus, findings }),
    cancel: () => decide({}),
    sizes,
    done,
  };
}
