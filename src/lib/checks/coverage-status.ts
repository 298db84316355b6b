import type { ConclusionEntry, Translation } from '../corpus/model.ts';

/** How one translation carries one clause. */
export type CoverageState = 'present' | 'merged' | 'split' | 'gap' | 'missing';

/** One cell of the coverage matrix. */
export interface CoverageCell {
  state: CoverageState;
  /** Clauses sharing the paragraph (merged), the paragraph count (split), or the gap's reason. */
  detail?: string;
}

/**
 * The clauses a clause shares its first paragraph with in a translation, leaving out a footnote carried
 * inline in its clause (and that clause, seen from the footnote): the skeleton allows footnotes inline.
 */
export function paragraphPartners(conclusion: ConclusionEntry, translation: Translation, id: string): string[] {
  const clause = translation.clauses.get(id);
  if (!clause) return [];
  const paragraph = translation.paragraphs[clause.pieces[0].paragraph];
  const byId = new Map(conclusion.skeleton.map((c) => [c.id, c]));
  const inlineFootnote = (a: string, b: string) => byId.get(a)?.kind === 'footnote' && byId.get(a)?.parent === b;
  const owners = new Set(paragraph.segments.flatMap((s) => (s.kind === 'clause' ? [s.clause] : [])));
  return [...owners].filter((o) => o !== id && !inlineFootnote(o, id) && !inlineFootnote(id, o));
}

/** The coverage matrix of a conclusion: per clause id, per language tag. */
export function coverageMatrix(conclusion: ConclusionEntry): Map<string, Map<string, CoverageCell>> {
  const matrix = new Map<string, Map<string, CoverageCell>>();
  for (const { id } of conclusion.skeleton) {
    const row = new Map<string, CoverageCell>();
    const partners = new Map(conclusion.translations.map((t) => [t.lang, paragraphPartners(conclusion, t, id)]));
    for (const t of conclusion.translations) {
      const clause = t.clauses.get(id);
      const gap = t.gaps.get(id);
      if (gap) row.set(t.lang, { state: 'gap', detail: gap.reason });
      else if (!clause) row.set(t.lang, { state: 'missing' });
      else {
        const others = conclusion.translations.filter((o) => o !== t && o.clauses.has(id));
        const ownElsewhere = others.some((o) => partners.get(o.lang)!.length === 0);
        const mine = partners.get(t.lang)!;
        const fewest = Math.min(...others.map((o) => o.clauses.get(id)!.paragraphCount));
        if (mine.length && ownElsewhere) row.set(t.lang, { state: 'merged', detail: mine.join(', ') });
        else if (others.length && clause.paragraphCount > fewest) row.set(t.lang, { state: 'split', detail: String(clause.paragraphCount) });
        else row.set(t.lang, { state: 'present' });
      }
    }
    matrix.set(id, row);
  }
  return matrix;
}
