/**
 * The browser side of search: loads Pagefind lazily (only when a search runs) with every language's
 * index merged, runs the searches that `planQuery` asks for (one per group of languages whose terms
 * agree) and merges them by score with filter counts. A query word's stems come from the stem shard
 * of its form (`/pagefind-stems/`, see stem-shards.ts); the Snowball stemmer (WebAssembly) is imported
 * only for a word the corpus never uses. Labels are fetched per conclusion for the results shown.
 * No DOM here.
 */
import { cleanQuery, planQuery } from '../../lib/search/query-plan.ts';
import { isStemmable, lookupTerm, stemShardOf, type StemShard } from '../../lib/search/stem-shards.ts';
import { foldWord, writtenWords, type Stemmer } from '../../lib/search/tokens.ts';
import { mergeResults, sumCounts, type FilterCounts } from '../../lib/search/merge.ts';
import { describeHit, labelsFolder, parseResultUrl, searchFolder, stemsFolder, type BundleManifest, type ClauseMeta, type ConclusionLabels } from '../../lib/search/records.ts';
import type { SearchState } from '../../lib/search/url-state.ts';

/** A result as Pagefind returns it; `data()` fetches the clause's fragment. */
export interface Hit {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: { text: string } }>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options: { filters: Record<string, unknown> }): Promise<{ results: Hit[]; filters: FilterCounts }>;
  filters(): Promise<FilterCounts>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}

/** What a search gives the page. */
export interface SearchOutcome {
  /** The query as searched (trimmed, cut to length). */
  query: string;
  /** False when the query holds nothing searchable (only punctuation …). */
  searchable: boolean;
  /** Under both filters, best first. */
  hits: Hit[];
  /** Results per language, under the conclusion filter. */
  langCounts: Record<string, number>;
  /** Results per conclusion, under the language filter. */
  conclusionCounts: Record<string, number>;
  /** The folded words and terms searched for: for marking excerpts. */
  patterns: string[];
}

/** A found clause, described for the result list. */
export interface FoundClause {
  url: string;
  meta: ClauseMeta;
}

const bundle = `/${searchFolder}/`;
let manifest: Promise<BundleManifest> | undefined;
let loaded: Promise<PagefindApi> | undefined;
let stemmers: Promise<(lang: string) => Stemmer | undefined> | undefined;
const labels = new Map<string, Promise<ConclusionLabels | undefined>>();
const shards = new Map<number, Promise<StemShard>>();

/** `bundles.json`: the bundles to merge and the number of stem shards. */
function loadManifest(): Promise<BundleManifest> {
  manifest ??= fetch(`${bundle}bundles.json`).then((r): Promise<BundleManifest> => (r.ok ? r.json() : Promise.resolve({ merge: [], stemShards: 0 })));
  return manifest;
}

/**
 * Pagefind, imported on first use, with the other languages' indexes merged in (`bundles.json`, see
 * scripts/search-index.ts); the filter indexes are loaded so that searches report counts.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loaded ??= (async () => {
    const [pagefind, { merge }] = await Promise.all([import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindApi>, loadManifest()]);
    await pagefind.options({ noWorker: true, excerptLength: 0 });
    await Promise.all(merge.map((dir) => pagefind.mergeIndex(`${bundle}${dir}`, { excerptLength: 0 })));
    await pagefind.filters();
    return pagefind;
  })().catch((error) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

/** The stemmers, imported on first need. */
function loadStemmers(): Promise<(lang: string) => Stemmer | undefined> {
  stemmers ??= import('../../lib/search/stemmer.ts').then((m) => m.snowballStemmer);
  return stemmers;
}

/** The stem shard of a folded form, fetched once. */
function stemShard(form: string, count: number): Promise<StemShard> {
  const n = stemShardOf(form, count);
  let shard = shards.get(n);
  if (!shard) {
    shard = fetch(`/${stemsFolder}/${n}.json`).then((r): Promise<StemShard> => (r.ok ? r.json() : Promise.resolve({})));
    shards.set(n, shard);
  }
  return shard;
}

/** How a query's words become terms: their forms' entries from the stem shards, and the stemmer if a word is not there. */
async function queryTerms(q: string, lang: string) {
  const { stemShards } = await loadManifest();
  const query = cleanQuery(q);
  const forms = [...new Set([...writtenWords(query, 'und'), ...writtenWords(query, lang || 'und')].filter(isStemmable).map(foldWord))];
  const entries = new Map(await Promise.all(forms.map(async (form) => [form, stemShards ? (await stemShard(form, stemShards))[form] : undefined] as const)));
  const unseen = forms.some((form) => !entries.get(form));
  return lookupTerm(entries, unseen ? await loadStemmers() : undefined);
}

/** The labels of one conclusion, fetched once. */
function conclusionLabels(slug: string): Promise<ConclusionLabels | undefined> {
  let one = labels.get(slug);
  if (!one) {
    one = fetch(`/${labelsFolder}/${encodeURIComponent(slug)}.json`).then((r) => (r.ok ? (r.json() as Promise<ConclusionLabels>) : undefined));
    labels.set(slug, one);
  }
  return one;
}

/** How many results the page shows at once; the engine starts fetching that many fragments early. */
export const pageSize = 10;

/** Starts loading the fragments of the first `pageSize` results (Pagefind caches them; failures surface later). */
function prefetch(hits: readonly Hit[]): void {
  for (const hit of hits.slice(0, pageSize)) hit.data().catch(() => undefined);
}

/** Runs a search for a state (query and filters) over every language of the index. */
export async function runSearch(state: SearchState): Promise<SearchOutcome> {
  const [pagefind, termOf] = await Promise.all([loadPagefind(), queryTerms(state.q, state.lang)]);
  const langs = Object.keys((await pagefind.filters()).lang ?? {});
  const plan = planQuery(state.q, langs, termOf);
  const outcome: SearchOutcome = { query: plan.query, searchable: plan.searches.length > 0, hits: [], langCounts: {}, conclusionCounts: {}, patterns: plan.patterns };
  // One Pagefind call per distinct (term, languages, conclusion): with filters set, the searches for
  // counts and for results are often the same search.
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

/** The clauses of some hits with their labels: their fragments, and the label files of their conclusions. */
export async function describeHits(hits: readonly Hit[]): Promise<FoundClause[]> {
  const data = await Promise.all(hits.map((h) => h.data()));
  const found = await Promise.all(
    data.map(async ({ url, meta }) => {
      const slug = parseResultUrl(url)?.slug;
      const described = describeHit(url, meta.text, slug ? await conclusionLabels(slug) : undefined);
      return described ? [{ url, meta: described }] : [];
    }),
  );
  return found.flat();
}
