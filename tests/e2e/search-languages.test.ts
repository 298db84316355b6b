import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import { resultLinks, searchFor } from '../support/search-page.ts';
import { fixtureDir, fixtureQueries } from '../search-queries.ts';

/**
 * The language fixture (901-KL/TW in English, Chinese, Japanese, Arabic, Hebrew, Korean) added to a copy
 * of the project, built with `npm run build` (pages and search index), and searched in Chromium.
 */
let dir: string;
let site: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pc-search-languages-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'])
    cpSync(entry, join(dir, entry), { recursive: true });
  cpSync(join(fixtureDir, 'content/conclusions'), join(dir, 'content/conclusions'), { recursive: true });
  cpSync(join(fixtureDir, 'content/translations'), join(dir, 'content/translations'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PC_OUT_DIR: join(dir, 'dist') },
  });
  if (run.status !== 0) throw new Error(`the fixture project did not build:\n${run.stdout}\n${run.stderr}`);
  site = await serveSite(join(dir, 'dist'));
  browser = await launchBrowser();
  page = await browser.newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('example queries in the fixture languages find their clause in Chromium', () => {
  for (const example of fixtureQueries) {
    it(`${example.covers}: “${example.q}”${example.lang ? ` in ${example.lang}` : ''}`, async () => {
      await searchFor(page, site.url, { q: example.q, lang: example.lang }, { all: true });
      expect(await resultLinks(page)).toContain(example.finds);
    });
  }

  it('marks the Chinese word found inside unspaced text, and the excerpt keeps the clause as written', async () => {
    await searchFor(page, site.url, { q: '重组', lang: 'zh' });
    const result = page.locator('.result').first();
    expect(await result.locator('mark').allTextContents()).toEqual(['重组']);
    expect(await result.locator('.result-excerpt').getAttribute('lang')).toBe('zh');
  });
});
