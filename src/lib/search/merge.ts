/**
 * Combining the answers of several Pagefind searches (one per group of languages whose stems agree)
 * into one ranked list with filter counts.
 */

/** The part of a Pagefind result that ranking needs. */
export interface ScoredResult {
  id: string;
  score: number;
}

/** Filter counts as Pagefind reports them: filter name → value → count. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Results of all searches, best score first, each id once (keeping its best score). Ties keep input order. */
export function mergeResults<T extends ScoredResult>(lists: ReadonlyArray<readonly T[]>): T[] {
  const best = new Map<string, T>();
  for (const list of lists) for (const result of list) {
    const seen = best.get(result.id);
    if (!seen || result.score > seen.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Counts of one filter summed over searches, values with no result left out. */
export function sumCounts(counts: ReadonlyArray<FilterCounts | undefined>, filter: string): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const c of counts) for (const [value, n] of Object.entries(c?.[filter] ?? {})) if (n > 0) sum[value] = (sum[value] ?? 0) + n;
  return sum;
}
