import type { ConclusionEntry, Corpus } from '../corpus/model.ts';
import type { Check, CheckInput } from './check-input.ts';
import { checkCoverage } from './check-coverage.ts';
import { checkDocumentCodes } from './check-document-codes.ts';
import { checkEnumeration } from './check-enumeration.ts';
import { checkHygiene } from './check-hygiene.ts';
import { checkLengthRatio } from './check-length-ratio.ts';
import { checkNumbers } from './check-numbers.ts';
import { checkUntranslated } from './check-untranslated.ts';
import { clauseView, type ClauseView } from './clause-view.ts';
import { severityOf, type ChecksConfig } from './config.ts';
import { compareFindings, type Finding } from './finding.ts';
import { calibrateLengths } from './length-calibration.ts';

/** Every check, in the order the report lists their kinds. */
export const allChecks: Check[] = [checkCoverage, checkNumbers, checkDocumentCodes, checkEnumeration, checkLengthRatio, checkHygiene, checkUntranslated];

type Views = ReadonlyMap<string, ReadonlyMap<string, ClauseView>>;

/** The clause views of every translation of a conclusion. */
export function viewsOf(conclusion: ConclusionEntry): Views {
  return new Map(conclusion.translations.map((t) => [t.lang, new Map([...t.clauses].map(([id, c]) => [id, clauseView(c)]))]));
}

/** Options of {@link runChecks}. */
export interface RunOptions {
  /** Only these conclusions (slugs); the length calibration still uses the whole corpus. */
  conclusions?: string[];
  /** The checks to run (all by default). */
  checks?: Check[];
}

/**
 * Runs the checks over every conclusion of the corpus, every pair of translations, and gives each finding
 * its configured severity. Pure: the corpus and config come in, findings (sorted by place) come out.
 */
export function runChecks(corpus: Corpus, config: ChecksConfig = {}, options: RunOptions = {}): Finding[] {
  const views = new Map(corpus.conclusions.map((c) => [c.slug, viewsOf(c)]));
  const calibration = calibrateLengths(corpus, (slug) => views.get(slug)!);
  const findings: Finding[] = [];
  for (const conclusion of corpus.conclusions) {
    if (options.conclusions && !options.conclusions.includes(conclusion.slug)) continue;
    const input: CheckInput = { conclusion, views: views.get(conclusion.slug)!, calibration };
    for (const check of options.checks ?? allChecks)
      for (const raw of check(input)) findings.push({ ...raw, conclusion: conclusion.slug, severity: severityOf(config, conclusion.slug, raw.check) });
  }
  return findings.sort(compareFindings);
}
