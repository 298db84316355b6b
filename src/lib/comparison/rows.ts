import type { Finding } from '../checks/finding.ts';
import type { ConclusionEntry, Translation } from '../corpus/model.ts';
import type { EditorialKind, Segment } from '../parse/parse-translation.ts';
import type { FlatClause } from '../skeleton.ts';
import { clauseFacts, type FactContext, type FactMark } from './facts.ts';

/**
 * The comparison view as data: one row per skeleton clause (in reading order), one cell per chosen
 * translation. Each cell holds the publisher material that precedes the clause in that translation (its
 * lead: the view shows it in a band above the row, so that the clause texts start level), the clause's text
 * in pieces with the facts each run states, the editorial material standing between pieces, the gap reason
 * for an omitted clause, and, for a footnote, where the translation carries it.
 */

/** Publisher material shown inside a cell, apart from the conclusion text. */
export interface EditorialBlock {
  kind: EditorialKind;
  text: string;
}

/** One run of a clause's text in one translation. */
export interface CellPiece {
  /** The text, as published; a segment with `footnoteRef` is a footnote marker such as `[1]`. */
  segments: Array<{ text: string; footnoteRef?: string; facts?: FactMark[] }>;
  /** The translation starts a paragraph with this piece. */
  startsParagraph: boolean;
  /** The piece opens a new block: it starts another paragraph than the piece before, or editorial material precedes it. */
  opensBlock: boolean;
  /** Clauses this translation carries inline between the previous piece and this one (a footnote in parentheses). */
  interruptedBy: string[];
  /** Editorial material that comes right before the piece (never for the first piece: that is the cell's lead). */
  editorial: EditorialBlock[];
}

/** Where a translation carries a footnote clause. */
export type FootnotePlacement =
  | { kind: 'inline'; parent: string }
  | { kind: 'note'; parent: string; atEnd: boolean; marker?: string };

/** One translation's cell in a row. */
export interface Cell {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Publisher material right before the clause (or before where an omitted clause would be). */
  lead: EditorialBlock[];
  /** The clause's text in pieces; empty for a gap. */
  pieces: CellPiece[];
  /** The translation omits the clause: its reason. */
  gap?: { reason: string };
  /** Footnote rows: how this translation carries the footnote. */
  placement?: FootnotePlacement;
  /** Editorial material after the translation's last clause (only in the cell of that clause). */
  trailing: EditorialBlock[];
}

/** One clause across the chosen translations. */
export interface Row {
  clause: FlatClause;
  cells: Cell[];
}

/** A finding shown on a row (by the alignment report): short label, longer explanation, kind for styling. */
export interface RowFlag {
  /** Short visible text, e.g. "2 warnings". */
  label: string;
  /** Longer description, for the tooltip and screen readers. */
  title?: string;
  /** Kind of flag, e.g. a finding's severity; styles the badge. */
  kind?: string;
  /** Where the flag leads, e.g. the clause's findings in the alignment report. */
  href?: string;
}

/** Rows and columns of a comparison. */
export interface Comparison {
  columns: Translation[];
  rows: Row[];
}

/**
 * Builds the comparison of `conclusion` for the translations `langs` (default: all, in corpus order);
 * `findings` (the conclusion's) give the facts one translation states and another lacks their notes.
 */
export function buildComparison(conclusion: ConclusionEntry, langs?: readonly string[], findings: readonly Finding[] = []): Comparison {
  const columns = langs
    ? langs.map((tag) => conclusion.translations.find((t) => t.lang === tag)).filter((t): t is Translation => t !== undefined)
    : conclusion.translations;
  const context = { conclusion, findings };
  const cellsByLang = new Map(columns.map((t) => [t.lang, translationCells(t, conclusion.skeleton, { context })]));
  const rows = conclusion.skeleton.map((clause) => ({
    clause,
    cells: columns.map((t) => cellsByLang.get(t.lang)!.get(clause.id)!),
  }));
  return { columns, rows };
}

/** How {@link translationCells} marks facts. */
export interface CellOptions {
  /** The conclusion and its findings: notes for the facts another translation lacks or states differently. */
  context?: FactContext;
  /** False: no fact marks at all (a reader of the cells' blocks only, such as the JSON export). Default true. */
  facts?: boolean;
}

