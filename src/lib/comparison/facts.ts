import { skeletonMarker } from '../checks/check-enumeration.ts';
import { clauseView } from '../checks/clause-view.ts';
import { clauseViewFacts } from '../checks/extract-numbers.ts';
import type { Finding } from '../checks/finding.ts';
import { readMarker } from '../checks/markers.ts';
import type { ClauseText, ConclusionEntry } from '../corpus/model.ts';
import type { Segment } from '../parse/parse-translation.ts';
import { findDocumentCodes } from '../references/document-codes.ts';
import type { FlatClause } from '../skeleton.ts';
import { foldDigits } from '../text/normalize.ts';
import { sameFact } from './same-fact.ts';

/**
 * The facts of a clause (numbers, dates, document codes, its enumeration marker) placed on the text that
 * states them, for the comparison and reading views to mark. The checks' own readers find them, on the
 * clause's text as the checks read it (`clauseView`), so a mark and a finding always agree.
 */

/** What kind of fact a mark is. */
export type FactKind = 'number' | 'date' | 'code' | 'marker';

/** One fact in a run of text: where it is in that run, its normalized value, and what the checks say of it. */
export interface FactMark {
  /** UTF-16 offset in the segment's text. */
  start: number;
  length: number;
  /** `<kind>:<value>`: `date:2025-10-29`, `code:523-bc/btctw`, `number:15`, `marker:(ii)`. */
  fact: string;
  /** The findings' messages when another translation lacks this fact or states it differently. */
  note?: string;
}

/** The fact of a kind and value, as `data-fact` carries it. */
export function factKey(kind: FactKind, value: string): string {
  return `${kind}:${value}`;
}

/** A fact found in a clause's text (offsets in the checks' view of the clause). */
interface Found {
  index: number;
  length: number;
  fact: string;
}

/** What the notes of a clause's facts are read from: the conclusion and its alignment findings. */
export interface FactContext {
  conclusion: ConclusionEntry;
  findings: readonly Finding[];
}

/** The marker a translation writes at the start of a clause, read as the enumeration check reads it. */
function writtenMarker(text: ClauseText, clause: FlatClause) {
  const want = clause.kind === 'footnote' ? undefined : skeletonMarker(clause);
  return want && { want, marker: readMarker(clauseView(text).text, want.numbering) };
}

const foundOf = new WeakMap<ClauseText, { lang: string; clause: FlatClause; found: Found[] }>();

/** The facts of a clause's text, found once per text (the comparison, the reading view and the exports ask for them). */
function factsFound(lang: string, text: ClauseText, clause: FlatClause): Found[] {
  const known = foundOf.get(text);
  if (known && known.lang === lang && known.clause === clause) return known.found;
  const view = clauseView(text);
  const found: Found[] = [];
  const { want, marker } = writtenMarker(text, clause) ?? {};
  if (want && marker) {
    const value = marker.value === want!.value ? clause.marker! : foldDigits(marker.written).replace(/\s+/g, '');
    found.push({ index: view.text.indexOf(marker.written), length: marker.written.length, fact: factKey('marker', value.toLowerCase()) });
  }
  for (const code of findDocumentCodes(view.text)) found.push({ index: code.index, length: code.written.length, fact: factKey('code', code.key.toLowerCase()) });
  for (const f of clauseViewFacts(lang, view)) found.push({ index: f.index, length: f.length, fact: factKey(f.kind, f.value) });
  foundOf.set(text, { lang, clause, found });
  return found;
}

/**
 * The facts of `text` (clause `clause` of a translation in `lang`), by the segment that carries each
 * (a fact split over two segments is marked in both). With a `context`, a fact that another translation
 * lacks or states differently gets the messages of the findings about it as its note.
 */
export function clauseFacts(lang: string, text: ClauseText, clause: FlatClause, context?: FactContext): Map<Segment, FactMark[]> {
  const view = clauseView(text);
  const found = factsFound(lang, text, clause);

  const noteOf = (fact: string): string | undefined => {
    if (!context) return undefined;
    const about = fact.startsWith('marker:') ? markerFindings(lang, clause, context) : context.findings.filter((f) => f.clause === clause.id && f.fact && f.langs.includes(lang) && sameFact(f.fact, fact));
    return about.length ? about.map((f) => f.message).join(' ') : undefined;
  };

  const segments = text.pieces.flatMap((p) => p.segments.filter((s) => !s.footnoteRef));
  const out = new Map<Segment, FactMark[]>();
  view.spans.forEach((span, i) => {
    const end = span.start + span.text.length;
    const marks: FactMark[] = [];
    for (const f of found) {
      const from = Math.max(f.index, span.start);
      const to = Math.min(f.index + f.length, end);
      if (from >= to) continue;
      const note = noteOf(f.fact);
      marks.push({ start: from - span.start, length: to - from, fact: f.fact, ...(note ? { note } : {}) });
    }
    if (marks.length) out.set(segments[i], marks.sort((a, b) => a.start - b.start));
  });
  return out;
}

/** A run of text cut at its facts: plain strings, and the marked pieces with their fact. */
export type FactPart = string | { text: string; fact: string; note?: string };

/** Cuts `text` at `marks` (sorted, not overlapping), keeping every character. */
export function splitAtFacts(text: string, marks: readonly FactMark[] = []): FactPart[] {
  const parts: FactPart[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push({ text: text.slice(m.start, m.start + m.length), fact: m.fact, ...(m.note ? { note: m.note } : {}) });
    at = m.start + m.length;
  }
  if (at < text.length || parts.length === 0) parts.push(text.slice(at));
  return parts;
}

/**
 * The findings about the marker `lang` writes for `clause`: its own sequence or level findings, and for
 * each other translation that writes no marker there, the finding that says so (about this clause, or
 * about the whole list it belongs to, which the check reports once, at the list's first clause).
 */
function markerFindings(lang: string, clause: FlatClause, { conclusion, findings }: FactContext): Finding[] {
  const enumeration = findings.filter((f) => f.check.startsWith('enumeration-'));
  const own = enumeration.filter((f) => f.check !== 'enumeration-missing' && f.langs[0] === lang && f.clause === clause.id);
  const parentOf = new Map(conclusion.skeleton.map((c) => [c.id, c.parent]));
  const lacking = conclusion.translations.flatMap((t) => {
    const text = t.lang === lang ? undefined : t.clauses.get(clause.id);
    if (!text || writtenMarker(text, clause)?.marker) return [];
    const missing = enumeration.filter((f) => f.check === 'enumeration-missing' && f.langs[0] === t.lang);
    const finding = missing.find((f) => f.clause === clause.id) ?? missing.find((f) => parentOf.get(f.clause) === clause.parent && parentOf.has(f.clause));
    return finding ? [finding] : [];
  });
  return [...own, ...lacking];
}
