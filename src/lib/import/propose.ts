import { readMarker } from '../checks/markers.ts';
import type { ConclusionEntry } from '../corpus/model.ts';
import type { EditorialKind } from '../parse/parse-translation.ts';
import { findDocumentCodes } from '../references/document-codes.ts';
import { cleanText, type CleanText, type Removal } from '../seeds/strip-noise.ts';
import { align, type AlignWeights } from './align.ts';
import { profileClauses, type ClauseProfile } from './profile.ts';
import { signalsOf } from './signals.ts';
import { splitUnits, type Unit } from './units.ts';

/**
 * The importer's proposal for one raw text: the cleaned text cut into owned pieces (clause text, editorial
 * material), the gaps, the removals, and a confidence for every decision. Pure: the CLI reads and writes files,
 * the draft writer turns the proposal into MDX, the JSON form is {@link toJson}.
 */

/** Who a piece of text belongs to. */
export type Owner = { kind: 'clause'; id: string; parent?: string } | { kind: 'editorial'; editorial: EditorialKind };

/** A verbatim piece of one kept line: `[start, end)` of its text. */
export interface Piece {
  line: number;
  start: number;
  end: number;
  owner: Owner;
  /** For a footnote marker (`[1]`) inside a clause: the footnote it points to. */
  footnoteRef?: string;
}

export interface ClausePlacement {
  id: string;
  confidence: number;
  /** Why the confidence is what it is, for the review. */
  note?: string;
}

export interface GapPlacement {
  id: string;
  reason: string;
  confidence: number;
  /** Index of the piece before which the gap stands (`pieces.length` at the end). */
  before: number;
}

export interface Proposal {
  conclusion: string;
  lang: string;
  clean: CleanText;
  pieces: Piece[];
  clauses: ClausePlacement[];
  gaps: GapPlacement[];
  /** Target/pivot length ratio per pivot language, calibrated on this text. */
  ratios: Map<string, number>;
}

export interface ProposeOptions {
  conclusion: Pick<ConclusionEntry, 'slug' | 'number' | 'skeleton' | 'translations'> & { signatory?: { name: string } };
  lang: string;
  raw: string;
  weights?: AlignWeights;
}

