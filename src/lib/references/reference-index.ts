import type { Corpus } from '../corpus/model.ts';
import { readingUrl } from '../format.ts';
import { foldDigits } from '../text/normalize.ts';
import { findDocumentCodes, kindOfCode } from './document-codes.ts';

/** One clause, in one translation, that cites a document. */
export interface Citation {
  slug: string;
  /** The citing conclusion's number (`202-KL/TW`). */
  conclusion: string;
  /** The citing conclusion's date (`YYYY-MM-DD`). */
  date: string;
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
  /** URL segment of the document's page under /references/ (`195-kl-tw`, `201-2025-qh15`); unique. */
  slug: string;
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
  const cited = new Set<string>();
  for (const conclusion of corpus.conclusions)
    for (const { id } of conclusion.skeleton)
      for (const t of conclusion.translations) {
        const clause = t.clauses.get(id);
        if (!clause) continue;
        for (const code of findDocumentCodes(clause.text)) {
          let ref = byKey.get(code.key);
          if (!ref) byKey.set(code.key, (ref = { key: code.key, slug: '', code: code.key, kind: kindOfCode(code.key).kind, citations: [], spellings: new Map() }));
          const ascii = foldDigits(code.written);
          ref.spellings.set(ascii, (ref.spellings.get(ascii) ?? 0) + 1);
          const once = `${code.key} ${conclusion.slug} ${id} ${t.lang}`;
          if (!cited.has(once) && cited.add(once))
            ref.citations.push({ slug: conclusion.slug, conclusion: conclusion.number, date: conclusion.date, clause: id, lang: t.lang, written: code.written, url: readingUrl(conclusion.slug, t.lang, id) });
        }
      }
  const slugs = new Set<string>();
  return [...byKey.values()]
    .map(({ spellings, ...ref }) => ({ ...ref, code: [...spellings].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0][0] }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key, 'en', { numeric: true }))
    .map((ref) => {
      const base = codeSlug(ref.key);
      let slug = base;
      for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
      slugs.add(slug);
      return { ...ref, slug };
    });
}

/** The URL segment of a code's key: lower case, every run of other characters as one hyphen (`201/2025/QH15` → `201-2025-qh15`). */
export function codeSlug(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** URL of a document's page: `/references/195-kl-tw/`; the index of all documents without one. */
export function referenceUrl(slug?: string): string {
  return `/references/${slug ? `${slug}/` : ''}`;
}

/** The conclusions citing a document, each with its citing clauses in corpus order, each clause with its citations by language. */
export interface CitingConclusion {
  slug: string;
  conclusion: string;
  date: string;
  clauses: Array<{ clause: string; citations: Citation[] }>;
}

/** `reference`'s citations by conclusion (newest first), then by clause in skeleton order. */
export function citingConclusions(reference: Reference): CitingConclusion[] {
  const bySlug = new Map<string, CitingConclusion>();
  for (const c of reference.citations) {
    const entry = bySlug.get(c.slug) ?? bySlug.set(c.slug, { slug: c.slug, conclusion: c.conclusion, date: c.date, clauses: [] }).get(c.slug)!;
    const clause = entry.clauses.find((x) => x.clause === c.clause) ?? entry.clauses[entry.clauses.push({ clause: c.clause, citations: [] }) - 1];
    clause.citations.push(c);
  }
  return [...bySlug.values()].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}
