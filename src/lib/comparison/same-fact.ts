import { sameDate } from '../checks/dates.ts';

/**
 * True when two `data-fact` values (`date:2025-10-29`, `number:15`) name the same fact, as the checks
 * compare them: equal, or a date without its year and the same date with one. Apart from `facts.ts` so
 * that the browser loads only this.
 */
export function sameFact(a: string, b: string): boolean {
  if (a === b) return true;
  return a.startsWith('date:') && b.startsWith('date:') && sameDate(a.slice(5), b.slice(5));
}
