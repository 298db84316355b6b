/**
 * Builds the site: validates content and renders pages (astro build), then writes the search index
 * (one record per clause per translation, from the corpus; see scripts/search-index.ts). The
 * output directory is `dist/` unless PC_OUT_DIR names another (tests and benchmarks use their own, so
 * that two runs never write into the same folder).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadCorpus } from '../src/lib/corpus/load-corpus.ts';
import { indexCorpus } from './search-index.ts';

const outDir = resolve(process.env.PC_OUT_DIR ?? 'dist');
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  // A build into another folder keeps its own Astro cache too.
  ...(process.env.PC_OUT_DIR ? { PC_CACHE_DIR: `${outDir}-astro-cache` } : {}),
};

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    process.exitCode = result.status ?? 1;
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
}

async function indexClauses(): Promise<void> {
  const { corpus, errors } = loadCorpus(process.cwd());
  if (!corpus) throw new Error(`the content has ${errors.length} error(s); astro build reports them`);
  console.log(await indexCorpus(corpus, outDir));
}

try {
  run('astro', ['build', '--outDir', outDir]);
  await indexClauses();
} catch (error) {
  process.exitCode ||= 1;
  console.error(`Build failed: ${(error as Error).message}`);
}
