import { foldWord } from './number-words.ts';

/**
 * Dates written with month names, per language, read into ISO-like keys so that `31 октября 2025`,
 * `31 octombrie 2025`, `۳۱ اکتبر ۲۰۲۵` and `25. juli 2025` compare as dates. Digits must be folded first.
 */

/** Month-name stems (folded) per language, January first. */
const months: Record<string, string[][]> = {
  ru: [['январ'], ['феврал'], ['март'], ['апрел'], ['мая', 'май', 'мае'], ['июн'], ['июл'], ['август'], ['сентябр'], ['октябр'], ['ноябр'], ['декабр']],
  ro: [['ianuarie'], ['februarie'], ['martie'], ['aprilie'], ['mai'], ['iunie'], ['iulie'], ['august'], ['septembrie'], ['octombrie'], ['noiembrie'], ['decembrie']],
  fa: [['ژانویه'], ['فوریه'], ['مارس'], ['آوریل'], ['مه', 'می'], ['ژوئن'], ['ژوئیه', 'جولای'], ['اوت', 'آگوست'], ['سپتامبر'], ['اکتبر'], ['نوامبر'], ['دسامبر']],
  nb: [['januar'], ['februar'], ['mars'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['desember']],
  en: [['january'], ['february'], ['march'], ['april'], ['may'], ['june'], ['july'], ['august'], ['september'], ['october'], ['november'], ['december']],
};

/** The month (1–12) a word names in `lang`, or undefined. Russian stems take their case endings. */
export function monthOf(lang: string, word: string): number | undefined {
  const table = months[lang.split('-')[0]];
  if (!table) return undefined;
  const w = foldWord(word);
  const stemmed = lang.startsWith('ru');
  const index = table.findIndex((names) => names.some((n) => (stemmed ? w.startsWith(n) : w === n)));
  return index < 0 ? undefined : index + 1;
}

/** A date found in a text: its key and the span it covers. */
export interface DateMatch {
  /** `2025-10-31`; `--10-31` without a year; `2025-10` for a month of a year. */
  key: string;
  /** UTF-16 offset of the date in the text. */
  index: number;
  /** UTF-16 length of the date as written; in a range `1-31 июля 2025` the start is `1`, the end `31 июля 2025`. */
  length: number;
}

const dayMonth = /(?<![\p{N}\p{L}])(?:(\d{1,2})\.?\s*[-–]\s*)?(\d{1,2})\.?\s+(\p{L}+)(?:\s+(\d{4})(?!\p{N}))?/dgu;
const monthYear = /(?<![\p{L}])(\p{L}+)\s+(\d{4})(?!\p{N})/gu;

/** Every date in a digit-folded text, in order; a range `1-31 июля 2025` gives both ends. */
export function findDates(lang: string, text: string): DateMatch[] {
  const out: DateMatch[] = [];
  const pad = (n: number | string) => String(n).padStart(2, '0');
  for (const m of text.matchAll(dayMonth)) {
    const month = monthOf(lang, m[3]);
    const day = Number(m[2]);
    if (!month || day < 1 || day > 31) continue;
    const year = m[4] ? `${m[4]}-` : '--';
    const end = m.index + m[0].length;
    const dayAt = m.indices![2]![0];
    if (m[1]) out.push({ key: `${year}${pad(month)}-${pad(m[1])}`, index: m.index, length: m[1].length });
    out.push({ key: `${year}${pad(month)}-${pad(day)}`, index: dayAt, length: end - dayAt });
  }
  for (const m of text.matchAll(monthYear)) {
    const month = monthOf(lang, m[1]);
    if (!month || out.some((d) => m.index < d.index + d.length && d.index < m.index + m[0].length)) continue;
    out.push({ key: `${m[2]}-${pad(month)}`, index: m.index, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** True when two date keys can name the same date: equal, or equal but for a year that one leaves out. */
export function sameDate(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith('--') && b.length === 10) return b.endsWith(a.slice(1));
  if (b.startsWith('--') && a.length === 10) return a.endsWith(b.slice(1));
  return false;
}
