import { describe, expect, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { resultLinks, searchFor } from '../support/search-page.ts';

const session = useBrowserSession();

describe('row labels are not indexed as translation text', () => {
  it('an English gloss word ("Praises party committees…") that no translation contains finds nothing', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    await searchFor(page, session.url, { q: 'praises' });
    expect(await resultLinks(page)).toEqual([]);
    await searchFor(page, session.url, { q: 'Политбюро' });
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    const title = await page.locator('.result-title').first().textContent();
    expect(title).toMatch(/KL\/TW · clause \S+ — \S+/);
    await context.close();
  });
});
