/**
 * Search benchmark (prints numbers; not a test). Needs a built site in PC_OUT_DIR (or dist/).
 *   node scripts/bench-search.ts
 * 1. Real site: bytes downloaded by the first query and by later ones, query latency (median, p95) in
 *    headless Chromium, through the /search/ page (Pagefind + our planning, merging and rendering).
 * 2. Generated corpus of 10,000+ clauses in ru, ro, fa, nb (words drawn from the real translations),
 *    indexed with the same code path (clause records → writeSearchIndex) into a temp folder.
 * 3. Alternatives on the real corpus: one native Pagefind bundle per language (Pagefind's own stemmers,
 *    one pagefind.js + wasm per language) and one unstemmed index; bytes for a first query and how many
 *    of the example queries (tests/search-queries.ts) each finds.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { loadCorpus } from '../src/lib/corpus/load-corpus.ts';
import { clauseRecords, type ClauseRecord } from '../src/lib/search/records.ts';
import { generatedRecords, sampleQueries, siteWith } from './search-bench-corpus.ts';
import { kb, measureSearch, meter, quantile } from './search-measure.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveSite } from '../tests/support/server.ts';
import { exampleQueries } from '../tests/search-queries.ts';

const dist = resolve(process.env.PC_OUT_DIR ?? 'dist');
const { corpus } = loadCorpus(process.cwd());
if (!corpus) throw new Error('content has errors');
const records = clauseRecords(corpus);

async function measureSite(root: string, label: string, queries: string[]): Promise<void> {
  const { pageLoad, first, later, times } = await measureSearch(root, queries);
  const med = (xs: number[]) => quantile(xs, 0.5);
  console.log(`\n${label}`);
  console.log(`  /search/ page before any query: ${kb(pageLoad.raw)} raw, ${kb(pageLoad.gz)} gzip`);
  console.log(`  first query ("${queries[0]}"): ${kb(first.raw)} raw, ${kb(first.gz)} gzip (budget 150 KB)`);
  console.log(`  later queries (${later.length}): median ${kb(med(later.map((b) => b.raw)))} raw / ${kb(med(later.map((b) => b.gz)))} gzip, max ${kb(Math.max(...later.map((b) => b.raw)))} raw`);
  console.log(`  latency once loaded, submit → results rendered: median ${med(times).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms (budget p95 100 ms)`);
}

/** The alternatives: per-language native bundles, and one unstemmed index. */
async function alternatives(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'bench-search-alt-'));
  const langs = [...new Set(records.map((r) => r.meta.lang))];
  for (const lang of langs) {
    const { index } = await pagefind.createIndex({});
    for (const r of records.filter((x) => x.meta.lang === lang)) await index!.addCustomRecord({ url: r.url, content: r.meta.text, language: lang, meta: { title: r.meta.title } });
    await index!.writeFiles({ outputPath: join(root, `pagefind-${lang}`) });
  }
  const { index } = await pagefind.createIndex({});
  for (const r of records) await index!.addCustomRecord({ url: r.url, content: r.meta.text, language: 'und', meta: { title: r.meta.title } });
  await index!.writeFiles({ outputPath: join(root, 'pagefind-unstemmed') });
  await pagefind.close();
  cpSync(join(dist, 'search'), join(root, 'search'), { recursive: true });

  const site = await serveSite(root);
  const browser = await launchBrowser();
  for (const [label, bundles] of [['one native bundle per language', langs.map((l) => `/pagefind-${l}/`)], ['one unstemmed index', ['/pagefind-unstemmed/']]] as const) {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
    const bytes = meter(page);
    const found = await page.evaluate(async ({ bundles, examples }) => {
      const apis = await Promise.all(bundles.map(async (b) => {
        const api = await import(`${b}pagefind.js`);
        await api.options({ noWorker: true });
        return api;
      }));
      let ok = 0;
      for (const [i, e] of examples.entries()) {
        const answers = await Promise.all(apis.map((api) => api.search(e.q)));
        const urls = await Promise.all(answers.flatMap((a) => a.results).map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
        if (urls.includes(e.finds)) ok++;
        if (i === 0) (window as unknown as { firstDone: boolean }).firstDone = true;
      }
      return ok;
    }, { bundles: [...bundles], examples: exampleQueries });
    const all = bytes.take();
    const firstBytes = bundles.reduce((sum, b) => {
      const dir = join(root, b);
      const wasm = readFileSync(join(dir, 'pagefind-entry.json'), 'utf8').match(/"wasm":"?(\w+)"?/)?.[1];
      return sum + gzipSync(readFileSync(join(dir, 'pagefind.js'))).length + readFileSync(join(dir, `wasm.${wasm === 'null' || !wasm ? 'unknown' : wasm}.pagefind`)).length;
    }, 0);
    console.log(`  ${label}: finds ${found}/${exampleQueries.length} example queries; pagefind.js + wasm alone ${kb(firstBytes)} gzip; all ${exampleQueries.length} queries ${kb(all.gz)} gzip`);
    await page.close();
  }
  await browser.close();
  await site.close();
  rmSync(root, { recursive: true, force: true });
}

const realQueries = ['195-KL/TW', ...sampleQueries(records, 60)];
await measureSite(dist, `Real site (${records.length} clause records)`, realQueries);
const generated = generatedRecords(records, 10_000);
const synthetic = await siteWith(dist, generated);
await measureSite(synthetic, `Generated corpus (${generated.length} clause records in ru, ro, fa, nb)`, realQueries);
rmSync(synthetic, { recursive: true, force: true });
console.log(`\nAlternatives on the real corpus (ours: our folded, stemmed terms, one index per language merged in the browser, finds every example query; see tests/e2e/search-queries.test.ts)`);
await alternatives();
