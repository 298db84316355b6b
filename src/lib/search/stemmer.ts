/**
 * Stemming for search: the Snowball stemmers (Snowball 3, 34 languages including Persian, Russian,
 * Romanian, Norwegian, English, French, Spanish, German, Arabic) from `multilingual-stemmer`, compiled
 * to WebAssembly. The indexer stems every word with it; the browser loads it only for a query word that
 * the index does not already know as a word form (see src/lib/search/lookup.ts), so most queries never
 * download it.
 */
import { createStemmer } from 'multilingual-stemmer';
import type { Stemmer } from './tokens.ts';

/**
 * Our tags for which Snowball's code differs: Norwegian Bokmål and Nynorsk (`nb`, `nn`) use Snowball's
 * Norwegian (`no`). CLDR cannot know which algorithm a stemming library names by the macrolanguage.
 */
const snowballCode: Record<string, string> = { nb: 'no', nn: 'no' };

const cache = new Map<string, Stemmer | undefined>();

/** The Snowball stemmer of a language tag, or undefined when Snowball has none (Chinese, Japanese, Thai …). */
export function snowballStemmer(lang: string): Stemmer | undefined {
  const base = lang.toLowerCase().split('-')[0];
  const code = snowballCode[base] ?? base;
  if (!cache.has(code)) {
    let stemmer: Stemmer | undefined;
    try {
      stemmer = createStemmer(code as Parameters<typeof createStemmer>[0]);
    } catch {
      stemmer = undefined;
    }
    cache.set(code, stemmer);
  }
  return cache.get(code);
}
