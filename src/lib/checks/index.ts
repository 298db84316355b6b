/**
 * Translators' alignment checks (Xbench / Verifika / CheckMate style), run between translations of the
 * same clause since there is no source text: coverage, numbers and dates, document codes, enumeration,
 * length ratio, text hygiene, untranslated text. Pure TypeScript: no Astro, no file system.
 */
import type { Finding, Severity } from './finding.ts';

export { runChecks, allChecks, viewsOf, type RunOptions } from './run-checks.ts';
export { checkIds, severities, compareFindings, formatFinding, type CheckId, type Finding, type RawFinding, type Severity } from './finding.ts';
export { checksConfigSchema, defaultSeverities, parseChecksConfig, severityOf, type ChecksConfig } from './config.ts';
export { coverageMatrix, type CoverageCell, type CoverageState } from './coverage-status.ts';

const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The worse of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return rank[a] >= rank[b] ? a : b;
}

/**
 * Findings grouped by clause id, for marking rows of the comparison view: the worst severity and the
 * count. Pass one conclusion's findings (or give `slug` to keep only its own).
 */
export function findingsByClause(findings: Finding[], slug?: string): Map<string, { severity: Severity; count: number }> {
  const out = new Map<string, { severity: Severity; count: number }>();
  for (const f of findings) {
    if (slug && f.conclusion !== slug) continue;
    const seen = out.get(f.clause);
    out.set(f.clause, seen ? { severity: worse(seen.severity, f.severity), count: seen.count + 1 } : { severity: f.severity, count: 1 });
  }
  return out;
}

/** How many findings of each severity. */
export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * "0 errors, 2 warnings, 14 infos": the counts of each severity in words. With `nonZeroOnly`, severities
 * without findings are left out ("2 warnings, 14 infos"; empty string when there are none).
 */
export function describeCounts(findings: Finding[], { nonZeroOnly = false } = {}): string {
  const counts = countBySeverity(findings);
  return (['error', 'warning', 'info'] as const)
    .filter((severity) => !nonZeroOnly || counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}${counts[severity] === 1 ? '' : 's'}`)
    .join(', ');
}
