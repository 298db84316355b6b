import type { ConclusionEntry, Translation } from './model.ts';

/** How much of a conclusion's skeleton a translation covers. */
export interface Coverage {
  /** Clauses anchored in the translation. */
  present: number;
  /** Clauses the translation marks as omitted. */
  gaps: number;
}

/** Counts present clauses and gaps of one translation against its conclusion's skeleton. */
export function coverageOf(conclusion: ConclusionEntry, translation: Translation): Coverage {
  let present = 0;
  let gaps = 0;
  for (const clause of conclusion.skeleton) {
    if (translation.clauses.has(clause.id)) present++;
    else if (translation.gaps.has(clause.id)) gaps++;
  }
  return { present, gaps };
}
