/**
 * Search profiler (prints numbers; not a test): where a query's time goes, run in Node on the index
 * files with the engine the page uses (`Searcher`), on the generated eight-language corpus (or the
 * real corpus with PROFILE_REAL=1, or the 200× clone with PROFILE_SCALE=200).
 *   node scripts/profile-search.ts        (PROFILE_ROWS=1 prints every query)
 * Per query: files loaded (dictionary chunks, document blocks) and their bytes, matching time
 * (postings decoded, intersected, ranked) and describing time (the first page's labels and texts).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../src/lib/corpus/load-corpus.ts';
import { clauseRecords } from '../src/lib/search/records.ts';
import { Searcher } from '../src/lib/search/searcher.ts';
import { snowballStemmer } from '../src/lib/search/stemmer.ts';
import { clonedRecords, generatedRecords, sampleQueries } from './search-bench-corpus.ts';
import { writeSearchIndex } from './search-index.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const { corpus } = loadCorpus(process.cwd());
if (!corpus) throw new Error('content has errors');
const records = clauseRecords(corpus);
const scale = Number(process.env.PROFILE_SCALE ?? 0);
const chosen = process.env.PROFILE_REAL === '1' ? records : scale ? clonedRecords(records, scale) : generatedRecords(records, 10_400);
const dir = mkdtempSync(join(tmpdir(), 'profile-search-'));
const t0 = performance.now();
const files = writeSearchIndex(chosen, dir);
console.log(`${chosen.length} clause records → ${files} files in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const queries = ['195-KL/TW', ...sampleQueries(records, 60)];
const rows: Array<{ q: string; loads: number; bytes: number; match: number; describe: number; hits: number }> = [];
let loads = 0;
let bytes = 0;
const searcher = await Searcher.open(async (path) => {
  const text = readFileSync(join(dir, path), 'utf8');
  loads++;
  bytes += text.length;
  return JSON.parse(text);
}, async () => snowballStemmer);
for (const q of queries) {
  loads = 0;
  bytes = 0;
  const a = performance.now();
  const outcome = await searcher.search({ q, lang: '', conclusion: '' });
  const b = performance.now();
  await searcher.describe(outcome.hits.slice(0, 10));
  const c = performance.now();
  rows.push({ q, loads, bytes, match: b - a, describe: c - b, hits: outcome.hits.length });
}
const quantile = (xs: number[], p: number) => { const s = [...xs].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const later = rows.slice(1);
const stat = (label: string, xs: number[], unit = 'ms') => console.log(`  ${label.padEnd(36)} median ${quantile(xs, 0.5).toFixed(1)} ${unit}, p95 ${quantile(xs, 0.95).toFixed(1)} ${unit}, max ${Math.max(...xs).toFixed(1)} ${unit}`);
console.log(`${later.length} queries after the first ("${rows[0].q}": ${rows[0].loads} files, ${(rows[0].bytes / 1024).toFixed(1)} KB raw)`);
stat('files loaded per query', later.map((r) => r.loads), 'files');
stat('bytes loaded per query (raw KB)', later.map((r) => r.bytes / 1024), 'KB');
stat('match (load + decode + rank)', later.map((r) => r.match));
stat('describe the first 10', later.map((r) => r.describe));
stat('results per query', later.map((r) => r.hits), '');
if (process.env.PROFILE_ROWS) for (const r of later) console.log(`    ${r.q.padEnd(24)} hits=${String(r.hits).padStart(5)} files=${r.loads} ${(r.bytes / 1024).toFixed(1)} KB match ${r.match.toFixed(1)} describe ${r.describe.toFixed(1)}`);
rmSync(dir, { recursive: true, force: true });
