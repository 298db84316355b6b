import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import { exampleQueries } from '../search-queries.ts';
import { resultLinks, searchFor } from '../support/search-page.ts';

let browser: Browser;
let page: Page;
let site: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  site = await serveSite();
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('example queries find their clause in Chromium', () => {
  for (const example of exampleQueries) {
    it(`${example.covers}: “${example.q}”${example.lang ? ` in ${example.lang}` : ''}`, async () => {
      await searchFor(page, site.url, { q: example.q, lang: example.lang }, { all: true });
      expect(await resultLinks(page)).toContain(example.finds);
    });
  }
});
