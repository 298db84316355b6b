/**
 * The search index's documents: one record per clause per translation, built from the corpus (never
 * from rendered pages, so editorial material, row labels and site chrome cannot leak in).
 *
 * Pagefind indexes the clause's prepared words (`indexText`: stems and folded forms) as content and its
 * text as published in `meta.text`, for the excerpt. Pagefind searches every meta field, so nothing else
 * goes there ({@link pagefindRecord}): the labels of the result list (number, date, gloss) lie in one
 * small file per conclusion ({@link conclusionLabels}, `/pagefind-labels/<slug>.json`), fetched only for
 * the results shown.
 */
import type { Corpus } from '../corpus/model.ts';
import { comparisonUrl, readingUrl } from '../format.ts';
import { indexText, type Stemmer } from './tokens.ts';

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
/** The site folder of the labels, one file per conclusion. */
export const labelsFolder = 'pagefind-labels';
/** The site folder of the word forms' stems (see stem-shards.ts). */
export const stemsFolder = 'pagefind-stems';

/** What `/pagefind/bundles.json` holds. */
export interface BundleManifest {
  /** The folders (relative, with a trailing /) of the other languages' indexes to merge. */
  merge: string[];
  /** How many files `/pagefind-stems/<n>.json` there are. */
  stemShards: number;
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

/** A record as Pagefind's `addCustomRecord` takes it: prepared words, the published text, the filters. No labels. */
export function pagefindRecord(record: ClauseRecord, stem: Stemmer | undefined) {
  const { lang, slug, text } = record.meta;
  return { url: record.url, content: indexText(text, lang, stem), language: indexLanguage, meta: { text }, filters: { lang: [lang], conclusion: [slug] } };
}

/** The labels of one conclusion's results: number, date, and the gloss of each clause. Not searched. */
export interface ConclusionLabels {
  number: string;
  date: string;
  glosses: Record<string, string>;
}

/** The labels of every conclusion of the records, by slug. */
export function conclusionLabels(records: readonly ClauseRecord[]): Map<string, ConclusionLabels> {
  const labels = new Map<string, ConclusionLabels>();
  for (const { meta } of records) {
    let one = labels.get(meta.slug);
    if (!one) labels.set(meta.slug, (one = { number: meta.number, date: meta.date, glosses: {} }));
    one.glosses[meta.clause] = meta.gloss;
  }
  return labels;
}

/** The slug, language and clause of a result URL (`/conclusions/<slug>/<lang>/#c-<clause>`). */
export function parseResultUrl(url: string): { slug: string; lang: string; clause: string } | undefined {
  const match = /^\/conclusions\/([^/]+)\/([^/]+)\/#c-(.+)$/.exec(url);
  return match ? { slug: match[1], lang: match[2], clause: match[3] } : undefined;
}

/** A result's full description from its URL, its published text and its conclusion's labels. */
export function describeHit(url: string, text: string, labels: ConclusionLabels | undefined): ClauseMeta | undefined {
  const parsed = parseResultUrl(url);
  if (!parsed) return undefined;
  const { slug, lang, clause } = parsed;
  return {
    number: labels?.number ?? slug,
    date: labels?.date ?? '',
    slug,
    clause,
    gloss: labels?.glosses[clause] ?? '',
    lang,
    text,
    compare: comparisonUrl(slug, clause),
  };
}
