import { describe, expect, it } from 'vitest';
import { builtPage } from '../support/site.ts';

describe('comparison rows marked with alignment findings', () => {
  const comparison = builtPage('/conclusions/202-kl-tw/');
  const report = builtPage('/conclusions/202-kl-tw/alignment/');

  it('flags every clause that has findings in the report, and only those, linking to them', () => {
    const reported = new Set(report.querySelectorAll('[data-finding-clause]').map((el) => el.getAttribute('data-finding-clause')));
    const flags = comparison.querySelectorAll('[data-clause-row] a.flag');
    const flagged = new Set(flags.map((a) => a.closest('[data-clause-row]')!.getAttribute('data-clause-row')));
    expect(flagged).toEqual(reported);
    for (const flag of flags) {
      const target = flag.getAttribute('href')!.split('#')[1];
      expect(report.getElementById(target), target).not.toBeNull();
      expect(flag.closest('[data-pagefind-ignore]')).not.toBeNull();
    }
  });

  it('marks the Persian enumeration-level warning on 4.1.i and links the report from the intro', () => {
    const row = comparison.querySelector('[data-clause-row="4.1.i"]')!;
    expect(row.querySelector('a.flag[data-flag="warning"]')?.getAttribute('title')).toContain('enumeration-level');
    expect(comparison.querySelector('a[href="/conclusions/202-kl-tw/alignment/"]')).not.toBeNull();
  });
});
