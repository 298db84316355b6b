import { spawnSync } from 'node:child_process';
import { distDir } from './dist-dir.ts';

/**
 * Builds the site once before the tests that read the built output (build, fidelity from HTML, browser
 * tests), into PC_OUT_DIR (default `dist/`). Set SKIP_BUILD=1 to reuse an existing build.
 */
export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, PC_OUT_DIR: distDir },
  });
  if (result.status !== 0) {
    throw new Error(`The site did not build (npm run build exited ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}
