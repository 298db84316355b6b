/**
 * The one text-to-words function of search. The index (built in Node) and the query (typed in the
 * browser) both go through `searchWords`, so a word and the query for it always meet in the same form:
 * split at spaces, and into words by `Intl.Segmenter` in scripts written without spaces (Chinese,
 * Japanese, Thai, Lao, Khmer, Myanmar); folded by `foldForMatch` (digits, Arabic letters, zero-width
 * characters, cedilla, ё, Latin diacritics, Vietnamese đ, case) after full-width forms (`foldWidth`). A word's stem (`stemKey`) is Snowball's
 * stem of the word folded except for Latin diacritics (which Snowball reads), folded after. Document
 * codes (`195-KL/TW`) stay whole.
 */
import {
  foldArabicLetters,
  foldDigits,
  foldForMatch,
  foldRomanianCedilla,
  foldWidth,
  foldYo,
  removeZeroWidth,
  stripArabicMarks,
} from '../text/normalize.ts';
import { segmenterOf } from '../text/segment.ts';

/** Reduces one word (lowercase, letters only) to its stem. */
export type Stemmer = (word: string) => string;

/** A word made of letters only (marks included), which a stemmer may shorten. */
const lettersOnly = /^[\p{L}\p{M}]+$/u;
/** Punctuation and symbols at either end of a word. */
const edges = /^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu;
/** Scripts written without spaces between words: their runs are split into words by `Intl.Segmenter`. */
const unspaced = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+)/u;
const unspacedRuns = new RegExp(unspaced.source, 'gu');
/** Brackets, quotes and sentence punctuation, which texts in unspaced scripts write without a space beside them. */
const joinedPunctuation = /([\p{Ps}\p{Pe}\p{Pi}\p{Pf}\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f]+)/u;


/**
 * The written words of a text, in order: whitespace-separated pieces, except that runs of an unspaced
 * script inside a piece are cut into words by `Intl.Segmenter` for `lang` (the rest of the piece, such
 * as a document code `195-KL/TW` beside Chinese text, stays whole).
 */
export function writtenWords(text: string, lang: string): string[] {
  return textPieces(text, lang).flatMap((p) => (p.word ? [p.text] : []));
}

/** A piece of a text: a written word, or what lies between words. */
export interface TextPiece {
  text: string;
  word: boolean;
}

/**
 * The text cut into pieces that join back into it exactly: the words of `writtenWords` and what lies
 * between them (spaces; in unspaced scripts, punctuation).
 */
export function textPieces(text: string, lang: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const token of text.split(/(\s+)/u)) {
    if (!token) continue;
    if (/^\s+$/u.test(token)) pieces.push({ text: token, word: false });
    else if (!unspaced.test(token)) pieces.push({ text: token, word: true });
    else
      for (const part of token.split(unspacedRuns)) {
        if (!part) continue;
        if (unspaced.test(part)) for (const s of segmenterOf(lang).segment(part)) pieces.push({ text: s.segment, word: Boolean(s.isWordLike) });
        // Between runs of an unspaced script, brackets and punctuation stand for spaces: `（１）１２０` is 1 and 120.
        else for (const bit of part.split(joinedPunctuation)) if (bit) pieces.push({ text: bit, word: !joinedPunctuation.test(bit) });
      }
  }
  return pieces;
}

/** The folded form of one written word (`foldWidth`, then `foldForMatch`; punctuation at the ends removed), or ''. */
export function foldWord(word: string): string {
  return foldForMatch(foldWidth(word)).replace(edges, '');
}

/** The folding that comes before stemming: everything of `foldForMatch` but the Latin diacritics, which Snowball reads. */
function foldBeforeStemming(word: string): string {
  return foldYo(foldRomanianCedilla(stripArabicMarks(removeZeroWidth(foldArabicLetters(foldDigits(foldWidth(word.normalize('NFC')))))))).toLowerCase();
}

/**
 * The stem key of one written word: a word with a digit is a number or a document code
 * (`۱۹۵-kl/tw` → `195-kl/tw`) and is only folded; a word of letters is stemmed (part by part when
 * hyphenated) and folded after. '' for a word with no letters or digits.
 */
export function stemKey(word: string, stem: Stemmer | undefined): string {
  const folded = foldWord(word);
  if (!folded) return '';
  if (!stem || /\p{N}/u.test(folded)) return folded;
  const prepared = foldBeforeStemming(word).replace(edges, '');
  return prepared
    .split('-')
    .map((part) => foldForMatch(lettersOnly.test(part) ? stem(part) : part))
    .join('-');
}

/** The folded words of a text, in order, words without letters or digits dropped. */
export function searchWords(text: string, lang: string): string[] {
  return writtenWords(text, lang).map(foldWord).filter((w) => w.length > 0);
}

/**
 * What Pagefind must be given beside the published text for the clause to be found by the folded form
 * and the stem key of each of its words (the terms a query becomes: query-plan.ts). Pagefind 1.6 indexes
 * the text itself: a word cut at spaces, lowercased, also without its combining marks (`ședință` as `sedinta`, `ёлка` as `елка`: {@link pagefindForm}). A term
 * that begins that form of a whole word in a spaced script needs nothing; any other (Persian or Arabic
 * letters we fold, digits of other scripts, ZWNJ, codes such as `195-KL/TW`, runs of Chinese or Japanese
 * that Pagefind does not cut, an English stem such as `polici` of `policy`) is added.
 */
export function extraTerms(text: string, lang: string, stem: Stemmer | undefined): string[] {
  const extra = new Set<string>();
  const tokens = new Set(text.split(/\s+/u));
  for (const piece of textPieces(text, lang)) {
    if (!piece.word) continue;
    const word = wordTerms(piece.text, stem);
    const { form, key } = word;
    if (!form) continue;
    const indexed = tokens.has(piece.text) ? word.indexed : undefined;
    if (!indexed?.startsWith(form)) extra.add(form);
    if (!form.startsWith(key) && !indexed?.startsWith(key)) extra.add(key);
  }
  return [...extra];
}

/**
 * The form under which Pagefind 1.6 indexes a word of letters, marks and digits in a spaced script
 * (punctuation at its ends aside): lowercased, without combining marks. Undefined for any other word,
 * whose forms we give Pagefind ourselves.
 */
export function pagefindForm(word: string): string | undefined {
  const bare = word.replace(edges, '');
  if (!bare || unspaced.test(bare) || !/^[\p{L}\p{M}\p{N}]+$/u.test(bare)) return undefined;
  return bare.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
}

/** A written word's folded form and stem key, and the form Pagefind indexes it under (see {@link extraTerms}). */
export interface WordTerms {
  form: string;
  key: string;
  indexed: string | undefined;
}

/** Words repeat (a corpus uses a few thousand forms a hundred times each): their terms are worked out once per stemmer. */
const wordCaches = new WeakMap<Stemmer, Map<string, WordTerms>>();
const unstemmedWords = new Map<string, WordTerms>();
function wordCache(stem: Stemmer | undefined): Map<string, WordTerms> {
  if (!stem) return unstemmedWords;
  let cache = wordCaches.get(stem);
  if (!cache) wordCaches.set(stem, (cache = new Map()));
  return cache;
}

/** A written word's {@link WordTerms} under `stem`, worked out once (the index and the stem shards share them). */
export function wordTerms(word: string, stem: Stemmer | undefined): WordTerms {
  const words = wordCache(stem);
  let terms = words.get(word);
  if (!terms) {
    const form = foldWord(word);
    terms = { form, key: form && stemKey(word, stem), indexed: pagefindForm(word) };
    words.set(word, terms);
  }
  return terms;
}