/** Cleans, cuts and aligns a raw text to a conclusion's skeleton, with the conclusion's other translations as pivots. */
export function propose(options: ProposeOptions): Proposal {
  const { conclusion, lang } = options;
  const clean = cleanText(options.raw);
  const profiles = profileClauses(conclusion, lang);
  const footnotes = profiles.filter((p) => p.kind === 'footnote');
  const body = profiles.filter((p) => p.kind !== 'footnote');

  // Footnotes written apart, as a line opening with `[1]`: taken out before the alignment.
  const footnoteLines = new Map<number, ClauseProfile>();
  clean.lines.forEach((line, index) => {
    const marker = line.kind === 'text' ? readMarker(line.text) : undefined;
    if (marker?.form !== 'bracket') return;
    const match = footnotes.find((f) => f.marker?.value === marker.value) ?? footnotes[footnoteLines.size];
    if (match && ![...footnoteLines.values()].includes(match)) footnoteLines.set(index, match);
  });

  const units = splitUnits(lang, clean.lines).filter((u) => !footnoteLines.has(u.line));
  const ownFacts = new Set(findDocumentCodes(conclusion.number).flatMap((c) => [`c:${c.key}`]));
  const leadNames = conclusion.signatory ? [fold(conclusion.signatory.name)] : [];
  const alignment = align({ lang, units, clauses: body, ownFacts, leadNames, weights: options.weights });

  const pieces: Piece[] = [];
  const clauses: ClausePlacement[] = [];
  const gapsAt: Array<{ id: string; confidence: number; unit: number }> = [];
  const ownerOfUnit = new Map<number, Owner>();
  for (const place of alignment.placements) {
    const profile = body[place.clause];
    if (place.gap) {
      gapsAt.push({ id: profile.id, confidence: place.confidence, unit: place.from });
      continue;
    }
    for (let u = place.from; u < place.to; u++) ownerOfUnit.set(u, { kind: 'clause', id: profile.id });
    clauses.push({ id: profile.id, confidence: place.confidence });
  }
  const firstPlaced = Math.min(...[...ownerOfUnit.keys()], units.length);
  units.forEach((unit, index) => {
    if (!ownerOfUnit.has(index)) ownerOfUnit.set(index, { kind: 'editorial', editorial: editorialKind(unit, index < firstPlaced) });
  });

  // Pieces in text order: units, caption lines, footnote lines.
  const unitsByLine = new Map<number, Array<[Unit, number]>>();
  units.forEach((u, i) => unitsByLine.set(u.line, [...(unitsByLine.get(u.line) ?? []), [u, i]]));
  const gapBeforeUnit = new Map<number, typeof gapsAt>();
  for (const g of gapsAt) gapBeforeUnit.set(g.unit, [...(gapBeforeUnit.get(g.unit) ?? []), g]);
  const gaps: GapPlacement[] = [];
  const totalExpected = body.reduce((s, c) => s + Math.max(0, ...[...c.lengths].map(([p, l]) => l * (alignment.ratios.get(p) ?? 1))), 0);
  const totalLength = units.reduce((s, u) => s + signalsOf(lang, u.text).length, 0);
  const reason = totalLength < 0.8 * totalExpected ? 'not in this abridged translation' : 'not found in this translation';
  const addGaps = (list: typeof gapsAt | undefined) => {
    for (const g of list ?? []) gaps.push({ id: g.id, reason, confidence: g.confidence, before: pieces.length });
  };
  clean.lines.forEach((line, index) => {
    if (line.kind === 'caption') {
      pieces.push({ line: index, start: 0, end: line.text.length, owner: { kind: 'editorial', editorial: 'caption' } });
      return;
    }
    const footnote = footnoteLines.get(index);
    if (footnote) {
      pieces.push({ line: index, start: 0, end: line.text.length, owner: { kind: 'clause', id: footnote.id } });
      clauses.push({ id: footnote.id, confidence: footnoteConfidence(lang, line.text, footnote) });
      return;
    }
    for (const [unit, i] of unitsByLine.get(index) ?? []) {
      addGaps(gapBeforeUnit.get(i));
      const owner = ownerOfUnit.get(i)!;
      const last = pieces.at(-1);
      if (last && last.line === index && sameOwner(last.owner, owner)) last.end = unit.end;
      else pieces.push({ line: index, start: unit.start, end: unit.end, owner });
    }
  });
  addGaps(gapBeforeUnit.get(units.length));

  // Footnotes below split and move pieces: gaps hold on to the piece they stand before.
  const anchorOf = new Map(gaps.map((g) => [g, pieces[g.before]]));
  // Footnotes carried inline, in parentheses, inside their parent clause.
  for (const footnote of footnotes) {
    if (clauses.some((c) => c.id === footnote.id)) {
      markFootnoteRefs(pieces, clean, footnote, profiles);
      continue;
    }
    const found = findInlineFootnote(lang, pieces, clean, footnote);
    if (found) {
      clauses.push({ id: footnote.id, confidence: found.confidence });
      continue;
    }
    const moved = findEndFootnote(lang, pieces, clean, footnote, profiles);
    if (moved) {
      clauses.push({ id: footnote.id, confidence: moved.confidence });
      if (!pieces.some((p) => p.owner.kind === 'clause' && p.owner.id === moved.from)) {
        clauses.splice(clauses.findIndex((c) => c.id === moved.from), 1);
        gaps.push({ id: moved.from, reason, confidence: 0.5, before: pieces.findIndex((p) => p.owner.kind === 'clause' && p.owner.id === footnote.id) });
      }
      continue;
    }
    const parentIndex = pieces.findLastIndex((p) => p.owner.kind === 'clause' && p.owner.id === footnote.parent);
    gaps.push({ id: footnote.id, reason, confidence: 0.5, before: parentIndex >= 0 ? parentIndex + 1 : pieces.length });
  }
  for (const [gap, piece] of anchorOf) gap.before = piece ? pieces.indexOf(piece) : pieces.length;
  gaps.sort((a, b) => a.before - b.before);

  // Clauses in text order.
  const firstPiece = new Map<string, number>();
  pieces.forEach((p, i) => {
    if (p.owner.kind === 'clause' && !firstPiece.has(p.owner.id)) firstPiece.set(p.owner.id, i);
  });
  clauses.sort((a, b) => (firstPiece.get(a.id) ?? 0) - (firstPiece.get(b.id) ?? 0));
  return { conclusion: conclusion.slug, lang, clean, pieces, clauses, gaps, ratios: alignment.ratios };
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

function sameOwner(a: Owner, b: Owner): boolean {
  if (a.kind === 'clause' && b.kind === 'clause') return a.id === b.id;
  return a.kind === 'editorial' && b.kind === 'editorial' && a.editorial === b.editorial;
}

function editorialKind(unit: Unit, beforeText: boolean): EditorialKind {
  const whole = unit.startsLine && unit.endsLine;
  if (whole && unit.text.length < 160 && !/[.。:：;；!?！？]$/u.test(unit.text)) return 'heading';
  if (beforeText) return 'lead';
  return whole && unit.text.length < 160 ? 'heading' : 'note';
}

function footnoteConfidence(lang: string, text: string, footnote: ClauseProfile): number {
  const facts = signalsOf(lang, text).facts;
  const shared = [...footnote.facts.keys()].filter((f) => facts.has(f)).length;
  return footnote.facts.size ? Math.round((0.6 + (0.4 * shared) / footnote.facts.size) * 100) / 100 : 0.6;
}

/** Marks the footnote's marker (`[1]`) inside its parent clause's text as a reference to the footnote. */
function markFootnoteRefs(pieces: Piece[], clean: CleanText, footnote: ClauseProfile, profiles: ClauseProfile[]): void {
  const parent = profiles.find((p) => p.id === footnote.parent);
  if (!parent || !footnote.marker) return;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece.owner.kind !== 'clause' || piece.owner.id !== parent.id || piece.footnoteRef) continue;
    const text = clean.lines[piece.line].text.slice(piece.start, piece.end);
    const m = new RegExp(`\\[\\s*${footnote.marker.value}\\s*\\]`, 'u').exec(text);
    if (!m || m.index === 0) continue;
    const at = piece.start + m.index;
    const ref: Piece = { line: piece.line, start: at, end: at + m[0].length, owner: piece.owner, footnoteRef: footnote.id };
    const after: Piece = { line: piece.line, start: ref.end, end: piece.end, owner: piece.owner };
    piece.end = at;
    pieces.splice(i + 1, 0, ref, ...(after.end > after.start ? [after] : []));
    return;
  }
}

