// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { siteUrl } from './src/lib/site.ts';
import { sharedContent } from './src/lib/corpus/load-content.ts';
import { hreflangAlternates } from './src/lib/export/sitemap-links.ts';
import { fileURLToPath } from 'node:url';

/** hreflang alternates between the translations of a conclusion, read when the sitemap is written (from the corpus the content guard loaded). */
/** @type {Map<string, import('./src/lib/export/sitemap-links.ts').HreflangLink[]> | undefined} */
let alternates;
const alternatesOf = (/** @type {string} */ url) => {
  alternates ??= hreflangAlternates(sharedContent(fileURLToPath(new URL('.', import.meta.url))).corpus ?? { conclusions: [] });
  return alternates.get(url);
};

export default defineConfig({
  // Separate builds (tests, benchmarks) can run side by side: each gets its own cache via PC_CACHE_DIR.
  cacheDir: process.env.PC_CACHE_DIR ?? './node_modules/.astro',
  site: siteUrl,
  trailingSlash: 'always',
  integrations: [contentGuard(), mdx(), sitemap({ serialize: (item) => ({ ...item, links: alternatesOf(item.url) ?? item.links }) })],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    },
  },
  devToolbar: { enabled: false },
  // Component scripts as cacheable files rather than inlined into every page: pages stay lean
  // (HTML within 2x the text it shows) and a reader moving between pages downloads them once.
  vite: { build: { assetsInlineLimit: 0 } },
});
