/**
 * The search page's state, which lives in its URL (`/search/?q=…&lang=…&conclusion=…`) so that a
 * search can be linked, reloaded and shared.
 */

/** What a search is: the query and the two filters ('' for "all"). */
export interface SearchState {
  q: string;
  lang: string;
  conclusion: string;
}

const filterValue = /^[a-z0-9-]{1,40}$/i;

/** Reads the state from a URL's query string; unknown or malformed filter values count as "all". */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filter = (name: string) => {
    const value = params.get(name) ?? '';
    return filterValue.test(value) ? value : '';
  };
  return { q: params.get('q') ?? '', lang: filter('lang'), conclusion: filter('conclusion') };
}

/** The query string of a state (`?q=…&lang=…`), empty values left out. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.lang) params.set('lang', state.lang);
  if (state.conclusion) params.set('conclusion', state.conclusion);
  const text = params.toString();
  return text ? `?${text}` : '';
}
