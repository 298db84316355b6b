import { describe, expect, it } from 'vitest';
import { axeViolations, openPage } from '../support/browser.ts';
import { useBrowserSession } from '../support/browser-session.ts';

const session = useBrowserSession();

const pages = [
  '/',
  '/conclusions/202-kl-tw/',
  '/conclusions/202-kl-tw/?langs=fa,ru',
  '/conclusions/202-kl-tw/#c-8',
  '/conclusions/183-kl-tw/',
  '/conclusions/179-kl-tw/',
  '/conclusions/202-kl-tw/fa/#c-8',
  '/conclusions/202-kl-tw/ro/',
  '/conclusions/183-kl-tw/ru/',
];

describe('accessibility and privacy of the home, comparison and reading views', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of pages) {
      it(`${path} (${colorScheme}) has no axe violations and requests nothing from other hosts`, async () => {
        const { context, page, foreignRequests } = await openPage(session.browser, session.url, { colorScheme, viewport: { width: 1280, height: 900 } });
        await page.goto(session.url + path, { waitUntil: 'networkidle' });
        expect(await axeViolations(page)).toEqual([]);
        expect(foreignRequests).toEqual([]);
        await context.close();
      });
    }
  }

  it('has no axe violations at phone width while a clause is highlighted', async () => {
    const { context, page } = await openPage(session.browser, session.url, { viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    await page.goto(`${session.url}/conclusions/202-kl-tw/#c-4.1`, { waitUntil: 'networkidle' });
    await page.locator('[data-clause-row="4.1"] [lang="ru"] [data-clause]').hover();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
