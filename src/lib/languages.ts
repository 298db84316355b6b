/**
 * The languages the corpus can hold, as data: every `lang`/`dir` in the site comes from here, never
 * from a guess. To publish a translation in a new language, add its BCP 47 tag here.
 */

/** What the site needs to know about one language. */
export interface LanguageInfo {
  /** BCP 47 tag, canonical case (`nb`, `fa`, `pt-BR`). */
  tag: string;
  /** English name, for labels. */
  name: string;
  /** Name in the language itself, for pickers. */
  nativeName: string;
  /** Writing direction of the script. */
  dir: 'ltr' | 'rtl';
  /** ISO 15924 script code. */
  script: string;
}

const table: LanguageInfo[] = [
  { tag: 'vi', name: 'Vietnamese', nativeName: 'Tiếng Việt', dir: 'ltr', script: 'Latn' },
  { tag: 'en', name: 'English', nativeName: 'English', dir: 'ltr', script: 'Latn' },
  { tag: 'ru', name: 'Russian', nativeName: 'Русский', dir: 'ltr', script: 'Cyrl' },
  { tag: 'ro', name: 'Romanian', nativeName: 'Română', dir: 'ltr', script: 'Latn' },
  { tag: 'fa', name: 'Persian', nativeName: 'فارسی', dir: 'rtl', script: 'Arab' },
  { tag: 'nb', name: 'Norwegian Bokmål', nativeName: 'Norsk bokmål', dir: 'ltr', script: 'Latn' },
  { tag: 'ar', name: 'Arabic', nativeName: 'العربية', dir: 'rtl', script: 'Arab' },
  { tag: 'zh', name: 'Chinese', nativeName: '中文', dir: 'ltr', script: 'Hans' },
  { tag: 'fr', name: 'French', nativeName: 'Français', dir: 'ltr', script: 'Latn' },
  { tag: 'de', name: 'German', nativeName: 'Deutsch', dir: 'ltr', script: 'Latn' },
  { tag: 'es', name: 'Spanish', nativeName: 'Español', dir: 'ltr', script: 'Latn' },
  { tag: 'ja', name: 'Japanese', nativeName: '日本語', dir: 'ltr', script: 'Jpan' },
  { tag: 'ko', name: 'Korean', nativeName: '한국어', dir: 'ltr', script: 'Kore' },
  { tag: 'lo', name: 'Lao', nativeName: 'ລາວ', dir: 'ltr', script: 'Laoo' },
  { tag: 'km', name: 'Khmer', nativeName: 'ខ្មែរ', dir: 'ltr', script: 'Khmr' },
];

/** Every supported language, keyed by tag. */
export const languages: ReadonlyMap<string, LanguageInfo> = new Map(table.map((l) => [l.tag, l]));

/** Tags that people write for a language we hold under another tag. */
const preferredTags: Record<string, string> = { no: 'nb', nob: 'nb', per: 'fa', fas: 'fa', rus: 'ru', ron: 'ro', rum: 'ro' };

export type LanguageLookup =
  | { ok: true; language: LanguageInfo }
  | { ok: false; reason: 'malformed' | 'unknown'; suggestion?: string };

/** Looks a tag up: malformed (not BCP 47), unknown (well-formed, but not in the table), or found. */
export function lookupLanguage(tag: string): LanguageLookup {
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    const guess = tag.replace(/_/g, '-');
    let suggestion: string | undefined;
    try {
      [suggestion] = Intl.getCanonicalLocales(guess);
    } catch {
      suggestion = undefined;
    }
    return { ok: false, reason: 'malformed', suggestion };
  }
  if (canonical !== tag) return { ok: false, reason: 'malformed', suggestion: canonical };
  const language = languages.get(tag);
  if (language) return { ok: true, language };
  const base = tag.split('-')[0];
  const suggestion = preferredTags[base] ?? (languages.has(base) ? base : undefined);
  return { ok: false, reason: 'unknown', suggestion };
}

/** The language of a tag that validation has accepted. Throws for a tag that was never validated. */
export function languageOf(tag: string): LanguageInfo {
  const language = languages.get(tag);
  if (!language) throw new Error(`Language "${tag}" is not in src/lib/languages.ts.`);
  return language;
}
