/**
 * The search index's documents: one record per clause per translation, built from the corpus (never
 * from rendered pages, so editorial material, row labels and site chrome cannot leak in). The record's
 * content is the clause's search terms; the published text travels in `meta.text` for the excerpt.
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
