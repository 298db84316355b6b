import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { exampleQueries } from '../search-queries.ts';
import { resultLinks, searchFor } from '../support/search-page.ts';

const session = useBrowserSession();
let page: Page;

beforeAll(async () => {
  page = await session.browser.newPage();
});

describe('example queries find their clause in Chromium', () => {
  for (const example of exampleQueries) {
    it(`${example.covers}: “${example.q}”${example.lang ? ` in ${example.lang}` : ''}`, async () => {
      await searchFor(page, session.url, { q: example.q, lang: example.lang }, { all: true });
      expect(await resultLinks(page)).toContain(example.finds);
    });
  }
});
