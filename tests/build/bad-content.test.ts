import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** A copy of the project with one translation broken: the build must stop with our message and publish nothing. */
describe('astro build on bad content', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pc-bad-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops before building, names file, line and column, and leaves no dist/', () => {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'])
      cpSync(entry, join(dir, entry), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    const file = join(dir, 'content/translations/202-kl-tw/ru.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<Clause id="4.3">', '<Clause id="4.5">'));
    const run = spawnSync(resolve('node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toContain('The content has 2 errors; nothing was built.');
    expect(output).toMatch(/error\[unknown-clause\] content\/translations\/202-kl-tw\/ru\.mdx:\d+:\d+\n {2}<Clause id="4\.5"> names a clause that is not in the skeleton of 202-KL\/TW\./);
    expect(output).toContain('Fix: use an id from content/conclusions/202-kl-tw.yaml (did you mean "4.3"?), or add the clause to the skeleton.');
    expect(output).toContain('error[missing-clause]');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});
