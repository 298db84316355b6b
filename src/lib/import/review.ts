import type { DraftLines } from './draft.ts';
import { clauseText, pieceText, type Proposal } from './propose.ts';

/** Below this confidence, a place is flagged for review (the report page uses the same threshold). */
export const lowConfidence = 0.8;

function excerpt(text: string, length = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

/**
 * The review of a proposal, as printed by `npm run import`: every clause and gap with its confidence and the
 * draft's `file:line`, lowest confidence first; then the editorial blocks; then the noise removed, at its line
 * in the raw file.
 */
export function formatReview(proposal: Proposal, lines: DraftLines, draftFile: string, rawFile: string): string {
  const places = [
    ...proposal.clauses.map((c) => ({ confidence: c.confidence, line: lines.clauses.get(c.id) ?? 1, text: `clause ${c.id}  «${excerpt(clauseText(proposal, c.id))}»` })),
    ...proposal.gaps.map((g) => ({ confidence: g.confidence, line: lines.gaps.get(g.id) ?? 1, text: `gap ${g.id}  (${g.reason})` })),
  ].sort((a, b) => a.confidence - b.confidence || a.line - b.line);
  const out: string[] = [];
  const low = places.filter((p) => p.confidence < lowConfidence).length;
  out.push(`\nPlaces, lowest confidence first (${low} below ${lowConfidence}: check these):`);
  for (const p of places) out.push(`  ${draftFile}:${p.line}  ${p.confidence.toFixed(2)}${p.confidence < lowConfidence ? ' CHECK' : ''}  ${p.text}`);
  const editorial = proposal.pieces.filter((p) => p.owner.kind === 'editorial');
  out.push(`\nEditorial blocks (${editorial.length}), kept apart from the conclusion's text:`);
  editorial.forEach((piece, index) => {
    const kind = piece.owner.kind === 'editorial' ? piece.owner.editorial : '';
    out.push(`  ${draftFile}:${lines.editorial[index] ?? 1}  ${kind}  «${excerpt(pieceText(proposal, piece))}»`);
  });
  out.push(`\nRemoved as noise (${proposal.clean.removed.length}):`);
  for (const r of proposal.clean.removed)
    out.push(`  ${rawFile}:${r.line}  ${r.reason}  ${r.reason === 'blank run' ? `(${r.text.length} blank lines)` : `«${excerpt(r.text)}»`}`);
  out.push(`\nNext: read the places marked CHECK; to fix a boundary, move the </Clause> and <Clause id="…"> tags; then run npm run check.\n`);
  return `${out.join('\n')}\n`;
}

/** A clause of an imported translation that the importer placed with low confidence. */
export interface LowConfidencePlace {
  lang: string;
  clause: string;
  confidence: number;
  /** The translation's MDX file, for the reviewer. */
  file: string;
}

/**
 * The places of a conclusion's imported translations still to review: clauses (and gaps) whose confidence, as
 * the importer left it in the frontmatter (`imported.confidence`), is below {@link lowConfidence}; lowest first.
 */
export function lowConfidencePlaces(translations: ReadonlyArray<{ lang: string; file: string; imported?: { confidence: Record<string, number> } }>): LowConfidencePlace[] {
  return translations
    .flatMap((t) => Object.entries(t.imported?.confidence ?? {}).map(([clause, confidence]) => ({ lang: t.lang, clause, confidence, file: t.file })))
    .filter((p) => p.confidence < lowConfidence)
    .sort((a, b) => a.confidence - b.confidence || a.lang.localeCompare(b.lang));
}
