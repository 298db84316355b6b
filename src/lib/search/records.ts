/**
 * The search index's documents: one record per clause per translation, built from the corpus (never
 * from rendered pages, so editorial material, row labels and site chrome cannot leak in). Only the
 * clause's text is indexed; the labels (number, date, gloss) travel with the clause's text in the
 * index's document blocks, fetched for the results shown (see index-format.ts).
 */
import type { Corpus } from '../corpus/model.ts';
import { comparisonUrl, readingUrl } from '../format.ts';

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
