/**
 * Scale benchmark (prints numbers; not a test): the site at 1×, 10×, 50× and 200× the corpus (and 1,000×
 * when asked), each against a bare Astro + Pagefind site of the same translations, back to back.
 *   node_modules/.bin/node scripts/bench-scale.ts                  1×, 10×, 50×, 200×
 *   node_modules/.bin/node scripts/bench-scale.ts --scales 1,50    chosen scales
 *   node_modules/.bin/node scripts/bench-scale.ts --thousand       adds 1,000× (5,000 translations)
 *   --no-bare, --no-search, --no-check  skip those measurements;  --keep  keep the temporary projects
 *   --queries N  later search queries per scale (default 30)
 * Each scale is a temporary copy of the project whose content/ is cloned (scripts/scale-corpus.ts), built
 * with `node scripts/build.ts` (what `npm run build` runs) from a cold cache. Peak memory is the whole
 * process tree's resident memory (scripts/measure-process.ts). Search bytes and latency are measured in
 * headless Chromium as scripts/bench-search.ts does (scripts/search-measure.ts). Machine load is printed
 * before and after each scale: the machine is shared, so note it beside the numbers.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/lib/corpus/load-corpus.ts';
import { clauseRecords } from '../src/lib/search/records.ts';
import { bareSite } from './bare-site.ts';
import { runMeasured, type MeasuredRun } from './measure-process.ts';
import { scaledProject } from './scale-corpus.ts';
import { sampleQueries } from './search-bench-corpus.ts';
import { kb, measureSearch, quantile, type SearchMeasurement } from './search-measure.ts';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,50,200' },
    thousand: { type: 'boolean', default: false },
    'no-bare': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'no-check': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    queries: { type: 'string', default: '30' },
  },
});

const project = resolve('.');
const modules = join(project, 'node_modules');
const scales = [...values.scales.split(',').map(Number), ...(values.thousand ? [1000] : [])];
if (scales.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`--scales takes whole numbers ≥ 1, such as 1,10,50 (got "${values.scales}")`);

const { corpus } = loadCorpus(project);
if (!corpus) throw new Error('the content of this project has errors; fix them (npm run build reports them) before benchmarking');
const queries = ['195-KL/TW', ...sampleQueries(clauseRecords(corpus), Number(values.queries))];

const envFor = (dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  PATH: `${join(modules, '.bin')}:${process.env.PATH}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  ...extra,
  // Never share a cache with another build (each build starts cold).
  PC_CACHE_DIR: join(dir, '.bench-astro-cache'),
});

function countFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(join(dir, e.name)) : 1), 0);
}

/** Largest HTML file under `dist/<sub>` (the page itself when `sub` is a page folder), KB; undefined if none. */
function largestHtml(dist: string, sub: string): { kb: number; path: string } | undefined {
  let best: { kb: number; path: string } | undefined;
  const visit = (dir: string) => {
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) visit(path);
      else if (e.name.endsWith('.html')) {
        const size = statSync(path).size / 1024;
        if (!best || size > best.kb) best = { kb: size, path: path.slice(dist.length) };
      }
    }
  };
  const root = join(dist, sub);
  if (root.endsWith('.html')) {
    try { return { kb: statSync(root).size / 1024, path: `/${sub}` }; } catch { return undefined; }
  }
  visit(root);
  return best;
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

function failed(what: string, run: MeasuredRun): never {
  throw new Error(`${what} failed (exit ${run.status}) after ${run.seconds.toFixed(1)} s:\n${run.output.slice(-4000)}`);
}

interface Row {
  scale: number;
  translations: number;
  conclusions: number;
  ours: MeasuredRun;
  /** Our build's seconds apart: the site (content guard and Astro) and when the search index, written meanwhile, was done. */
  phases?: { site: number; search: number };
  bare?: MeasuredRun;
  check?: MeasuredRun;
  search?: SearchMeasurement;
  files: number;
  bareFiles?: number;
  warnings: number;
  pages: Array<[string, { kb: number; path: string } | undefined]>;
  loadBefore: string;
  loadAfter: string;
}

