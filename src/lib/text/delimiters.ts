import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Quotation marks and brackets, per language, for the check of marks left unpaired. Quotation marks come
 * from CLDR's delimiters (the `cldr-misc-full` data package: `Intl` has no API for them), brackets from
 * Unicode: every opening punctuation (Ps) whose next code point closes (Pe): `( )`, `[ ]`, `（ ）`, `「 」`, `【 】`.
 */

/** CLDR's delimiters of one locale. */
export interface Delimiters {
  quotationStart: string;
  quotationEnd: string;
  alternateQuotationStart: string;
  alternateQuotationEnd: string;
}

const cldrMain = join(dirname(createRequire(import.meta.url).resolve('cldr-misc-full/package.json')), 'main');
const delimiterCache = new Map<string, Delimiters>();

function readDelimiters(locale: string): Delimiters | undefined {
  try {
    const json = JSON.parse(readFileSync(join(cldrMain, locale, 'delimiters.json'), 'utf8'));
    return json.main[locale].delimiters as Delimiters;
  } catch {
    return undefined;
  }
}

/** CLDR's quotation marks for a tag: the tag's own locale, else its language and script, its language, or the root's. */
export function delimitersOf(tag: string): Delimiters {
  let found = delimiterCache.get(tag);
  if (!found) {
    const locale = new Intl.Locale(tag);
    const candidates = [tag, `${locale.language}-${locale.maximize().script}`, locale.language, 'und'];
    for (const candidate of candidates) if ((found = readDelimiters(candidate))) break;
    found ??= { quotationStart: '"', quotationEnd: '"', alternateQuotationStart: "'", alternateQuotationEnd: "'" };
    delimiterCache.set(tag, found);
  }
  return found;
}

/** The marks that open and close in a language: each opener and the closers that end it. */
export interface Pairs {
  /** Opener → closers. A quotation pair that is not a bracket pairs either way round (`“…”` and `”…“` in Arabic texts). */
  closers: ReadonlyMap<string, readonly string[]>;
  /** Every mark, for one regex. */
  marks: RegExp;
  /** Quotation marks: skipped inside a word, where they are apostrophes or gershayim (`don’t`, `צה”ל`). */
  quotes: ReadonlySet<string>;
}

let unicodeBrackets: Array<[string, string]> | undefined;

/** Unicode's bracket pairs, from the general categories (computed once, over the Basic Multilingual Plane). */
function brackets(): Array<[string, string]> {
  if (!unicodeBrackets) {
    const codes: number[] = [];
    for (let cp = 0x20; cp < 0xd800; cp++) codes.push(cp);
    for (let cp = 0xe000; cp < 0x10000; cp++) codes.push(cp);
    let plane = '';
    for (let i = 0; i < codes.length; i += 4096) plane += String.fromCharCode(...codes.slice(i, i + 4096));
    unicodeBrackets = [...plane.matchAll(/\p{Ps}(?=\p{Pe})/gu)]
      .filter((m) => plane.charCodeAt(m.index + 1) === plane.charCodeAt(m.index) + 1)
      .map((m) => [m[0], plane[m.index + 1]]);
  }
  return unicodeBrackets;
}

const pairCache = new Map<string, Pairs>();

/** The pairs of `lang`: Unicode's brackets, CLDR's quotation marks for the language, and the typewriter `"`. */
export function pairsOf(lang: string): Pairs {
  let found = pairCache.get(lang);
  if (!found) {
    const d = delimitersOf(lang);
    const closers = new Map<string, string[]>();
    const add = (open: string, close: string) => closers.set(open, [...new Set([...(closers.get(open) ?? []), close])]);
    for (const [open, close] of brackets()) add(open, close);
    const quotes = new Set<string>(['"']);
    add('"', '"');
    for (const [open, close] of [[d.quotationStart, d.quotationEnd], [d.alternateQuotationStart, d.alternateQuotationEnd]]) {
      add(open, close);
      if (!/\p{Ps}/u.test(open)) add(close, open);
      quotes.add(open).add(close);
    }
    const all = [...new Set([...closers.keys(), ...[...closers.values()].flat()])];
    const marks = new RegExp(`[${all.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');
    found = { closers, marks, quotes };
    pairCache.set(lang, found);
  }
  return found;
}
