/**
 * Exports benchmark: the size of every download per conclusion (bytes and gzip), the time to render them
 * all from the corpus, and the site's build time with and without the exports (the /exports/ endpoints and
 * the /data/ page removed from a copy of the project), on the real corpus and on a scaled one.
 *
 *   node_modules/.bin/node scripts/bench-exports.ts [--times 1,20] [--runs 1]
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { runChecks } from '../src/lib/checks/index.ts';
import { loadChecksConfig } from '../src/lib/corpus/load-checks-config.ts';
import { loadCorpus } from '../src/lib/corpus/load-corpus.ts';
import { exportFiles } from '../src/lib/export/render.ts';
import { scaledProject } from './scale-corpus.ts';

const { values } = parseArgs({ options: { times: { type: 'string', default: '1,20' }, runs: { type: 'string', default: '1' } } });
const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { corpus } = loadCorpus(process.cwd());
if (!corpus) throw new Error('the content has errors; run npm run check');
const findings = runChecks(corpus, loadChecksConfig(process.cwd()));
console.log('Export sizes (bytes, gzip):');
console.log('file'.padEnd(34), 'size'.padStart(10), 'gzip'.padStart(10));
for (const file of exportFiles(corpus, findings)) {
  const body = Buffer.from(file.body());
  console.log(file.path.replace('/exports/', '').padEnd(34), kb(body.byteLength).padStart(10), kb(gzipSync(body).byteLength).padStart(10));
}
for (const c of corpus.conclusions) {
  const files = exportFiles(corpus, findings).filter((f) => f.conclusion === c.slug);
  const total = files.reduce((sum, f) => sum + Buffer.byteLength(f.body()), 0);
  console.log(`${c.slug}: ${files.length} files, ${kb(total)} in all`);
}

const renderMs: number[] = [];
for (let i = 0; i < 5; i++) {
  const fresh = loadCorpus(process.cwd()).corpus!;
  const t0 = performance.now();
  for (const file of exportFiles(fresh, findings)) file.body();
  renderMs.push(performance.now() - t0);
}
console.log(`\nRendering every export of the real corpus: ${median(renderMs).toFixed(0)} ms (median of 5)`);

console.log('\nBuild time (node scripts/build.ts in a copy of the project), with and without the exports:');
for (const times of values.times.split(',').map(Number)) {
  const result: Record<string, number[]> = { with: [], without: [] };
  for (let run = 0; run < Number(values.runs); run++)
    for (const variant of ['with', 'without'] as const) {
      const project = scaledProject(process.cwd(), times);
      try {
        if (variant === 'without') for (const path of ['src/pages/exports', 'src/pages/data.astro']) rmSync(join(project.dir, path), { recursive: true });
        const t0 = performance.now();
        const build = spawnSync(join(project.dir, 'node_modules/.bin/node'), ['scripts/build.ts'], {
          cwd: project.dir,
          encoding: 'utf8',
          env: { ...process.env, PATH: `${join(project.dir, 'node_modules/.bin')}:${process.env.PATH}`, PC_OUT_DIR: join(project.dir, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' },
        });
        if (build.status !== 0) throw new Error(`build failed at ${times}×:\n${build.stdout}\n${build.stderr}`);
        result[variant].push(performance.now() - t0);
      } finally {
        rmSync(project.dir, { recursive: true, force: true });
      }
    }
  const [w, wo] = [median(result.with), median(result.without)];
  console.log(`${times}× (${corpus.conclusions.length * times} conclusions): with ${(w / 1000).toFixed(1)} s, without ${(wo / 1000).toFixed(1)} s, exports add ${((w - wo) / 1000).toFixed(1)} s (${(((w - wo) / wo) * 100).toFixed(0)} %)`);
}
