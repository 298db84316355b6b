import type { Finding, Severity } from '../checks/index.ts';
import { alignmentUrl } from '../format.ts';
import type { RowFlag } from './rows.ts';

const order: Severity[] = ['error', 'warning', 'info'];

/**
 * Row flags for the comparison view: per clause, one badge per severity of its alignment findings
 * ("1 warning", "2 infos"), naming the checks, linked to the clause's findings in the alignment report.
 */
export function findingFlags(findings: readonly Finding[], slug: string): Map<string, RowFlag[]> {
  const byClause = new Map<string, Map<Severity, Finding[]>>();
  for (const finding of findings) {
    if (finding.conclusion !== slug || !finding.clause) continue;
    const bySeverity = byClause.get(finding.clause) ?? new Map<Severity, Finding[]>();
    bySeverity.set(finding.severity, [...(bySeverity.get(finding.severity) ?? []), finding]);
    byClause.set(finding.clause, bySeverity);
  }
  const flags = new Map<string, RowFlag[]>();
  for (const [clause, bySeverity] of byClause) {
    flags.set(
      clause,
      order
        .filter((severity) => bySeverity.has(severity))
        .map((severity) => {
          const list = bySeverity.get(severity)!;
          const checks = [...new Set(list.map((f) => f.check))].join(', ');
          return {
            label: `${list.length} ${severity}${list.length === 1 ? '' : 's'}`,
            title: `Alignment report: ${checks}`,
            kind: severity,
            href: alignmentUrl(slug, clause),
          };
        }),
    );
  }
  return flags;
}
