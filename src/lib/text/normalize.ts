/**
 * Text folding shared by search and the translators' checks, so that both treat the same spellings
 * as equal. Each function is small and pure; `foldForMatch` composes them.
 */

const digitZero = { persian: 0x06f0, arabicIndic: 0x0660 };

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits to ASCII digits. */
export function foldDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= digitZero.persian ? code - digitZero.persian : code - digitZero.arabicIndic);
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
