/**
 * The one text-to-terms function of search. The index (built in Node) and the query (typed in the
 * browser) both go through `searchTerms`, so a word and the query for it always meet in the same form:
 * folded by `foldForMatch` (digits, Arabic letters, zero-width characters, cedilla, ё, Latin diacritics,
 * Vietnamese đ, case), then stemmed by the language's stemmer. Document codes (`195-KL/TW`) stay whole.
 */
import { foldForMatch } from '../text/normalize.ts';
import { stemmerFor } from './stemmers.ts';

/** A word made of letters only (marks included), which a stemmer may shorten. */
const lettersOnly = /^[\p{L}\p{M}]+$/u;
/** Punctuation and symbols at either end of a word. */
const edges = /^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu;

/**
 * The search term of one written word in a language, or '' for a word with no letters or digits.
 * A word with a digit is a number or a document code (`۱۹۵-kl/tw` → `195-kl/tw`) and is not stemmed;
 * a hyphenated word is stemmed part by part.
 */
export function searchTerm(word: string, lang: string): string {
  const folded = foldForMatch(word).replace(edges, '');
  if (!folded) return '';
  if (/\p{N}/u.test(folded)) return folded;
  const stem = stemmerFor(lang);
  return folded
    .split('-')
    .map((part) => (lettersOnly.test(part) ? stem(part) : part))
    .join('-');
}

/** The search terms of a text, in order, words without letters or digits dropped. */
export function searchTerms(text: string, lang: string): string[] {
  return text
    .split(/\s+/u)
    .map((word) => searchTerm(word, lang))
    .filter((term) => term.length > 0);
}

/** The text Pagefind indexes for a clause: its terms, space-separated. */
export function indexText(text: string, lang: string): string {
  return searchTerms(text, lang).join(' ');
}
