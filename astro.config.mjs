// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';

export default defineConfig({
  // Separate builds (tests, benchmarks) can run side by side: each gets its own cache via PC_CACHE_DIR.
  cacheDir: process.env.PC_CACHE_DIR ?? './node_modules/.astro',
  site: 'https://parallel-conclusions.example',
  trailingSlash: 'always',
  integrations: [contentGuard(), mdx()],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    },
  },
  devToolbar: { enabled: false },
});
