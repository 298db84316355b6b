import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** A temporary copy of the project: sources, content, config, scripts; node_modules linked. */
function copyProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'])
    cpSync(entry, join(dir, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * Copies the project (sources, content, config; node_modules linked) to a temporary folder, lets `edit`
 * change it, runs `astro build` there, lets `inspect` read the copy (its `dist/`) and removes the copy.
 */
export function buildCopyOfProject(edit: (dir: string) => void, inspect?: (dir: string) => void): CopyBuild {
  const dir = copyProject('pc-copy-');
  try {
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

/** What `npm run build` (scripts/build.ts) did in a copy of the project that already had a published site. */
export interface PublishRun {
  status: number | null;
  output: string;
  /** Whether dist/ is exactly the previous site (its marker file intact, nothing added or removed). */
  distUntouched: boolean;
  /** Files in dist/ afterwards. */
  distFiles: string[];
  /** Folders beside dist/ left behind (a staging folder must not remain). */
  leftovers: string[];
}

/**
 * Copies the project, puts a previous "site" in its dist/ (one marker file), lets `edit` change the copy, runs
 * the build script there (Astro, search index, atomic publish) and removes the copy.
 */
export function publishInCopyOfProject(edit: (dir: string) => void): PublishRun {
  const dir = copyProject('pc-publish-');
  try {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/index.html'), 'previous site');
    edit(dir);
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PC_CACHE_DIR: join(dir, '.astro-cache') };
    delete env.PC_OUT_DIR;
    const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', env });
    const distFiles = existsSync(join(dir, 'dist')) ? readdirSync(join(dir, 'dist'), { recursive: true }).map(String).sort() : [];
    const marker = join(dir, 'dist/index.html');
    const distUntouched = distFiles.length === 1 && existsSync(marker) && readFileSync(marker, 'utf8') === 'previous site';
    const leftovers = readdirSync(dir).filter((name) => name.includes('dist') && name !== 'dist');
    return { status: run.status, output: run.stdout + run.stderr, distUntouched, distFiles, leftovers };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
