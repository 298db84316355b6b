/**
 * The search index's documents, built from the corpus (never from rendered pages, so editorial
 * material, row labels and site chrome cannot leak in).
 *
 * A Pagefind record holds one clause of one translation, or, in a large corpus, a run of consecutive
 * clauses of one translation ({@link searchRecords}): Pagefind's metadata file, which every first query
 * loads whole, grows by about 6 bytes per record, while each result shown loads its record's fragment,
 * so the record size balances the two. A record's `meta.text` is its clauses' texts exactly as
 * published, joined by {@link clauseSeparator}; Pagefind indexes those words itself, and its content
 * holds only the terms it would not find in them ({@link extraTerms}), clause by clause. Pagefind
 * searches every meta field, so nothing else goes there: the labels of the result list (number, date,
 * each clause's id and gloss, {@link recordLabels}) ride in the fragment as the value of a filter,
 * `labels`, which no search applies, so its index is never downloaded (filters are not searched).
 */
import type { Corpus } from '../corpus/model.ts';
import { comparisonUrl, readingUrl } from '../format.ts';
import { extraTerms, searchWords, type Stemmer } from './tokens.ts';

/** What the result list shows of a clause. */
export interface ClauseMeta {
  number: string;
  date: string;
  slug: string;
  clause: string;
  gloss: string;
  lang: string;
  /** The clause text as published. */
  text: string;
  /** The clause's row in the comparison view. */
  compare: string;
}

/** One clause of one translation, as the indexer takes it. */
export interface ClauseRecord {
  /** The clause in the reading view: `/conclusions/<slug>/<lang>/#c-<clause>`. */
  url: string;
  meta: ClauseMeta;
}

/** The site folder of the Pagefind index. */
export const searchFolder = 'pagefind';
/** The site folder of the word forms' stems (see stem-shards.ts). */
export const stemsFolder = 'pagefind-stems';

/** What `/pagefind/bundles.json` holds. */
export interface BundleManifest {
  /** The languages of the index, sorted (the values of its `lang` filter). */
  langs: string[];
  /** How many files `/pagefind-stems/<n>.json` there are. */
  stemShards: number;
  /** True when a record may hold more than one clause (a large corpus, see {@link searchRecords}). */
  grouped: boolean;
  /**
   * The letters each language's texts use (at most {@link lettersPerLanguage} each, in order of first use):
   * the search page loads the web fonts of those letters when a search starts, not when the first result in
   * a script appears (see src/components/search/result-fonts.ts).
   */
  letters: Record<string, string>;
}

/** How many distinct letters of a language {@link BundleManifest.letters} keeps: every letter of an alphabet. */
export const lettersPerLanguage = 200;

/** The distinct letters of each language's clause texts, in order of first use, at most {@link lettersPerLanguage}. */
export function languageLetters(records: readonly ClauseRecord[]): Record<string, string> {
  const letters = new Map<string, Set<string>>();
  for (const { meta } of records) {
    let seen = letters.get(meta.lang);
    if (!seen) letters.set(meta.lang, (seen = new Set()));
    if (seen.size >= lettersPerLanguage) continue;
    for (const [letter] of meta.text.matchAll(/\p{L}/gu)) {
      seen.add(letter);
      if (seen.size >= lettersPerLanguage) break;
    }
  }
  return Object.fromEntries([...letters].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([lang, seen]) => [lang, [...seen].join('')]));
}

/** The language under which every record is indexed: Pagefind neither stems nor segments (we do). */
export const indexLanguage = 'und';

/** One record per clause with text, per translation, in corpus order (translations of a conclusion together). */
export function clauseRecords(corpus: Corpus): ClauseRecord[] {
  return corpus.conclusions.flatMap((conclusion) => {
    const glosses = new Map(conclusion.skeleton.map((c) => [c.id, c.gloss]));
    return conclusion.translations.flatMap((translation) =>
      [...translation.clauses.values()]
        .filter((clause) => clause.text.trim().length > 0)
        .map((clause) => ({
          url: readingUrl(conclusion.slug, translation.lang, clause.clause),
          meta: {
            number: conclusion.number,
            date: conclusion.date,
            slug: conclusion.slug,
            clause: clause.clause,
            gloss: glosses.get(clause.clause) ?? '',
            lang: translation.lang,
            text: clause.text,
            compare: comparisonUrl(conclusion.slug, clause.clause),
          },
        })),
    );
  });
}

/**
 * Between two clauses in a record's text and content: U+001E (record separator) with a space on each
 * side, so that Pagefind reads the words beside it as words. Clause texts cannot hold C0 controls (the
 * content check refuses them), so splitting at it gives the texts back exactly.
 */
export const clauseSeparator = ' \u001e ';

/** Up to this many clauses, every clause is a record of its own. */
export const clausesAlone = 2000;

/**
 * The size of runs in a large corpus, as a factor of the square root of its characters. A first query
 * loads Pagefind's metadata and `lang` filter (about 7 bytes a record, gzip) and the fragments of the
 * first page of results ({@link firstPageRecords} runs, each about a third of its characters in bytes),
 * so the sum is least with about √(n · chars · 0.33 / 7) records for n runs a page, that is runs of
 * √(21 / n) · √chars characters: 2.6 √chars for three (measured by scripts/bench-search.ts at 200× the
 * corpus, 26,200 clauses: 96.8 KB for the first query, where five runs of 2 √chars gave 106.5 KB).
 */
