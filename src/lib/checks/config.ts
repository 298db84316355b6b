import { z } from 'zod';
import { parse } from 'yaml';
import { checkIds, severities, type CheckId, type Severity } from './finding.ts';

/**
 * Severities per check, with overrides per conclusion. Defaults follow one rule: errors are structural
 * breakage (a clause missing), warnings are real departures of a translation that a reader should know
 * about (a number or code one translation lacks), infos are what translations legitimately do
 * differently (merged paragraphs, dropped numbering).
 */
export const defaultSeverities: Record<CheckId, Severity> = {
  'coverage-missing': 'error',
  'coverage-omitted': 'warning',
  'coverage-merged': 'info',
  'coverage-split': 'info',
  'coverage-outside': 'error',
  numbers: 'warning',
  dates: 'warning',
  'document-codes': 'warning',
  'enumeration-missing': 'info',
  'enumeration-sequence': 'warning',
  'enumeration-level': 'warning',
  'length-ratio': 'info',
  'hygiene-bidi': 'warning',
  'hygiene-zero-width': 'warning',
  'hygiene-mixed-script': 'warning',
  'hygiene-spaces': 'info',
  'hygiene-unpaired': 'warning',
  untranslated: 'warning',
};

const severitySchema = z.enum(severities);
const overridesSchema = z.partialRecord(z.enum(checkIds), severitySchema);

/** Schema of `content/checks.yaml`. */
export const checksConfigSchema = z.strictObject({
  /** Severity per check id, over the defaults. */
  severities: overridesSchema.optional(),
  /** Per conclusion slug: severity per check id, over the above. A maintainer acknowledges a finding here. */
  conclusions: z.record(z.string(), overridesSchema).optional(),
});

/** The checks configuration, as read from `content/checks.yaml`. */
export type ChecksConfig = z.infer<typeof checksConfigSchema>;

/** Parses and validates the YAML text of the config; throws an Error naming the bad keys. */
export function parseChecksConfig(text: string, file = 'content/checks.yaml'): ChecksConfig {
  const result = checksConfigSchema.safeParse(parse(text) ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`${file} is not a valid checks config:\n  ${problems.join('\n  ')}`);
}

/** The severity of `check` in the conclusion `slug`. */
export function severityOf(config: ChecksConfig, slug: string, check: CheckId): Severity {
  return config.conclusions?.[slug]?.[check] ?? config.severities?.[check] ?? defaultSeverities[check];
}
