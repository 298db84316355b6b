import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { conclusionSchema } from './lib/schemas/conclusion.ts';
import { translationFrontmatterSchema } from './lib/schemas/translation.ts';

/** One YAML file per conclusion: metadata and the clause skeleton. */
const conclusions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/conclusions' }),
  schema: conclusionSchema,
});

/** One MDX file per translation: `content/translations/<slug>/<lang>.mdx`. */
const translations = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/translations' }),
  schema: translationFrontmatterSchema,
});

export const collections = { conclusions, translations };
