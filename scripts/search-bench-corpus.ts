/**
 * What the search benchmark and the search profiler share: the generated corpus of 10,000+ clauses in
 * ru, ro, fa, nb (words drawn from the real translations, deterministic), the sample queries, and a site
 * folder with the built /search/ page and a search bundle of chosen records.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClauseRecord } from '../src/lib/search/records.ts';
import { indexText } from '../src/lib/search/tokens.ts';
import { writeSearchIndex } from './search-index.ts';

/** Deterministic pseudo-random numbers, so that runs compare. */
export function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Words of a language from the records, for queries and for the generated corpus. */
export function vocabulary(records: readonly ClauseRecord[], lang: string): string[] {
  return records.filter((r) => r.meta.lang === lang).flatMap((r) => r.meta.text.split(/\s+/u)).filter((w) => /\p{L}{3,}/u.test(w));
}

/** `count` generated clause records in ru, ro, fa, nb, made of words of the real `records`. */
export function generatedRecords(records: readonly ClauseRecord[], count: number): ClauseRecord[] {
  const next = random(42);
  const langs = ['ru', 'ro', 'fa', 'nb'];
  const vocab = Object.fromEntries(langs.map((l) => [l, vocabulary(records, l)]));
  return Array.from({ length: count }, (_, i) => {
    const lang = langs[i % langs.length];
    const words = vocab[lang];
    const length = 20 + Math.floor(next() * 60);
    const text = Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(' ');
    const slug = `${100 + (i % 40)}-kl-tw`;
    const clause = `${Math.floor(i / 40)}`;
    return {
      url: `/conclusions/${slug}/${lang}/#c-${clause}`,
      content: indexText(text, lang),
      language: 'und',
      meta: { title: `${slug} ${clause}`, number: slug.toUpperCase(), date: '2025-01-01', slug, clause, gloss: 'Generated clause', lang, text, compare: `/conclusions/${slug}/#c-${clause}` },
      filters: { lang: [lang], conclusion: [slug] },
    };
  });
}

/** `n` one-word queries, taking the four languages in turn. */
export function sampleQueries(records: readonly ClauseRecord[], n: number): string[] {
  const next = random(7);
  const langs = ['ru', 'ro', 'fa', 'nb'];
  return Array.from({ length: n }, (_, i) => {
    const words = vocabulary(records, langs[i % 4]);
    return words[Math.floor(next() * words.length)];
  });
}

/** A site folder with the built /search/ page and assets of `dist`, and a search bundle of `bundleRecords`. */
export async function siteWith(dist: string, bundleRecords: ClauseRecord[]): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'bench-search-'));
  cpSync(join(dist, 'search'), join(root, 'search'), { recursive: true });
  cpSync(join(dist, '_astro'), join(root, '_astro'), { recursive: true });
  await writeSearchIndex(bundleRecords, join(root, 'pagefind'));
  return root;
}
