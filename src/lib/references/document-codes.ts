import { foldDigits } from '../text/normalize.ts';

/**
 * Vietnamese document codes as the translations cite them: `195-KL/TW` (number, type, issuer),
 * `523-BC/BTCTW`, `56-KH/BCĐ`, `09-QĐi/TW`, and the state form `201/2025/QH15` (number, year, issuer).
 * Persian texts write them left to right with Persian digits (`۱۹۵-KL/TW`); digits are folded first, which
 * keeps every offset (each digit is one UTF-16 unit in both scripts).
 */

/** One code found in a text. */
export interface CodeMatch {
  /** The code as written (digits of the script kept). */
  written: string;
  /** Comparison key: ASCII digits, upper case, Đ as D (`213-QD/TW` = `213-QĐ/TW` = `۲۱۳-QD/TW`). */
  key: string;
  /** UTF-16 offset of the code in the text. */
  index: number;
}

const letters = '[A-ZĐ][A-ZĐa-zđ]*\\d*';
// A code stands apart from Latin letters and digits; it may touch the letters of other scripts, as Chinese,
// Japanese and Korean write it (`第195-KL/TW号`, `제195-KL/TW호`).
const codePattern = new RegExp(
  `(?<![\\p{Script=Latin}\\p{N}])(\\d{1,5})(?:(/\\d{4}/)(${letters}(?:-${letters})?)|-(${letters}(?:[-/]${letters})*/${letters}))(?![\\p{Script=Latin}\\p{N}])`,
  'gu',
);

/** Every document code in `text`, in order. */
export function findDocumentCodes(text: string): CodeMatch[] {
  const folded = foldDigits(text);
  const out: CodeMatch[] = [];
  for (const m of folded.matchAll(codePattern)) out.push({ written: text.slice(m.index, m.index + m[0].length), key: codeKey(m[0]), index: m.index });
  return out;
}

/** The comparison key of a code: digits folded, upper case, Đ as D, leading zeros of the number kept. */
export function codeKey(code: string): string {
  return foldDigits(code).replace(/[đĐ]/g, 'D').toUpperCase();
}

/** What a code says about its document. */
export interface CodeKind {
  /** The type letters as the code writes them (`KL`, `QĐ`, `QH`). */
  type: string;
  /** English name of the kind of document. */
  kind: string;
}

const kinds: Record<string, string> = {
  KL: 'Conclusion',
  NQ: 'Resolution',
  QD: 'Regulation',
  QDI: 'Regulation',
  KH: 'Plan',
  BC: 'Report',
  CT: 'Directive',
  HD: 'Guidance',
  TB: 'Announcement',
  CV: 'Official letter',
  QH: 'National Assembly resolution',
  ND: 'Decree',
  TT: 'Circular',
  L: 'Law',
};

/**
 * The kind of document a code names, read from the code itself: the letters after the number in the
 * Party form (`195-KL/TW` → Conclusion), the issuer in the state form (`201/2025/QH15` → National Assembly
 * resolution; `123/2024/NĐ-CP` → Decree). Unknown letters give the kind `Document`.
 */
export function kindOfCode(code: string): CodeKind {
  const folded = foldDigits(code);
  const state = /^\d+\/\d{4}\/([^-/]+)/.exec(folded);
  const type = state ? state[1].replace(/\d+$/, '') : (/^\d+-([^-/]+)/.exec(folded)?.[1] ?? '');
  const lookup = type.replace(/[đĐ]/g, 'D').toUpperCase();
  return { type, kind: kinds[lookup] ?? 'Document' };
}
