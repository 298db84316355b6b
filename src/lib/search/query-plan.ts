/**
 * From what a reader typed to the Pagefind searches that answer it. The index holds every language's
 * prepared words side by side (stem keys and folded forms, `indexText`, with a `lang` filter); a query
 * word is cut, folded and stemmed the way each language would (`stemKey`), and languages whose terms
 * agree share one search.
 */
import { foldWord, stemKey, writtenWords } from './tokens.ts';

/** The longest query we look at, in characters: longer input is cut here, never rejected. */
export const maxQueryLength = 200;
/** The most words of a query we search for. */
export const maxQueryWords = 12;

/** One Pagefind search: a term string, run with the `lang` filter restricted to `langs`. */
export interface PlannedSearch {
  term: string;
  langs: string[];
}

/** What a query becomes: its cleaned text, the searches to run (none when nothing is searchable), the patterns to mark in excerpts. */
export interface QueryPlan {
  query: string;
  searches: PlannedSearch[];
  /** Every folded word and term searched for: a published word matches one when its folded form starts with it. */
  patterns: string[];
}

/** A written word's search term in a language: its stem key (see stem-shards.ts for how the browser finds it), or its folded form. */
export type TermOf = (word: string, lang: string) => string;

/** Trims, folds whitespace and cuts a query to {@link maxQueryLength} characters. */
export function cleanQuery(raw: string): string {
  return [...raw.replace(/\s+/gu, ' ').trim()].slice(0, maxQueryLength).join('').trim();
}

/** Plans the searches for `raw` over the languages `langs` of the index. */
export function planQuery(raw: string, langs: readonly string[], termOf: TermOf = (word) => stemKey(word, undefined)): QueryPlan {
  const query = cleanQuery(raw);
  const byTerm = new Map<string, string[]>();
  const patterns = new Set<string>();
  for (const lang of langs) {
    const words = writtenWords(query, lang).filter((w) => foldWord(w).length > 0).slice(0, maxQueryWords);
    const terms = words.map((w) => termOf(w, lang));
    for (const w of words) patterns.add(foldWord(w));
    for (const t of terms) patterns.add(t);
    const term = terms.join(' ');
    if (term) byTerm.set(term, [...(byTerm.get(term) ?? []), lang]);
  }
  return { query, searches: [...byTerm].map(([term, group]) => ({ term, langs: group })), patterns: [...patterns] };
}
