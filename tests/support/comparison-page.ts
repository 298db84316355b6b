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

/** The languages of the visible column headers, in the order shown from the inline start. */
export function shownColumns(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="columnheader"][data-col]')]
      .filter((h) => h.offsetParent !== null)
      .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
      .map((h) => h.dataset.col!),
  );
}
