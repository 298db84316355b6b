import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { foldWhitespace } from '../../src/lib/text/fold.ts';
import { builtPage, textWithoutUi } from '../support/site.ts';

const corpus = loadCorpus(process.cwd()).corpus!;

describe('comparison views in the built site', () => {
  for (const conclusion of corpus.conclusions) {
    const path = `/conclusions/${conclusion.slug}/`;

    it(`${path} has a row per skeleton clause, in order, with its anchor and a label outside the index`, () => {
      const page = builtPage(path);
      const rows = page.querySelectorAll('[data-clause-row]');
      expect(rows.map((r) => r.getAttribute('data-clause-row'))).toEqual(conclusion.skeleton.map((c) => c.id));
      rows.forEach((row, i) => {
        const clause = conclusion.skeleton[i];
        expect(row.id).toBe(`c-${clause.id}`);
        const label = row.querySelector('[role="rowheader"]')!;
        expect(label.getAttribute('data-pagefind-ignore')).not.toBeNull();
        expect(label.textContent).toContain(clause.gloss);
        expect(label.querySelector(`a[href="#c-${clause.id}"]`)).not.toBeNull();
        expect(label.querySelector(`button[data-cite="${clause.id}"]`)).not.toBeNull();
      });
    });

    it(`${path} shows every clause of every translation, character for character, in cells of its language`, () => {
      const page = builtPage(path);
      for (const row of page.querySelectorAll('[data-clause-row]')) {
        const id = row.getAttribute('data-clause-row')!;
        const cells = row.querySelectorAll('[role="cell"]');
        expect(cells.map((c) => c.getAttribute('lang'))).toEqual(conclusion.translations.map((t) => t.lang));
        cells.forEach((cell, i) => {
          const t = conclusion.translations[i];
          expect(cell.getAttribute('dir')).toBe(t.language.dir);
          const clauses = cell.querySelectorAll('[data-clause]');
          for (const el of clauses) {
            expect(el.getAttribute('data-clause')).toBe(id);
            expect(el.closest('[lang]:not([data-ui])')).toBe(cell);
          }
          // The facts are marked around the characters that state them, inside the clause text.
          for (const fact of cell.querySelectorAll('[data-fact]')) expect(fact.closest('[data-clause]')).not.toBeNull();
          const text = t.clauses.get(id)?.text;
          if (text === undefined) expect(cell.querySelector('.gap')?.textContent).toContain(t.gaps.get(id)!.reason);
          else expect(foldWhitespace(clauses.map(textWithoutUi).join(' '))).toBe(foldWhitespace(text));
        });
      }
    });

    it(`${path} marks facts in the clause text (the text above is read with the marks in place)`, () => {
      const facts = builtPage(path).querySelectorAll('[data-clause] [data-fact]');
      expect(facts.length).toBeGreaterThan(10);
      for (const fact of facts) {
        expect(fact.getAttribute('data-fact')).toMatch(/^(number|date|code|marker):\S+$/);
        expect(textWithoutUi(fact).length).toBeGreaterThan(0);
      }
    });

    it(`${path} shows the publishers' editorial material apart from clause text and outside the index`, () => {
      const page = builtPage(path);
      for (const t of conclusion.translations) {
        const published = t.paragraphs.flatMap((p) => p.segments).filter((s) => s.kind === 'editorial');
        const shown = page.querySelectorAll(`[role="cell"][lang="${t.lang}"] [data-editorial]`);
        expect(foldWhitespace(shown.map(textWithoutUi).join(' '))).toBe(foldWhitespace(published.map((s) => s.text).join(' ')));
        for (const el of shown) {
          expect(el.getAttribute('data-pagefind-ignore')).not.toBeNull();
          expect(el.closest('[data-clause]')).toBeNull();
        }
      }
      for (const ui of page.querySelectorAll('[data-ui]')) expect(ui.closest('[data-pagefind-ignore]')).not.toBeNull();
    });
  }

  it('says on a single-translation conclusion that no other translation is in the corpus yet', () => {
    for (const slug of ['183-kl-tw', '179-kl-tw']) {
      const page = builtPage(`/conclusions/${slug}/`);
      expect(page.querySelectorAll('[role="columnheader"][data-col]')).toHaveLength(1);
      expect(foldWhitespace(page.querySelector('.single')!.textContent)).toContain('no other translation of it to compare');
      expect(page.querySelector('language-picker')).toBeNull();
    }
  });

  it('marks paragraph starts and links the footnote of 202-KL/TW between its inline and end-note forms', () => {
    const page = builtPage('/conclusions/202-kl-tw/');
    const row8 = page.querySelector('[data-clause-row="8"]')!;
    expect(row8.querySelector('[lang="ro"] a.fr[href="#c-8.fn1"]')!.textContent).toBe('[1]');
    for (const lang of ['ru', 'fa']) expect(row8.querySelector(`[lang="${lang}"] a.jump[href="#c-8.fn1"]`)).not.toBeNull();
    const fn = page.querySelector('[data-clause-row="8.fn1"]')!;
    expect(foldWhitespace(fn.querySelector('[role="cell"][lang="ro"] .fnp')!.textContent)).toBe('Carried as an end note [1], referenced in clause 8.');
    expect(foldWhitespace(fn.querySelector('[role="cell"][lang="ru"] .fnp')!.textContent)).toBe('Carried inline, inside the text of clause 8.');
    expect(page.querySelector('[data-clause-row="4"] [lang="ru"] .pm')).not.toBeNull();
    expect(page.querySelector('[data-clause-row="4.1"] [lang="ru"] .pm')).toBeNull();
  });

  it('links every conclusion from the home page to its comparison and its reading views', () => {
    const home = builtPage('/');
    for (const conclusion of corpus.conclusions) {
      expect(home.querySelector(`a[href="/conclusions/${conclusion.slug}/"]`)).not.toBeNull();
      for (const t of conclusion.translations) expect(home.querySelector(`a[href="/conclusions/${conclusion.slug}/${t.lang}/"]`)).not.toBeNull();
    }
  });
});
