import { foldDigits, foldWidth } from '../text/normalize.ts';

/**
 * An enumeration marker read: `4.` is dot/arabic/4, `(ii)` paren/roman/2, `(۱)` and `（1）` paren/arabic/1,
 * `b)` half/alpha/2.
 */
export interface Marker {
  written: string;
  /** Offset in the text where the body begins: after the marker and the spaces that follow it. */
  end: number;
  form: 'dot' | 'paren' | 'half' | 'bracket';
  numbering: 'arabic' | 'roman' | 'alpha';
  value: number;
}

const romanValues: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function roman(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = romanValues[s[i]];
    total += v < (romanValues[s[i + 1]] ?? 0) ? -v : v;
  }
  return total;
}

/**
 * The start of a text with digits of any script as ASCII, full-width forms as plain ones, and any other
 * paired bracket of Unicode (opening punctuation Ps, closing Pe: `〔1〕`, `【1】`) as a parenthesis; offsets kept.
 */
function plainMarks(text: string): string {
  return foldDigits(foldWidth(text)).replace(/(?![([])\p{Ps}/gu, '(').replace(/(?![)\]])\p{Pe}/gu, ')');
}

/**
 * Reads the marker at the start of `text`. A single letter that is also a Roman numeral (`(i)`, `(v)`)
 * is read as Roman unless `prefer` says letters: the skeleton's own marker decides.
 */
export function readMarker(text: string, prefer: Marker['numbering'] = 'roman'): Marker | undefined {
  const m = /^\s*(?:(\d{1,3})\.(?!\d)|\(\s*(\d{1,3}|[ivxlc]{1,6}|[a-z])\s*\)|\[\s*(\d{1,3})\s*\]|(\d{1,3}|[a-z])\))\s*/iu.exec(plainMarks(text.slice(0, 24)));
  if (!m) return undefined;
  const written = text.slice(m.index, m.index + m[0].length).trim();
  const end = m[0].length;
  const form: Marker['form'] = m[1] ? 'dot' : m[2] ? 'paren' : m[3] ? 'bracket' : 'half';
  const token = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase();
  if (/^\d+$/.test(token)) return { written, end, form, numbering: 'arabic', value: Number(token) };
  if (/^[ivxlc]+$/.test(token) && (token.length > 1 || prefer === 'roman')) return { written, end, form, numbering: 'roman', value: roman(token) };
  return { written, end, form, numbering: 'alpha', value: token.charCodeAt(0) - 96 };
}

/** True when two markers look alike to a reader: same form and numbering (`(1)` and `(۲)`, not `(i)`). */
export function sameStyle(a: Marker, b: Marker): boolean {
  return a.form === b.form && a.numbering === b.numbering;
}
