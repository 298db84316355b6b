import { describe, expect, it } from 'vitest';
import { axeViolations, openPage } from '../support/browser.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { resultLinks, searchFor, settled } from '../support/search-page.ts';

const session = useBrowserSession();

describe('search in Chromium', () => {
  it('the header box on a reading page: / focuses it, submitting opens /search/ with the query in the URL', async () => {
    const { context, page, foreignRequests } = await openPage(session.browser, session.url);
    await page.goto(`${session.url}/conclusions/202-kl-tw/ro/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('195-KL/TW');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=195-KL%2FTW$/);
    await settled(page);
    expect(await resultLinks(page)).toEqual(expect.arrayContaining(['/conclusions/202-kl-tw/ro/#c-2', '/conclusions/202-kl-tw/ru/#c-2', '/conclusions/202-kl-tw/fa/#c-2']));
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('loads the fonts of every language of the index with the first search, not when a result in that script appears', async () => {
    const { context, page, foreignRequests } = await openPage(session.browser, session.url);
    await page.goto(`${session.url}/search/`);
    const ready = () => page.evaluate(async () => {
      await document.fonts.ready;
      return { cyrillic: document.fonts.check('400 1em "Noto Sans"', 'для'), persian: document.fonts.check('400 1em Vazirmatn', 'نتیجه') };
    });
    expect(await ready()).toEqual({ cyrillic: false, persian: false });
    await searchFor(page, session.url, { q: 'descentraliz', lang: 'ro' });
    expect(await page.locator('.result-excerpt[lang="ro"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.result-excerpt:not([lang="ro"])').count()).toBe(0);
    expect(await ready()).toEqual({ cyrillic: true, persian: true });
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('does not take / while the reader types in another field', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    await page.goto(`${session.url}/search/`);
    await page.locator('#site-search-q').fill('a');
    await page.locator('#site-search-q').press('/');
    expect(await page.locator('#site-search-q').inputValue()).toBe('a/');
    await context.close();
  });

  it('a result names conclusion, date, clause, gloss and language, marks the terms, and links to both views', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    await searchFor(page, session.url, { q: 'цифровых подписей' });
    const result = page.locator('.result').first();
    expect(await result.locator('.result-title').textContent()).toMatch(/^183-KL\/TW · clause 4\.3 — \S/);
    expect(await result.locator('.result-meta').textContent()).toMatch(/\d{4} · Russian$/);
    expect(await result.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['цифровых', 'подписей']));
    const excerpt = result.locator('.result-excerpt');
    expect(await excerpt.getAttribute('lang')).toBe('ru');
    expect(await excerpt.getAttribute('data-clause')).toBe('4.3');
    expect(await result.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/conclusions/183-kl-tw/ru/#c-4.3',
      '/conclusions/183-kl-tw/#c-4.3',
      '/conclusions/183-kl-tw/ru/#c-4.3',
    ]);
    await context.close();
  });

  it('the excerpt is the published text: marks removed, it is a piece of the clause as written', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    await searchFor(page, session.url, { q: 'descentralizare' });
    const excerpt = (await page.locator('.result-excerpt').first().textContent())!.replace(/^… | …$/g, '');
    await page.goto(`${session.url}/conclusions/202-kl-tw/ro/`);
    const article = (await page.locator('[data-translation]').textContent())!.replace(/\s+/g, ' ');
    expect(article).toContain(excerpt.replace(/\s+/g, ' '));
    await context.close();
  });

  it('filters by language and conclusion with counts, and keeps them in the URL across reload and Back', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    await searchFor(page, session.url, { q: '2025' }, { all: true });
    const counts = async () => page.locator('[data-count]').evaluateAll((els) => Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.count, e.textContent])));
    const all = await counts();
    expect(all['lang:fa']).toMatch(/^\(\d+\)$/);
    const total = Number(all['lang:']!.slice(1, -1));
    expect(total).toBe((await resultLinks(page)).length);
    await page.locator('input[name="lang"][value="ru"]').check();
    await page.waitForURL(/lang=ru/);
    await settled(page);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.includes('/ru/'))).toBe(true);
    // Counts per conclusion come when the list is opened (that filter's index grows with the corpus).
    expect(await page.locator('select[name="conclusion"] option[value="183-kl-tw"]').textContent()).toMatch(/^183-KL\/TW · [^(]+$/);
    const status = await page.locator('[data-status]').textContent();
    expect(status).toMatch(/^\d+ clauses? match(es)? “2025”\.$/);
    await page.locator('select[name="conclusion"]').focus();
    await page.waitForFunction(() => /\(\d+\)$/.test(document.querySelector('select[name="conclusion"] option[value="183-kl-tw"]')?.textContent ?? ''));
    // The counts arrive without touching what was found.
    expect(await page.locator('[data-status]').textContent()).toBe(status);
    expect(await page.locator('select[name="conclusion"] option[value="183-kl-tw"]').textContent()).toMatch(/^183-KL\/TW · .+ \(\d+\)$/);
    await page.locator('select[name="conclusion"]').selectOption('183-kl-tw');
    await page.waitForURL(/conclusion=183-kl-tw/);
    await settled(page);
    expect((await resultLinks(page)).every((l) => l.startsWith('/conclusions/183-kl-tw/ru/'))).toBe(true);
    await page.reload();
    await settled(page);
    expect(await page.locator('select[name="conclusion"]').inputValue()).toBe('183-kl-tw');
    expect(await page.locator('#search-q').inputValue()).toBe('2025');
    await page.goBack();
    await settled(page);
    expect(page.url()).not.toContain('conclusion=');
    expect(await page.locator('input[name="lang"][value="ru"]').isChecked()).toBe(true);
    await context.close();
  });

  it('arrow keys move through the results and Enter opens one', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    await searchFor(page, session.url, { q: '195-KL/TW' });
    const links = await resultLinks(page);
    await page.locator('#search-q').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[0]);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === links[0]);
    await context.close();
  });

  it('renders Persian results right to left', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    await searchFor(page, session.url, { q: 'جبهه میهنی', lang: 'fa' });
    const excerpt = page.locator('.result-excerpt').first();
    expect(await excerpt.getAttribute('lang')).toBe('fa');
    expect(await excerpt.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await context.close();
  });

  it('says when nothing is found and suggests what to loosen', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    await searchFor(page, session.url, { q: 'zzzzqqq xxqqz', lang: 'ro' });
    expect(await page.locator('[data-status]').textContent()).toBe('No clause matches “zzzzqqq xxqqz”.');
    const advice = await page.locator('[data-advice]').textContent();
    expect(advice).toContain('Search every language');
    expect(advice).toContain('Use fewer words');
    expect(await page.locator('[data-advice] a').first().getAttribute('href')).toBe('/search/?q=zzzzqqq+xxqqz');
    await context.close();
  });

  for (const [name, q] of [
    ['markup', '<img src=x onerror="window.__injected=1">'],
    ['only punctuation', '!!! ... ??? ——— ///'],
    ['500 characters', 'цифровых подписей '.repeat(28).slice(0, 500)],
  ]) {
    it(`a hostile query (${name}) neither hangs, throws nor injects`, async () => {
      const { context, page } = await openPage(session.browser, session.url);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await searchFor(page, session.url, { q });
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
      expect(await page.locator('search-page img').count()).toBe(0);
      expect(await page.locator('[data-status]').textContent()).toMatch(/“/);
      await context.close();
    });
  }

  for (const [name, q] of [['with results', 'descentralizare'], ['without results', 'zzzzqqq'], ['empty', '']]) {
    it(`/search/ ${name} has no axe violations and requests nothing from other hosts`, async () => {
      const { context, page, foreignRequests } = await openPage(session.browser, session.url);
      await searchFor(page, session.url, { q });
      expect(await axeViolations(page)).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }

  it('a page loads no search index until the search box is used', async () => {
    const { context, page } = await openPage(session.browser, session.url);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${session.url}/conclusions/202-kl-tw/fa/`, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith('/pagefind'))).toEqual([]);
    const loading = page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind.js'), { timeout: 5000 });
    await page.locator('#site-search-q').focus();
    await loading;
    await context.close();
  });
});
