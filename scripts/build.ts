/**
 * Builds the site: validates content and renders pages (astro build), then indexes them for search
 * (Pagefind). The output directory is `dist/` unless PC_OUT_DIR names another (tests and benchmarks use
 * their own, so that two runs never write into the same folder).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

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

try {
  run('astro', ['build', '--outDir', outDir]);
  run('pagefind', ['--site', outDir]);
} catch (error) {
  console.error(`Build failed: ${(error as Error).message}`);
}
