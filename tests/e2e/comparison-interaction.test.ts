import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { rowGeometry, shownColumns } from '../support/comparison-page.ts';
import { useBrowserSession } from '../support/browser-session.ts';

const session = useBrowserSession();

const path = '/conclusions/202-kl-tw/';
const desktop = { viewport: { width: 1280, height: 900 } };

/** The row's state: in the viewport, :target, `is-current`, focused, and its background colour. */
function rowState(page: Page, id: string) {
  return page.evaluate((id) => {
    const row = document.querySelector<HTMLElement>(`[data-clause-row="${id}"]`)!;
    const box = row.getBoundingClientRect();
    return {
      inView: box.top >= 0 && box.top < innerHeight,
      target: row.matches(':target'),
      current: row.classList.contains('is-current'),
      focused: document.activeElement === row,
      background: getComputedStyle(row).backgroundColor,
    };
  }, id);
}

describe('comparison behaviour in Chromium', () => {
  it('chooses and orders columns with the picker, keeps them in the URL and across a reload', async () => {
    const { context, page } = await openPage(session.browser, session.url, desktop);
    await page.goto(`${session.url}${path}`, { waitUntil: 'networkidle' });
    await page.getByRole('checkbox', { name: 'Romanian' }).uncheck();
    expect(new URL(page.url()).search).toBe('?langs=fa,ru');
    expect(await shownColumns(page)).toEqual(['fa', 'ru']);
    await page.getByRole('button', { name: 'Move Russian left' }).click();
    expect(new URL(page.url()).search).toBe('?langs=ru,fa');
    expect(await shownColumns(page)).toEqual(['ru', 'fa']);
    // Focus stays on the control that was used (now at the start, so on its other arrow).
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move Russian right');
    const row = (await rowGeometry(page)).find((r) => r.id === '2')!;
    expect(row.cells.map((c) => c.lang)).toEqual(['ru', 'fa']);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await shownColumns(page)).toEqual(['ru', 'fa']);
    expect(await page.getByRole('checkbox', { name: 'Romanian' }).isChecked()).toBe(false);
    // The last column cannot be hidden.
    await page.getByRole('checkbox', { name: 'Persian' }).uncheck();
    expect(await page.getByRole('checkbox', { name: 'Russian' }).isDisabled()).toBe(true);
    expect(new URL(page.url()).search).toBe('?langs=ru');
    await page.getByRole('checkbox', { name: 'Romanian' }).check();
    await page.getByRole('checkbox', { name: 'Persian' }).check();
    expect(new URL(page.url()).search).toBe('');
    expect(await shownColumns(page)).toEqual(['fa', 'ro', 'ru']);
    await context.close();
  });

  it('ignores unknown languages in ?langs= and keeps the ones it knows', async () => {
    const { context, page } = await openPage(session.browser, session.url, desktop);
    await page.goto(`${session.url}${path}?langs=xx,RU,de,ru`, { waitUntil: 'networkidle' });
    expect(await shownColumns(page)).toEqual(['ru']);
    await page.goto(`${session.url}${path}?langs=nonsense`, { waitUntil: 'networkidle' });
    expect(await shownColumns(page)).toEqual(['fa', 'ro', 'ru']);
    await context.close();
  });

  it('lands a permalink on its row: scrolled into view, highlighted, focused', async () => {
    const { context, page } = await openPage(session.browser, session.url, desktop);
    await page.goto(`${session.url}${path}`, { waitUntil: 'networkidle' });
    const plain = (await rowState(page, '4.1.ii')).background;
    await page.goto(`${session.url}${path}?langs=fa,ru#c-4.1.ii`, { waitUntil: 'networkidle' });
    const state = await rowState(page, '4.1.ii');
    expect(state).toMatchObject({ inView: true, target: true, focused: true });
    expect(state.background).not.toBe(plain);
    expect(await shownColumns(page)).toEqual(['fa', 'ru']);
    await context.close();
  });

  it('takes a reading view clause link to its row, and a reading-view permalink to its clause', async () => {
    const { context, page } = await openPage(session.browser, session.url, desktop);
    await page.goto(`${session.url}${path}ru/#c-9.ii`, { waitUntil: 'networkidle' });
    const segments = await page.locator('[data-clause="9.ii"]').evaluateAll((els) => els.map((el) => el.classList.contains('is-target')));
    expect(segments.length).toBeGreaterThan(0);
    expect(segments.every(Boolean)).toBe(true);
    expect(await page.locator('#c-9\\.ii').evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < innerHeight)).toBe(true);
    await page.locator('a.clause-mark[href="/conclusions/202-kl-tw/#c-4.1.ii"]').click();
    await page.waitForURL(`${session.url}${path}#c-4.1.ii`);
    await page.waitForLoadState('networkidle');
    expect(await rowState(page, '4.1.ii')).toMatchObject({ inView: true, target: true, focused: true });
    await context.close();
  });

  it('copies a row’s address and a citation of the clause in the columns shown', async () => {
    const { context, page } = await openPage(session.browser, session.url, desktop);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
    await page.goto(`${session.url}${path}?langs=ru,ro`, { waitUntil: 'networkidle' });
    await page.locator('[data-clause-row="4.1.ii"] a[data-copy-link]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${session.url}${path}?langs=ru,ro#c-4.1.ii`);
    await page.locator('[data-clause-row="4.1.ii"] button[data-cite]').click();
    await page.getByRole('group', { name: 'Cite as' }).getByRole('button', { name: 'Plain text' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
      `Conclusion 202-KL/TW of 31 October 2025, clause 4.1.ii (Russian translation, Báo Tin tức (baotintuc.vn); Romanian translation, Nhân Dân (nhandan.vn)). ${session.url}${path}?langs=ru,ro#c-4.1.ii`,
    );
    expect(await page.getByRole('status').first().textContent()).toBe('Citation of clause 4.1.ii copied.');
    await page.goto(`${session.url}${path}ru/`, { waitUntil: 'networkidle' });
    await page.locator('button[data-cite="4.1.ii"]').click();
    await page.getByRole('group', { name: 'Cite as' }).getByRole('button', { name: 'Plain text' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
      `Conclusion 202-KL/TW of 31 October 2025, clause 4.1.ii (Russian translation, Báo Tin tức (baotintuc.vn)). ${session.url}${path}ru/#c-4.1.ii`,
    );
    await context.close();
  });

  it('moves between clause rows with j and k (n and p), but not while typing in a field', async () => {
    const { context, page } = await openPage(session.browser, session.url, desktop);
    await page.goto(`${session.url}${path}`, { waitUntil: 'networkidle' });
    const current = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.clauseRow ?? null);
    await page.keyboard.press('j');
    expect(await current()).toBe('preamble');
    await page.keyboard.press('j');
    await page.keyboard.press('n');
    expect(await current()).toBe('1.p2');
    expect(await rowState(page, '1.p2')).toMatchObject({ current: true, inView: true });
    await page.keyboard.press('k');
    expect(await current()).toBe('1');
    expect(await rowState(page, '1.p2')).toMatchObject({ current: false });
    for (let i = 0; i < 12; i++) await page.keyboard.press('j');
    expect(await current()).toBe('4.4');
    expect(await rowState(page, '4.4')).toMatchObject({ inView: true });
    await page.keyboard.press('p');
    expect(await current()).toBe('4.3');
    await page.getByRole('checkbox', { name: 'Persian' }).focus();
    await page.keyboard.press('j');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('fa');
    expect(await page.locator('row-keys [aria-live]').textContent()).toBe('Clause 4.3: Ministry of Science and Technology on shared software, databases and IT infrastructure');
    await context.close();
  });

  it('highlights a clause in every column while one of its cells is hovered or focused', async () => {
    const { context, page } = await openPage(session.browser, session.url, desktop);
    await page.goto(`${session.url}${path}`, { waitUntil: 'networkidle' });
    const highlighted = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.is-counterpart')].map((el) => `${el.dataset.clause}/${el.closest('[lang]')!.getAttribute('lang')}`));
    await page.locator('[data-clause-row="4.2"] [lang="ru"] [data-clause]').hover();
    expect((await highlighted()).sort()).toEqual(['4.2/fa', '4.2/ro', '4.2/ru']);
    const background = await page.locator('[data-clause-row="4.2"] [lang="fa"] [data-clause]').evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page.locator('[data-clause-row="4.3"] [lang="fa"] [data-clause]').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(plain);
    // The inline footnote's marker in Russian points at the footnote, carried at the end in Romanian.
    await page.locator('[data-clause-row="8"] [lang="ru"] a.jump').hover();
    expect((await highlighted()).sort()).toEqual(['8.fn1/fa', '8.fn1/ro', '8.fn1/ru']);
    await page.mouse.move(1270, 5);
    await page.locator('[data-clause-row="6"] a[data-copy-link]').focus();
    expect((await highlighted()).sort()).toEqual(['6/fa', '6/ro', '6/ru']);
    await context.close();
  });

  it('reaches every control by Tab: picker, then each row’s link and cite button', async () => {
    const { context, page } = await openPage(session.browser, session.url, desktop);
    await page.goto(`${session.url}${path}`, { waitUntil: 'networkidle' });
    await page.getByRole('checkbox', { name: 'Persian' }).focus();
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.getAttribute('aria-label') ?? el.textContent!.replace(/\s+/g, ' ').trim();
      }));
    }
    expect(seen).toContain('Move Persian right');
    expect(seen).toContain('Clause preamble');
    expect(seen).toContain('Cite clause preamble');
    await context.close();
  });

  it('remembers the theme chosen, and follows the system setting until then', async () => {
    const { context, page } = await openPage(session.browser, session.url, { ...desktop, colorScheme: 'dark' });
    await page.goto(`${session.url}${path}`, { waitUntil: 'networkidle' });
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe('rgb(22, 23, 26)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(253, 252, 249)');
    await expect.poll(() => page.locator('theme-toggle .label').textContent()).toBe('Light theme');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.locator('theme-toggle .label').textContent()).toBe('Dark theme');
    await page.locator('theme-toggle button').click();
    expect(await background()).toBe('rgb(253, 252, 249)');
    await page.goto(`${session.url}/conclusions/183-kl-tw/`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await background()).toBe('rgb(253, 252, 249)');
    await context.close();
  });
});
