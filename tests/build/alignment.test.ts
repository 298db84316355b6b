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
        // To the row, in the comparison showing only the rows with findings.
        expect(card.querySelector(`a[href="/conclusions/${conclusion.slug}/?only=findings#c-${clause}"]`), clause).not.toBeNull();
      }
    });
  }
  it('draws the alignment map of 202-KL/TW above the coverage table, each block linking to an existing row', () => {
    const page = builtPage('/conclusions/202-kl-tw/alignment/');
    const figure = page.querySelector('figure[data-alignment-map]')!;
    const svg = figure.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(figure.querySelector('figcaption')!.text).toContain('coverage table');
    const comparison = builtPage('/conclusions/202-kl-tw/');
    const blocks = svg.querySelectorAll('a[data-block]');
    expect(blocks.length).toBeGreaterThan(30);
    for (const a of blocks) {
      expect(a.getAttribute('tabindex')).toBe('-1');
      const [path, anchor] = a.getAttribute('href')!.split('#');
      expect(path).toBe('/conclusions/202-kl-tw/');
      expect(comparison.querySelector(`[id="${anchor}"][data-clause-row]`), anchor).not.toBeNull();
      expect(a.querySelector('title')!.text).toMatch(/^(Persian|Romanian|Russian), paragraph \d+: clauses? /);
    }
    expect(svg.querySelector('a[data-block][data-clauses="2 2.p2 2.p3"] title')!.text).toMatch(/^(Persian|Russian), paragraph \d+: clauses 2, 2.p2, 2.p3/);
    // The map comes before the accessible coverage table, which stays.
    const html = page.toString();
    expect(html.indexOf('data-alignment-map')).toBeLessThan(html.indexOf('table class="matrix"'));
  });

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

describe('references index and a page per document', () => {
  const index = builtPage('/references/');
  it('lists every code once under its kind, linked to its own page', () => {
    const item = index.querySelector('li[data-reference="195-KL/TW"]')!;
    expect(item.closest('section')!.querySelector('h2')!.text).toContain('Conclusion');
    expect(item.querySelector('a')!.getAttribute('href')).toBe('/references/195-kl-tw/');
    expect(item.text).toContain('1 conclusion, 1 clause');
    expect(index.querySelectorAll('li[data-reference="213-QD/TW"]')).toHaveLength(1);
    expect(index.querySelector('li[data-reference="201/2025/QH15"]')!.closest('section')!.querySelector('h2')!.text).toContain('National Assembly resolution');
    expect(index.querySelector('li[data-reference="56-KH/BCD"] code')!.text).toBe('56-KH/BCĐ');
    for (const a of index.querySelectorAll('li[data-reference] a')) expect(builtPage(a.getAttribute('href')!).querySelector('[data-reference-page]'), a.getAttribute('href')).not.toBeNull();
  });
  it('a document’s page links to each citing clause in each language, by year and conclusion', () => {
    const page = builtPage('/references/195-kl-tw/');
    expect(page.querySelector('h1')!.text).toBe('195-KL/TW');
    const item = page.querySelector('li[data-citing="202-kl-tw"]')!;
    expect(item.closest('section')!.querySelector('h2')!.text).toContain('2025');
    const links = item.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/conclusions/202-kl-tw/', '/conclusions/202-kl-tw/fa/#c-2', '/conclusions/202-kl-tw/ro/#c-2', '/conclusions/202-kl-tw/ru/#c-2']);
    const persian = item.querySelector('span[lang="fa"]')!;
    expect([persian.text, persian.getAttribute('dir')]).toEqual(['۱۹۵-KL/TW', 'ltr']);
    const plan = builtPage('/references/56-kh-bcd/');
    expect(plan.querySelectorAll('li[data-citing]').map((li) => li.getAttribute('data-citing'))).toEqual(['183-kl-tw', '179-kl-tw']);
  });
  it('links only to clause anchors that exist in the reading views', () => {
    const pages = index.querySelectorAll('li[data-reference] a').map((a) => builtPage(a.getAttribute('href')!));
    for (const a of pages.flatMap((p) => p.querySelectorAll('li[data-citing] a'))) {
      const [path, anchor] = a.getAttribute('href')!.split('#');
      if (anchor) expect(builtPage(path).querySelector(`[id="${anchor}"]`), a.getAttribute('href')).not.toBeNull();
      else expect(builtPage(path).querySelector('[data-clause-row]'), path).not.toBeNull();
    }
  });
});
