/**
 * Which clauses of a found record a search found. Pagefind finds records (a clause, or a run of clauses
 * in a large corpus, see records.ts); the result list shows clauses, so each record's clauses are
 * matched here against the search's terms the way Pagefind matched the record: a term matches a word
 * when the word's folded form (or one of the clause's extra terms) starts with it.
 */
import { foldForMatch, foldWidth } from '../text/normalize.ts';
import type { RecordClause } from './records.ts';
import { searchWords } from './tokens.ts';

const bare = (s: string) => s.replace(/[^\p{L}\p{M}\p{N}]/gu, '');

/** True when a folded word starts with a pattern, also with punctuation left out of both (`195kltw` for `195-kl/tw`). */
export function startsLike(folded: string, pattern: string): boolean {
  if (!pattern || !folded) return false;
  if (folded.startsWith(pattern)) return true;
  const b = bare(pattern);
  return b.length > 0 && bare(folded).startsWith(b);
}

/**
 * The indexes of the clauses to show for a record found by `terms` (all of which the record holds):
 * those that hold the most of the terms, in order; the first clause when none holds any (Pagefind and
 * this reading disagree only on words Pagefind cuts differently).
 */
export function matchingClauses(clauses: readonly RecordClause[], lang: string, terms: readonly string[]): number[] {
  if (clauses.length === 1) return [0];
  const bareTerms = terms.map(bare);
  const scores = clauses.map((clause) => {
    // Folding is letter by letter, so the folded text holds every folded word: a clause without any
    // term as a substring of it is passed over before it is cut into words (most of a large record).
    const folded = bare(foldForMatch(foldWidth(clause.text)) + clause.extra.join(''));
    if (!bareTerms.some((term) => folded.includes(term))) return 0;
    const words = [...searchWords(clause.text, lang), ...clause.extra];
    // startsLike, with each word's bare form made once for all the terms (not once per word and term).
    let bareWords: string[] | undefined;
    return terms.filter((term, t) => {
      if (!term) return false;
      if (words.some((word) => word.startsWith(term))) return true;
      if (!bareTerms[t]) return false;
      bareWords ??= words.map(bare);
      return bareWords.some((word, i) => words[i].length > 0 && word.startsWith(bareTerms[t]));
    }).length;
  });
  const best = Math.max(...scores);
  return best === 0 ? [0] : scores.flatMap((score, i) => (score === best ? [i] : []));
}
