/**
 * Example queries with the clause each must find, run end to end in Chromium against the built site
 * (tests/e2e/search-queries.test.ts) and folded in unit tests. Each names what it covers: every
 * normalization of the search issue, in every language of the corpus.
 */
export interface ExampleQuery {
  /** What the reader types. */
  q: string;
  /** Optional language filter. */
  lang?: string;
  /** The clause that must be among the results: the reading-view URL of its anchor. */
  finds: string;
  covers: string;
}

const at = (slug: string, lang: string, clause: string) => `/conclusions/${slug}/${lang}/#c-${clause}`;

export const exampleQueries: ExampleQuery[] = [
  // Document codes: whole, by number, any case, with or without Đ, in any digits.
  { q: '195-KL/TW', finds: at('202-kl-tw', 'ru', '2'), covers: 'code whole (ru)' },
  { q: '195-KL/TW', finds: at('202-kl-tw', 'fa', '2'), covers: 'code whole matches Persian digits (fa)' },
  { q: '195-kl/tw', finds: at('202-kl-tw', 'ro', '2'), covers: 'code lowercase (ro)' },
  { q: '195', finds: at('202-kl-tw', 'ro', '2'), covers: 'code by its number (ro)' },
  { q: '۱۹۵-KL/TW', finds: at('202-kl-tw', 'ru', '2'), covers: 'Persian digits in the query (ru)' },
  { q: '56-KH/BCĐ', finds: at('179-kl-tw', 'nb', 'p6'), covers: 'code with Đ (nb)' },
  { q: '56-kh/bcd', finds: at('183-kl-tw', 'ru', '4.1'), covers: 'code without Đ, lowercase (ru)' },
  { q: '56-kh/bcd', finds: at('179-kl-tw', 'nb', 'p21'), covers: 'code without Đ, lowercase (nb)' },
  { q: '56', lang: 'nb', finds: at('179-kl-tw', 'nb', 'p6'), covers: 'code by its number (nb)' },
  // Persian.
  { q: '523', lang: 'fa', finds: at('202-kl-tw', 'fa', 'preamble'), covers: 'ASCII digits find Persian digits (fa)' },
  { q: '15 دسامبر ٢٠٢٥', finds: at('202-kl-tw', 'fa', '3'), covers: 'Arabic-Indic digits, a date (fa)' },
  { q: '۱۵ دسامبر ۲۰۲۵', finds: at('202-kl-tw', 'fa', '4.4'), covers: 'Persian digits find ASCII digits, a date (fa)' },
  { q: 'جبهه ميهني', finds: at('202-kl-tw', 'fa', '5'), covers: 'Arabic yeh ي matches Persian ی (fa)' },
  { q: 'كميته', lang: 'fa', finds: at('202-kl-tw', 'fa', '5'), covers: 'Arabic kaf ك matches Persian ک (fa)' },
  { q: 'نتیجه‌گیری', finds: at('202-kl-tw', 'fa', '2'), covers: 'ZWNJ in the query matches the word without it (fa)' },
  // Romanian.
  { q: 'descentralizare', finds: at('202-kl-tw', 'ro', '4.1.i'), covers: 'stemming: descentralizare finds descentralizării (ro)' },
  { q: 'descentralizarii', finds: at('202-kl-tw', 'ro', '3'), covers: 'without diacritics (ro)' },
  { q: 'asigurând', finds: at('202-kl-tw', 'ro', '4.1.i'), covers: 'a word with â by its own spelling (ro)' },
  { q: 'asigurand', finds: at('202-kl-tw', 'ro', '4.1.i'), covers: 'â written as a (ro)' },
  { q: 'autorităţile', finds: at('202-kl-tw', 'ro', '9.p2'), covers: 'cedilla ţ matches comma-below ț (ro)' },
  { q: 'Comitetele şi autoritățile', finds: at('202-kl-tw', 'ro', '9.p2'), covers: 'cedilla ş and comma-below ț in one query (ro)' },
  { q: '15 decembrie 2025', finds: at('202-kl-tw', 'ro', '3'), covers: 'a date (ro)' },
  // Russian.
  { q: 'цифровых подписей', finds: at('183-kl-tw', 'ru', '4.3'), covers: 'a term as written (ru)' },
  { q: 'цифровой подписи', finds: at('183-kl-tw', 'ru', '4.3'), covers: 'й-ending form finds the other forms (ru)' },
  { q: 'серьезно', finds: at('183-kl-tw', 'ru', '2.p2'), covers: 'е finds ё (ru)' },
  { q: 'отчёт', finds: at('183-kl-tw', 'ru', '2.p2'), covers: 'ё in the query, stemming отчёт → отчёте (ru)' },
  { q: '15 декабря 2025', finds: at('202-kl-tw', 'ru', '3'), covers: 'a date (ru)' },
  // Norwegian.
  { q: 'kommunenivå', finds: at('179-kl-tw', 'nb', 'p1'), covers: 'a word with å by its own spelling (nb)' },
  { q: 'kommuneniva', finds: at('179-kl-tw', 'nb', 'p8'), covers: 'å written as a (nb)' },
  { q: 'kommunale', finds: at('179-kl-tw', 'nb', 'p9'), covers: 'stemming: kommunale finds kommunalt (nb)' },
];

