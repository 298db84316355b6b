import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** A copy of the project whose config makes a real finding an error: the build must stop with the CLI's lines. */
describe('astro build on error-severity alignment findings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-guard-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops before building, with file:line:column error check-id message, and leaves no dist/', () => {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'])
      cpSync(entry, join(dir, entry), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'content/checks.yaml'), 'conclusions:\n  202-kl-tw:\n    enumeration-level: error\n');
    const run = spawnSync(resolve('node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toContain('The alignment checks found 2 errors; nothing was built.');
    expect(output).toMatch(/content\/translations\/202-kl-tw\/fa\.mdx:24:173 error enumeration-level fa marks sub-item 4\.1\.i as \(1\)/);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});
