import type { ConclusionEntry } from '../corpus/model.ts';

/** The stable site paths of the downloads. They are permanent: CAT tools and scripts fetch them. */
export const exportPath = {
  /** Every language of a conclusion in one TMX: `/exports/202-kl-tw.tmx`. */
  tmx: (slug: string) => `/exports/${slug}.tmx`,
  /** One ordered language pair: `/exports/202-kl-tw.ro-ru.tmx` (source ro, target ru). */
  pairTmx: (slug: string, source: string, target: string) => `/exports/${slug}.${source}-${target}.tmx`,
  json: (slug: string) => `/exports/${slug}.json`,
  csv: (slug: string) => `/exports/${slug}.csv`,
  corpusJson: '/exports/corpus.json',
  conclusionSchema: '/exports/schema/conclusion.json',
  corpusSchema: '/exports/schema/corpus.json',
} as const;

/** Every ordered pair of a conclusion's languages, in language order: `[['fa','ro'], ['fa','ru'], ['ro','fa'], …]`. */
export function languagePairs(conclusion: ConclusionEntry): Array<[string, string]> {
  const langs = conclusion.translations.map((t) => t.lang);
  return langs.flatMap((a) => langs.filter((b) => b !== a).map((b): [string, string] => [a, b]));
}
