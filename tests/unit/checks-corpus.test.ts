import { describe, expect, it } from 'vitest';
import { countBySeverity, formatFinding, runChecks } from '../../src/lib/checks/index.ts';
import { loadChecksConfig } from '../../src/lib/corpus/load-checks-config.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';

/** The real corpus: what the tool reports, read against the texts (see the findings list in the report). */
describe('checks on the real corpus', () => {
  const { corpus } = loadCorpus('.');
  const findings = runChecks(corpus!, loadChecksConfig('.'));
  const on202 = findings.filter((f) => f.conclusion === '202-kl-tw');

  it('has no error-severity finding (the build would stop)', () => {
    expect(countBySeverity(findings).error).toBe(0);
  });
  it('raises no number, date, code or untranslated finding on the honest translations of 202-KL/TW', () => {
    expect(on202.filter((f) => ['numbers', 'dates', 'document-codes', 'untranslated'].includes(f.check)).map(formatFinding)).toEqual([]);
  });
  it('finds the Persian level change of item 4, and not the Persian (۱) for (i) of item 9', () => {
    const level = on202.filter((f) => f.check === 'enumeration-level');
    expect(level.map((f) => `${f.langs[0]} ${f.clause}`)).toEqual(['fa 4.1.i', 'fa 4.1.ii']);
    expect(on202.filter((f) => f.clause.startsWith('9.') && f.check.startsWith('enumeration'))).toEqual([]);
  });
  it('finds the numbering that Russian and Persian drop, and the paragraphs they merge', () => {
    expect(on202.filter((f) => f.check === 'enumeration-missing').map((f) => f.langs[0])).toEqual(['fa', 'ru']);
    expect(on202.filter((f) => f.check === 'coverage-merged').map((f) => `${f.langs[0]} ${f.clause}`)).toEqual(['fa 2', 'fa 4.2', 'fa 6', 'fa 9.p2', 'ru 2', 'ru 4.2', 'ru 6', 'ru 9.p2']);
  });
  it('locates every finding in the file that holds the clause', () => {
    for (const f of findings) expect(f.file).toBe(`content/translations/${f.conclusion}/${f.langs[0]}.mdx`);
  });
});
