import { foldDigits, foldForMatch } from '../text/normalize.ts';

/**
 * Dates written with month names or in a language's own order, read into ISO-like keys so that
 * `31 октября 2025`, `31 octombrie 2025`, `۳۱ اکتبر ۲۰۲۵`, `September 26, 2025`, `2025年9月26日` and
 * `2025년 9월 26일` compare as dates. Month names and orders come from CLDR through `Intl.DateTimeFormat`
 * (Gregorian calendar, standalone and format forms, long and abbreviated), computed once per language.
 * Digits must be folded first.
 */

/** What is known of one language's dates. */
interface DateLanguage {
  /** Folded month name (standalone, format, abbreviated; with a prefix CLDR attaches, like Hebrew ב) → month. */
  names: Map<string, number>;
  /** Stems shared by a month's forms, for languages whose CLDR forms inflect (Russian): longest first. */
  stems: Array<[string, number]>;
  /** The month names as regex alternatives, longest first, or an impossible match when the language has none. */
  month: string;
  /** Patterns in the language's own order (CLDR), most complete first. */
  patterns: RegExp[];
  /** Day–month–year and month–year in the common European orders, for texts that follow another region. */
  dayMonth: RegExp;
  monthYear: RegExp;
}

const cache = new Map<string, DateLanguage>();
const reference = (month: number) => new Date(Date.UTC(2025, month - 1, 26));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(`${lang}-u-ca-gregory-nu-latn`, { ...options, timeZone: 'UTC' });
}

/** The key a month name is looked up by: folded like any text, abbreviation dot dropped. */
function nameKey(name: string): string {
  return foldForMatch(name).replace(/\.$/, '').trim();
}

/** Whole dates, long and abbreviated; month–day and month–year orders are derived from them by dropping a field. */
const wholeDates: Intl.DateTimeFormatOptions[] = [
  { year: 'numeric', month: 'long', day: 'numeric' },
  { year: 'numeric', month: 'short', day: 'numeric' },
];

function describe(lang: string): DateLanguage {
  const names = new Map<string, number>();
  const written = new Set<string>();
  const forms = new Map<number, Set<string>>();
  const add = (name: string, month: number, long: boolean) => {
    if (/\d/.test(name) || !/\p{L}/u.test(name)) return;
    written.add(name);
    names.set(nameKey(name), month);
    if (long) forms.set(month, (forms.get(month) ?? new Set()).add(nameKey(name)));
  };
  const standalone = (['long', 'short'] as const).map((width) => ({ width, format: formatter(lang, { month: width }) }));
  const whole = wholeDates.map((options) => ({ width: options.month, format: formatter(lang, options) }));
  for (let month = 1; month <= 12; month++) {
    for (const { width, format } of standalone) add(format.format(reference(month)), month, width === 'long');
    for (const { width, format } of whole) {
      {
        const parts = format.formatToParts(reference(month));
        const at = parts.findIndex((p) => p.type === 'month');
        const value = parts[at].value;
        add(value, month, width === 'long');
        const prefix = /\p{L}+$/u.exec(parts[at - 1]?.type === 'literal' ? parts[at - 1].value : '')?.[0];
        if (prefix) add(prefix + value, month, false);
      }
    }
  }
  const inflects = [...forms.values()].some((f) => f.size > 1);
  const stems: Array<[string, number]> = [];
  if (inflects)
    for (const [month, set] of forms) {
      const stem = [...set].reduce(commonPrefix);
      if (stem.length >= 3) stems.push([stem, month]);
    }
  stems.sort((a, b) => b[0].length - a[0].length);
  const month = [...written].sort((a, b) => b.length - a.length).map(escape).join('|') || '(?!)';
  const named = `(?<mn>(?:${month})(?![\\p{L}\\p{M}])${inflects ? '|[\\p{L}\\p{M}]+' : ''})`;
  const seen = new Set<string>();
  const patterns: RegExp[] = [];
  for (const { format } of whole) {
    const parts = format.formatToParts(reference(9));
    for (const order of [parts, without(parts, 'year'), without(parts, 'day')]) {
      const source = patternOf(order, named);
      if (source && !seen.has(source)) {
        seen.add(source);
        // A pattern that starts with a number may touch letters (`会議において2025年`), not digits.
        patterns.push(new RegExp(`${source.startsWith('(?<mn>') ? '(?<![\\p{L}\\p{M}])' : '(?<!\\p{N})'}${source}`, 'dgu'));
      }
    }
  }
  return {
    names,
    stems,
    month,
    patterns,
    dayMonth: new RegExp(`(?<![\\p{N}\\p{L}])(?:(?<from>\\d{1,2})\\.?\\s*[-–]\\s*)?(?<d>\\d{1,2})\\.?\\s+${named}(?:,?\\s+(?<y>\\d{4})(?!\\p{N}))?`, 'dgu'),
    monthYear: new RegExp(`(?<![\\p{L}])${named}\\s+(?<y>\\d{4})(?!\\p{N})`, 'gu'),
  };
}

