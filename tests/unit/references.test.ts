import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { codeKey, findDocumentCodes, kindOfCode } from '../../src/lib/references/document-codes.ts';
import { citingConclusions, codeSlug, referenceIndex, referenceUrl } from '../../src/lib/references/reference-index.ts';

describe('document codes', () => {
  it('finds Party and state codes, with Persian digits and QĐ/QD both ways', () => {
    const text = 'Kết luận 195-KL/TW, 523-BC/BTCTW; 56-KH/BCĐ и 02-KH/BCĐTW; 201/2025/QH15, 09-QDi/TW, ۲۱۳-QD/TW, 213-QĐ/TW.';
    expect(findDocumentCodes(text).map((c) => c.key)).toEqual(['195-KL/TW', '523-BC/BTCTW', '56-KH/BCD', '02-KH/BCDTW', '201/2025/QH15', '09-QDI/TW', '213-QD/TW', '213-QD/TW']);
    expect(findDocumentCodes('شماره ۱۹۵-KL/TW مورخ')[0]).toMatchObject({ written: '۱۹۵-KL/TW', key: '195-KL/TW', index: 6 });
    expect(codeKey('۲۱۳-QĐ/TW')).toBe(codeKey('213-QD/TW'));
  });
  it('does not read ordinals, ranges or dates as codes (no false alarm)', () => {
    expect(findDocumentCodes('10-й сессии, a 10-a sesiune, 1-31 июля, 2025-10-31, COVID-19, 5-A, ۱۵-го')).toEqual([]);
  });
  it('names the kind of document from the code', () => {
    const kinds = ['195-KL/TW', '18-NQ/TW', '213-QĐ/TW', '213-QD/TW', '09-QDi/TW', '56-KH/BCĐ', '523-BC/BTCTW', '45-CT/TW', '201/2025/QH15', '123/2024/NĐ-CP', '7-XY/TW'].map((c) => kindOfCode(c).kind);
    expect(kinds).toEqual(['Conclusion', 'Resolution', 'Regulation', 'Regulation', 'Regulation', 'Plan', 'Report', 'Directive', 'National Assembly resolution', 'Decree', 'Document']);
  });
});

describe('references index of the corpus', () => {
  const { corpus } = loadCorpus('.');
  const index = referenceIndex(corpus!);
  it('lists each code once, Persian-digit spellings merged, with every citing clause and language', () => {
    const ref = index.find((r) => r.key === '195-KL/TW')!;
    expect(ref.kind).toBe('Conclusion');
    expect(ref.citations.map((c) => `${c.lang}:${c.clause}:${c.written}`)).toEqual(['fa:2:۱۹۵-KL/TW', 'ro:2:195-KL/TW', 'ru:2:195-KL/TW']);
    expect(ref.citations[0].url).toBe('/conclusions/202-kl-tw/fa/#c-2');
    expect(index.filter((r) => r.key.startsWith('195-'))).toHaveLength(1);
  });
  it('finds the codes cited across the three conclusions', () => {
    const keys = index.map((r) => r.key);
    for (const key of ['18-NQ/TW', '213-QD/TW', '56-KH/BCD', '201/2025/QH15', '523-BC/BTCTW', '09-QDI/TW', '45-CT/TW']) expect(keys).toContain(key);
    expect(index.find((r) => r.key === '56-KH/BCD')!.code).toBe('56-KH/BCĐ');
  });
});

describe('references pages', () => {
  const { corpus } = loadCorpus('.');
  const index = referenceIndex(corpus!);
  it('gives every code a unique URL segment read from its key', () => {
    expect(codeSlug('201/2025/QH15')).toBe('201-2025-qh15');
    expect(codeSlug('56-KH/BCD')).toBe('56-kh-bcd');
    expect(index.find((r) => r.key === '09-QDI/TW')!.slug).toBe('09-qdi-tw');
    expect(new Set(index.map((r) => r.slug)).size).toBe(index.length);
    expect(referenceUrl('195-kl-tw')).toBe('/references/195-kl-tw/');
  });
  it('groups a code’s citations by conclusion, newest first, then by clause in skeleton order', () => {
    const ref = index.find((r) => r.key === '56-KH/BCD')!;
    const citing = citingConclusions(ref);
    expect(citing.map((c) => c.slug)).toEqual(['183-kl-tw', '179-kl-tw']);
    expect(citing.map((c) => c.date)).toEqual(['2025-08-01', '2025-07-25']);
    for (const c of citing) {
      const skeleton = corpus!.conclusions.find((x) => x.slug === c.slug)!.skeleton.map((s) => s.id);
      const order = c.clauses.map((x) => skeleton.indexOf(x.clause));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const { clause, citations } of c.clauses) for (const cite of citations) expect([cite.slug, cite.clause]).toEqual([c.slug, clause]);
    }
    expect(citing.flatMap((c) => c.clauses.flatMap((x) => x.citations))).toHaveLength(ref.citations.length);
  });
});
