import { findingAt, translationsWith, viewOf, type Check } from './check-input.ts';
import type { ClauseView } from './clause-view.ts';
import type { CheckId, RawFinding } from './finding.ts';
import { pairsOf } from '../text/delimiters.ts';

/**
 * Text hygiene, per clause (a clause interrupted by an inline footnote is read as one text, the footnote
 * apart): bidi controls; zero-width characters, except a ZWNJ between two Arabic-script letters (where
 * Persian needs it); words mixing Latin and Cyrillic letters; doubled spaces and a space before a comma,
 * semicolon, colon or full stop; brackets and quotes left unpaired (the language's own, from CLDR and Unicode).
 */
export const checkHygiene: Check = (input) => {
  const out: RawFinding[] = [];
  for (const clause of input.conclusion.skeleton)
    for (const t of translationsWith(input, clause.id)) {
      const view = viewOf(input, t.lang, clause.id);
      const add = (check: CheckId, offset: number, message: string) => out.push(findingAt(input, check, clause.id, [t.lang], offset, message));
      for (const m of view.text.matchAll(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g))
        add('hygiene-bidi', m.index, `Bidi control ${codePoint(m[0])} in clause ${clause.id} (${t.lang}): invisible, it reorders text and breaks search.`);
      for (const m of view.text.matchAll(/[\u200b-\u200d\u2060\ufeff\u00ad]/g)) {
        const [before, after] = [view.text[m.index - 1] ?? '', view.text[m.index + 1] ?? ''];
        if (m[0] === '\u200c' && /\p{Script=Arabic}/u.test(before) && /\p{Script=Arabic}/u.test(after)) continue;
        add('hygiene-zero-width', m.index, `Zero-width character ${codePoint(m[0])} in clause ${clause.id} (${t.lang}).`);
      }
      // Word by word only in a text holding both scripts (no word can mix them otherwise).
      if (/\p{Script=Cyrillic}/u.test(view.text) && /\p{Script=Latin}/u.test(view.text))
        for (const m of view.text.matchAll(/[\p{L}\p{M}]+/gu))
          if (/\p{Script=Cyrillic}/u.test(m[0]) && /\p{Script=Latin}/u.test(m[0]))
            add('hygiene-mixed-script', m.index, `"${m[0]}" in clause ${clause.id} (${t.lang}) mixes Latin and Cyrillic letters.`);
      spaces(view, (offset, message) => add('hygiene-spaces', offset, `${message} in clause ${clause.id} (${t.lang}).`));
      const unpaired = unpairedMarks(view.text, t.lang);
      for (const u of unpaired) add('hygiene-unpaired', u.index, `Unpaired ${u.mark} in clause ${clause.id} (${t.lang}).`);
    }
  return out;
};

function spaces(view: ClauseView, add: (offset: number, message: string) => void): void {
  for (const span of view.spans) {
    for (const m of span.text.matchAll(/(?<=\S)[ \u00a0]{2,}(?=\S)/g)) add(span.start + m.index, 'Doubled space');
    for (const m of span.text.matchAll(/(?<=[\p{L}\p{N}])[ \u00a0]+[,;:،؛]|(?<=[\p{L}\p{N}])[ \u00a0]+\.(?!\.)/gu)) add(span.start + m.index, `Space before "${m[0].trim()}"`);
  }
}

/**
 * Brackets and quotes left open or closed without an opening: Unicode's brackets, the language's quotation
 * marks from CLDR (`« »` `„ “` in Russian, `„ ”` in Romanian, `「 」` in Japanese, `“ ”` in English) and `"`.
 * A closer pairs with the nearest opener it fits; openers left inside that pair are the unpaired ones. A quotation
 * mark between two letters that closes nothing is an apostrophe or a gershayim (`don’t`, `צה”ל`), not a quotation.
 */
export function unpairedMarks(text: string, lang = 'und'): Array<{ mark: string; index: number }> {
  const { closers, marks, quotes } = pairsOf(lang);
  const stack: Array<{ mark: string; index: number }> = [];
  const out: Array<{ mark: string; index: number }> = [];
  for (const m of text.matchAll(marks)) {
    const mark = m[0];
    const open = stack.findLastIndex((o) => closers.get(o.mark)!.includes(mark));
    if (open >= 0) out.push(...stack.splice(open).slice(1));
    else if (quotes.has(mark) && !/\p{Ps}/u.test(mark) && /[\p{L}\p{M}]/u.test(text[m.index - 1] ?? '') && /\p{L}/u.test(text[m.index + 1] ?? '')) continue;
    else if (closers.has(mark)) stack.push({ mark, index: m.index });
    else out.push({ mark, index: m.index });
  }
  return [...out, ...stack].sort((a, b) => a.index - b.index);
}

function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
