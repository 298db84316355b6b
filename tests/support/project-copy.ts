import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What `astro build` did in a copy of the project. */
export interface CopyBuild {
  status: number | null;
  /** stdout and stderr together. */
  output: string;
  /** Whether the copy has a `dist/` afterwards. */
  builtSomething: boolean;
}

/**
 * Copies the project (sources, content, config; node_modules linked) to a temporary folder, lets `edit`
 * change it, runs `astro build` there, lets `inspect` read the copy (its `dist/`) and removes the copy.
 */
export function buildCopyOfProject(edit: (dir: string) => void, inspect?: (dir: string) => void): CopyBuild {
  const dir = mkdtempSync(join(tmpdir(), 'pc-copy-'));
  try {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'])
      cpSync(entry, join(dir, entry), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    edit(dir);
    const run = spawnSync(resolve('node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PC_CACHE_DIR: join(dir, '.astro-cache') },
    });
    const built = { status: run.status, output: run.stdout + run.stderr, builtSomething: existsSync(join(dir, 'dist')) };
    if (built.builtSomething) inspect?.(dir);
    return built;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
