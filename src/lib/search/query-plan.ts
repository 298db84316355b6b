/**
 * From what a reader typed to the Pagefind searches that answer it. The index holds every language's
 * stemmed terms side by side (with a `lang` filter); a query word is stemmed the way each language
 * would stem it, and languages whose stems agree share one search.
 */
import { searchTerms } from './tokens.ts';

/** The longest query we look at, in characters: longer input is cut here, never rejected. */
export const maxQueryLength = 200;
/** The most words of a query we search for. */
export const maxQueryWords = 12;

/** One Pagefind search: a term string, run with the `lang` filter restricted to `langs`. */
export interface PlannedSearch {
  term: string;
  langs: string[];
}

/** What a query becomes: its cleaned text and the searches to run (none when nothing is searchable). */
export interface QueryPlan {
  query: string;
  searches: PlannedSearch[];
}

/** Trims, folds whitespace and cuts a query to {@link maxQueryLength} characters (not inside a pair). */
export function cleanQuery(raw: string): string {
  const folded = raw.replace(/\s+/gu, ' ').trim();
  const chars = [...folded].slice(0, maxQueryLength);
  return chars.join('').trim();
}

/** Plans the searches for `raw` over the languages `langs` of the index. */
export function planQuery(raw: string, langs: readonly string[]): QueryPlan {
  const query = cleanQuery(raw);
  const byTerm = new Map<string, string[]>();
  for (const lang of langs) {
    const term = searchTerms(query, lang).slice(0, maxQueryWords).join(' ');
    if (!term) continue;
    byTerm.set(term, [...(byTerm.get(term) ?? []), lang]);
  }
  return { query, searches: [...byTerm].map(([term, group]) => ({ term, langs: group })) };
}