/** The language fixture (tests/fixtures/languages/content: 901-KL/TW in six languages), built and searched by tests/e2e/search-languages.test.ts. */
export const fixtureDir = 'tests/fixtures/languages';

/** Example queries over the language fixture: Snowball stemming, segmentation of unspaced scripts, digits of every script. */
export const fixtureQueries: ExampleQuery[] = [
  // English (Snowball English).
  { q: 'province', finds: at('901-kl-tw', 'en', '1'), covers: 'stemming: province finds provinces (en)' },
  { q: 'Reorganisations', finds: at('901-kl-tw', 'en', '1'), covers: 'stemming, any case (en)' },
  { q: '195-kl/tw', lang: 'en', finds: at('901-kl-tw', 'en', '1'), covers: 'a document code (en)' },
  // Chinese: words cut by Intl.Segmenter at index and query time.
  { q: '重组', finds: at('901-kl-tw', 'zh', '1'), covers: 'a two-character word inside unspaced text (zh)' },
  { q: '政府党委', finds: at('901-kl-tw', 'zh', '2'), covers: 'a four-character query (zh)' },
  { q: '土地', lang: 'zh', finds: at('901-kl-tw', 'zh', '2.1'), covers: 'a word beside digits (zh)' },
  { q: '2025年10月15日', finds: at('901-kl-tw', 'zh', '2.2'), covers: 'a date written without spaces (zh)' },
  { q: '195-KL/TW', lang: 'zh', finds: at('901-kl-tw', 'zh', '1'), covers: 'a document code inside Chinese text (zh)' },
  // Japanese.
  { q: '再編', finds: at('901-kl-tw', 'ja', '1'), covers: 'a two-character word (ja)' },
  { q: '政府党委員会', finds: at('901-kl-tw', 'ja', '2'), covers: 'a compound cut into words (ja)' },
  { q: '120', lang: 'ja', finds: at('901-kl-tw', 'ja', '2.1'), covers: 'ASCII digits find full-width digits (ja)' },
  // Arabic (Snowball Arabic; Arabic-Indic digits).
  { q: 'الاستنتاج', finds: at('901-kl-tw', 'ar', '3'), covers: 'a word as written (ar)' },
  { q: 'استنتاج', finds: at('901-kl-tw', 'ar', '1'), covers: 'stemming: without the article (ar)' },
  { q: '195-KL/TW', lang: 'ar', finds: at('901-kl-tw', 'ar', '1'), covers: 'ASCII digits find Arabic-Indic digits in a code (ar)' },
  // Hebrew and Korean (no Snowball stemmer: words kept whole, found by their beginning).
  { q: 'מסקנה', finds: at('901-kl-tw', 'he', '3'), covers: 'a word (he)' },
  { q: '결론', finds: at('901-kl-tw', 'ko', '3'), covers: 'a word with its particle attached (ko)' },
  { q: '2025년', lang: 'ko', finds: at('901-kl-tw', 'ko', '3'), covers: 'a number with its counter (ko)' },
];
