/**
 * Times the content guard (one pass: read + parse + validate content/, then every alignment check) on the real
 * corpus and on a copy whose Romanian 202-KL/TW translation holds one clause of N paragraphs (about 20 MB at
 * the default 36,000), and `npm run check` on the real corpus. Prints the numbers.
 * Usage: node scripts/bench-guard.ts [paragraphs=36000] [runs=5]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../src/lib/corpus/load-content.ts';

const paragraphs = Number(process.argv[2] ?? 36_000);
const runs = Number(process.argv[3] ?? 5);

/** What the content guard does: one pass over content/ (read, parse, validate, check). Wall and CPU time. */
function guard(root: string): { ms: number; cpu: number; errors: number; findings: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const { errors, findings } = loadContent(root);
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000, errors: errors.length, findings: findings.length };
}

function median(root: string, n: number) {
  const times: number[] = [];
  let last = guard(root);
  times.push(last.ms);
  for (let i = 1; i < n; i++) times.push((last = guard(root)).ms);
  times.sort((a, b) => a - b);
  return { ...last, median: times[times.length >> 1] };
}

const real = median(process.cwd(), runs);
console.log(`guard, real corpus: median ${real.median.toFixed(0)} ms of ${runs} (last run CPU ${real.cpu.toFixed(0)} ms; errors ${real.errors}, findings ${real.findings})`);

const dir = mkdtempSync(join(tmpdir(), 'pc-bench-guard-'));
try {
  cpSync('content', join(dir, 'content'), { recursive: true });
  const file = join(dir, 'content/translations/202-kl-tw/ro.mdx');
  const source = readFileSync(file, 'utf8');
  const open = '<Clause id="10">';
  const start = source.indexOf(open);
  const end = source.indexOf('</Clause>', start);
  // About 550 characters a paragraph: 36,000 paragraphs make the 20 MB translation of the issue.
  const text = source.slice(start + open.length, end).slice(0, 540).replace(/\s+\S*$/, '.');
  const body = Array.from({ length: paragraphs }, (_, i) => (i === 0 ? text.replace(/^10\. /, '10\\. ') : `(${i}) ${text.replace(/^10\. /, '')}`)).join('\n\n');
  writeFileSync(file, `${source.slice(0, start)}${open}\n\n${body}\n\n${source.slice(end)}`);
  const mb = statSync(file).size / 1e6;
  const big = guard(dir);
  console.log(`guard, one clause of ${paragraphs} paragraphs (${mb.toFixed(1)} MB): ${(big.ms / 1000).toFixed(1)} s (CPU ${(big.cpu / 1000).toFixed(1)} s; errors ${big.errors}, findings ${big.findings})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const checkStart = performance.now();
const check = spawnSync(process.execPath, ['src/cli/index.ts', 'check'], { encoding: 'utf8' });
console.log(`npm run check (node src/cli/index.ts check): ${(performance.now() - checkStart).toFixed(0)} ms, exit ${check.status}`);
