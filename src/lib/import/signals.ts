import { extractFacts } from '../checks/extract-numbers.ts';
import { findDocumentCodes } from '../references/document-codes.ts';
import { foldForMatch } from '../text/normalize.ts';

/**
 * The signals of a piece of text that survive translation, as the aligner compares them: its numbers and dates
 * (dates as dates whatever the language and script, and also as their numbers, so a text whose dates the
 * language layer cannot read yet still matches), document codes (also by their number alone, for a text that
 * writes only `Conclusion 195`), Latin-script names, a punctuation profile and a length.
 */
export interface Signals {
  /** Letters and digits: the length that ratios are measured on. */
  length: number;
  /** Fact keys: `n:15`, `d:2025-10-31`, `c:195-KL/TW`. */
  facts: Set<string>;
  /** Latin-script words of three letters or more, folded (names in a text of another script). */
  latin: Set<string>;
  /** Counts of `;`, `:`, `(`, quotation marks (full-width forms folded). */
  punctuation: [number, number, number, number];
}

/** Reads the signals of `text`, a text in `lang`. */
export function signalsOf(lang: string, text: string): Signals {
  const facts = new Set<string>();
  for (const fact of extractFacts(lang, text)) {
    if (fact.kind === 'number') facts.add(`n:${fact.value}`);
    else {
      facts.add(`d:${fact.value}`);
      for (const part of fact.value.split('-')) if (part) facts.add(`n:${Number(part)}`);
    }
  }
  let rest = text;
  for (const code of findDocumentCodes(text)) {
    facts.add(`c:${code.key}`);
    facts.add(`n:${Number(/^\d+/.exec(code.key)?.[0] ?? '')}`);
    rest = rest.replace(code.written, ' ');
  }
  const latin = new Set<string>();
  for (const m of rest.matchAll(/\p{Script=Latin}{3,}/gu)) latin.add(foldForMatch(m[0]));
  const n = text.normalize('NFKC');
  const count = (re: RegExp) => n.match(re)?.length ?? 0;
  return {
    length: text.match(/[\p{L}\p{N}]/gu)?.length ?? 0,
    facts,
    latin,
    punctuation: [count(/;/g), count(/:/g), count(/\(/g), count(/["«»“”„「」『』]/g)],
  };
}

/** True when a script writes its words in Latin letters. */
export function isLatinScript(script: string): boolean {
  return script === 'Latn';
}
