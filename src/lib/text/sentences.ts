import { segmenterOf } from './segment.ts';

/**
 * Sentence boundaries of a text in any language, from `Intl.Segmenter` (which knows the Chinese and Japanese
 * full stops, the Arabic question mark, …), with the false boundaries it makes after abbreviations removed:
 * `nr. 202`, `ст. 5`, `Art. 4`, `Mr. Tran`, `т. д.`, a marker `1.` before its item. Nothing is changed: the
 * result is offsets into the text.
 */

/** One sentence: `[start, end)` offsets in the text, trailing whitespace excluded. */
export interface SentenceSpan {
  start: number;
  end: number;
}


/**
 * True when a boundary after `before` and before `after` is a false one: `before` ends with a short word and a
 * full stop (an abbreviation: at most three letters, or single letters as in `т. д.`) and `after` goes on in
 * lower case or with a digit, or the abbreviation is capitalised (`Mr.`, `Art.`, `No.`); or `before` ends with
 * a bare enumeration marker (`1.`).
 */
export function isFalseBoundary(before: string, after: string): boolean {
  const trimmed = before.trimEnd();
  if (/(?:^|[\s:：;；。])\d{1,3}\.$/u.test(trimmed)) return true;
  const abbreviation = /(?:^|[\s(«"“„])(\p{L}{1,3})\.$/u.exec(trimmed);
  if (!abbreviation) return false;
  const next = after.trimStart();
  if (/^[\p{Ll}\p{N}(]/u.test(next)) return true;
  return /^\p{Lu}\p{Ll}{0,2}$/u.test(abbreviation[1]) && abbreviation[1].length <= 3 && !/^\p{Lu}{2,}/u.test(next);
}

/** The sentences of `text` in `lang`, abbreviations protected. */
export function splitSentences(lang: string, text: string): SentenceSpan[] {
  const raw = [...segmenterOf(lang, 'sentence').segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
  const merged: SentenceSpan[] = [];
  for (const span of raw) {
    const previous = merged.at(-1);
    if (previous && isFalseBoundary(text.slice(previous.start, previous.end), text.slice(span.start, span.end))) previous.end = span.end;
    else merged.push({ ...span });
  }
  return merged
    .map((s) => ({ start: s.start, end: s.start + text.slice(s.start, s.end).trimEnd().length }))
    .filter((s) => s.end > s.start);
}
