import type { Corpus } from '../corpus/model.ts';
import { readingUrl } from '../format.ts';
import { foldDigits } from '../text/normalize.ts';
import { findDocumentCodes, kindOfCode } from './document-codes.ts';

/** One clause, in one translation, that cites a document. */
export interface Citation {
  slug: string;
  /** The citing conclusion's number (`202-KL/TW`). */
  conclusion: string;
  clause: string;
  lang: string;
  /** The code as this translation writes it (`۱۹۵-KL/TW`). */
  written: string;
  /** The clause in the translation's reading view. */
  url: string;
}

/** A document cited somewhere in the corpus. */
export interface Reference {
  /** Comparison key (ASCII digits, Đ as D). */
  key: string;
  /** The code as shown: ASCII digits, spelt as the translations spell it most often. */
  code: string;
  /** Kind of document, read from the code. */
  kind: string;
  citations: Citation[];
}

/**
 * Every document code cited in any clause of any translation, with its kind and every citing clause.
 * Codes written with Persian digits, or QD for QĐ, are the same code.
 */
export function referenceIndex(corpus: Corpus): Reference[] {
  const byKey = new Map<string, Reference & { spellings: Map<string, number> }>();
  for (const conclusion of corpus.conclusions)
    for (const t of conclusion.translations)
      for (const { id } of conclusion.skeleton) {
        const clause = t.clauses.get(id);
        if (!clause) continue;
        for (const code of findDocumentCodes(clause.text)) {
          let ref = byKey.get(code.key);
          if (!ref) byKey.set(code.key, (ref = { key: code.key, code: code.key, kind: kindOfCode(code.key).kind, citations: [], spellings: new Map() }));
          const ascii = foldDigits(code.written);
          ref.spellings.set(ascii, (ref.spellings.get(ascii) ?? 0) + 1);
          if (!ref.citations.some((c) => c.slug === conclusion.slug && c.clause === id && c.lang === t.lang))
            ref.citations.push({ slug: conclusion.slug, conclusion: conclusion.number, clause: id, lang: t.lang, written: code.written, url: readingUrl(conclusion.slug, t.lang, id) });
        }
      }
  return [...byKey.values()]
    .map(({ spellings, ...ref }) => ({ ...ref, code: [...spellings].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0][0] }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key, 'en', { numeric: true }));
}