export const runFactor = 2.6;

/** How many runs of clauses the result list shows at first in a large corpus (ten single clauses otherwise). */
export const firstPageRecords = 3;

/**
 * How many characters of text a record may gather ({@link searchRecords}): none (one clause per record)
 * up to {@link clausesAlone} clauses; beyond, {@link runFactor} times the square root of the corpus's
 * characters (≈ 5,000 characters for 10,000 clauses, ≈ 10,000 for 26,000).
 */
export function recordTarget(records: readonly ClauseRecord[]): number {
  if (records.length <= clausesAlone) return 0;
  const chars = records.reduce((n, r) => n + r.meta.text.length, 0);
  return Math.round(runFactor * Math.sqrt(chars));
}

/** One Pagefind record: consecutive clauses of one translation. */
export interface SearchRecord {
  /** The first clause in the reading view: `/conclusions/<slug>/<lang>/#c-<clause>`. */
  url: string;
  slug: string;
  lang: string;
  clauses: ClauseRecord[];
}

/**
 * The records of the index: consecutive clauses of one translation gathered while their texts stay
 * within `target` characters (a clause longer than that is a record alone; 0: one clause per record).
 */
export function searchRecords(records: readonly ClauseRecord[], target = recordTarget(records)): SearchRecord[] {
  const out: SearchRecord[] = [];
  let size = 0;
  for (const record of records) {
    const last = out.at(-1);
    const length = record.meta.text.length;
    if (last && last.slug === record.meta.slug && last.lang === record.meta.lang && size + length <= target) {
      last.clauses.push(record);
      size += length;
    } else {
      out.push({ url: record.url, slug: record.meta.slug, lang: record.meta.lang, clauses: [record] });
      size = length;
    }
  }
  return out;
}

/** A record as Pagefind's `addCustomRecord` takes it: the published texts, the extra terms, the filters. No labels. */
export function pagefindRecord(record: SearchRecord, stem: Stemmer | undefined) {
  const { url, lang, slug, clauses } = record;
  const extras = clauses.map((c) => extraTerms(c.meta.text, lang, stem));
  // Pagefind drops a record whose content is empty: then the first word of the text stands in.
  if (extras.every((e) => e.length === 0)) extras[0] = searchWords(clauses[0].meta.text, lang).slice(0, 1);
  return {
    url,
    content: extras.map((e) => e.join(' ')).join(clauseSeparator),
    language: indexLanguage,
    meta: { text: clauses.map((c) => c.meta.text).join(clauseSeparator) },
    filters: { lang: [lang], conclusion: [slug], [labelsFilter]: [JSON.stringify(recordLabels(record))] },
  };
}

/**
 * The filter whose value carries a record's labels into its fragment. No search applies it and the
 * search page never asks Pagefind for every filter's index (`filters()`), so its index (every record's
 * labels) is never downloaded.
 */
export const labelsFilter = 'labels';

/** A record's labels from its fragment's filters. */
export function labelsOfFragment(filters: Record<string, string[]>): RecordLabels | undefined {
  const [value] = filters[labelsFilter] ?? [];
  return value ? (JSON.parse(value) as RecordLabels) : undefined;
}

/** A record's clauses as its fragment gives them back: each clause's published text and extra terms. */
export interface RecordClause {
  text: string;
  extra: string[];
}

/** Splits a fragment's `meta.text` and `content` (see {@link pagefindRecord}) into its clauses. */
export function recordClauses(text: string, content: string): RecordClause[] {
  // Split at the separator's control character alone: Pagefind may give the content's spaces back collapsed.
  const extras = content.split(clauseSeparator.trim()).map((part) => part.split(/\s+/u).filter(Boolean));
  return text.split(clauseSeparator).map((clause, i) => ({ text: clause, extra: extras[i] ?? [] }));
}

/** The labels of one record's results, carried in its fragment (see {@link labelsFilter}). Not searched. */
export interface RecordLabels {
  /** The conclusion's number, such as `183-KL/TW`. */
  number: string;
  /** The conclusion's date, `YYYY-MM-DD`. */
  date: string;
  /** The record's clauses in order: each clause's id and gloss. */
  clauses: Array<[id: string, gloss: string]>;
}

/** The labels of a record. */
export function recordLabels(record: SearchRecord): RecordLabels {
  const [{ meta }] = record.clauses;
  return { number: meta.number, date: meta.date, clauses: record.clauses.map((c) => [c.meta.clause, c.meta.gloss]) };
}

/** The slug, language and clause of a result URL (`/conclusions/<slug>/<lang>/#c-<clause>`). */
export function parseResultUrl(url: string): { slug: string; lang: string; clause: string } | undefined {
  const match = /^\/conclusions\/([^/]+)\/([^/]+)\/#c-(.+)$/.exec(url);
  return match ? { slug: match[1], lang: match[2], clause: match[3] } : undefined;
}

/** The clause `index` of a record found by a search, described for the result list from its text and its record's labels. */
export function describeHit(slug: string, lang: string, index: number, text: string, labels: RecordLabels): ClauseMeta {
  const [clause, gloss] = labels.clauses[index];
  return { number: labels.number, date: labels.date, slug, clause, gloss, lang, text, compare: comparisonUrl(slug, clause) };
}
