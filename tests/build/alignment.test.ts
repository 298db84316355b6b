import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/lib/checks/index.ts';
import { loadChecksConfig } from '../../src/lib/corpus/load-checks-config.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { builtPage } from '../support/site.ts';

const { corpus } = loadCorpus('.');
const findings = runChecks(corpus!, loadChecksConfig('.'));

describe('alignment report pages', () => {
  for (const conclusion of corpus!.conclusions) {
    it(`/conclusions/${conclusion.slug}/alignment/ has the coverage matrix and every finding, linked to its comparison row`, () => {
      const page = builtPage(`/conclusions/${conclusion.slug}/alignment/`);
      const report = page.querySelector(`[data-alignment-report="${conclusion.slug}"]`)!;
      expect(report.getAttribute('data-pagefind-ignore')).toBe('all');
      const table = page.querySelector('table.matrix')!;
      expect(table.querySelector('caption')!.text).toContain(conclusion.number);
      expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(conclusion.translations.length + 1);
      expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(conclusion.skeleton.length);
      expect(table.querySelectorAll('tbody td')).toHaveLength(conclusion.skeleton.length * conclusion.translations.length);
      const mine = findings.filter((f) => f.conclusion === conclusion.slug);
      const cards = page.querySelectorAll('li.finding');
      expect(cards).toHaveLength(mine.length);
      for (const card of cards) {
        const clause = card.getAttribute('data-finding-clause')!;
        if (!clause) continue;
        expect(card.querySelector(`a[href="/conclusions/${conclusion.slug}/#c-${clause}"]`), clause).not.toBeNull();
      }
    });
  }
  it('shows each finding next to the clause texts that cause it, with lang, dir and data-clause, text unchanged', () => {
    const page = builtPage('/conclusions/202-kl-tw/alignment/');
    const card = page.querySelector('li.finding[data-check="enumeration-level"][data-finding-clause="4.1.i"]')!;
    expect(card.querySelector('.message')!.text).toBe('fa marks sub-item 4.1.i as (1), in the style of 4.1 (1) that contains it: the level of (i) is lost.');
    const quote = card.querySelector('blockquote')!;
    expect([quote.getAttribute('lang'), quote.getAttribute('dir'), quote.getAttribute('data-clause')]).toEqual(['fa', 'rtl', '4.1.i']);
    const fa = corpus!.conclusions.find((c) => c.slug === '202-kl-tw')!.translations.find((t) => t.lang === 'fa')!;
    expect(quote.text).toBe(fa.clauses.get('4.1.i')!.text);
    const merged = page.querySelector('li.finding[data-check="coverage-merged"][data-finding-clause="4.2"]')!;
    expect(merged.querySelectorAll('blockquote').map((q) => q.getAttribute('lang'))).toEqual(['fa', 'ro']);
    expect(page.querySelector('td[data-state="merged"]')!.text).toContain('merged');
  });
});

describe('references index', () => {
  const page = builtPage('/references/');
  it('lists every code once with its kind and links to each citing clause in each language', () => {
    const row = page.querySelector('tr[data-reference="195-KL/TW"]')!;
    expect(row.querySelector('td')!.text).toBe('Conclusion');
    const links = row.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/conclusions/202-kl-tw/fa/#c-2', '/conclusions/202-kl-tw/ro/#c-2', '/conclusions/202-kl-tw/ru/#c-2']);
    expect(page.querySelectorAll('tr[data-reference="213-QD/TW"]')).toHaveLength(1);
    expect(page.querySelector('tr[data-reference="201/2025/QH15"] td')!.text).toBe('National Assembly resolution');
    expect(page.querySelector('tr[data-reference="56-KH/BCD"] th')!.text).toBe('56-KH/BCĐ');
    expect(page.querySelector('caption')).not.toBeNull();
  });
  it('links only to clause anchors that exist in the reading views', () => {
    for (const a of page.querySelectorAll('tbody a')) {
      const [path, anchor] = a.getAttribute('href')!.split('#');
      expect(builtPage(path).querySelector(`[id="${anchor}"]`), a.getAttribute('href')).not.toBeNull();
    }
  });
});