/** Every cell of one translation, by clause id. */
export function translationCells(translation: Translation, skeleton: readonly FlatClause[], { context, facts: marked = true }: CellOptions = {}): Map<string, Cell> {
  const { lang } = translation;
  const dir = translation.language.dir;
  const cells = new Map<string, Cell>();
  const pieceAt = new Map<Segment, CellPiece>();
  for (const clause of skeleton) {
    const text = translation.clauses.get(clause.id);
    const gap = translation.gaps.get(clause.id);
    const facts = text && marked ? clauseFacts(lang, text, clause, context) : new Map();
    const pieces: CellPiece[] = (text?.pieces ?? []).map((piece, i, all) => ({
      segments: piece.segments.map((s) =>
        s.footnoteRef ? { text: s.text, footnoteRef: s.footnoteRef } : facts.has(s) ? { text: s.text, facts: facts.get(s)! } : { text: s.text },
      ),
      startsParagraph: piece.startsParagraph,
      opensBlock: i === 0 || piece.paragraph !== all[i - 1].paragraph,
      interruptedBy: i > 0 && piece.paragraph === all[i - 1].paragraph ? between(translation, all[i - 1].segments.at(-1)!, piece.segments[0]) : [],
      editorial: [],
    }));
    text?.pieces.forEach((piece, i) => pieceAt.set(piece.segments[0], pieces[i]));
    cells.set(clause.id, {
      lang,
      dir,
      lead: [],
      pieces,
      gap: gap && !text ? { reason: gap.reason } : undefined,
      placement: clause.kind === 'footnote' && clause.parent && text ? placementOf(translation, clause, skeleton) : undefined,
      trailing: [],
    });
  }
  attachEditorial(translation, cells, pieceAt);
  for (const cell of cells.values()) if (cell.pieces.length) [cell.lead, cell.pieces[0].editorial] = [cell.pieces[0].editorial, []];
  return cells;
}

/** Gives each run of editorial material to the next piece (or gap) in document order; what follows the last clause trails it. */
function attachEditorial(translation: Translation, cells: Map<string, Cell>, pieceAt: Map<Segment, CellPiece>): void {
  const gapsAt = new Map<number, string[]>();
  for (const gap of translation.gaps.values()) gapsAt.set(gap.paragraph, [...(gapsAt.get(gap.paragraph) ?? []), gap.clause]);
  let pending: EditorialBlock[] = [];
  let last: Cell | undefined;
  const give = (to: EditorialBlock[]) => {
    to.push(...pending.map((block) => ({ kind: block.kind, text: block.text.trim() })));
    pending = [];
  };
  translation.paragraphs.forEach((paragraph, index) => {
    for (const id of gapsAt.get(index) ?? []) {
      const cell = cells.get(id);
      if (cell?.gap) give(cell.lead);
    }
    let run: EditorialBlock | undefined;
    for (const segment of paragraph.segments) {
      if (segment.kind === 'editorial') {
        if (run && run.kind === segment.editorial) run.text += segment.text;
        else pending.push((run = { kind: segment.editorial, text: segment.text }));
        continue;
      }
      if (segment.kind === 'space') {
        if (run) run.text += segment.text;
        continue;
      }
      run = undefined;
      const piece = pieceAt.get(segment);
      if (piece) give(piece.editorial);
      last = cells.get(segment.clause) ?? last;
    }
  });
  for (const id of gapsAt.get(translation.paragraphs.length) ?? []) {
    const cell = cells.get(id);
    if (cell?.gap) give(cell.lead);
  }
  if (last) give(last.trailing);
}

/** Clause ids whose text lies between two segments of one paragraph. */
function between(translation: Translation, from: Segment, to: Segment): string[] {
  const paragraph = translation.paragraphs.find((p) => p.segments.includes(from));
  if (!paragraph) return [];
  const segments = paragraph.segments.slice(paragraph.segments.indexOf(from) + 1, paragraph.segments.indexOf(to));
  return [...new Set(segments.flatMap((s) => (s.kind === 'clause' ? [s.clause] : [])))];
}

/** Where a translation carries a footnote: inside its parent's paragraph (inline), or as a note of its own. */
function placementOf(translation: Translation, clause: FlatClause, skeleton: readonly FlatClause[]): FootnotePlacement {
  const parent = clause.parent!;
  const own = translation.clauses.get(clause.id)!.pieces[0];
  const parentPieces = translation.clauses.get(parent)?.pieces ?? [];
  if (parentPieces.some((p) => p.paragraph === own.paragraph)) return { kind: 'inline', parent };
  const marker = parentPieces.flatMap((p) => p.segments).find((s) => s.footnoteRef === clause.id)?.text;
  const later = skeleton.filter((c) => c.kind !== 'footnote' && (translation.clauses.get(c.id)?.pieces.at(-1)?.paragraph ?? -1) > own.paragraph);
  return { kind: 'note', parent, atEnd: later.length === 0, marker };
}

/** The plain text of a cell's pieces, joined as {@link ClauseText.text} joins them. */
export function cellText(cell: Cell): string {
  return cell.pieces.map((p) => p.segments.map((s) => s.text).join('').trim()).join(' ');
}
