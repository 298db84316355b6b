/**
 * The files of the site that are not pages (the search index and the downloads), written by a worker
 * thread (scripts/site-files-worker.ts) from a copy of the corpus while Astro renders the pages: their
 * work runs on the machine's second core, and Pagefind's busiest moment falls early in the build.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Finding } from '../src/lib/checks/finding.ts';
import type { Corpus } from '../src/lib/corpus/model.ts';
import { searchFolder } from '../src/lib/search/records.ts';

/** What the worker is given. */
export interface SiteFilesJob {
  corpus: Corpus;
  /** The folder the files are written into (search index folders, `exports/`). */
  siteDir: string;
}

/** What the worker is sent once the checks have run: their findings, or nothing when the build stops. */
export type ToSiteFiles = { findings: Finding[] } | { findings?: undefined };

/** What the worker sends back: the downloads' sizes by path, then how many clauses it indexed. */
export type FromSiteFiles = { indexed: number } | { sizes: Map<string, number> };

/** A worker writing the site's files. */
export interface SiteFiles {
  /** Sends the checks' findings: the downloads are written from then on. */
  sendFindings(findings: Finding[]): void;
  /** Tells the worker the build stops: it ends after the index, writing no downloads. */
  cancel(): void;
  /** The downloads' sizes in bytes by path, once written. */
  sizes: Promise<ReadonlyMap<string, number>>;
  /** Resolves with a line for the build's log when every file is written; rejects with the worker's error. */
  done: Promise<string>;
}

/** Starts writing the search index and (once the findings are sent) the downloads of `corpus` into `siteDir`. */
export function startSiteFiles(corpus: Corpus, siteDir: string): SiteFiles {
  const job: SiteFilesJob = { corpus, siteDir };
  // A small young generation: the worker makes many short-lived strings (words, stems, Pagefind's messages)
  // and would otherwise hold ~100 MB more while Pagefind, at its own peak, writes the index (200×: 1.55 →
  // 1.45 GB for the whole build). Smaller still costs the downloads seconds of collection.
  const worker = new Worker(new URL('./site-files-worker.ts', import.meta.url), { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  const ended = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the site files' worker stopped with exit code ${code}`))));
  });
  let indexed = 0;
  const sizes = new Promise<ReadonlyMap<string, number>>((resolve, reject) => {
    worker.on('message', (message: FromSiteFiles) => ('sizes' in message ? resolve(message.sizes) : (indexed = message.indexed)));
    ended.then(() => reject(new Error("the site files' worker ended without writing the downloads")), reject);
  });
  const done = Promise.all([ended, sizes]).then(([, written]) => `Search: indexed ${indexed} clauses into ${join(siteDir, searchFolder)}; downloads: ${written.size} files`);
  // Awaited after the pages; a failure meanwhile must not go unhandled.
  done.catch(() => undefined);
  return {
    sendFindings: (findings) => worker.postMessage({ findings } satisfies ToSiteFiles),
    cancel: () => worker.postMessage({} satisfies ToSiteFiles),
    sizes,
    done,
  };
}
