import type { ConclusionEntry, Translation } from '../corpus/model.ts';
import type { ClauseView } from './clause-view.ts';
import type { RawFinding } from './finding.ts';
import type { LengthCalibration } from './length-calibration.ts';

/** What every check reads: one conclusion, its clause views, and corpus-wide calibrations. */
export interface CheckInput {
  conclusion: ConclusionEntry;
  /** Per language tag, per clause id: the clause's view (present clauses only). */
  views: ReadonlyMap<string, ReadonlyMap<string, ClauseView>>;
  /** Length-ratio bands per language pair, calibrated on the whole corpus. */
  calibration: LengthCalibration;
}

/** A check: pure, reads one conclusion, returns findings without severities. */
export type Check = (input: CheckInput) => RawFinding[];

/** Translations that have the clause, in language order. */
export function translationsWith(input: CheckInput, clause: string): Translation[] {
  return input.conclusion.translations.filter((t) => input.views.get(t.lang)?.has(clause));
}

/** The view of `clause` in `lang` (which must have it). */
export function viewOf(input: CheckInput, lang: string, clause: string): ClauseView {
  const view = input.views.get(lang)?.get(clause);
  if (!view) throw new Error(`No clause ${clause} in ${lang}`);
  return view;
}

/** A finding located at `offset` in the view of `clause` in `langs[0]`. */
export function findingAt(input: CheckInput, check: RawFinding['check'], clause: string, langs: string[], offset: number, message: string): RawFinding {
  const { file, line, column } = viewOf(input, langs[0], clause).locate(offset);
  return { check, clause, langs, message, file, line, column };
}

/** Formats a list of language tags for messages: `ro, ru`. */
export function listLangs(langs: string[]): string {
  return langs.join(', ');
}
