/**
 * Text folding shared by search and the translators' checks, so that both treat the same spellings
 * as equal. Each function is small and pure; `foldForMatch` composes them.
 */

const zeroOf = new Map<string, number>();
const isDigit = /^\p{Nd}$/u;

/**
 * The value (0–9) of a decimal digit of any script. Unicode lays every decimal script out as runs of ten
 * consecutive code points from zero (\p{Nd}; some runs hold several sets, like the mathematical digits), so
 * the value is the distance from the run's start, modulo ten: no list of scripts.
 */
export function digitValue(digit: string): number {
  const cp = digit.codePointAt(0)!;
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  let zero = zeroOf.get(digit);
  if (zero === undefined) {
    let start = cp;
    while (isDigit.test(String.fromCodePoint(start - 1))) start--;
    zero = start;
    zeroOf.set(digit, zero);
  }
  return (cp - zero) % 10;
}

// A class, not a lookahead before \p{Nd}: the same digits, scanned 2.5× faster.
const nonAsciiDigit = /[^\P{Nd}0-9]/gu;

/**
 * Digits of every Unicode decimal script (Persian ۰–۹, Arabic-Indic ٠–٩, Devanagari, Khmer ០–៩, Lao,
 * Thai, full-width ０–９ …) to ASCII digits. Digits in the Basic Multilingual Plane are one UTF-16 unit
 * before and after, so offsets are kept; the few scripts above it (Adlam, mathematical digits) shrink by one unit.
 */
export function foldDigits(text: string): string {
  return text.replace(nonAsciiDigit, (d) => String(digitValue(d)));
}

/**
 * Full-width and other compatibility forms of one character to their plain form where NFKC gives exactly one
 * character (`（` → `(`, `．` → `.`, `Ａ` → `A`), so offsets are kept; anything else is left as it is.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => {
    const plain = c.normalize('NFKC');
    return plain.length === 1 ? plain : c;
  });
}

/** Arabic yeh and kaf (ي ى ك) to their Persian forms (ی ک), and tatweel removed. */
export function foldArabicLetters(text: string): string {
  return text.replace(/[\u064a\u0649]/g, '\u06cc').replace(/\u0643/g, '\u06a9').replace(/\u0640/g, '');
}

/** Zero-width non-joiner, joiner and space, and the soft hyphen, removed. */
export function removeZeroWidth(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
}

/** Romanian cedilla forms (ş ţ) to the comma-below forms (ș ț) that Romanian uses. */
export function foldRomanianCedilla(text: string): string {
  return text.replace(/ş/g, 'ș').replace(/Ş/g, 'Ș').replace(/ţ/g, 'ț').replace(/Ţ/g, 'Ț');
}

/** Russian ё to е. */
export function foldYo(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

/** Latin diacritics removed (ă â î ș ț → a a i s t; Vietnamese đ → d); Cyrillic й and Persian letters kept. */
export function stripLatinDiacritics(text: string): string {
  return text
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
}

/** Arabic-script diacritics (harakat, fathatan …) removed. */
export function stripArabicMarks(text: string): string {
  return text.replace(/[\u064b-\u065f\u0670]/g, '');
}

/**
 * Everything above, then lowercase: the form in which two spellings of the same word or number compare
 * equal (`۱۹۵-KL/TW` = `195-kl/tw`, `نتیجه‌گیری` = `نتیجهگیری`, `ţară` = `țară` = `tara`, `ещё` = `еще`).
 */
export function foldForMatch(text: string): string {
  return stripLatinDiacritics(
    foldYo(foldRomanianCedilla(stripArabicMarks(removeZeroWidth(foldArabicLetters(foldDigits(text.normalize('NFC'))))))),
  ).toLowerCase();
}
