import { describe, expect, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { rowGeometry, shownColumns, textTops } from '../support/comparison-page.ts';
import { useBrowserSession } from '../support/browser-session.ts';

const session = useBrowserSession();

const path = '/conclusions/202-kl-tw/';

describe('comparison layout in Chromium', () => {
  const columnSets = [['', ['fa', 'ro', 'ru']], ['?langs=fa,ru', ['fa', 'ru']], ['?langs=ru,ro', ['ru', 'ro']]] as const;
  for (const [query, langs] of columnSets) {
    for (const [theme, width] of [['light', 1400], ['dark', 1024]] as const) {
      it(`starts the clause text of every row on one line in every column (${query || 'all languages'}, ${theme}, ${width} px)`, async () => {
        const { context, page } = await openPage(session.browser, session.url, { viewport: { width, height: 900 }, colorScheme: theme });
        await page.goto(`${session.url}${path}${query}`, { waitUntil: 'networkidle' });
        expect(await shownColumns(page)).toEqual(langs);
        const rows = await textTops(page);
        expect(rows).toHaveLength(27);
        for (const row of rows) {
          expect(row.cells.map((c) => c.lang), row.id).toEqual(langs);
          for (const cell of row.cells) {
            expect(Math.abs(cell.top - row.cells[0].top), `${row.id} ${cell.lang}`).toBeLessThanOrEqual(1);
            // The publisher material before a clause ends above the clause text, never beside it.
            if (cell.lead !== undefined) expect(cell.lead, `${row.id} ${cell.lang} lead`).toBeLessThanOrEqual(cell.top);
          }
        }
        // Rows 2, 6 and 8 carry Russian and Persian publisher headings: the Romanian text starts level with them anyway.
        for (const id of ['2', '6', '8']) expect(rows.find((r) => r.id === id)!.cells.some((c) => c.lead !== undefined), id).toBe(true);
        // Rows differ in height (translations differ in length), so the alignment is not a coincidence of equal rows.
        const geometry = await rowGeometry(page);
        const heights = new Set(geometry.map((r) => Math.round(Math.max(...r.cells.map((c) => c.bottom)) - r.label)));
        expect(heights.size).toBeGreaterThan(10);
        for (const row of geometry) for (let i = 1; i < row.cells.length; i++) expect(row.cells[i].left).toBeGreaterThan(row.cells[i - 1].right - 1);
        await context.close();
      });
    }
  }

  it('lays Persian cells out right to left beside left-to-right cells', async () => {
    const { context, page } = await openPage(session.browser, session.url, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.url}${path}?langs=fa,ro`, { waitUntil: 'networkidle' });
    const cells = await page.evaluate(() =>
      ['fa', 'ro'].map((lang) => {
        const cell = document.querySelector<HTMLElement>(`[data-clause-row="4.1"] [role="cell"][lang="${lang}"]`)!;
        const text = cell.querySelector('[data-clause]')!;
        const range = document.createRange();
        range.selectNodeContents(text);
        // The first line, as the union of its boxes (bidirectional text makes several).
        const rects = [...range.getClientRects()];
        const first = rects.filter((r) => Math.abs(r.top - rects[0].top) < 1);
        const line = { left: Math.min(...first.map((r) => r.left)), right: Math.max(...first.map((r) => r.right)) };
        const box = cell.getBoundingClientRect();
        const style = getComputedStyle(text);
        return { dir: cell.dir, direction: style.direction, align: style.textAlign, lineLeft: line.left - box.left, lineRight: box.right - line.right, font: style.fontFamily };
      }),
    );
    const [fa, ro] = cells;
    expect([fa.dir, fa.direction]).toEqual(['rtl', 'rtl']);
    expect([ro.dir, ro.direction]).toEqual(['ltr', 'ltr']);
    expect(fa.align).toBe('start');
    // Clause 4.1 is one short line in two wide columns: the Persian one hugs the right side of its cell, the Romanian one the left.
    expect(fa.lineRight).toBeLessThan(2);
    expect(fa.lineLeft).toBeGreaterThan(20);
    expect(ro.lineLeft).toBeLessThan(2);
    expect(ro.lineRight).toBeGreaterThan(20);
    expect(fa.font).toContain('Vazirmatn');
    await context.close();
  });

  for (const slug of ['202-kl-tw', '183-kl-tw']) {
    it(`stacks the translations of each clause at phone width, without sideways scrolling (${slug})`, async () => {
      const { context, page } = await openPage(session.browser, session.url, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await page.goto(`${session.url}/conclusions/${slug}/`, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      for (const row of await rowGeometry(page)) {
        for (const cell of row.cells) {
          expect(cell.left).toBeGreaterThanOrEqual(0);
          expect(cell.right).toBeLessThanOrEqual(390);
        }
        for (let i = 1; i < row.cells.length; i++) {
          expect(row.cells[i].top).toBeGreaterThanOrEqual(row.cells[i - 1].bottom);
          expect(Math.abs(row.cells[i].left - row.cells[0].left)).toBeLessThanOrEqual(1);
        }
      }
      const labels = await page.locator('[data-clause-row="4.1"] .cl').evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.toLowerCase()));
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(['persian', 'romanian', 'russian']).toContain(label);
      await context.close();
    });
  }

  it('renders every row and all three columns with JavaScript disabled', async () => {
    const { context, page } = await openPage(session.browser, session.url, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.url}${path}`, { waitUntil: 'networkidle' });
    expect(await shownColumns(page)).toEqual(['fa', 'ro', 'ru']);
    const rows = await textTops(page);
    expect(rows).toHaveLength(27);
    for (const row of rows) {
      expect(row.cells.map((c) => c.lang)).toEqual(['fa', 'ro', 'ru']);
      for (const cell of row.cells) expect(Math.abs(cell.top - row.cells[0].top), `${row.id} ${cell.lang}`).toBeLessThanOrEqual(1);
    }
    const empty = await page.locator('[role="cell"]').evaluateAll((cells) => cells.filter((c) => !(c as HTMLElement).innerText.trim()).length);
    expect(empty).toBe(0);
    expect(await page.locator('language-picker').isVisible()).toBe(false);
    await context.close();
  });

  it('prints the columns side by side, without the site chrome or buttons', async () => {
    const { context, page } = await openPage(session.browser, session.url, { viewport: { width: 1000, height: 900 } });
    await page.goto(`${session.url}${path}`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', 'language-picker', '.cmp button'])
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    const row = (await rowGeometry(page)).find((r) => r.id === '4.1')!;
    expect(row.cells).toHaveLength(3);
    expect(new Set(row.cells.map((c) => Math.round(c.top))).size).toBe(1);
    await context.close();
  });
});
