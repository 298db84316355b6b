import { describe, expect, it } from 'vitest';
import { axeViolations, openPage } from '../support/browser.ts';
import { useBrowserSession } from '../support/browser-session.ts';

const session = useBrowserSession();

describe('pages that list the corpus, in Chromium', () => {
  for (const path of ['/', '/years/2025/', '/years/2025/10/', '/references/', '/references/195-kl-tw/'])
    for (const [colorScheme, width] of [['light', 1200], ['dark', 390]] as const)
      it(`${path} (${colorScheme}, ${width}px) has no axe violations, no sideways scrolling, and requests nothing from other hosts`, async () => {
        const { context, page, foreignRequests } = await openPage(session.browser, session.url, { colorScheme, viewport: { width, height: 800 } });
        await page.goto(session.url + path, { waitUntil: 'networkidle' });
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        expect(foreignRequests).toEqual([]);
        await context.close();
      });

  it('takes a keyboard reader from a month on the home page to that month\'s page, then to a translation', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    await page.goto(`${session.url}/`);
    const month = page.locator('li[data-year="2025"] .months a', { hasText: 'August' });
    await month.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/years\/2025\/08\/$/);
    await page.locator('li[data-conclusion="183-kl-tw"] a', { hasText: 'Russian' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/conclusions\/183-kl-tw\/ru\/$/);
    await context.close();
  });

  it('takes a keyboard reader from a year page to one of its months, and an older link to a month\'s entry there', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    await page.goto(`${session.url}/years/2025/#m-2025-08`);
    const heading = page.locator('[id="m-2025-08"]');
    expect(await heading.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })).toBe(true);
    await heading.locator('a').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/years\/2025\/08\/$/);
    expect(await page.locator('nav[aria-label="Months of 2025"] [aria-current="page"]').textContent()).toBe('August');
    await context.close();
  });

  it('lays out native language names of a month page in their own direction', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    await page.goto(`${session.url}/years/2025/10/`);
    expect(await page.locator('li[data-conclusion="202-kl-tw"] li [lang="fa"]').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await context.close();
  });
});
