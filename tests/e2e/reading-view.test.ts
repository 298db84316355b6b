import { describe, expect, it } from 'vitest';
import { axeViolations, openPage } from '../support/browser.ts';
import { useBrowserSession } from '../support/browser-session.ts';

const session = useBrowserSession();

describe('reading views and home page in Chromium', () => {
  for (const path of ['/', '/conclusions/202-kl-tw/fa/', '/conclusions/202-kl-tw/ro/', '/conclusions/202-kl-tw/ru/', '/conclusions/183-kl-tw/ru/', '/conclusions/179-kl-tw/nb/']) {
    it(`${path} has no axe violations and requests nothing from other hosts`, async () => {
      const { context, page, foreignRequests } = await openPage(session.browser, session.url);
      await page.goto(session.url + path, { waitUntil: 'networkidle' });
      expect(await axeViolations(page)).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }

  it('renders Persian right to left with a self-hosted Persian font', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    await page.goto(`${session.url}/conclusions/202-kl-tw/fa/`, { waitUntil: 'networkidle' });
    const article = page.locator('[data-translation]');
    expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Vazirmatn' && f.status === 'loaded');
    });
    expect(fontLoaded).toBe(true);
    await context.close();
  });
});
