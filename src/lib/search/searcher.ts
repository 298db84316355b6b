/**
 * Searching the index files (index-format.ts), in the browser or in Node: the caller gives a loader
 * (path relative to the index folder → parsed JSON). A query is cut into words as the text was
 * (`writtenWords`); each word finds the dictionary's stems:
 * - a word form the corpus uses names its Snowball stems in the dictionary, so no stemmer is needed;
 * - any other word of letters (no digits: numbers and codes are not stemmed) is stemmed here, in each language of the index that has a stemmer (the
 *   WebAssembly stemmer is imported only then);
 * - every stem, and the folded word itself, also matches the keys that start with it (so `195` finds
 *   `195-kl/tw`, `descentraliz` finds every form).
 * A clause matches when every word of the query matches; clauses are ranked by the sum over the
 * words of the best match (exact keys over longer ones, rare keys over common ones, repeated words).
 */
import { chunksFor, type DocBlock, type IndexManifest, type TermChunk, type TermEntry } from './index-format.ts';
import type { ClauseMeta } from './records.ts';
import { foldWord, stemKey, writtenWords, type Stemmer } from './tokens.ts';
import { comparisonUrl, readingUrl } from '../format.ts';

/** The longest query we look at, in characters: longer input is cut here, never rejected. */
export const maxQueryLength = 200;
/** The most words of a query we search for. */
export const maxQueryWords = 12;

/** Loads one file of the index (`manifest.json`, `terms/3.json` …), parsed. */
export type IndexLoader = (path: string) => Promise<unknown>;
/** Gives the Snowball stemmer of a language (loaded on demand). */
export type StemmerLoader = () => Promise<(lang: string) => Stemmer | undefined>;

/** A clause found, by document number. */
export interface Hit {
  doc: number;
  score: number;
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
  /** The folded words and stems searched for (a published word matches one when its folded form starts with it): for marking excerpts. */
  patterns: string[];
}

/** A search: the query and the two filters ('' for "all"). */
export interface SearchRequest {
  q: string;
  lang: string;
  conclusion: string;
}

/** A found clause, described for the result list. */
export interface FoundClause {
  url: string;
  meta: ClauseMeta;
}

/** Trims, folds whitespace and cuts a query to {@link maxQueryLength} characters (not inside a pair). */
export function cleanQuery(raw: string): string {
  return [...raw.replace(/\s+/gu, ' ').trim()].slice(0, maxQueryLength).join('').trim();
}

/** The index, loaded piece by piece as queries need it. */
export class Searcher {
  private readonly chunks = new Map<number, Promise<TermChunk>>();
  private readonly blocks = new Map<number, Promise<DocBlock>>();
  private stemmers?: Promise<(lang: string) => Stemmer | undefined>;

  readonly manifest: IndexManifest;
  private readonly load: IndexLoader;
  private readonly loadStemmers: StemmerLoader;

  private constructor(manifest: IndexManifest, load: IndexLoader, loadStemmers: StemmerLoader) {
    this.manifest = manifest;
    this.load = load;
    this.loadStemmers = loadStemmers;
  }

  /** Opens an index: loads its manifest only. */
  static async open(load: IndexLoader, loadStemmers: StemmerLoader): Promise<Searcher> {
    return new Searcher((await load('manifest.json')) as IndexManifest, load, loadStemmers);
  }

  private chunk(n: number): Promise<TermChunk> {
    let c = this.chunks.get(n);
    if (!c) this.chunks.set(n, (c = this.load(`terms/${n}.json`) as Promise<TermChunk>));
    return c;
  }

  private block(n: number): Promise<DocBlock> {
    let b = this.blocks.get(n);
    if (!b) this.blocks.set(n, (b = this.load(`docs/${n}.json`) as Promise<DocBlock>));
    return b;
  }

  /** The entries whose keys start with `prefix`. */
  private async entries(prefix: string): Promise<Array<[string, TermEntry]>> {
    const chunks = await Promise.all(chunksFor(this.manifest.chunks, prefix).map((n) => this.chunk(n)));
    return chunks.flatMap((c) => Object.entries(c).filter(([key]) => key.startsWith(prefix)));
  }

