/**
 * Excerpts built from the clause text exactly as published (never from the index), with the words
 * that match the search marked. A word matches when its folded form starts with one of the search's
 * patterns (its folded words and stems, see query-plan.ts), so the marks agree with what was found.
 * Words are cut as the index cuts them (tokens.ts): at spaces, and by `Intl.Segmenter` in Chinese,
 * Japanese, Thai, Lao, Khmer.
 */
import { startsLike } from './clause-match.ts';
import { foldWord, textPieces } from './tokens.ts';

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

/** True when a written word matches one of the patterns. */
function matches(word: string, patterns: readonly string[]): boolean {
  const folded = foldWord(word);
  return patterns.some((p) => startsLike(folded, p));
}

/**
 * The excerpt of `text` (in language `lang`) for a search's `patterns`: a window of about `length`
 * words around the densest run of matches, the text between them kept as written.
 */
export function buildExcerpt(text: string, lang: string, patterns: readonly string[], length = 30): Excerpt {
  const pieces = textPieces(text, lang);
  const wordIndexes = pieces.flatMap((p, i) => (p.word ? [i] : []));
  const hits = wordIndexes.map((i) => matches(pieces[i].text, patterns));
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
  if (!wordIndexes.length) return { parts: [{ text, mark: false }], cutStart: false, cutEnd: false };
  const from = wordIndexes[start];
  const to = wordIndexes[end - 1];
  for (let i = from; i <= to; i++) {
    const piece = pieces[i];
    const w = piece.word ? wordIndexes.indexOf(i) : -1;
    if (w < 0 || !hits[w]) push(piece.text, false);
    else {
      const [, before, core, after] = /^([^\p{L}\p{M}\p{N}]*)(.*?)([^\p{L}\p{M}\p{N}]*)$/su.exec(piece.text) ?? ['', '', piece.text, ''];
      push(before, false);
      push(core, true);
      push(after, false);
    }
  }
  return { parts, cutStart: start > 0, cutEnd: end < wordIndexes.length };
}
