import { describe, expect, it } from 'vitest';
import { citeClause } from '../../src/lib/comparison/citation.ts';

describe('clause citations', () => {
  const base = { number: '202-KL/TW', date: '2025-10-31', url: 'https://parallel-conclusions.example/conclusions/202-kl-tw/ru/#c-4.1.ii' };

  it('names the conclusion, its date, the clause, the translation and the URL', () => {
    expect(citeClause({ ...base, clause: '4.1.ii', kind: 'subitem', translations: [{ language: 'Russian', publisher: 'Báo Tin tức' }] })).toBe(
      'Conclusion 202-KL/TW of 31 October 2025, clause 4.1.ii (Russian translation, Báo Tin tức). https://parallel-conclusions.example/conclusions/202-kl-tw/ru/#c-4.1.ii',
    );
  });

  it('lists several translations in the order shown', () => {
    const text = citeClause({
      ...base,
      clause: '8.fn1',
      translations: [
        { language: 'Romanian', publisher: 'Nhân Dân' },
        { language: 'Persian', publisher: 'Báo Tin tức' },
      ],
    });
    expect(text).toBe(`Conclusion 202-KL/TW of 31 October 2025, clause 8.fn1 (Romanian translation, Nhân Dân; Persian translation, Báo Tin tức). ${base.url}`);
  });

  it('cites a preamble as such', () => {
    expect(citeClause({ ...base, clause: 'preamble', kind: 'preamble', translations: [] })).toBe(`Conclusion 202-KL/TW of 31 October 2025, the preamble. ${base.url}`);
  });
});
