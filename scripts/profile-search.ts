/**
 * Search profiler (prints numbers; not a test): where a query's time goes on the generated 10,000-clause
 * corpus (or the real site with PROFILE_REAL=1). Needs a built site in PC_OUT_DIR (or dist/).
 *   node scripts/profile-search.ts
 * For each sample query, in the benchmark's order and on a fresh page as the benchmark does, it runs
 * the engine's steps in Chromium with Pagefind directly: the planned Pagefind searches (in parallel,
 * as the engine runs them; the split into index-chunk loading and wasm search time is read from
 * Pagefind's verbose log), then the fragments of the first page of results (in parallel).
 *   PROFILE_ROWS=1 prints every query; PROFILE_REAL=1 profiles the real site instead.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpus } from '../src/lib/corpus/load-corpus.ts';
import { clauseRecords } from '../src/lib/search/records.ts';
import { planQuery } from '../src/lib/search/query-plan.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveSite } from '../tests/support/server.ts';
import { generatedRecords, sampleQueries, siteWith } from './search-bench-corpus.ts';

const dist = resolve(process.env.PC_OUT_DIR ?? 'dist');
const { corpus } = loadCorpus(process.cwd());
if (!corpus) throw new Error('content has errors');
const records = clauseRecords(corpus);
const real = process.env.PROFILE_REAL === '1';
const root = real ? dist : await siteWith(dist, generatedRecords(records, 10_000));
const queries = ['195-KL/TW', ...sampleQueries(records, 60)];
const langs = [...new Set((real ? records : generatedRecords(records, 8)).map((r) => r.meta.lang))].sort();
const site = await serveSite(root);
const browser = await launchBrowser();

const page = await browser.newPage();
let found: Array<{ wasm: number; real: number }> = [];
page.on('console', (m) => {
  const x = /in (\d+)ms \((\d+)ms realtime\)/.exec(m.text());
  if (x) found.push({ wasm: Number(x[1]), real: Number(x[2]) });
});
await page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
const rows: Array<{ q: string; searches: number; hits: number; steps: number[]; chunks: number; wasm: number; frag: number; total: number }> = [];
for (const q of queries) {
  const plan = planQuery(q, langs);
  const row = await page.evaluate(async (searches) => {
    type Hit = { score: number; data: () => Promise<unknown> };
    type Answer = { results: Hit[] };
    const url = '/pagefind/pagefind.js';
    const pf = await import(/* @vite-ignore */ url);
    await pf.options({ noWorker: true, excerptLength: 0 });
    // The other languages' indexes, merged as the engine merges them (scripts/search-index.ts).
    const w = window as unknown as { merged?: boolean };
    if (!w.merged) {
      w.merged = true;
      const manifest: { merge?: string[] } = await fetch('/pagefind/bundles.json').then((r) => (r.ok ? r.json() : {}));
      await Promise.all((manifest.merge ?? []).map((dir) => pf.mergeIndex(`/pagefind/${dir}`, { excerptLength: 0 })));
    }
    await pf.filters();
    const t0 = performance.now();
    const answers: Answer[] = await Promise.all(searches.map((s: { term: string; langs: string[] }) => pf.search(s.term, { verbose: true, filters: { lang: { any: s.langs } } })));
    const t1 = performance.now();
    const hits = answers.flatMap((a) => a.results).sort((a, b) => b.score - a.score);
    await Promise.all(hits.slice(0, 10).map((h) => h.data()));
    const t2 = performance.now();
    return { hits: hits.length, steps: [t1 - t0, t2 - t1], total: t2 - t0 };
  }, plan.searches);
  await page.waitForLoadState('networkidle');
  rows.push({ q, searches: plan.searches.length, ...row, chunks: Math.max(...found.map((f) => f.real - f.wasm)), wasm: found.reduce((n, f) => n + f.wasm, 0), frag: row.steps[1] });
  found = [];
}
const quantile = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const later = rows.slice(1);
const stat = (label: string, xs: number[]) => console.log(`  ${label.padEnd(34)} median ${quantile(xs, 0.5).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`);
console.log(`${real ? 'Real site' : 'Generated corpus'}: ${later.length} queries after the first, engine steps run directly`);
console.log(`  Pagefind searches per query: ${[1, 2, 3, 4].map((n) => `${n}: ${later.filter((r) => r.searches === n).length}`).join(', ')}; results per query median ${quantile(later.map((r) => r.hits), 0.5)}`);
stat('searches (all, in parallel)', later.map((r) => r.steps[0]));
stat('  of which chunk loading (max)', later.map((r) => r.chunks));
stat('  of which wasm search (sum)', later.map((r) => r.wasm));
stat('first 10 fragments (in parallel)', later.map((r) => r.frag));
stat('searches + fragments', later.map((r) => r.total));
if (process.env.PROFILE_ROWS) for (const r of later) console.log(`    ${r.q.padEnd(24)} s=${r.searches} hits=${String(r.hits).padStart(5)} search ${r.steps[0].toFixed(1)} (chunks ${r.chunks}, wasm ${r.wasm}) frag ${r.frag.toFixed(1)}`);
await browser.close();
await site.close();
if (!real) rmSync(root, { recursive: true, force: true });
