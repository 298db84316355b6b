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
    const texts = present.map((t) => {
      const view = viewOf(input, t.lang, clause.id);
      const body = view.text.slice(view.bodyStart);
      return { lang: t.lang, body, scripts: scriptsOf(body), folded: undefined as string | undefined };
    });
    const fold = (t: (typeof texts)[number]) => (t.folded ??= foldWhitespace(foldForMatch(t.body)));
    for (const [i, a] of texts.entries())
      for (const b of texts.slice(i + 1))
        if (a.scripts === b.scripts && fold(a) === fold(b) && hasWords(fold(a)))
          out.push(findingAt(input, 'untranslated', clause.id, [b.lang, a.lang], viewOf(input, b.lang, clause.id).bodyStart, `Clause ${clause.id} in ${b.lang} is identical to its ${a.lang} text: one of them is not translated.`));
  }
  return out;
};

/**
 * Which of the Latin, Cyrillic and Arabic scripts a text has letters of. Folding never adds, removes or
 * changes the script of a letter, so two texts that differ here cannot fold to the same text: most pairs
 * (a Russian and a Romanian clause) are told apart without folding either.
 */
function scriptsOf(text: string): string {
  return letterScripts.map((pattern) => (pattern.test(text) ? '1' : '0')).join('');
}

const letterScripts = [/[\p{Script=Latin}&&\p{L}]/v, /[\p{Script=Cyrillic}&&\p{L}]/v, /[\p{Script=Arabic}&&\p{L}]/v];

/** True when a text has words once document codes are taken out (`195-kl/tw` alone is not a translation). */
function hasWords(text: string): boolean {
  let rest = text;
  for (const code of findDocumentCodes(text.toUpperCase())) rest = rest.replace(code.written.toLowerCase(), ' ');
  return /\p{L}{2}/u.test(rest);
}
