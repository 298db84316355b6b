/**
 * How the search benchmarks measure a built site's search in headless Chromium, through the /search/ page
 * (Pagefind + our planning, merging and rendering): bytes fetched before any query, by the first query and
 * by each later one, and each query's latency once loaded. Shared by scripts/bench-search.ts and
 * scripts/bench-scale.ts.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveSite } from '../tests/support/server.ts';

/**
 * Bytes of a set of responses: as served, and gzip-equivalent for text a host would compress; web
 * fonts apart (`fonts`, not in `raw` or `gz`): the fonts of the scripts a result shows are the site's,
 * shared with every page in that script and cached, not search data.
 */
export interface Bytes {
  fonts: number;
  raw: number;
  gz: number;
}

/** What {@link measureSearch} measured. */
export interface SearchMeasurement {
  /** The /search/ page before any query. */
  pageLoad: Bytes;
  /** The first query. */
  first: Bytes;
  /** Each later query, in order. */
  later: Bytes[];
  /** Each later query's latency, submit → results rendered, ms. */
  times: number[];
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The q-quantile of `xs` (nearest rank). */
export const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/**
 * Records bytes of every response (raw as served, and gzip-equivalent for text that a host would
 * compress). `settle()` waits until no request has been in flight for a moment and every response's
 * body has been counted, so that each query is charged with its own bytes (Playwright's
 * `waitForLoadState('networkidle')` returns at once after the page's first load).
 */
export function meter(page: Page) {
  let raw = 0;
  let gz = 0;
  let fonts = 0;
  let inflight = 0;
  const bodies = new Set<Promise<void>>();
  page.on('request', () => void inflight++);
  const done = () => void inflight--;
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (response) => {
    const counted = response.body().then(
      (body) => {
        if (/\.woff2?$/.test(new URL(response.url()).pathname)) {
          fonts += body.length;
          return;
        }
        raw += body.length;
        const compressed = body[0] === 0x1f && body[1] === 0x8b;
        gz += compressed ? body.length : gzipSync(body).length;
      },
      () => undefined,
    );
    bodies.add(counted);
    void counted.finally(() => bodies.delete(counted));
  });
  return {
    async settle(quietMs = 150): Promise<void> {
      for (let quiet = 0; quiet < quietMs; quiet += 25) {
        if (inflight > 0 || bodies.size > 0) quiet = -25;
        await Promise.all(bodies);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    take: (): Bytes => {
      const out = { raw, gz, fonts };
      raw = 0;
      gz = 0;
      fonts = 0;
      return out;
    },
  };
}

/** Types a query into /search/ and resolves when its results are rendered; returns the elapsed ms. */
export async function timedQuery(page: Page, q: string): Promise<number> {
  return page.evaluate(async (query) => {
    const root = document.querySelector('search-page')!;
    const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
    input.value = query;
    const done = new Promise<void>((resolveDone) => {
      const observer = new MutationObserver(() => {
        if (!root.hasAttribute('aria-busy')) { observer.disconnect(); resolveDone(); }
      });
      observer.observe(root, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    const start = performance.now();
    root.querySelector('form')!.requestSubmit();
    await done;
    return performance.now() - start;
  }, q);
}

/** Serves the site in `root`, opens /search/ in Chromium and runs `queries` in order. */
export async function measureSearch(root: string, queries: string[]): Promise<SearchMeasurement> {
  const site = await serveSite(root);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const bytes = meter(page);
    await page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
    await bytes.settle();
    const pageLoad = bytes.take();
    await timedQuery(page, queries[0]);
    await bytes.settle();
    const first = bytes.take();
    const later: Bytes[] = [];
    const times: number[] = [];
    for (const q of queries.slice(1)) {
      times.push(await timedQuery(page, q));
      await bytes.settle();
      later.push(bytes.take());
    }
    return { pageLoad, first, later, times };
  } finally {
    await browser.close();
    await site.close();
  }
}
