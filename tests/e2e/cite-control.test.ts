import { describe, expect, it } from 'vitest';
import { axeViolations, openPage } from '../support/browser.ts';
import { useBrowserSession } from '../support/browser-session.ts';

const session = useBrowserSession();
const path = '/conclusions/202-kl-tw/';

describe('the Cite control in Chromium', () => {
  it('opens from the keyboard, offers four formats, copies the chosen one and returns focus', async () => {
    const { context, page } = await openPage(session.browser, session.url, { viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
    await page.goto(`${session.url}${path}?langs=ru`, { waitUntil: 'networkidle' });
    const cite = page.locator('[data-clause-row="4.1.ii"] button[data-cite]');
    await cite.focus();
    await page.keyboard.press('Enter');
    expect(await cite.getAttribute('aria-expanded')).toBe('true');
    const menu = page.getByRole('group', { name: 'Cite as' });
    expect(await menu.getByRole('button').allTextContents()).toEqual(['Plain text', 'BibTeX', 'RIS', 'CSL-JSON']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Plain text');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('RIS');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^TY {2}- GOVDOC\r\nTI {2}- Conclusion 202-KL\/TW, clause 4\.1\.ii: /);
    const ris = await page.evaluate(() => navigator.clipboard.readText());
    expect(ris).toContain('\r\nLA  - ru\r\n');
    expect(ris).toContain(`\r\nUR  - ${session.url}${path}?langs=ru#c-4.1.ii\r\n`);
    expect(await page.getByRole('status').first().textContent()).toBe('RIS citation of clause 4.1.ii copied.');
    expect(await menu.isHidden()).toBe(true);
    expect(await cite.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cite)).toBe('4.1.ii');

    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('"type": "legislation"');
    const [item] = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as Array<Record<string, unknown>>;
    expect(item).toMatchObject({ number: '202-KL/TW', language: 'ru', URL: `${session.url}${path}?langs=ru#c-4.1.ii`, author: [{ literal: 'Politburo' }, { literal: 'Secretariat' }] });

    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await menu.isHidden()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cite)).toBe('4.1.ii');
    await context.close();
  });

  it('copies BibTeX from a reading view, naming that translation', async () => {
    const { context, page } = await openPage(session.browser, session.url, { viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
    await page.goto(`${session.url}${path}fa/`, { waitUntil: 'networkidle' });
    await page.locator('button[data-cite="2"]').click();
    await page.getByRole('group', { name: 'Cite as' }).getByRole('button', { name: 'BibTeX' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{pc-202-kl-tw-2,\n/);
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex).toContain('  language = {fa},\n');
    expect(bibtex).toContain('  note = {Persian translation, Báo Tin tức (baotintuc.vn)},\n');
    await context.close();
  });
});
