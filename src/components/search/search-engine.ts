/**
 * The browser side of search: loads Pagefind lazily (only when a search runs), runs the searches that
 * `planQuery` asks for (one per group of languages whose terms agree) and merges them by score with
 * filter counts. A result is a record (a clause, or a run of clauses in a large corpus); its clauses
 * that hold the search's terms become the results shown (clause-match.ts). A query word's stems come from the stem shard
 * of its form (`/pagefind-stems/`, see stem-shards.ts); the Snowball stemmer (WebAssembly) is imported
 * only for a word the corpus never uses. A result's labels come with its fragment (records.ts).
 * No DOM here.
 */
import { cleanQuery, planQuery } from '../../lib/search/query-plan.ts';
import { isStemmable, lookupTerm, stemShardOf, type StemShard } from '../../lib/search/stem-shards.ts';
import { foldWord, searchWords, writtenWords, type Stemmer } from '../../lib/search/tokens.ts';
import { mergeResults, sumCounts, type FilterCounts } from '../../lib/search/merge.ts';
import { matchingClauses } from '../../lib/search/clause-match.ts';
import { readingUrl } from '../../lib/format.ts';
import { describeHit, firstPageRecords, labelsOfFragment, parseResultUrl, recordClauses, searchFolder, stemsFolder, type BundleManifest, type ClauseMeta } from '../../lib/search/records.ts';
import type { SearchState } from '../../lib/search/url-state.ts';

/** A result as Pagefind returns it; `data()` fetches the clause's fragment. */
export interface Hit {
  id: string;
  score: number;
  data: () => Promise<{ url: string; content: string; meta: { text: string }; filters: Record<string, string[]> }>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options: { filters: Record<string, unknown> }): Promise<{ results: Hit[]; filters: FilterCounts }>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
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
  /** Results per conclusion, under the language filter; undefined until the conclusion filter's index is loaded. */
  conclusionCounts?: Record<string, number>;
  /** The folded words and terms searched for: for marking excerpts. */
  patterns: string[];
  /** The terms searched for in each language: for finding the clauses of a record. */
  terms: Record<string, string[]>;
  /** True when a hit may hold more than one clause (a large corpus). */
  grouped: boolean;
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
const shards = new Map<number, Promise<StemShard>>();

/** `bundles.json`: the languages, the number of stem shards, whether records are grouped, the letters. */
export function loadManifest(): Promise<BundleManifest> {
  manifest ??= fetch(`${bundle}bundles.json`).then((r): Promise<BundleManifest> => (r.ok ? r.json() : Promise.resolve({ langs: [], stemShards: 0, grouped: false, letters: {} })));
  return manifest;
}

/**
 * Pagefind, imported on first use. A search loads the index of the filters it applies (`lang`
 * always), and reports counts for the filters loaded; the conclusion filter's index, which grows with
 * the corpus, is loaded only once the reader asks for its counts ({@link countConclusions}) or filters by it.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loaded ??= (async () => {
    const pagefind = await (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindApi>);
    await pagefind.options({ noWorker: true, excerptLength: 0 });
    return pagefind;
  })().catch((error) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

let conclusionCounts = false;

/**
 * From now on, searches also load the conclusion filter's index and report counts per conclusion
 * (through a condition every record meets). Never `filters()`, which would load the index of the
 * labels filter too.
 */
export function countConclusions(): void {
  conclusionCounts = true;
}

/** A condition on the conclusion filter that every record meets (no conclusion has an empty slug). */
const everyConclusion = { none: [''] };

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

/**
 * How many hits the page shows at once: ten clauses, or a few runs of clauses in a large corpus (each
 * loads a larger fragment and shows every clause of it that matches; see `runFactor`).
 */
export function pageSize(grouped: boolean): number {
  return grouped ? firstPageRecords : 10;
}

/** Starts loading the fragments of the first page of results (Pagefind caches them; failures surface later). */
function prefetch(hits: readonly Hit[], grouped: boolean): void {
  for (const hit of hits.slice(0, pageSize(grouped))) hit.data().catch(() => undefined);
}

/** Runs a search for a state (query and filters) over every language of the index. */
export async function runSearch(state: SearchState): Promise<SearchOutcome> {
  // While the query's stems are looked up, Pagefind fetches the index chunks of its folded words, which
  // a word's stem (a beginning of it) shares as a rule: the two round trips overlap.
  void loadPagefind()
    .then((pagefind) => pagefind.preload(searchWords(cleanQuery(state.q), state.lang || 'und').join(' ')))
    .catch(() => undefined);
  const [pagefind, termOf, { grouped, langs }] = await Promise.all([loadPagefind(), queryTerms(state.q, state.lang), loadManifest()]);
  const plan = planQuery(state.q, langs, termOf);
  const terms = Object.fromEntries(plan.searches.flatMap((s) => s.langs.map((lang) => [lang, s.term.split(' ')])));
  const outcome: SearchOutcome = { query: plan.query, searchable: plan.searches.length > 0, hits: [], langCounts: {}, patterns: plan.patterns, terms, grouped };
  // One Pagefind call per distinct (term, languages, conclusion): with filters set, the searches for
  // counts and for results are often the same search.
  const calls = new Map<string, ReturnType<PagefindApi['search']>>();
  const find = (term: string, group: string[], conclusion: string, results = false) => {
    const key = JSON.stringify([term, group, conclusion]);
    let call = calls.get(key);
    if (!call) {
      const byConclusion = conclusion ? { conclusion } : conclusionCounts ? { conclusion: everyConclusion } : {};
      call = pagefind.search(term, { filters: { lang: { any: group }, ...byConclusion } });
      calls.set(key, call);
    }
    if (results) void call.then((answer) => prefetch(answer.results, grouped), () => undefined);
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
  if (conclusionCounts || state.conclusion) outcome.conclusionCounts = sumCounts(answers.map((a) => a.byConclusion?.filters), 'conclusion');
  return outcome;
}

/**
 * The clauses some hits found, described from each hit's fragment: its clauses' texts, extra terms
 * and labels (number, date, each clause's id and gloss).
 */
export async function describeHits(hits: readonly Hit[], terms: SearchOutcome['terms']): Promise<FoundClause[]> {
  const found = await Promise.all(
    hits.map(async (hit) => {
      const { url, content, meta, filters } = await hit.data();
      const parsed = parseResultUrl(url);
      const labels = labelsOfFragment(filters);
      if (!parsed || !labels) return [];
      const clauses = recordClauses(meta.text, content);
      return matchingClauses(clauses, parsed.lang, terms[parsed.lang] ?? []).flatMap((i) => {
        if (!labels.clauses[i]) return [];
        const described = describeHit(parsed.slug, parsed.lang, i, clauses[i].text, labels);
        return [{ url: readingUrl(parsed.slug, parsed.lang, described.clause), meta: described }];
      });
    }),
  );
  return found.flat();
}
