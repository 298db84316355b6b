import { describe, expect, it } from 'vitest';
import { axeViolations, openPage } from '../support/browser.ts';
import { useBrowserSession } from '../support/browser-session.ts';

const session = useBrowserSession();

describe('alignment report and references index in Chromium', () => {
  for (const path of ['/conclusions/202-kl-tw/alignment/', '/conclusions/183-kl-tw/alignment/', '/conclusions/179-kl-tw/alignment/', '/references/'])
    for (const colorScheme of ['light', 'dark'] as const)
      it(`${path} (${colorScheme}) has no axe violations and requests nothing from other hosts`, async () => {
        const { context, page, foreignRequests } = await openPage(session.browser, session.url, { colorScheme });
        await page.goto(session.url + path, { waitUntil: 'networkidle' });
        expect(await axeViolations(page)).toEqual([]);
        expect(foreignRequests).toEqual([]);
        await context.close();
      });

  it('takes the reader from a finding to its row in the comparison view by keyboard', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    await page.goto(`${session.url}/conclusions/202-kl-tw/alignment/`);
    const link = page.locator('li.finding[data-finding-clause="4.1.i"] a', { hasText: 'comparison view' }).first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/conclusions\/202-kl-tw\/\?only=findings#c-4\.1\.i$/);
    expect(await page.locator('[id="c-4.1.i"]').count()).toBe(1);
    // The row has focus, and only the rows with findings show.
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.clauseRow === '4.1.i');
    const shown = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-clause-row]')].filter((r) => r.offsetParent !== null).map((r) => r.hasAttribute('data-findings')));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every(Boolean)).toBe(true);
    await context.close();
  });

  it('lays Persian quotes out right to left', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    await page.goto(`${session.url}/conclusions/202-kl-tw/alignment/`);
    const quote = page.locator('blockquote[lang="fa"]').first();
    expect(await quote.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await context.close();
  });
});