/** Finds a footnote written inline, in parentheses, in its parent clause; splits the parent's piece around it. */
function findInlineFootnote(lang: string, pieces: Piece[], clean: CleanText, footnote: ClauseProfile): { confidence: number } | undefined {
  let best: { piece: number; start: number; end: number; score: number } | undefined;
  pieces.forEach((piece, index) => {
    if (piece.owner.kind !== 'clause' || piece.owner.id !== footnote.parent) return;
    const text = clean.lines[piece.line].text.slice(piece.start, piece.end);
    for (const m of text.matchAll(/[(（][^()（）]{40,}[)）]/gu)) {
      const facts = signalsOf(lang, m[0]).facts;
      const strong = [...facts].filter((f) => !f.startsWith('n:') && footnote.facts.has(f)).length;
      const shared = [...facts].filter((f) => footnote.facts.has(f)).length;
      const score = strong * 2 + shared;
      if (strong > 0 && (!best || score > best.score)) best = { piece: index, start: piece.start + m.index, end: piece.start + m.index + m[0].length, score };
    }
  });
  if (!best) return undefined;
  const piece = pieces[best.piece];
  const parentOwner = piece.owner;
  const inner: Piece = { line: piece.line, start: best.start, end: best.end, owner: { kind: 'clause', id: footnote.id, parent: footnote.parent } };
  const after: Piece = { line: piece.line, start: best.end, end: piece.end, owner: parentOwner };
  piece.end = best.start;
  pieces.splice(best.piece + 1, 0, inner, ...(after.end > after.start ? [after] : []));
  return { confidence: Math.min(0.95, 0.6 + 0.1 * best.score) };
}