  /** The translation row (conclusion, language) of a document. */
  private translationOf(doc: number): { slug: string; lang: string } {
    const t = this.manifest.translations;
    let lo = 0;
    let hi = t.length / 3 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (t[mid * 3 + 2] <= doc) lo = mid;
      else hi = mid - 1;
    }
    return { slug: this.manifest.conclusions[t[lo * 3]], lang: this.manifest.langs[t[lo * 3 + 1]] };
  }

  /** The stems a query word stands for, and the documents that match it with their scores. */
  private async matchWord(word: string, used: Set<string>): Promise<Map<number, number>> {
    const form = foldWord(word);
    const stems = new Set<string>();
    const known = (await this.entries(form)).find(([key]) => key === form)?.[1];
    if (known?.s) {
      for (const s of known.s) stems.add(s);
    } else if (/\p{L}/u.test(form) && !/\p{N}/u.test(form) && this.manifest.stemmed.length > 0) {
      this.stemmers ??= this.loadStemmers();
      const stemmerOf = await this.stemmers;
      for (const lang of this.manifest.stemmed) stems.add(stemKey(word, stemmerOf(lang)));
    }
    // Prefix patterns: the folded word and its stems match every key that starts with them. Snowball
    // gives some forms of a word a stem one or two letters longer than the others' (Romanian
    // descentralizării → descentralizăr, descentralizare → descentraliz): a stem of six letters or
    // more also matches exactly the stems it begins with, at most two letters shorter.
    const prefixes = [...new Set([form, ...stems])];
    const shorter = [...stems].flatMap((stem) => {
      const letters = [...stem];
      return letters.length >= 6 ? [letters.slice(0, -1).join(''), letters.slice(0, -2).join('')] : [];
    });
    const [byPrefix, byShorter] = await Promise.all([
      Promise.all(prefixes.map((p) => this.entries(p))),
      Promise.all(shorter.map(async (k) => (await this.entries(k)).filter(([key]) => key === k))),
    ]);
    const scores = new Map<number, number>();
    const add = (entry: TermEntry, weight: number) => {
      const p = entry.p!;
      const w = weight * Math.log(1 + this.manifest.docs / p.length);
      let doc = -1;
      for (const v of p) {
        doc += v >> 2;
        const score = w * (1 + 0.25 * ((v & 3) - 1));
        if (score > (scores.get(doc) ?? 0)) scores.set(doc, score);
      }
    };
    prefixes.forEach((prefix, i) => {
      used.add(prefix);
      for (const [key, entry] of byPrefix[i]) if (entry.p) add(entry, key === prefix ? 1 : 0.5);
    });
    for (const [key, entry] of byShorter.flat())
      if (entry.p) {
        used.add(key);
        add(entry, 0.5);
      }
    return scores;
  }

  /** Runs a search. */
  async search(request: SearchRequest): Promise<SearchOutcome> {
    const query = cleanQuery(request.q);
    const words = writtenWords(query, request.lang || 'und')
      .filter((w) => foldWord(w).length > 0)
      .slice(0, maxQueryWords);
    const used = new Set<string>();
    const outcome: SearchOutcome = { query, searchable: words.length > 0, hits: [], langCounts: {}, conclusionCounts: {}, patterns: [] };
    if (!words.length) return outcome;
    const matches = await Promise.all(words.map((w) => this.matchWord(w, used)));
    outcome.patterns = [...used];
    matches.sort((a, b) => a.size - b.size);
    const [first, ...rest] = matches;
    for (const [doc, score] of first) {
      let total = score;
      let all = true;
      for (const m of rest) {
        const s = m.get(doc);
        if (s === undefined) {
          all = false;
          break;
        }
        total += s;
      }
      if (!all) continue;
      const { slug, lang } = this.translationOf(doc);
      const inLang = !request.lang || request.lang === lang;
      const inConclusion = !request.conclusion || request.conclusion === slug;
      if (inConclusion) outcome.langCounts[lang] = (outcome.langCounts[lang] ?? 0) + 1;
      if (inLang) outcome.conclusionCounts[slug] = (outcome.conclusionCounts[slug] ?? 0) + 1;
      if (inLang && inConclusion) outcome.hits.push({ doc, score: total });
    }
    outcome.hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return outcome;
  }

  /** The clauses of some hits, labels included (loads their document blocks). */
  async describe(hits: readonly Hit[]): Promise<FoundClause[]> {
    const size = this.manifest.blockSize;
    const blocks = await Promise.all(hits.map((h) => this.block(Math.floor(h.doc / size))));
    return hits.map((hit, i) => {
      const { slug, lang } = this.translationOf(hit.doc);
      const [clause, gloss, text] = blocks[i].d[hit.doc % size];
      const [number, date] = blocks[i].c[slug] ?? [slug, ''];
      return { url: readingUrl(slug, lang, clause), meta: { number, date, slug, clause, gloss, lang, text, compare: comparisonUrl(slug, clause) } };
    });
  }
}
