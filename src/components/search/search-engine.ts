/**
 * The browser side of search: opens the index (`/search-index/`, see src/lib/search/index-format.ts)
 * on first use and runs searches with `Searcher`. The Snowball stemmer (WebAssembly) is imported only
 * when a query has a word the corpus does not use. No DOM here.
 */
import { Searcher, type FoundClause, type Hit, type SearchOutcome } from '../../lib/search/searcher.ts';
import type { SearchState } from '../../lib/search/url-state.ts';

export type { FoundClause, Hit, SearchOutcome };

/** The index folder in the site. */
export const indexBase = '/search-index/';

let opened: Promise<Searcher> | undefined;

async function loadJson(path: string): Promise<unknown> {
  const response = await fetch(`${indexBase}${path}`);
  if (!response.ok) throw new Error(`${indexBase}${path}: HTTP ${response.status}`);
  return response.json();
}

/** The index, opened once (its manifest only; the rest is loaded as queries need it). */
export function openIndex(): Promise<Searcher> {
  opened ??= Searcher.open(loadJson, async () => (await import('../../lib/search/stemmer.ts')).snowballStemmer).catch((error) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

/** How many results the page shows at once. */
export const pageSize = 10;

/** Runs a search for a state (query and filters). */
export async function runSearch(state: SearchState): Promise<SearchOutcome> {
  return (await openIndex()).search(state);
}

/** The clauses of some hits, with their labels. */
export async function describeHits(hits: readonly Hit[]): Promise<FoundClause[]> {
  return (await openIndex()).describe(hits);
}
