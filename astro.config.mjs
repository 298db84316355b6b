// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';

export default defineConfig({
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
