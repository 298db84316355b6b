/**
 * The browser side of search: loads Pagefind lazily (only when a search runs), runs the searches that
 * `planQuery` asks for, one per group of languages whose stems agree, and merges them by score with
 * filter counts. No DOM here.
 */
import { planQuery } from '../../lib/search/query-plan.ts';
import { mergeResults, sumCounts, type FilterCounts } from '../../lib/search/merge.ts';
import type { SearchLabels } from '../../lib/search/records.ts';
import type { SearchState } from '../../lib/search/url-state.ts';

/** A result as Pagefind returns it; `data()` fetches the clause's fragment. */
export interface PagefindHit {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: { text: string } }>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options: { filters: Record<string, unknown> }): Promise<{ results: PagefindHit[]; filters: FilterCounts }>;
  filters(): Promise<FilterCounts>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}

/** What a search gives the page. */
export interface SearchOutcome {
  /** The query as searched (trimmed, cut to length). */
  query: string;
  /** False when the query holds nothing searchable (only punctuation …). */
  searchable: boolean;
  hits: PagefindHit[];
  /** Results per language, under the conclusion filter. */
  langCounts: Record<string, number>;
  /** Results per conclusion, under the language filter. */
  conclusionCounts: Record<string, number>;
}

let loaded: Promise<PagefindApi> | undefined;
let labels: Promise<SearchLabels> | undefined;

/** The result list's labels (number, date, glosses by conclusion), written beside the index; kept out of it so that they are not searched. */
export function loadLabels(bundle = '/pagefind/'): Promise<SearchLabels> {
  labels ??= fetch(`${bundle}labels.json`).then((r): Promise<SearchLabels> => (r.ok ? r.json() : Promise.resolve({})));
  return labels;
}

/**
 * Pagefind, imported on first use, with the other languages' indexes merged in (the bundle's
 * `bundles.json`, see scripts/search-index.ts); the filter indexes are loaded so that searches report counts.
 */
export function loadPagefind(bundle = '/pagefind/'): Promise<PagefindApi> {
  loaded ??= (async () => {
    const url = `${bundle}pagefind.js`;
    const [pagefind, manifest] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<PagefindApi>,
      fetch(`${bundle}bundles.json`).then((r): Promise<{ merge?: string[] }> => (r.ok ? r.json() : Promise.resolve({}))),
      loadLabels(bundle),
    ]);
    await pagefind.options({ noWorker: true, excerptLength: 0 });
    await Promise.all((manifest.merge ?? []).map((dir) => pagefind.mergeIndex(`${bundle}${dir}`, { excerptLength: 0 })));
    await pagefind.filters();
    return pagefind;
  })();
  return loaded;
}

/** How many results the page shows at once; the engine starts fetching that many fragments early. */
export const pageSize = 10;

/**
 * Starts loading the fragments of a search's first `pageSize` results without waiting: Pagefind caches
 * each fragment's load, so the page's later `data()` calls reuse these fetches, which by then have run
 * alongside the other searches of the query (failures surface there).
 */
function prefetch(hits: readonly PagefindHit[]): void {
  for (const hit of hits.slice(0, pageSize)) hit.data().catch(() => undefined);
}

/** Runs a search for a state (query and filters) over every language of the index. */
export async function runSearch(state: SearchState): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const langs = Object.keys((await pagefind.filters()).lang ?? {});
  const plan = planQuery(state.q, langs);
  const outcome: SearchOutcome = { query: plan.query, searchable: plan.searches.length > 0, hits: [], langCounts: {}, conclusionCounts: {} };
  // One Pagefind call per distinct (term, languages, conclusion): with filters set, the searches for
  // counts and for results are often the same search (a group of the chosen language alone …).
  const calls = new Map<string, ReturnType<PagefindApi['search']>>();
  const find = (term: string, group: string[], conclusion: string, results = false) => {
    const key = JSON.stringify([term, group, conclusion]);
    let call = calls.get(key);
    if (!call) {
      call = pagefind.search(term, { filters: { lang: { any: group }, ...(conclusion ? { conclusion } : {}) } });
      calls.set(key, call);
    }
    if (results) void call.then((answer) => prefetch(answer.results), () => undefined);
    return call;
  };
  const answers = await Promise.all(
    plan.searches.map(async ({ term, langs: group }) => {
      const chosen = state.lang ? group.filter((l) => l === state.lang) : group;
      const counted = find(term, group, state.conclusion);
      if (!chosen.length) return { byLang: await counted, byConclusion: undefined, results: [] };
      const [byLang, byConclusion, results] = await Promise.all([counted, find(term, chosen, ''), find(term, chosen, state.conclusion, true)]);
      return { byLang, byConclusion, results: results.results };
    }),
  );
  outcome.hits = mergeResults(answers.map((a) => a.results));
  outcome.langCounts = sumCounts(answers.map((a) => a.byLang.filters), 'lang');
  outcome.conclusionCounts = sumCounts(answers.map((a) => a.byConclusion?.filters), 'conclusion');
  return outcome;
}
