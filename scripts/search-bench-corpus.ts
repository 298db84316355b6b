/**
 * What the search benchmark and the search profiler share: the generated corpora, the sample queries,
 * and a site folder with the built /search/ page and a search index of chosen records.
 * - `generatedRecords`: 10,000+ clauses in eight languages (ru, ro, fa, nb from the real translations'
 *   words; en, fr, zh, ja from generated words: Latin syllables, and Han/kana characters written without
 *   spaces, so that the index's segmentation does real work), deterministic.
 * - `clonedRecords`: the real corpus cloned N times (200× = 26,200 clause texts), as issue 13 measured.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClauseRecord } from '../src/lib/search/records.ts';
import { writeSearchIndex } from './search-index.ts';

/** Deterministic pseudo-random numbers, so that runs compare. */
export function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Words of a language from the records, for queries and for the generated corpus. */
export function vocabulary(records: readonly ClauseRecord[], lang: string): string[] {
  return records.filter((r) => r.meta.lang === lang).flatMap((r) => r.meta.text.split(/\s+/u)).filter((w) => /\p{L}{3,}/u.test(w));
}

/** The eight languages of the generated corpus. */
export const generatedLangs = ['ru', 'ro', 'fa', 'nb', 'en', 'fr', 'zh', 'ja'];

/** A generated vocabulary of `size` words (Zipf-like use comes from drawing with a skew). */
function syntheticVocabulary(lang: string, size: number): string[] {
  const next = random(lang.charCodeAt(0) * 31 + lang.charCodeAt(1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const han = Array.from({ length: 600 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 37) % 0x5000)));
  const kana = Array.from({ length: 80 }, (_, i) => String.fromCodePoint(0x3041 + i));
  const syllables = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'me', 'ni', 'po', 'ra', 'se', 'ti', 'vo', 'za', 'tion', 'ment', 'er', 'al', 'ing', 'ique'];
  return Array.from({ length: size }, () => {
    if (lang === 'zh') return Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(han)).join('');
    if (lang === 'ja') return Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(han)).join('') + pick(kana);
    return Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(syllables)).join('');
  });
}

/** `count` generated clause records in the eight languages, made of words of the real `records` or generated ones. */
export function generatedRecords(records: readonly ClauseRecord[], count: number): ClauseRecord[] {
  const next = random(42);
  const vocab = Object.fromEntries(generatedLangs.map((l) => [l, ['ru', 'ro', 'fa', 'nb'].includes(l) ? vocabulary(records, l) : syntheticVocabulary(l, 4000)]));
  const out: ClauseRecord[] = [];
  // Translations of a conclusion together, as the corpus lists them: 40 conclusions × 8 languages.
  const perTranslation = Math.ceil(count / (40 * generatedLangs.length));
  for (let c = 0; c < 40; c++)
    for (const lang of generatedLangs)
      for (let k = 0; k < perTranslation && out.length < count; k++) {
        const words = vocab[lang];
        const length = 20 + Math.floor(next() * 60);
        const skewed = () => words[Math.floor(next() ** 2 * words.length)];
        const text = Array.from({ length }, skewed).join(lang === 'zh' || lang === 'ja' ? '' : ' ');
        const slug = `${100 + c}-kl-tw`;
        const clause = `${k}`;
        out.push({
          url: `/conclusions/${slug}/${lang}/#c-${clause}`,
          meta: { number: slug.toUpperCase(), date: '2025-01-01', slug, clause, gloss: 'Generated clause', lang, text, compare: `/conclusions/${slug}/#c-${clause}` },
        });
      }
  return out;
}

/** The real records cloned `times` times (slugs `<slug>-<n>`), as the scale benchmark clones the corpus. */
export function clonedRecords(records: readonly ClauseRecord[], times: number): ClauseRecord[] {
  return Array.from({ length: times }, (_, n) =>
    records.map((r) => {
      const slug = n === 0 ? r.meta.slug : `${r.meta.slug}-${n}`;
      return {
        url: `/conclusions/${slug}/${r.meta.lang}/#c-${r.meta.clause}`,
        meta: { ...r.meta, slug, compare: `/conclusions/${slug}/#c-${r.meta.clause}` },
      };
    }),
  ).flat();
}

/** `n` one-word queries, taking the languages in turn (words as the texts write them). */
export function sampleQueries(records: readonly ClauseRecord[], n: number, langs = ['ru', 'ro', 'fa', 'nb']): string[] {
  const next = random(7);
  const vocab = Object.fromEntries(langs.map((l) => [l, vocabulary(records, l)]));
  return Array.from({ length: n }, (_, i) => {
    const words = vocab[langs[i % langs.length]];
    const word = words[Math.floor(next() * words.length)];
    // Unspaced scripts: a query is a run of two to four characters from the text.
    if (/\p{Script=Han}/u.test(word)) {
      const chars = [...word];
      const at = Math.floor(next() * Math.max(1, chars.length - 4));
      return chars.slice(at, at + 2 + Math.floor(next() * 3)).join('');
    }
    return word;
  });
}

/** A site folder with the built /search/ page and assets of `dist`, and a search index of `records`. */
export async function siteWith(dist: string, records: ClauseRecord[]): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'bench-search-'));
  cpSync(join(dist, 'search'), join(root, 'search'), { recursive: true });
  cpSync(join(dist, '_astro'), join(root, '_astro'), { recursive: true });
  await writeSearchIndex(records, root);
  return root;
}
