import { describe, expect, it } from 'vitest';
import { countBySeverity, findingsByClause, formatFinding, parseChecksConfig, severityOf } from '../../src/lib/checks/index.ts';
import { findingsOf, paragraphs } from '../support/checks-fixtures.ts';

const fa = paragraphs({ '2.1': '(1) a', '2.1.i': '(1) b', '2.1.ii': '(2) c' }, 'متن');

describe('severities per check and per conclusion', () => {
  it('parses and validates content/checks.yaml', () => {
    const config = parseChecksConfig('severities:\n  hygiene-spaces: warning\nconclusions:\n  998-kl-tw:\n    enumeration-level: info\n');
    expect(severityOf(config, '998-kl-tw', 'enumeration-level')).toBe('info');
    expect(severityOf(config, 'other', 'enumeration-level')).toBe('warning');
    expect(severityOf(config, 'other', 'hygiene-spaces')).toBe('warning');
    expect(severityOf({}, 'other', 'coverage-missing')).toBe('error');
    expect(() => parseChecksConfig('severities:\n  numbers: fatal\n')).toThrow(/severities\.numbers/);
    expect(() => parseChecksConfig('severities:\n  no-such-check: info\n')).toThrow(/no-such-check/);
  });
  it('applies the configured severity to findings', () => {
    expect(findingsOf({ fa }, ['enumeration-level']).map((f) => f.severity)).toEqual(['warning', 'warning']);
    const config = { conclusions: { '998-kl-tw': { 'enumeration-level': 'error' as const } } };
    expect(findingsOf({ fa }, ['enumeration-level'], config).map((f) => f.severity)).toEqual(['error', 'error']);
  });
  it('groups findings by clause for the comparison view, worst severity first', () => {
    const findings = findingsOf({ fa }, ['enumeration-level', 'enumeration-missing']);
    const byClause = findingsByClause(findings, '998-kl-tw');
    expect(byClause.get('2.1.i')).toEqual({ severity: 'warning', count: 1 });
    expect(byClause.get('1')).toEqual({ severity: 'info', count: 1 });
    expect(findingsByClause(findings, 'other').size).toBe(0);
    expect(countBySeverity(findings)).toEqual({ error: 0, warning: 2, info: 2 });
    expect(formatFinding(findings[0])).toMatch(/^content\/translations\/998-kl-tw\/fa\.mdx:\d+:\d+ (info|warning) enumeration-\w+ /);
  });
});
