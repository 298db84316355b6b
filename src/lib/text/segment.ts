/**
 * Words as `Intl.Segmenter` finds them in a language: the dictionary segmentation of ICU for scripts written
 * without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar), word boundaries elsewhere. One segmenter per
 * language, made once.
 */

/** A word and where it starts. */
export interface Word {
  word: string;
  /** UTF-16 offset in the text. */
  index: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The `Intl.Segmenter` of a language and granularity, made once: the one cache of segmenters. */
export function segmenterOf(lang: string, granularity: 'word' | 'sentence' = 'word'): Intl.Segmenter {
  const key = `${lang} ${granularity}`;
  let found = segmenters.get(key);
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity });
    segmenters.set(key, found);
  }
  return found;
}

/** The word-like segments of `text` in `lang` (punctuation and spaces left out), in order. */
export function wordsOf(lang: string, text: string): Word[] {
  const out: Word[] = [];
  for (const s of segmenterOf(lang).segment(text)) if (s.isWordLike) out.push({ word: s.segment, index: s.index });
  return out;
}
