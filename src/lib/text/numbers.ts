import { digitValue } from './normalize.ts';

/**
 * Numbers as a language writes them: digits of any Unicode decimal script, grouped and with a decimal
 * separator as CLDR says the language does (`1,250.5` in English and Chinese, `1 250,5` in Russian,
 * `1.250,5` in Romanian, `۱٬۲۵۰٫۵` in Persian, `١٬٢٥٠٫٥` in Arabic). Separators come from
 * `Intl.NumberFormat`, for the language's default numbering system and for the one of the digits written.
 */

/** A number read from a text. */
export interface NumberMatch {
  /** The value (`1250.5`). */
  value: number;
  /** UTF-16 offset and length of the number as written. */
  index: number;
  length: number;
}

interface Separators {
  group: Set<string>;
  decimal: Set<string>;
}

const spaces = ['\u0020', '\u00a0', '\u202f'];
const separatorCache = new Map<string, Separators>();
const numberingOfZero = new Map<string, string | undefined>();

function separatorsOf(locale: string): Separators {
  let found = separatorCache.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    const group = new Set(parts.filter((p) => p.type === 'group').map((p) => p.value));
    // A space-like group separator (Russian U+00A0, French U+202F) is typed as any space.
    if ([...group].some((g) => /\s/u.test(g))) for (const s of spaces) group.add(s);
    found = { group, decimal: new Set(parts.filter((p) => p.type === 'decimal').map((p) => p.value)) };
    separatorCache.set(locale, found);
  }
  return found;
}

/** The CLDR numbering system whose zero is `zero` (`٠` → `arab`), among those `Intl` supports. */
function numberingOf(zero: string): string | undefined {
  if (!numberingOfZero.has(zero)) {
    const system = Intl.supportedValuesOf('numberingSystem').find((ns) => new Intl.NumberFormat(`en-u-nu-${ns}`).format(0) === zero);
    numberingOfZero.set(zero, system);
  }
  return numberingOfZero.get(zero);
}

/** The separators of `lang` for digits like `digit`: the language's default ones and its numbering system's. */
function separatorsFor(lang: string, digit: string): Separators {
  const own = separatorsOf(lang);
  const cp = digit.codePointAt(0)!;
  if (cp <= 0x39) return own;
  const system = numberingOf(String.fromCodePoint(cp - digitValue(digit)));
  if (!system) return own;
  const native = separatorsOf(`${lang}-u-nu-${system}`);
  return { group: new Set([...own.group, ...native.group]), decimal: new Set([...native.decimal, ...own.decimal]) };
}

/** A run of digits joined by single punctuation or spaces: the candidates; what they mean is decided per language. */
const run = /\p{Nd}+(?:[^\p{L}\p{N}\p{M}\n\t]\p{Nd}+)*/gu;
const digitRun = /\p{Nd}+/gu;

/** Every number in `text` as `lang` writes it, in order. */
export function readNumbers(lang: string, text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of text.matchAll(run)) {
    const seps = separatorsFor(lang, m[0]);
    out.push(...readRun(m[0], m.index, seps));
  }
  return out;
}

function digitsOf(s: string): string {
  let out = '';
  for (const d of s) out += digitValue(d);
  return out;
}

/** Reads one run: grouped (`1,250.5`), or with one decimal separator (`2,5`, `2.5`), else each piece apart. */
function readRun(text: string, index: number, seps: Separators): NumberMatch[] {
  const pieces = [...text.matchAll(digitRun)];
  const between = pieces.slice(1).map((p, i) => text.slice(pieces[i].index + pieces[i][0].length, p.index));
  const digits = pieces.map((p) => digitsOf(p[0]));
  const whole = (value: string) => [{ value: Number(value), index, length: text.length }];
  if (pieces.length === 1) return whole(digits[0]);
  // Grouped: 1–3 digits, then groups of exactly three, and at most a decimal part at the end.
  const decimalAtEnd = seps.decimal.has(between.at(-1)!) && !seps.group.has(between.at(-1)!);
  const groups = decimalAtEnd ? between.slice(0, -1) : between;
  if (
    groups.length > 0 &&
    digits[0].length <= 3 &&
    groups.every((g) => seps.group.has(g)) &&
    digits.slice(1, groups.length + 1).every((d) => d.length === 3)
  )
    return whole(digits.slice(0, groups.length + 1).join('') + (decimalAtEnd ? `.${digits.at(-1)}` : ''));
  // Otherwise numbers as before: digits, optionally one `.`/`,`/the language's decimal separator and digits.
  const out: NumberMatch[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const start = index + pieces[i].index;
    const sep = between[i];
    if (sep !== undefined && (sep === '.' || sep === ',' || seps.decimal.has(sep))) {
      out.push({ value: Number(`${digits[i]}.${digits[i + 1]}`), index: start, length: pieces[i + 1].index + pieces[i + 1][0].length - pieces[i].index });
      i++;
    } else out.push({ value: Number(digits[i]), index: start, length: pieces[i][0].length });
  }
  return out;
}
