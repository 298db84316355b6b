/**
 * Search benchmark (prints numbers; not a test). Needs a built site in PC_OUT_DIR (or dist/).
 *   node scripts/bench-search.ts            (BENCH_SCALE=0 skips the 200× corpus)
 * For each corpus, in headless Chromium through the /search/ page: bytes downloaded by the first query
 * and by later ones (gzip, as a host would send them; web fonts apart, see search-measure.ts), latency once loaded (submit → results
 * rendered), the search files' count (Pagefind bundle and stem shards) and the time to write them.
 * Beside them: the Pagefind design before this one (one bundle per language, one record per clause
 * whose content held a stem and a folded form of every word: main at 7f28899, measured by this script
 * with this way of counting bytes, on the same machine at a load of 3–4);
 * the alternative measured, our own static index of 103a77f (dropped to keep the fixed stack:
 * Pagefind), with the numbers of its commit message and note; and the first Pagefind design (one
 * bundle per language and a global labels.json, main at 7311ea5).
 * 1. The real site.
 * 2. A generated corpus of 10,000+ clauses in eight languages including Chinese and Japanese.
 * 3. The real corpus cloned 200 times (26,200 clause texts), as issue 13 measured.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCorpus } from '../src/lib/corpus/load-corpus.ts';
import { clauseRecords, type ClauseRecord } from '../src/lib/search/records.ts';
import { clonedRecords, generatedLangs, generatedRecords, sampleQueries, siteWith } from './search-bench-corpus.ts';
import { kb, measureSearch, quantile } from './search-measure.ts';
import { searchFolder, stemsFolder } from '../src/lib/search/records.ts';
import { readdirSync, readFileSync } from 'node:fs';

const dist = resolve(process.env.PC_OUT_DIR ?? 'dist');
const { corpus } = loadCorpus(process.cwd());
if (!corpus) throw new Error('content has errors');
const records = clauseRecords(corpus);
/** Another design's numbers, for the corpora measured here. */
interface Numbers {
  first: string;
  later: string;
  latency: string;
  files: string;
  indexing: string;
}

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

/** The Snowball stemmer's WebAssembly as the site serves it, gzip: what a query with a word the corpus lacks loads, once. */
function stemmerBytes(): number {
  const wasm = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.wasm'));
  return wasm ? gzipSync(readFileSync(join(dist, '_astro', wasm))).length : 0;
}

async function measureSite(root: string, label: string, queries: string[], previous: Numbers, custom: Numbers, before: Numbers, indexing?: number): Promise<void> {
  const { pageLoad, first, later, times } = await measureSearch(root, queries);
  const laterGz = later.map((b) => b.gz);
  const med = (xs: number[]) => quantile(xs, 0.5);
  const files = [searchFolder, stemsFolder].reduce((n, folder) => n + countFiles(join(root, folder)), 0);
  console.log(`\n${label}`);
  console.log(`  ${''.padEnd(44)} ${'now (Pagefind)'.padEnd(30)} ${'previous Pagefind design'.padEnd(26)} ${'alternative: custom index'.padEnd(32)} first Pagefind design`);
  const row = (what: string, now: string, prev: string, alt: string, old: string) => console.log(`  ${what.padEnd(44)} ${now.padEnd(30)} ${prev.padEnd(26)} ${alt.padEnd(32)} ${old}`);
  row('/search/ page before any query', `${kb(pageLoad.gz)} gzip (+ ${kb(pageLoad.fonts)} fonts)`, '', '', '');
  row(`first query ("${queries[0]}"), budget 100 KB`, `${kb(first.gz)} gzip`, previous.first, custom.first, before.first);
  row('  + fonts of the scripts its results show', `${kb(first.fonts)}`, '', '', '');
  row(`later queries (${later.length}), median, budget 10 KB`, `${kb(med(laterGz))} gzip (max ${kb(Math.max(...laterGz))})`, previous.later, custom.later, before.later);
  row('latency once loaded, median / p95 (50 ms)', `${med(times).toFixed(1)} / ${quantile(times, 0.95).toFixed(1)} ms`, previous.latency, custom.latency, before.latency);
  row('search files (index, stems)', `${files}`, previous.files, custom.files, before.files);
  if (indexing !== undefined) row('time to write the index', `${(indexing / 1000).toFixed(1)} s`, previous.indexing, custom.indexing, before.indexing);
}

async function timedSite(records: ClauseRecord[]) {
  const start = performance.now();
  const root = await siteWith(dist, records);
  return { root, ms: performance.now() - start };
}

console.log(`Snowball stemmer (WebAssembly), loaded once by the first query with a word the corpus does not use: ${kb(stemmerBytes())} gzip`);
const realQueries = ['195-KL/TW', ...sampleQueries(records, 60)];
await measureSite(dist, `Real site (${records.length} clauses)`, realQueries, {
  first: '137.1 KB', later: '0.6 KB', latency: '19.4 / 81.5 ms', files: '205', indexing: '–',
}, {
  first: '4.2 KB gzip', later: '0.2 KB gzip', latency: '–', files: '–', indexing: '–',
}, {
  first: '129 KB gzip (issue 10; bench 126 KB)', later: '–', latency: '–', files: '≈ 170', indexing: '–',
});

const generated = generatedRecords(records, 10_400);
const g = await timedSite(generated);
await measureSite(g.root, `Generated corpus (${generated.length} clauses in ${generatedLangs.join(', ')})`, realQueries, {
  first: '196.9 KB', later: '14.4 KB', latency: '43.0 / 97.9 ms', files: '10,745', indexing: '8.8 s',
}, {
  first: '–', later: '–', latency: '–', files: '–', indexing: '–',
}, {
  first: '176 KB (4 languages: ru ro fa nb)', later: '7.2 KB (4 languages)', latency: 'p95 97.5 ms (4 languages)', files: '≈ 10,300', indexing: '≈ 14 s',
}, g.ms);
rmSync(g.root, { recursive: true, force: true });

if (process.env.BENCH_SCALE !== '0') {
  const cloned = clonedRecords(records, 200);
  const c = await timedSite(cloned);
  await measureSite(c.root, `The real corpus cloned 200× (${cloned.length} clauses)`, realQueries, {
    first: '363.1 KB', later: '6.4 KB', latency: '66.1 / 147.7 ms', files: '27,213', indexing: '29.0 s',
  }, {
    first: '21 KB (commit; note: 18.2 KB)', later: '3.9 KB', latency: '52 / 216 ms (load ~16)', files: '~3,500 (commit; note: 6,779)', indexing: '6.6 s',
  }, {
    first: '1,652 KB (issue 13)', later: '–', latency: '150 / 321 ms (issue 13)', files: '26,536 (issue 13)', indexing: '≈ 37 s (28 s waiting on Pagefind)',
  }, c.ms);
  rmSync(c.root, { recursive: true, force: true });
}
