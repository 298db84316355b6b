import { findDocumentCodes } from '../references/document-codes.ts';
import type { ClauseView } from './clause-view.ts';
import { foldDigits, foldWidth } from '../text/normalize.ts';
import { readNumbers } from '../text/numbers.ts';
import { findDates } from './dates.ts';
import { numberWord } from './number-words.ts';

/** A number or date found in a clause, with the span it is read from. */
export interface Fact {
  kind: 'number' | 'date';
  /** `15`, `2.5`; a date key (`2025-10-31`, `--10-31`, `2025-10`). */
  value: string;
  /** UTF-16 offset of the fact in the text. */
  index: number;
  /** UTF-16 length of the text the fact is read from (`31 октября 2025`, `1,250.5`, `двух`). */
  length: number;
}

/**
 * The numbers and dates of a clause body, as a reader understands them: digits of every script folded,
 * numbers grouped and with decimals as the language writes them (`1,250.5`, `1 250,5`, `١٬٢٥٠٫٥`),
 * dates read as dates (their numbers are not counted again), document codes left out (the document-codes
 * check owns them), ordinals like `10-й`, `a 10-a`, `۱۵-го` read as their number, and small numbers
 * written as words (`двух`, `două`, `دو`, `دهمین`) read as numbers.
 */
export function extractFacts(lang: string, text: string, from = 0): Fact[] {
  const plain = foldWidth(text);
  const folded = foldDigits(plain);
  const taken: Array<[number, number]> = [[0, from]];
  const facts: Fact[] = [];
  const free = (start: number, end: number) => !taken.some(([s, e]) => start < e && s < end);
  for (const code of findDocumentCodes(folded)) taken.push([code.index, code.index + code.written.length]);
  for (const date of findDates(lang, folded)) {
    if (!free(date.index, date.index + date.length)) continue;
    facts.push({ kind: 'date', value: date.key, index: date.index, length: date.length });
    taken.push([date.index, date.index + date.length]);
  }
  for (const n of readNumbers(lang, plain)) {
    if (!free(n.index, n.index + n.length)) continue;
    facts.push({ kind: 'number', value: String(n.value), index: n.index, length: n.length });
  }
  for (const m of folded.matchAll(/\p{L}+/gu)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const n = numberWord(lang, m[0]);
    if (n !== undefined) facts.push({ kind: 'number', value: String(n), index: m.index, length: m[0].length });
  }
  return facts.sort((a, b) => a.index - b.index);
}

type ViewFacts = WeakMap<ClauseView, { lang: string; facts: Fact[] }>;
// Per process, like the clause views (src/lib/checks/clause-view.ts): the checks and the pages share it.
const viewFacts = ((globalThis as Record<symbol, unknown>)[Symbol.for('parallel-conclusions.view-facts')] ??= new WeakMap()) as ViewFacts;

/**
 * The facts of a clause's body ({@link extractFacts} of its view, from the end of its marker), read once per
 * view and language: the numbers check, the comparison and reading views and the exports share them. The
 * list is shared; do not change it.
 */
export function clauseViewFacts(lang: string, view: ClauseView): readonly Fact[] {
  const known = viewFacts.get(view);
  if (known?.lang === lang) return known.facts;
  const facts = extractFacts(lang, view.text, view.bodyStart);
  viewFacts.set(view, { lang, facts });
  return facts;
}
