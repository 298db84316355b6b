import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveSite } from './server.ts';

/** The built site served on 127.0.0.1 and one headless Chromium, for the tests of one file. */
export interface BrowserSession {
  readonly browser: Browser;
  /** Origin of the served site, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
}

/** Starts the server and Chromium before the file's tests and stops both after them. */
export function useBrowserSession(): BrowserSession {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
    site = await serveSite();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser session has not started (use it inside a test)');
      return browser;
    },
    get url() {
      if (!site) throw new Error('the browser session has not started (use it inside a test)');
      return site.url;
    },
  };
}
