import { findDocumentCodes } from '../references/document-codes.ts';
import { foldDigits } from '../text/normalize.ts';
import { findDates } from './dates.ts';
import { numberWord } from './number-words.ts';

/** A number or date found in a clause, with the offset it starts at. */
export interface Fact {
  kind: 'number' | 'date';
  /** `15`, `2.5`; a date key (`2025-10-31`, `--10-31`, `2025-10`). */
  value: string;
  /** UTF-16 offset of the fact in the text. */
  index: number;
  /** UTF-16 length of the text the fact is read from (`31 октября 2025`, `15`, `двух`). */
  length: number;
}

/**
 * The numbers and dates of a clause body, as a reader understands them: digits of every script folded,
 * dates read as dates (their numbers are not counted again), document codes left out (the document-codes
 * check owns them), ordinals like `10-й`, `a 10-a`, `۱۵-го` read as their number, and small numbers
 * written as words (`двух`, `două`, `دو`, `دهمین`) read as numbers.
 */
export function extractFacts(lang: string, text: string, from = 0): Fact[] {
  const folded = foldDigits(text);
  const taken: Array<[number, number]> = [[0, from]];
  const facts: Fact[] = [];
  const free = (start: number, end: number) => !taken.some(([s, e]) => start < e && s < end);
  for (const code of findDocumentCodes(folded)) taken.push([code.index, code.index + code.written.length]);
  for (const date of findDates(lang, folded)) {
    if (!free(date.index, date.index + date.length)) continue;
    facts.push({ kind: 'date', value: date.key, index: date.index, length: date.length });
    taken.push([date.index, date.index + date.length]);
  }
  for (const m of folded.matchAll(/\d+(?:[.,]\d+)?/g)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    facts.push({ kind: 'number', value: String(Number(m[0].replace(',', '.'))), index: m.index, length: m[0].length });
  }
  for (const m of folded.matchAll(/\p{L}+/gu)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const n = numberWord(lang, m[0]);
    if (n !== undefined) facts.push({ kind: 'number', value: String(n), index: m.index, length: m[0].length });
  }
  return facts.sort((a, b) => a.index - b.index);
}
