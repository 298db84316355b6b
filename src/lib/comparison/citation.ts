import { formatDate } from '../format.ts';

/** What a clause citation names. */
export interface CitationParts {
  /** Conclusion number as published: `202-KL/TW`. */
  number: string;
  /** ISO date of the conclusion: `2025-10-31`. */
  date: string;
  /** Skeleton id of the clause: `4.1.ii`. */
  clause: string;
  /** Skeleton kind of the clause; a preamble is cited as "the preamble". */
  kind?: string;
  /** The translations cited, in the order shown: English language name and publisher. */
  translations: ReadonlyArray<{ language: string; publisher: string }>;
  /** Absolute URL of the clause. */
  url: string;
}

/**
 * A plain-text reference to a clause, the form the "cite" actions copy:
 * `Conclusion 202-KL/TW of 31 October 2025, clause 4.1.ii (Russian translation, Báo Tin tức (baotintuc.vn)). https://…`.
 * Several translations are listed in order, separated by semicolons.
 */
export function citeClause(parts: CitationParts): string {
  const where = parts.kind === 'preamble' ? 'the preamble' : `clause ${parts.clause}`;
  const which = parts.translations.map((t) => `${t.language} translation, ${t.publisher}`).join('; ');
  return `Conclusion ${parts.number} of ${formatDate(parts.date)}, ${where}${which ? ` (${which})` : ''}. ${parts.url}`;
}
