/**
 * Shows the columns `langs`, in that order, in a comparison grid: every row's cells (and the header's
 * column headers) are moved in the DOM, so that reading order, Tab order and what is shown agree; other
 * columns are hidden. The grid's `--cols` tells the CSS grid how many columns there are.
 */
export function applyColumns(grid: HTMLElement, langs: readonly string[]): void {
  grid.style.setProperty('--cols', String(langs.length));
  for (const row of grid.querySelectorAll<HTMLElement>('[role="row"]')) {
    const cells = new Map([...row.querySelectorAll<HTMLElement>(':scope > [data-col], :scope > [role="cell"]')].map((cell) => [cell.dataset.col ?? cell.lang, cell]));
    for (const [tag, cell] of cells) cell.hidden = !langs.includes(tag);
    for (const tag of langs) {
      const cell = cells.get(tag);
      if (cell) row.append(cell);
    }
  }
}
