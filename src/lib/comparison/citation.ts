import { formatDate } from '../format.ts';

/** What a clause citation names. */
export interface CitationParts {
  /** Conclusion number as published: `202-KL/TW`. */
  number: string;
  /** ISO date of the conclusion: `2025-10-31`. */
  date: string;
  /** Our English title of the conclusion, for the structured formats. */
  title?: string;
  /** The bodies that issued it (`Politburo`, `Secretariat`): the authors in the structured formats. */
  issuedBy?: readonly string[];
  /** Skeleton id of the clause: `4.1.ii`. */
  clause: string;
  /** Skeleton kind of the clause; a preamble is cited as "the preamble". */
  kind?: string;
  /** The translations cited, in the order shown: English language name, publisher, and (for the structured formats) language tag. */
  translations: ReadonlyArray<{ language: string; publisher: string; lang?: string }>;
  /** Absolute URL of the clause. */
  url: string;
}

/** The forms the Cite control offers, in its order, with their labels. */
export const citationFormats = [
  { id: 'text', label: 'Plain text' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'ris', label: 'RIS' },
  { id: 'csl-json', label: 'CSL-JSON' },
] as const;
export type CitationFormat = (typeof citationFormats)[number]['id'];

/** A citation of a clause in one of {@link citationFormats}. */
export function formatCitation(format: CitationFormat, parts: CitationParts): string {
  switch (format) {
    case 'text':
      return citeClause(parts);
    case 'bibtex':
      return bibtexOf(parts);
    case 'ris':
      return risOf(parts);
    case 'csl-json':
      return `${JSON.stringify([cslOf(parts)], null, 2)}\n`;
  }
}

/**
 * A plain-text reference to a clause, the form the "cite" actions copy:
 * `Conclusion 202-KL/TW of 31 October 2025, clause 4.1.ii (Russian translation, Báo Tin tức (baotintuc.vn)). https://…`.
 * Several translations are listed in order, separated by semicolons.
 */
export function citeClause(parts: CitationParts): string {
  const which = parts.translations.map((t) => `${t.language} translation, ${t.publisher}`).join('; ');
  return `Conclusion ${parts.number} of ${formatDate(parts.date)}, ${where(parts)}${which ? ` (${which})` : ''}. ${parts.url}`;
}

const where = (parts: CitationParts) => (parts.kind === 'preamble' ? 'the preamble' : `clause ${parts.clause}`);
/** A citation key: `pc-202-kl-tw-4.1.ii`. */
const keyOf = (parts: CitationParts) => `pc-${parts.number.toLowerCase().replaceAll('/', '-')}-${parts.clause}`;
const titleOf = (parts: CitationParts) => `Conclusion ${parts.number}, ${where(parts)}${parts.title ? `: ${parts.title}` : ''}`;
const noteOf = (parts: CitationParts) => parts.translations.map((t) => `${t.language} translation, ${t.publisher}`).join('; ');
const publisherOf = (parts: CitationParts) => [...new Set(parts.translations.map((t) => t.publisher))].join('; ');
/** The language tag when one translation is cited. */
const langOf = (parts: CitationParts) => (parts.translations.length === 1 ? parts.translations[0].lang : undefined);

/** BibTeX (`@misc`, biblatex's `date` beside `year`/`month`); corporate authors braced so that they stay whole. */
function bibtexOf(parts: CitationParts): string {
  const [year, month] = parts.date.split('-');
  const fields: Array<[string, string | undefined]> = [
    ['title', `{${escapeBibtex(titleOf(parts))}}`],
    ['author', parts.issuedBy?.length ? parts.issuedBy.map((a) => `{${escapeBibtex(a)}}`).join(' and ') : undefined],
    ['year', year],
    ['month', String(Number(month))],
    ['date', parts.date],
    ['publisher', parts.translations.length ? escapeBibtex(publisherOf(parts)) : undefined],
    ['language', langOf(parts)],
    ['note', parts.translations.length ? escapeBibtex(noteOf(parts)) : undefined],
    ['url', parts.url],
  ];
  const body = fields.filter(([, v]) => v !== undefined).map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@misc{${keyOf(parts)},\n${body}\n}\n`;
}

/** BibTeX's special characters escaped; braces balanced by escaping them too. */
function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`));
}

/** RIS (`TY  - GOVDOC` … `ER  - `), one tag per line, CRLF line ends as the format's specification writes them. */
function risOf(parts: CitationParts): string {
  const lines: Array<[string, string | undefined]> = [
    ['TY', 'GOVDOC'],
    ['TI', titleOf(parts)],
    ...(parts.issuedBy ?? []).map((a): [string, string] => ['AU', a]),
    ['PY', parts.date.slice(0, 4)],
    ['DA', parts.date.replaceAll('-', '/')],
    ['PB', parts.translations.length ? publisherOf(parts) : undefined],
    ['LA', langOf(parts)],
    ['N1', parts.translations.length ? noteOf(parts) : undefined],
    ['UR', parts.url],
    ['ID', keyOf(parts)],
    ['ER', ''],
  ];
  return lines.filter(([, v]) => v !== undefined).map(([tag, v]) => `${tag}  - ${v}`.trimEnd() + (tag === 'ER' ? ' ' : '')).join('\r\n') + '\r\n';
}

/** CSL-JSON (the item format of Zotero, Mendeley and citeproc), type `legislation`. */
function cslOf(parts: CitationParts): Record<string, unknown> {
  const [year, month, day] = parts.date.split('-').map(Number);
  return {
    id: keyOf(parts),
    type: 'legislation',
    title: titleOf(parts),
    number: parts.number,
    section: where(parts),
    ...(parts.issuedBy?.length ? { author: parts.issuedBy.map((literal) => ({ literal })), authority: parts.issuedBy.join('; ') } : {}),
    issued: { 'date-parts': [[year, month, day]] },
    ...(parts.translations.length ? { publisher: publisherOf(parts), note: noteOf(parts) } : {}),
    ...(langOf(parts) ? { language: langOf(parts) } : {}),
    URL: parts.url,
  };
}
