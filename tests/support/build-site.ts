import { spawnSync } from 'node:child_process';

/**
 * Builds the site once before the tests that read `dist/` (build, fidelity from HTML, browser tests).
 * Set SKIP_BUILD=1 to reuse an existing `dist/` while working on tests.
 */
export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`The site did not build (npm run build exited ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}
