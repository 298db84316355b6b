/**
 * The search index's documents: one record per clause per translation, built from the corpus (never
 * from rendered pages, so editorial material, row labels and site chrome cannot leak in). The record's
 * content is the clause's search terms; the published text travels in `meta.text` for the excerpt.
 *
 * Pagefind makes every meta field searchable, so only the clause's own text is given to it
 * ({@link indexedRecord}); what the result list shows besides (number, date, gloss) comes from a small
 * labels file written beside the index ({@link searchLabels}) and from the record's URL ({@link describeHit}).
 */
import type { Corpus } from '../corpus/model.ts';
import { comparisonUrl, readingUrl } from '../format.ts';
import { indexText } from './tokens.ts';

/** The language under which all records are indexed: no Pagefind stemming (we stem); one index per translation language, see scripts/search-index.ts. */
export const indexLanguage = 'und';

/** What the result list shows of a clause, stored with it in the index. */
export interface ClauseMeta {
  /** Pagefind's title: `202-KL/TW 4.1`. */
  title: string;
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

/** A record as Pagefind's `addCustomRecord` takes it. */
export interface ClauseRecord {
  url: string;
  content: string;
  language: string;
  meta: ClauseMeta & Record<string, string>;
  filters: { lang: string[]; conclusion: string[] };
}

/** One record per clause with text, per translation, in corpus order. */
export function clauseRecords(corpus: Corpus): ClauseRecord[] {
  return corpus.conclusions.flatMap((conclusion) => {
    const glosses = new Map(conclusion.skeleton.map((c) => [c.id, c.gloss]));
    return conclusion.translations.flatMap((translation) =>
      [...translation.clauses.values()]
        .filter((clause) => clause.text.trim().length > 0)
        .map((clause) => ({
          url: readingUrl(conclusion.slug, translation.lang, clause.clause),
          content: indexText(clause.text, translation.lang),
          language: indexLanguage,
          meta: {
            title: `${conclusion.number} ${clause.clause}`,
            number: conclusion.number,
            date: conclusion.date,
            slug: conclusion.slug,
            clause: clause.clause,
            gloss: glosses.get(clause.clause) ?? '',
            lang: translation.lang,
            text: clause.text,
            compare: comparisonUrl(conclusion.slug, clause.clause),
          },
          filters: { lang: [translation.lang], conclusion: [conclusion.slug] },
        })),
    );
  });
}

/** What Pagefind indexes of a record: the terms, the published text (for excerpts), the filters. No labels. */
export function indexedRecord(record: ClauseRecord) {
  return { url: record.url, content: record.content, language: record.language, meta: { text: record.meta.text }, filters: record.filters };
}

/** The labels of the result list, by conclusion: number, date, and the gloss of each clause. Not searchable. */
export type SearchLabels = Record<string, { number: string; date: string; glosses: Record<string, string> }>;

/** Collects the labels of every record's conclusion and clause. */
export function searchLabels(records: readonly ClauseRecord[]): SearchLabels {
  const labels: SearchLabels = {};
  for (const { meta } of records) {
    labels[meta.slug] ??= { number: meta.number, date: meta.date, glosses: {} };
    labels[meta.slug].glosses[meta.clause] = meta.gloss;
  }
  return labels;
}

/** A result's full description from its URL (`/conclusions/<slug>/<lang>/#c-<clause>`), its text and the labels. */
export function describeHit(url: string, text: string, labels: SearchLabels): ClauseMeta | undefined {
  const match = /^\/conclusions\/([^/]+)\/([^/]+)\/#c-(.+)$/.exec(url);
  if (!match) return undefined;
  const [, slug, lang, clause] = match;
  const conclusion = labels[slug];
  return {
    title: `${conclusion?.number ?? slug} ${clause}`,
    number: conclusion?.number ?? slug,
    date: conclusion?.date ?? '',
    slug,
    clause,
    gloss: conclusion?.glosses[clause] ?? '',
    lang,
    text,
    compare: comparisonUrl(slug, clause),
  };
}