const rows: Row[] = [];
console.log(`bench-scale: scales ${scales.map((s) => `${s}×`).join(', ')}; ${queries.length} search queries per scale; load average ${load()}`);
for (const scale of scales) {
  const loadBefore = load();
  const copy = scaledProject(project, scale);
  console.log(`\n${scale}×: ${copy.conclusions} conclusions, ${copy.translations} translations in ${copy.dir} (load ${loadBefore})`);
  const dist = join(copy.dir, 'dist');
  const ours = await runMeasured(process.execPath, ['scripts/build.ts'], { cwd: copy.dir, env: envFor(copy.dir, { PC_OUT_DIR: dist }) });
  if (ours.status !== 0) failed(`our build at ${scale}×`, ours);
  const warnings = (ours.output.match(/\[WARN\]/g) ?? []).length;
  // scripts/build.ts prints the seconds of the site (content guard and Astro) and when the search index,
  // written while the pages render, was done (both from the start of the build).
  const split = /\(site ([\d.]+) s, search index and downloads done at ([\d.]+) s/.exec(ours.output);
  const phases = split ? { site: Number(split[1]), search: Number(split[2]) } : undefined;
  console.log(`  our build: ${ours.seconds.toFixed(1)} s${phases ? ` (site ${phases.site} s, search index and downloads done at ${phases.search} s)` : ''}, peak ${ours.peakMB.toFixed(0)} MB, ${warnings} warnings`);
  const row: Row = {
    scale, translations: copy.translations, conclusions: copy.conclusions, ours, phases, warnings, files: countFiles(dist),
    pages: [['home /', largestHtml(dist, 'index.html')], ['/years/', largestHtml(dist, 'years')], ['/references/', largestHtml(dist, 'references')], ['/search/', largestHtml(dist, 'search')]],
    loadBefore, loadAfter: '',
  };
  if (!values['no-check']) {
    row.check = await runMeasured('npm', ['run', 'check', '--silent'], { cwd: copy.dir, env: envFor(copy.dir) });
    if (row.check.status !== 0 && row.check.status !== 1) failed(`npm run check at ${scale}×`, row.check);
    console.log(`  npm run check: ${row.check.seconds.toFixed(1)} s (exit ${row.check.status})`);
  }
  if (!values['no-search']) {
    row.search = await measureSearch(dist, queries);
    console.log(`  search: first query ${kb(row.search.first.gz)} gzip, later median ${kb(quantile(row.search.later.map((b) => b.gz), 0.5))}, p95 ${quantile(row.search.times, 0.95).toFixed(0)} ms`);
  }
  if (!values['no-bare']) {
    const bare = bareSite(copy.dir, modules);
    row.bare = await runMeasured('sh', ['-c', 'astro build && pagefind --site dist'], { cwd: bare, env: envFor(bare) });
    if (row.bare.status !== 0) failed(`the bare build at ${scale}×`, row.bare);
    row.bareFiles = countFiles(join(bare, 'dist'));
    console.log(`  bare build: ${row.bare.seconds.toFixed(1)} s, peak ${row.bare.peakMB.toFixed(0)} MB`);
    if (values.keep) console.log(`  bare site kept in ${bare}`);
    else rmSync(bare, { recursive: true, force: true });
  }
  if (values.keep) console.log(`  project kept in ${copy.dir}`);
  else rmSync(copy.dir, { recursive: true, force: true });
  row.loadAfter = load();
  rows.push(row);
}

const n = (x: number, digits = 1) => x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const cell = (ours: number, bare: number | undefined, digits = 1) => (bare === undefined ? n(ours, digits) : `${n(ours, digits)} (${n(bare, digits)})`);
const table: Array<[string, (r: Row) => string]> = [
  ['translations (conclusions)', (r) => `${n(r.translations, 0)} (${n(r.conclusions, 0)})`],
  ['our build, s (bare)', (r) => cell(r.ours.seconds, r.bare?.seconds)],
  ['ratio to bare', (r) => (r.bare ? n(r.ours.seconds / r.bare.seconds, 2) : '–')],
  ['site / search index and downloads done at, s (they overlap)', (r) => (r.phases ? `${n(r.phases.site)} / ${n(r.phases.search)}` : '–')],
  ['peak memory, MB (bare)', (r) => cell(r.ours.peakMB, r.bare?.peakMB, 0)],
  ['memory ratio to bare', (r) => (r.bare ? n(r.ours.peakMB / r.bare.peakMB, 2) : '–')],
  ['first search query, KB gzip', (r) => (r.search ? n(r.search.first.gz / 1024) : '–')],
  ['later queries median, KB gzip', (r) => (r.search ? n(quantile(r.search.later.map((b) => b.gz), 0.5) / 1024) : '–')],
  ['search latency median / p95, ms', (r) => (r.search ? `${n(quantile(r.search.times, 0.5), 0)} / ${n(quantile(r.search.times, 0.95), 0)}` : '–')],
  ['`npm run check`, s', (r) => (r.check ? n(r.check.seconds) : '–')],
  ['files in dist/ (bare)', (r) => cell(r.files, r.bareFiles, 0)],
  ['build warnings', (r) => n(r.warnings, 0)],
  ...(['home /', '/years/', '/references/', '/search/'] as const).map((label, i): [string, (r: Row) => string] => [
    `largest HTML of ${label}, KB`,
    (r) => (r.pages[i][1] ? n(r.pages[i][1]!.kb) : '–'),
  ]),
  ['load average before → after', (r) => `${r.loadBefore.split(' ')[0]} → ${r.loadAfter.split(' ')[0]}`],
];
console.log(`\n| | ${rows.map((r) => `${r.scale}×`).join(' | ')} |`);
console.log(`|---|${rows.map(() => '---').join('|')}|`);
for (const [label, value] of table) console.log(`| ${label} | ${rows.map(value).join(' | ')} |`);
console.log('\nBudgets (issue 13): build at 200× ≤ 2× bare; peak memory ≤ 1.5× bare; 1,000× ≤ 10 min within 8 GB;');
console.log('search at 200×: first query ≤ 100 KB, later median ≤ 10 KB, p95 ≤ 50 ms; npm run check at 200× ≤ 5 s;');
console.log('listing pages (home, /years/, /references/, /search/) < 150 KB of HTML at 50×.');
const largest = rows.flatMap((r) => r.pages.map(([label, p]) => (p ? `${r.scale}× ${label}: ${p.path} ${n(p.kb)} KB` : ''))).filter(Boolean);
console.log(`\nLargest listing pages:\n  ${largest.join('\n  ')}`);
