import { findDocumentCodes } from '../references/document-codes.ts';
import { foldForMatch } from '../text/normalize.ts';
import { foldWhitespace } from '../text/fold.ts';
import { findingAt, translationsWith, viewOf, type Check } from './check-input.ts';
import type { RawFinding } from './finding.ts';

/**
 * Untranslated: a clause whose text (after folding, marker left out) is identical to another language's
 * text of the same clause, which means one of them was pasted rather than translated. Clauses with no
 * letters (a bare number or code) are left alone.
 */
export const checkUntranslated: Check = (input) => {
  const out: RawFinding[] = [];
  for (const clause of input.conclusion.skeleton) {
    const present = translationsWith(input, clause.id);
    if (present.length < 2) continue;
    const folded = present.map((t) => {
      const view = viewOf(input, t.lang, clause.id);
      return { lang: t.lang, text: foldWhitespace(foldForMatch(view.text.slice(view.bodyStart))) };
    });
    for (const [i, a] of folded.entries())
      for (const b of folded.slice(i + 1))
        if (a.text === b.text && hasWords(a.text))
          out.push(findingAt(input, 'untranslated', clause.id, [b.lang, a.lang], viewOf(input, b.lang, clause.id).bodyStart, `Clause ${clause.id} in ${b.lang} is identical to its ${a.lang} text: one of them is not translated.`));
  }
  return out;
};

/** True when a text has words once document codes are taken out (`195-kl/tw` alone is not a translation). */
function hasWords(text: string): boolean {
  let rest = text;
  for (const code of findDocumentCodes(text.toUpperCase())) rest = rest.replace(code.written.toLowerCase(), ' ');
  return /\p{L}{2}/u.test(rest);
}
