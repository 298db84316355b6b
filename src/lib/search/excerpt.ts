/**
 * Excerpts built from the clause text exactly as published (never from the indexed terms), with the
 * words that match the query marked. A word matches when its search term starts with a query term,
 * the way Pagefind matches, so the marks agree with what was found.
 */
import { searchTerm, searchTerms } from './tokens.ts';

/** A piece of an excerpt: published text, marked or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** An excerpt: its parts, and whether text was left out before and after. */
export interface Excerpt {
  parts: ExcerptPart[];
  cutStart: boolean;
  cutEnd: boolean;
}

/** True when a word's term matches one of the query's terms. */
function matches(term: string, queryTerms: readonly string[]): boolean {
  if (!term) return false;
  const bare = term.replace(/[^\p{L}\p{M}\p{N}]/gu, '');
  return queryTerms.some((q) => term.startsWith(q) || (q.length > 0 && bare.startsWith(q.replace(/[^\p{L}\p{M}\p{N}]/gu, ''))));
}

/**
 * The excerpt of `text` (in language `lang`) for `query`: a window of about `length` words around the
 * densest run of matches, whitespace kept as written inside the window.
 */
export function buildExcerpt(text: string, lang: string, query: string, length = 30): Excerpt {
  const queryTerms = searchTerms(query, lang);
  const tokens = text.split(/(\s+)/u);
  const words = tokens.map((token, i) => ({ token, i, word: i % 2 === 0 && token.length > 0 }));
  const wordIndexes = words.filter((w) => w.word).map((w) => w.i);
  const hits = wordIndexes.map((i) => matches(searchTerm(tokens[i], lang), queryTerms));
  let best = 0;
  let bestCount = -1;
  for (let start = 0; start < Math.max(1, wordIndexes.length - length + 1); start++) {
    const count = hits.slice(start, start + length).filter(Boolean).length;
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  const firstHit = hits.indexOf(true, best);
  const anchor = firstHit >= 0 ? firstHit - 5 : 0;
  const start = Math.max(0, Math.min(anchor, wordIndexes.length - length));
  const end = Math.min(wordIndexes.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += piece;
    else parts.push({ text: piece, mark });
  };
  for (let w = start; w < end; w++) {
    if (w > start) push(tokens[wordIndexes[w] - 1], false);
    const word = tokens[wordIndexes[w]];
    if (!hits[w]) push(word, false);
    else {
      const [, before, core, after] = /^([^\p{L}\p{M}\p{N}]*)(.*?)([^\p{L}\p{M}\p{N}]*)$/su.exec(word) ?? ['', '', word, ''];
      push(before, false);
      push(core, true);
      push(after, false);
    }
  }
  return { parts, cutStart: start > 0, cutEnd: end < wordIndexes.length };
}