/** A format without one field and the literal after it (or, at the end, the literal before it). */
function without(parts: Intl.DateTimeFormatPart[], field: 'year' | 'day'): Intl.DateTimeFormatPart[] {
  const at = parts.findIndex((p) => p.type === field);
  if (at < 0) return parts;
  const next = parts[at + 1]?.type === 'literal' && parts.slice(at + 2).some((p) => p.type !== 'literal');
  return parts.filter((_, i) => i !== at && i !== (next ? at + 1 : at - 1));
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** A regex source for one CLDR date format: its fields in order, literals with flexible spaces, the last optional. */
function patternOf(parts: Intl.DateTimeFormatPart[], named: string): string | undefined {
  const fields = parts.filter((p) => p.type !== 'literal');
  if (fields.length < 2) return undefined;
  const first = parts.indexOf(fields[0]);
  const last = parts.indexOf(fields.at(-1)!);
  let source = '';
  for (const p of parts.slice(first, last + 2)) {
    const value = foldDigits(p.value);
    if (p.type === 'year') source += '(?<y>\\d{4})';
    else if (p.type === 'day') source += '(?<d>\\d{1,2})(?!\\p{N})';
    else if (p.type === 'month')
      source += /\d/.test(value) ? value.split(/\d+/).map(literal).join('(?<m>\\d{1,2})(?!\\p{N})') : named;
    else if (p.type === 'literal') source += parts.indexOf(p) > last ? `(?:${literal(value)})?` : literal(value);
    else return undefined;
  }
  return source;
}

function literal(text: string): string {
  return text.split(/\s+/).map(escape).join('\\s*');
}

function dateLanguage(lang: string): DateLanguage {
  let found = cache.get(lang);
  if (!found) {
    found = describe(lang);
    cache.set(lang, found);
  }
  return found;
}

/** The month (1–12) a word names in `lang`, or undefined; inflected forms CLDR does not list (`октябре`) by their stem. */
export function monthOf(lang: string, word: string): number | undefined {
  const { names, stems } = dateLanguage(lang);
  const key = nameKey(word);
  const exact = names.get(key);
  if (exact !== undefined) return exact;
  for (const [stem, month] of stems) if (key.startsWith(stem) && key.length - stem.length <= 3) return month;
  return undefined;
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

const pad = (n: number | string) => String(n).padStart(2, '0');

/** Every date in a digit-folded text, in order; a range `1-31 июля 2025` gives both ends. */
export function findDates(lang: string, text: string): DateMatch[] {
  if (!/\d/.test(text)) return [];
  const language = dateLanguage(lang);
  const found: Array<{ start: number; end: number; dates: DateMatch[] }> = [];
  const patterns = [...language.patterns, language.dayMonth];
  if (/\d{4}/.test(text)) patterns.push(language.monthYear);
  for (const pattern of patterns)
    for (const m of text.matchAll(pattern)) {
      const g = m.groups!;
      const month = g.m ? Number(g.m) : g.mn ? monthOf(lang, g.mn) : undefined;
      const day = g.d ? Number(g.d) : undefined;
      if (!month || month > 12 || (day !== undefined && (day < 1 || day > 31)) || (!day && !g.y)) continue;
      const year = g.y ? `${g.y}-` : '--';
      const key = day === undefined ? `${g.y}-${pad(month)}` : `${year}${pad(month)}-${pad(day)}`;
      const end = m.index + m[0].length;
      const dates: DateMatch[] = [];
      if (g.from) {
        const [fromAt] = m.indices!.groups!.from!;
        const [dayAt] = m.indices!.groups!.d!;
        dates.push({ key: `${year}${pad(month)}-${pad(g.from)}`, index: fromAt, length: g.from.length });
        dates.push({ key, index: dayAt, length: end - dayAt });
      } else dates.push({ key, index: m.index, length: m[0].length });
      found.push({ start: m.index, end, dates });
    }
  // The longest reading of a span wins: `26 September 2025` is a day, not the month `September 2025`.
  const taken: typeof found = [];
  for (const f of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start))
    if (!taken.some((t) => f.start < t.end && t.start < f.end)) taken.push(f);
  const out = taken.flatMap((t) => t.dates);
  return out.sort((a, b) => a.index - b.index);
}

/** True when two date keys can name the same date: equal, or equal but for a year that one leaves out. */
export function sameDate(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith('--') && b.length === 10) return b.endsWith(a.slice(1));
  if (b.startsWith('--') && a.length === 10) return a.endsWith(b.slice(1));
  return false;
}
