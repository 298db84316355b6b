/**
 * The corpus grouped by year and month of signature, for the pages that list it (the home page, the
 * year pages and the month pages): newest first, with counts, so that a listing stays small however many
 * conclusions there are (a year page lists its months, a month page its conclusions).
 */

/** What a listing needs of a conclusion. */
export interface Dated {
  slug: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

/** One month of a year. */
export interface MonthGroup<T extends Dated> {
  /** `YYYY-MM`. */
  key: string;
  /** 1–12. */
  month: number;
  /** English month name: `October`. */
  name: string;
  /** Its conclusions, newest first. */
  items: T[];
}

/** One year. */
export interface YearGroup<T extends Dated> {
  year: number;
  /** Its months that have conclusions, newest first. */
  months: MonthGroup<T>[];
  /** How many conclusions the year has. */
  count: number;
}

const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/** The English name of month 1–12. */
export function nameOfMonth(month: number): string {
  return monthName.format(Date.UTC(2000, month - 1, 1));
}

/** Newest first; on the same date by slug, so the order never depends on the order read. */
const newestFirst = (a: Dated, b: Dated) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);

/** `items` grouped by year and month, newest first. */
export function groupByYearMonth<T extends Dated>(items: readonly T[]): YearGroup<T>[] {
  const years = new Map<number, Map<string, T[]>>();
  for (const item of [...items].sort(newestFirst)) {
    const year = Number(item.date.slice(0, 4));
    const key = item.date.slice(0, 7);
    const months = years.get(year) ?? years.set(year, new Map()).get(year)!;
    (months.get(key) ?? months.set(key, []).get(key)!).push(item);
  }
  return [...years].map(([year, months]) => ({
    year,
    count: [...months.values()].reduce((n, list) => n + list.length, 0),
    months: [...months].map(([key, list]) => {
      const month = Number(key.slice(5, 7));
      return { key, month, name: nameOfMonth(month), items: list };
    }),
  }));
}

/** URL of a year's page: `/years/2025/` (its months, each with the anchor {@link monthAnchor}). */
export function yearUrl(year: number): string {
  return `/years/${year}/`;
}

/** URL of a month's page, which lists its conclusions: `/years/2025/10/` for the key `2025-10`. */
export function monthUrl(monthKey: string): string {
  const [year, month] = monthKey.split('-');
  return `/years/${year}/${month}/`;
}

/** The anchor id of a month's entry on its year's page: `m-2025-10`. */
export function monthAnchor(monthKey: string): string {
  return `m-${monthKey}`;
}
