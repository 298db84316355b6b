import { clauseView } from '../checks/clause-view.ts';
import { readMarker, type Marker } from '../checks/markers.ts';
import type { ConclusionEntry } from '../corpus/model.ts';
import type { FlatClause } from '../skeleton.ts';
import { signalsOf, isLatinScript, type Signals } from './signals.ts';

/** What the translations already aligned (the pivots) say about one skeleton clause. */
export interface ClauseProfile {
  id: string;
  kind: FlatClause['kind'];
  parent?: string;
  /** The skeleton's marker, read. */
  marker?: Marker;
  /** Each fact, with the share of pivots (that have the clause) carrying it. */
  facts: Map<string, number>;
  /** Latin-script words of pivots written in another script (names). */
  latin: Set<string>;
  /** Mean punctuation profile over the pivots. */
  punctuation: [number, number, number, number];
  /** Length of the clause's body in each pivot that has it. */
  lengths: Map<string, number>;
}

/** Profiles of every clause of a conclusion, from its translations except `lang` (the one being imported). */
export function profileClauses(conclusion: Pick<ConclusionEntry, 'skeleton' | 'translations'>, lang: string): ClauseProfile[] {
  const pivots = conclusion.translations.filter((t) => t.lang !== lang);
  return conclusion.skeleton.map((clause) => {
    const signals: Array<{ lang: string; latinScript: boolean; s: Signals }> = [];
    for (const pivot of pivots) {
      const text = pivot.clauses.get(clause.id);
      if (!text) continue;
      const view = clauseView(text);
      signals.push({ lang: pivot.lang, latinScript: isLatinScript(pivot.language.script), s: signalsOf(pivot.lang, view.text.slice(view.bodyStart)) });
    }
    const facts = new Map<string, number>();
    for (const { s } of signals) for (const f of s.facts) facts.set(f, (facts.get(f) ?? 0) + 1 / signals.length);
    const latin = new Set(signals.filter((x) => !x.latinScript).flatMap((x) => [...x.s.latin]));
    const punctuation = [0, 1, 2, 3].map((i) => (signals.length ? signals.reduce((sum, x) => sum + x.s.punctuation[i], 0) / signals.length : 0)) as ClauseProfile['punctuation'];
    return {
      id: clause.id,
      kind: clause.kind,
      parent: clause.parent,
      marker: clause.marker ? readMarker(clause.marker) : undefined,
      facts,
      latin,
      punctuation,
      lengths: new Map(signals.map((x) => [x.lang, x.s.length])),
    };
  });
}