/**
 * Finds a footnote standing at the end without its marker (a text that dropped `[1]`): a whole line after its
 * parent clause whose document codes or dates are the footnote's and none of the clause that the aligner gave
 * it to. The line is given to the footnote.
 */
function findEndFootnote(lang: string, pieces: Piece[], clean: CleanText, footnote: ClauseProfile, profiles: ClauseProfile[]): { confidence: number; from: string } | undefined {
  const parentLine = pieces.findLast((p) => p.owner.kind === 'clause' && p.owner.id === footnote.parent)?.line;
  if (parentLine === undefined) return undefined;
  const strong = (facts: Set<string>, profile: ClauseProfile | undefined) => [...facts].filter((f) => !f.startsWith('n:') && profile?.facts.has(f)).length;
  for (let line = clean.lines.length - 1; line > parentLine; line--) {
    const onLine = pieces.filter((p) => p.line === line);
    const owner = onLine[0]?.owner;
    if (!owner || owner.kind !== 'clause' || onLine.some((p) => p.owner.kind !== 'clause' || p.owner.id !== owner.id)) continue;
    const facts = signalsOf(lang, clean.lines[line].text).facts;
    const own = strong(facts, footnote);
    if (own === 0 || strong(facts, profiles.find((p) => p.id === owner.id)) > 0) continue;
    const first = pieces.indexOf(onLine[0]);
    Object.assign(onLine[0], { end: onLine.at(-1)!.end, owner: { kind: 'clause', id: footnote.id }, footnoteRef: undefined });
    pieces.splice(first + 1, onLine.length - 1);
    return { confidence: Math.min(0.9, 0.5 + 0.1 * own), from: owner.id };
  }
  return undefined;
}

/** The text of a piece. */
export function pieceText(proposal: Pick<Proposal, 'clean'>, piece: Piece): string {
  return proposal.clean.lines[piece.line].text.slice(piece.start, piece.end);
}

/** A clause's own text: its pieces, joined where they touch, by a newline where they do not. */
export function clauseText(proposal: Pick<Proposal, 'clean' | 'pieces'>, id: string): string {
  let out = '';
  let previous: Piece | undefined;
  for (const piece of proposal.pieces) {
    if (piece.owner.kind !== 'clause' || piece.owner.id !== id) continue;
    const line = proposal.clean.lines[piece.line].text;
    if (previous && previous.line === piece.line && line.slice(previous.end, piece.start).trim() === '') out += line.slice(previous.end, piece.end);
    else out += (previous ? '\n' : '') + line.slice(piece.start, piece.end);
    previous = piece;
  }
  return out;
}

/** The proposal in the JSON shape other tools read. */
export interface ProposalJson {
  conclusion: string;
  lang: string;
  clauses: Array<{ id: string; text: string; confidence: number }>;
  editorial: Array<{ kind: EditorialKind; text: string }>;
  removed: Array<{ reason: string; text: string }>;
  gaps: string[];
}

export function toJson(proposal: Proposal): ProposalJson {
  return {
    conclusion: proposal.conclusion,
    lang: proposal.lang,
    clauses: proposal.clauses.map((c) => ({ id: c.id, text: clauseText(proposal, c.id), confidence: c.confidence })),
    editorial: proposal.pieces.flatMap((p) => (p.owner.kind === 'editorial' ? [{ kind: p.owner.editorial, text: pieceText(proposal, p) }] : [])),
    removed: proposal.clean.removed.map((r: Removal) => ({ reason: r.reason, text: r.text })),
    gaps: proposal.gaps.map((g) => g.id),
  };
}
