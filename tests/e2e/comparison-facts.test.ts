import { describe, expect, it } from 'vitest';
import { axeViolations, openPage } from '../support/browser.ts';
import { useBrowserSession } from '../support/browser-session.ts';

const session = useBrowserSession();
const path = '/conclusions/202-kl-tw/';

/** The facts of one cell of a row: `kind:value` in order. */
const factsOf = (id: string, lang: string) => `[data-clause-row="${id}"] [role="cell"][lang="${lang}"] [data-fact]`;

/** The `lang` of the cells whose facts are highlighted, and their values. */
async function highlighted(page: import('playwright-core').Page) {
  return page.locator('.is-fact').evaluateAll((els) => els.map((el) => `${el.closest<HTMLElement>('[role="cell"]')!.lang} ${(el as HTMLElement).dataset.fact}`));
}

describe('linked facts in the comparison view', () => {
  it('marks the dates and the report code of the preamble with the same values in ru, ro and fa', async () => {
    const { context, page } = await openPage(session.browser, session.url, { viewport: { width: 1400, height: 900 } });
    await page.goto(session.url + path, { waitUntil: 'networkidle' });
    const values = (lang: string) => page.locator(factsOf('preamble', lang)).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.fact!).filter((f) => !f.startsWith('number:')));
    const ro = await values('ro');
    expect(ro).toEqual(['date:2025-10-31', 'date:2025-10', 'code:523-bc/btctw', 'date:2025-10-29']);
    expect(await values('ru')).toEqual(ro);
    expect(await values('fa')).toEqual(ro);
    expect(await page.locator(`${factsOf('preamble', 'fa')}[data-fact="code:523-bc/btctw"]`).textContent()).toBe('۵۲۳-BC/BTCTW');
    await context.close();
  });

  it('highlights the same fact in the other columns on hover and on focus', async () => {
    const { context, page } = await openPage(session.browser, session.url, { viewport: { width: 1400, height: 900 } });
    await page.goto(session.url + path, { waitUntil: 'networkidle' });
    await page.locator(`${factsOf('preamble', 'ro')}[data-fact="date:2025-10-29"]`).hover();
    expect((await highlighted(page)).sort()).toEqual(['fa date:2025-10-29', 'ro date:2025-10-29', 'ru date:2025-10-29']);
    await page.mouse.move(0, 0);
    expect(await highlighted(page)).toEqual([]);
    await page.locator(`${factsOf('preamble', 'fa')}[data-fact="code:523-bc/btctw"]`).evaluate((el) => {
      (el as HTMLElement).tabIndex = -1;
      (el as HTMLElement).focus();
    });
    expect((await highlighted(page)).sort()).toEqual(['fa code:523-bc/btctw', 'ro code:523-bc/btctw', 'ru code:523-bc/btctw']);
    await context.close();
  });

  it('marks in place a fact the other translations lack, with the finding as its accessible text', async () => {
    const { context, page } = await openPage(session.browser, session.url, { viewport: { width: 1400, height: 900 } });
    await page.goto(session.url + path, { waitUntil: 'networkidle' });
    // Romanian numbers the top-level items 1.–10.; Persian and Russian drop the markers (one finding for the list).
    const marker = page.locator(`${factsOf('2', 'ro')}[data-fact="marker:2."]`);
    expect(await marker.getAttribute('class')).toContain('odd');
    expect(await marker.getAttribute('title')).toContain('fa drops the markers 1.–10. of the top-level items');
    const note = await marker.evaluate((el) => el.nextElementSibling?.matches('.sr-only[data-ui]') ? el.nextElementSibling.textContent : null);
    expect(note).toContain('ru drops the markers 1.–10.');
    // Persian writes (2) for (ii) in the style of its parent: its own marker carries that finding; Romanian's (ii) none.
    expect(await page.locator(`${factsOf('4.1.ii', 'fa')}[data-fact="marker:(ii)"]`).getAttribute('title')).toContain('the level of (ii) is lost');
    expect(await page.locator(`${factsOf('4.1.ii', 'ro')}[data-fact="marker:(ii)"]`).getAttribute('class')).toBeNull();
    // Facts all translations state are not marked.
    expect(await page.locator(`[data-clause-row="preamble"] [data-fact].odd`).count()).toBe(0);
    await context.close();
  });

  it('goes by keyboard from row to row, through the facts of a row, and to the rows with findings', async () => {
    const { context, page } = await openPage(session.browser, session.url, { viewport: { width: 1400, height: 900 } });
    await page.goto(`${session.url}${path}#c-preamble`, { waitUntil: 'networkidle' });
    const live = page.locator('row-keys [aria-live]');
    await page.keyboard.press('l');
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.fact);
    expect(first).toBe('date:2025-10-31');
    expect(await live.textContent()).toBe('date:2025-10-31, also in ro, ru.');
    expect((await highlighted(page)).sort()).toEqual(['fa date:2025-10-31', 'ro date:2025-10-31', 'ru date:2025-10-31']);
    await page.keyboard.press('l');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.fact)).toBe('number:2');
    await page.keyboard.press('h');
    await page.keyboard.press('h');
    expect(await page.evaluate(() => document.activeElement!.closest<HTMLElement>('[role="cell"]')!.lang)).toBe('ru');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.clauseRow)).toBe('preamble');
    await page.keyboard.press('f');
    const flagged = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-clause-row][data-findings]')].map((r) => r.dataset.clauseRow));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.clauseRow)).toBe(flagged[0]);
    await page.keyboard.press('f');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.clauseRow)).toBe(flagged[1]);
    await page.keyboard.press('Shift+F');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.clauseRow)).toBe(flagged[0]);
    await context.close();
  });

  it('shows only the rows with findings when asked (?only=findings), and every row by default', async () => {
    const { context, page } = await openPage(session.browser, session.url, { viewport: { width: 1400, height: 900 } });
    const shown = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-clause-row]')].filter((r) => r.offsetParent !== null).map((r) => r.dataset.clauseRow));
    await page.goto(`${session.url}${path}?langs=ro,fa&only=findings#c-4.1.ii`, { waitUntil: 'networkidle' });
    const flagged = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-clause-row][data-findings]')].map((r) => r.dataset.clauseRow));
    expect(flagged.length).toBeGreaterThan(3);
    expect(flagged.length).toBeLessThan(27);
    expect(await shown()).toEqual(flagged);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.clauseRow)).toBe('4.1.ii');
    const box = page.getByLabel(/Only rows with findings/);
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    expect(await shown()).toHaveLength(27);
    expect(new URL(page.url()).search).toBe('?langs=ro,fa');
    await box.check();
    expect(new URL(page.url()).search).toBe('?langs=ro,fa&only=findings');
    await page.goto(session.url + path, { waitUntil: 'networkidle' });
    expect(await shown()).toHaveLength(27);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations with a fact highlighted and the filter on (${colorScheme})`, async () => {
      const { context, page, foreignRequests } = await openPage(session.browser, session.url, { colorScheme, viewport: { width: 1400, height: 900 } });
      await page.goto(`${session.url}${path}?only=findings`, { waitUntil: 'networkidle' });
      await page.locator(`${factsOf('2', 'ro')}[data-fact="marker:2."]`).hover();
      expect(await highlighted(page)).toEqual(['ro marker:2.']);
      expect(await axeViolations(page)).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }
});
