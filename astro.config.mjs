// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { siteUrl } from './src/lib/site.ts';

export default defineConfig({
  // Separate builds (tests, benchmarks) can run side by side: each gets its own cache via PC_CACHE_DIR.
  cacheDir: process.env.PC_CACHE_DIR ?? './node_modules/.astro',
  site: siteUrl,
  trailingSlash: 'always',
  integrations: [contentGuard(), mdx()],
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
