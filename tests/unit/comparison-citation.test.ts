import { describe, expect, it } from 'vitest';
import { citationFormats, citeClause, formatCitation } from '../../src/lib/comparison/citation.ts';

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

describe('structured citations (the Cite control’s BibTeX, RIS, CSL-JSON)', () => {
  const parts = {
    number: '202-KL/TW',
    date: '2025-10-31',
    title: 'On the operation of the political-system apparatus',
    issuedBy: ['Politburo', 'Secretariat'],
    clause: '4.1.ii',
    kind: 'subitem',
    translations: [{ language: 'Russian', publisher: 'Báo Tin tức (baotintuc.vn)', lang: 'ru' }],
    url: 'https://parallel-conclusions.example/conclusions/202-kl-tw/ru/#c-4.1.ii',
  };

  it('offers plain text, BibTeX, RIS and CSL-JSON, plain text first and as before', () => {
    expect(citationFormats.map((f) => f.label)).toEqual(['Plain text', 'BibTeX', 'RIS', 'CSL-JSON']);
    expect(formatCitation('text', parts)).toBe(citeClause(parts));
  });

  it('BibTeX: a @misc entry with a stable key, corporate authors kept whole, the date, the translation and the URL', () => {
    expect(formatCitation('bibtex', parts)).toBe(
      [
        '@misc{pc-202-kl-tw-4.1.ii,',
        '  title = {{Conclusion 202-KL/TW, clause 4.1.ii: On the operation of the political-system apparatus}},',
        '  author = {{Politburo} and {Secretariat}},',
        '  year = {2025},',
        '  month = {10},',
        '  date = {2025-10-31},',
        '  publisher = {Báo Tin tức (baotintuc.vn)},',
        '  language = {ru},',
        '  note = {Russian translation, Báo Tin tức (baotintuc.vn)},',
        `  url = {${parts.url}}`,
        '}',
        '',
      ].join('\n'),
    );
  });

  it('BibTeX escapes its special characters, so a title cannot unbalance the entry', () => {
    const entry = formatCitation('bibtex', { ...parts, title: 'R&D {50%} of $ #1_x' });
    expect(entry).toContain('title = {{Conclusion 202-KL/TW, clause 4.1.ii: R\\&D \\{50\\%\\} of \\$ \\#1\\_x}}');
  });

  it('RIS: TY first, ER last, one tag per CRLF line', () => {
    expect(formatCitation('ris', parts)).toBe(
      [
        'TY  - GOVDOC',
        'TI  - Conclusion 202-KL/TW, clause 4.1.ii: On the operation of the political-system apparatus',
        'AU  - Politburo',
        'AU  - Secretariat',
        'PY  - 2025',
        'DA  - 2025/10/31',
        'PB  - Báo Tin tức (baotintuc.vn)',
        'LA  - ru',
        'N1  - Russian translation, Báo Tin tức (baotintuc.vn)',
        `UR  - ${parts.url}`,
        'ID  - pc-202-kl-tw-4.1.ii',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('CSL-JSON: one legislation item with issued date parts; no language when several translations are cited', () => {
    const [item] = JSON.parse(formatCitation('csl-json', parts)) as Array<Record<string, unknown>>;
    expect(item).toEqual({
      id: 'pc-202-kl-tw-4.1.ii',
      type: 'legislation',
      title: 'Conclusion 202-KL/TW, clause 4.1.ii: On the operation of the political-system apparatus',
      number: '202-KL/TW',
      section: 'clause 4.1.ii',
      author: [{ literal: 'Politburo' }, { literal: 'Secretariat' }],
      authority: 'Politburo; Secretariat',
      issued: { 'date-parts': [[2025, 10, 31]] },
      publisher: 'Báo Tin tức (baotintuc.vn)',
      note: 'Russian translation, Báo Tin tức (baotintuc.vn)',
      language: 'ru',
      URL: parts.url,
    });
    const two = JSON.parse(formatCitation('csl-json', { ...parts, translations: [...parts.translations, { language: 'Romanian', publisher: 'Nhân Dân', lang: 'ro' }] }))[0];
    expect(two.language).toBeUndefined();
    expect(two.publisher).toBe('Báo Tin tức (baotintuc.vn); Nhân Dân');
  });
});
