/**
 * Times the translators' alignment checks on the whole corpus: loading and validating content/, running
 * every check, and the whole `check` command as `npm run check` runs it (output discarded). Prints the
 * median and the worst of N runs. Usage: node scripts/bench-checks.ts [runs=20]
 */
import { main } from '../src/cli/main.ts';
import { runChecks } from '../src/lib/checks/index.ts';
import { loadCorpus } from '../src/lib/corpus/load-corpus.ts';

const runs = Number(process.argv[2] ?? 20);
const root = process.cwd();

function time(fn: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    out.push(performance.now() - start);
  }
  return out.sort((a, b) => a - b);
}

const first = performance.now();
const { corpus } = loadCorpus(root);
const cold = performance.now() - first;
if (!corpus) throw new Error('content/ does not validate: run npm run check');
const clauses = corpus.conclusions.reduce((n, c) => n + c.skeleton.length * c.translations.length, 0);
const sink = { write: () => true };
const rows: Array<[string, number[]]> = [
  ['load + validate content', time(() => loadCorpus(root))],
  ['run all checks', time(() => runChecks(corpus))],
  ['whole check command', time(() => main(['check'], { cwd: root, stdout: sink, stderr: sink }))],
];
console.log(`corpus: ${corpus.conclusions.length} conclusions, ${clauses} clause texts; ${runs} runs each; first load (cold) ${cold.toFixed(1)} ms`);
for (const [name, t] of rows) console.log(`${name.padEnd(26)} median ${t[t.length >> 1].toFixed(1)} ms   max ${t.at(-1)!.toFixed(1)} ms`);
console.log(`findings: ${runChecks(corpus).length}`);
