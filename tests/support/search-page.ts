import type { Page } from 'playwright-core';

/** Opens /search/ with a state in the URL and waits until the search has answered (all pages when `all`). */
export async function searchFor(page: Page, origin: string, state: { q: string; lang?: string; conclusion?: string }, options: { all?: boolean } = {}): Promise<void> {
  const params = new URLSearchParams({ q: state.q, ...(state.lang ? { lang: state.lang } : {}), ...(state.conclusion ? { conclusion: state.conclusion } : {}) });
  await page.goto(`${origin}/search/?${params}`);
  await settled(page);
  while (options.all && (await page.locator('[data-more]').isVisible())) {
    const before = await page.locator('.result').count();
    await page.locator('[data-more]').click();
    await page.waitForFunction((n) => document.querySelectorAll('.result').length > n, before);
  }
}

/** Waits until the search page is done searching (status written, not busy). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.querySelector('search-page');
    const status = root?.querySelector('[data-status]')?.textContent ?? '';
    return root && !root.hasAttribute('aria-busy') && (status.includes('“') || status.startsWith('Type') || status.startsWith('Search failed'));
  });
}

/** The result links, in order. */
export function resultLinks(page: Page): Promise<string[]> {
  return page.locator('[data-result-link]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}
