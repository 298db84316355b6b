import type { Page } from 'playwright-core';

/** Top, left, right and bottom of every visible cell (and row label) of each comparison row, by clause id. */
export function rowGeometry(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-clause-row]')].map((row) => ({
      id: row.dataset.clauseRow!,
      label: row.querySelector('[role="rowheader"]')!.getBoundingClientRect().top,
      cells: [...row.querySelectorAll<HTMLElement>('[role="cell"]')]
        .filter((cell) => cell.offsetParent !== null)
        .map((cell) => {
          const r = cell.getBoundingClientRect();
          return { lang: cell.lang, top: r.top, left: r.left, right: r.right, bottom: r.bottom };
        }),
    })),
  );
}

/**
 * Where the clause text of each visible cell of each row starts: the top of the first line of its first
 * block (`[data-clause]`, or the gap note of an omitted clause), and the top of the publisher material
 * before it, if any, by clause id.
 */
export function textTops(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-clause-row]')]
      .filter((row) => !row.hidden)
      .map((row) => ({
        id: row.dataset.clauseRow!,
        cells: [...row.querySelectorAll<HTMLElement>('[role="cell"]')]
          .filter((cell) => cell.offsetParent !== null)
          .map((cell) => {
            const text = cell.querySelector<HTMLElement>('[data-clause], .gap')!;
            const range = document.createRange();
            range.selectNodeContents(text);
            const lead = cell.querySelector('.lead, [data-editorial]');
            return {
              lang: cell.lang,
              top: text.getBoundingClientRect().top,
              glyphs: range.getClientRects()[0]?.top ?? NaN,
              lead: lead ? lead.getBoundingClientRect().bottom : undefined,
            };
          }),
      })),
  );
}

/** The languages of the visible column headers, in the order shown from the inline start. */
export function shownColumns(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="columnheader"][data-col]')]
      .filter((h) => h.offsetParent !== null)
      .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
      .map((h) => h.dataset.col!),
  );
}
