/**
 * The languages the corpus can hold. Every fact here comes from CLDR through `Intl` (names, script,
 * writing direction); every `lang`/`dir` in the site comes from here, never from a guess. A new language
 * needs no entry: any BCP 47 tag that CLDR knows works. The only table is `preferredTags`, for what CLDR
 * cannot know: which of two valid tags this corpus publishes a language under.
 */

/** What the site needs to know about one language. */
export interface LanguageInfo {
  /** BCP 47 tag, canonical case (`nb`, `fa`, `pt-BR`). */
  tag: string;
  /** English name, for labels (`Intl.DisplayNames('en')`). */
  name: string;
  /** Name in the language itself, for pickers (`Intl.DisplayNames(tag)`). */
  nativeName: string;
  /** Writing direction of the script (CLDR's text info of the locale). */
  dir: 'ltr' | 'rtl';
  /** ISO 15924 script code, from the tag or CLDR's likely subtags (`zh` → `Hans`, `ja` → `Jpan`). */
  script: string;
}

/**
 * Tags that people write for a language we publish under another tag: what CLDR cannot know. Norwegian
 * (`no`) is valid, but the translations are Bokmål, and one tag per language keeps one search index per
 * language; three-letter codes have two-letter ones.
 */
const preferredTags: Record<string, string> = { no: 'nb', nob: 'nb', per: 'fa', fas: 'fa', rus: 'ru', ron: 'ro', rum: 'ro' };

const englishNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });
const cache = new Map<string, LanguageInfo | null>();

/**
 * Right-to-left ranges of Unicode's default bidirectional classes (R and AL: Hebrew, Arabic, Syriac,
 * Thaana, N'Ko, Samaritan, Mandaic, and the historic scripts above U+10800). Only used where the
 * runtime's `Intl.Locale` has no text info, on the first letter of the language's own name.
 */
const defaultRtl = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

type WithTextInfo = Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };

function directionOf(locale: Intl.Locale, nativeName: string): 'ltr' | 'rtl' {
  const l = locale as WithTextInfo;
  const direction = l.getTextInfo?.().direction ?? l.textInfo?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  const firstLetter = /\p{L}/u.exec(nativeName)?.[0] ?? '';
  return defaultRtl.test(firstLetter) ? 'rtl' : 'ltr';
}

/** CLDR's facts for a canonical tag, or null when CLDR does not know its language (`xx`, `qaa`). */
function describe(tag: string): LanguageInfo | null {
  const locale = new Intl.Locale(tag);
  const script = locale.maximize().script;
  const name = englishNames.of(tag) ?? englishNames.of(locale.language);
  if (!script || !name || !Intl.DateTimeFormat.supportedLocalesOf(locale.language).length) return null;
  const nativeName = new Intl.DisplayNames(tag, { type: 'language', fallback: 'none' }).of(tag) ?? name;
  return { tag, name, nativeName, dir: directionOf(locale, nativeName), script };
}

/** CLDR's facts for a canonical tag, computed once; null when CLDR does not know it. */
function known(tag: string): LanguageInfo | null {
  let info = cache.get(tag);
  if (info === undefined) {
    info = describe(tag);
    cache.set(tag, info);
  }
  return info;
}

export type LanguageLookup =
  | { ok: true; language: LanguageInfo }
  | { ok: false; reason: 'malformed' | 'unknown'; suggestion?: string };

/**
 * Looks a tag up: malformed (not BCP 47, or not in canonical case), unknown (well-formed, but CLDR does not
 * know the language, or the corpus publishes it under another tag: `no` → `nb`), or found.
 */
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
  const base = tag.split('-')[0];
  const preferred = preferredTags[base];
  if (preferred) return { ok: false, reason: 'unknown', suggestion: tag.replace(base, preferred) };
  const language = known(tag);
  if (language) return { ok: true, language };
  return { ok: false, reason: 'unknown', suggestion: base !== tag && known(base) ? base : undefined };
}

/** The language of a tag that validation has accepted. Throws for a tag that was never validated. */
export function languageOf(tag: string): LanguageInfo {
  const found = lookupLanguage(tag);
  if (!found.ok) throw new Error(`Language "${tag}" is not one CLDR knows under this tag (validation should have refused it).`);
  return found.language;
}

/** The language part of a tag (`pt-BR` → `pt`), the key of per-language data. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}
