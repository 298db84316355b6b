import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lib/checks/index.ts';
import { findingFlags } from '../../src/lib/comparison/finding-flags.ts';

const finding = (clause: string, severity: Finding['severity'], check: string, conclusion = '202-kl-tw') =>
  ({ clause, severity, check, conclusion, langs: ['ru'], message: 'm', file: 'f', line: 1, column: 1 }) as unknown as Finding;

describe('findingFlags', () => {
  it('gives each flagged clause one badge per severity, worst first, linked to the report', () => {
    const flags = findingFlags(
      [finding('4.1.i', 'info', 'length-ratio'), finding('4.1.i', 'warning', 'enumeration-level'), finding('4.1.i', 'warning', 'numbers'), finding('2', 'info', 'coverage-merged'), finding('2', 'error', 'x', '183-kl-tw')],
      '202-kl-tw',
    );
    expect(flags.get('4.1.i')).toEqual([
      { label: '2 warnings', title: 'Alignment report: enumeration-level, numbers', kind: 'warning', href: '/conclusions/202-kl-tw/alignment/#f-4.1.i' },
      { label: '1 info', title: 'Alignment report: length-ratio', kind: 'info', href: '/conclusions/202-kl-tw/alignment/#f-4.1.i' },
    ]);
    expect(flags.get('2')).toEqual([{ label: '1 info', title: 'Alignment report: coverage-merged', kind: 'info', href: '/conclusions/202-kl-tw/alignment/#f-2' }]);
    expect(flags.has('4.2')).toBe(false);
  });
});

describe('describeCounts', () => {
  it('says how many findings of each severity, singular or plural, optionally only those present', async () => {
    const { describeCounts } = await import('../../src/lib/checks/index.ts');
    const list = [finding('1', 'warning', 'numbers'), finding('2', 'info', 'length-ratio'), finding('3', 'info', 'coverage-merged')];
    expect(describeCounts(list)).toBe('0 errors, 1 warning, 2 infos');
    expect(describeCounts(list, { nonZeroOnly: true })).toBe('1 warning, 2 infos');
    expect(describeCounts([], { nonZeroOnly: true })).toBe('');
  });
});
