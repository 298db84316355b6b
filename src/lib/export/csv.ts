import type { ConclusionEntry } from '../corpus/model.ts';
import { selectTranslations } from './select-translations.ts';

/** Byte order mark: spreadsheets read the file as UTF-8 only with it (Persian and Cyrillic otherwise garble). */
export const utf8Bom = '\uFEFF';

/**
 * CSV of a conclusion (RFC 4180): a header row, then one row per skeleton clause in reading order with its
 * id, kind, marker and our gloss, and a column per translation (named by its language tag) holding the
 * clause's text verbatim, empty where the translation omits the clause. Records end with CRLF; every field
 * is quoted and its quotes doubled; the file starts with a UTF-8 byte order mark.
 */
export function buildCsv(conclusion: ConclusionEntry, langs?: readonly string[]): string {
  const columns = selectTranslations(conclusion, langs);
  const header = ['clause', 'kind', 'marker', 'gloss', ...columns.map((t) => t.lang)];
  const rows = conclusion.skeleton.map((c) => [c.id, c.kind, c.marker ?? '', c.gloss, ...columns.map((t) => t.clauses.get(c.id)?.text ?? '')]);
  return utf8Bom + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One RFC 4180 field: quoted, with each `"` doubled. */
function csvField(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}
