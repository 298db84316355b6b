import { XMLParser } from 'fast-xml-parser';
import { buildComparison, cellText } from '../comparison/rows.ts';
import type { ConclusionEntry } from '../corpus/model.ts';
import type { ConclusionExport } from './conclusion-export.ts';

/**
 * Reading the exports back: the comparison rows (clause → text per language, `null` for a gap) rebuilt from
 * a TMX file or a JSON export, and the same rows from the corpus as the comparison view builds them. A round
 * trip test compares them; a contributor can use them to check a file a CAT tool wrote.
 */
export interface TextRow {
  clause: string;
  /** Text per language tag; `null` where the translation omits the clause. */
  texts: Record<string, string | null>;
}

/** One `<tu>` of a TMX file as read: its id, notes, props, and segment text per language. */
export interface TmxUnit {
  tuid: string;
  notes: string[];
  props: Array<{ type: string; text: string }>;
  segs: Array<{ lang: string; text: string; props: Array<{ type: string; text: string }> }>;
}

// fast-xml-parser decodes numeric character references (`&#13;`, which our TMX uses for a carriage return)
// only with `htmlEntities`; our files hold no named entity but XML's five, so nothing else changes.
const parser = new XMLParser({
  htmlEntities: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['tu', 'tuv', 'note', 'prop'].includes(name),
});

interface XmlProp {
  '@type': string;
  '#text'?: string;
}
type XmlText = string | { '#text'?: string };
const textOf = (node: XmlText | undefined): string => (typeof node === 'string' ? node : (node?.['#text'] ?? ''));
const propsOf = (props: XmlProp[] | undefined) => (props ?? []).map((p) => ({ type: p['@type'], text: p['#text'] ?? '' }));

/** Every unit of a TMX document, in document order. */
export function readTmx(xml: string): { srclang: string; units: TmxUnit[] } {
  const doc = parser.parse(xml) as {
    tmx: { header: { '@srclang': string }; body: { tu?: Array<{ '@tuid': string; note?: XmlText[]; prop?: XmlProp[]; tuv: Array<{ '@xml:lang': string; prop?: XmlProp[]; seg: XmlText }> }> } };
  };
  const units = (doc.tmx.body.tu ?? []).map((tu) => ({
    tuid: tu['@tuid'],
    notes: (tu.note ?? []).map(textOf),
    props: propsOf(tu.prop),
    segs: tu.tuv.map((tuv) => ({ lang: tuv['@xml:lang'], text: textOf(tuv.seg), props: propsOf(tuv.prop) })),
  }));
  return { srclang: doc.tmx.header['@srclang'], units };
}

/** Rows from TMX units: one per unit, a language without a `<tuv>` is a gap. */
export function rowsFromTmx(units: readonly TmxUnit[], langs: readonly string[]): TextRow[] {
  return units.map((u) => ({ clause: u.tuid, texts: Object.fromEntries(langs.map((l) => [l, u.segs.find((s) => s.lang === l)?.text ?? null])) }));
}

/** Rows from a JSON export: one per skeleton clause. */
export function rowsFromJson(data: ConclusionExport): TextRow[] {
  const byLang = data.translations.map((t) => [t.lang, new Map(t.clauses.map((c) => [c.id, c.text]))] as const);
  return data.skeleton.map((c) => ({ clause: c.id, texts: Object.fromEntries(byLang.map(([lang, texts]) => [lang, texts.get(c.id) ?? null])) }));
}

/** The comparison view's rows, as text: what the page shows in each cell. */
export function rowsFromComparison(conclusion: ConclusionEntry, langs?: readonly string[]): TextRow[] {
  return buildComparison(conclusion, langs).rows.map((row) => ({
    clause: row.clause.id,
    texts: Object.fromEntries(row.cells.map((cell) => [cell.lang, cell.pieces.length ? cellText(cell) : null])),
  }));
}
