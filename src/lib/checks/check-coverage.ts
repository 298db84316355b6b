import type { ConclusionEntry } from '../corpus/model.ts';
import type { Check } from './check-input.ts';
import { coverageMatrix, type CoverageCell } from './coverage-status.ts';
import type { RawFinding } from './finding.ts';

/**
 * Coverage: per clause and translation, a clause missing (structural: should not survive validation),
 * omitted (a `<Gap>` and its reason), merged into a paragraph with other clauses where another translation
 * gives it its own, split over more paragraphs than elsewhere; and text outside any clause (validation
 * stops it first, so this reports nothing on valid content).
 */
export const checkCoverage: Check = ({ conclusion }) => {
  const out: RawFinding[] = [];
  const matrix = coverageMatrix(conclusion);
  for (const { id } of conclusion.skeleton) {
    for (const t of conclusion.translations) {
      const cell = matrix.get(id)!.get(t.lang)!;
      const at = t.clauses.get(id)?.location ?? t.gaps.get(id)?.location ?? { file: t.file, line: 1, column: 1 };
      const base = { clause: id, file: at.file, line: at.line, column: at.column };
      const others = conclusion.translations.filter((o) => o !== t && o.clauses.has(id)).map((o) => o.lang);
      if (cell.state === 'missing')
        out.push({ ...base, check: 'coverage-missing', langs: [t.lang], message: `${t.lang} has no clause ${id} and no <Gap> for it.` });
      else if (cell.state === 'gap')
        out.push({ ...base, check: 'coverage-omitted', langs: [t.lang], message: `${t.lang} omits clause ${id}: ${cell.detail}` });
      else if (cell.state === 'split')
        out.push({ ...base, check: 'coverage-split', langs: [t.lang, ...others], message: `${t.lang} splits clause ${id} over ${cell.detail} paragraphs, more than ${others.join(', ')}.` });
    }
  }
  out.push(...mergedParagraphs(conclusion, matrix));
  for (const t of conclusion.translations)
    for (const p of t.paragraphs)
      for (const s of p.segments)
        if (s.kind === 'space' && s.text.trim())
          out.push({ check: 'coverage-outside', clause: '', langs: [t.lang], message: `Text outside any clause: "${s.text.trim().slice(0, 40)}".`, ...s.location });
  return out;
};

/** One finding per paragraph into which a translation merges clauses that another gives paragraphs of their own. */
function mergedParagraphs(conclusion: ConclusionEntry, matrix: Map<string, Map<string, CoverageCell>>): RawFinding[] {
  const out: RawFinding[] = [];
  for (const t of conclusion.translations) {
    const byParagraph = new Map<number, string[]>();
    for (const { id } of conclusion.skeleton)
      if (matrix.get(id)!.get(t.lang)!.state === 'merged') {
        const paragraph = t.clauses.get(id)!.pieces[0].paragraph;
        byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), id]);
      }
    for (const [paragraph, merged] of byParagraph) {
      const owners = new Set(t.paragraphs[paragraph].segments.flatMap((s) => (s.kind === 'clause' ? [s.clause] : [])));
      const rest = [...owners].filter((o) => !merged.includes(o));
      const own = conclusion.translations.filter((o) => o !== t && merged.some((id) => o.clauses.has(id) && matrix.get(id)!.get(o.lang)!.state !== 'merged')).map((o) => o.lang);
      const at = t.clauses.get(merged[0])!.location;
      const them = merged.length > 1 ? 'them paragraphs' : 'it a paragraph';
      const into = rest.length ? ` into the paragraph of ${rest.join(', ')}` : ' into one paragraph';
      out.push({ check: 'coverage-merged', clause: merged[0], langs: [t.lang, ...own], message: `${t.lang} runs clause${merged.length > 1 ? 's' : ''} ${merged.join(', ')}${into}; ${own.join(', ')} give${own.length > 1 ? '' : 's'} ${them} of their own.`, ...at });
    }
  }
  return out;
}
