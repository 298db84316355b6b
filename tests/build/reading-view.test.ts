import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { foldWhitespace } from '../../src/lib/text/fold.ts';
import { builtPage, textWithoutUi } from '../support/site.ts';
import { expectedSeedText, firstDifference } from '../support/seed-text.ts';

const translations = loadCorpus(process.cwd()).corpus!.conclusions.flatMap((c) => c.translations);

describe('reading views in the built site', () => {
  for (const t of translations) {
    const path = `/conclusions/${t.conclusion}/${t.lang}/`;

    it(`${path} reads its seed verbatim (fidelity from the HTML)`, () => {
      const article = builtPage(path).querySelector('[data-translation]')!;
      const paragraphs = article.querySelectorAll('[data-paragraph]').map(textWithoutUi);
      const actual = foldWhitespace(paragraphs.join('\n'));
      expect(firstDifference(actual, expectedSeedText(t.source.file!).text)).toBeUndefined();
    });

    it(`${path} has <html lang dir> of the translation and keeps the DOM contract`, () => {
      const page = builtPage(path);
      const html = page.querySelector('html')!;
      expect(html.getAttribute('lang')).toBe(t.lang);
      expect(html.getAttribute('dir')).toBe(t.lang === 'fa' ? 'rtl' : 'ltr');
      const clauses = page.querySelectorAll('[data-clause]');
      expect(clauses.length).toBeGreaterThan(0);
      for (const el of clauses) {
        const owner = el.closest('[lang]:not([data-ui])')!;
        expect(owner.getAttribute('lang')).toBe(t.lang);
        expect(owner.getAttribute('dir')).toBe(t.language.dir);
      }
      const anchored = new Set(page.querySelectorAll('[data-clause][id]').map((el) => el.getAttribute('data-clause')));
      expect([...anchored].sort()).toEqual([...t.clauses.keys()].sort());
      for (const label of page.querySelectorAll('[data-ui]')) expect(label.closest('[data-pagefind-ignore]')).not.toBeNull();
    });

    it(`${path} links its source and shows editorial material apart`, () => {
      const page = builtPage(path);
      expect(page.querySelector(`a[href="${t.source.url}"]`)).not.toBeNull();
      const editorial = t.paragraphs.flatMap((p) => p.segments).filter((s) => s.kind === 'editorial');
      const shown = page.querySelectorAll('[data-editorial]');
      expect(shown.length).toBe(new Set(editorial.map((s) => s.location.line)).size);
      for (const el of shown) {
        expect(el.getAttribute('data-pagefind-ignore')).not.toBeNull();
        expect(el.closest('[data-clause]')).toBeNull();
      }
    });
  }

  it('marks the facts each translation states, as the comparison does, and links document codes to their page', () => {
    for (const lang of ['fa', 'ro', 'ru']) {
      const page = builtPage(`/conclusions/202-kl-tw/${lang}/`);
      const preamble = page.querySelectorAll('[data-clause="preamble"] [data-fact]').map((el) => el.getAttribute('data-fact')).filter((f) => !f!.startsWith('number:'));
      expect(preamble, lang).toEqual(['date:2025-10-31', 'date:2025-10', 'code:523-bc/btctw', 'date:2025-10-29']);
      const codes = page.querySelectorAll('a[data-fact^="code:"]');
      expect(codes.length, lang).toBeGreaterThan(3);
      for (const a of codes) {
        const target = builtPage(a.getAttribute('href')!);
        expect(target.querySelector('[data-reference-page]')!.getAttribute('data-reference-page')!.toLowerCase(), a.getAttribute('href')!).toBe(a.getAttribute('data-fact')!.slice(5));
      }
    }
    expect(builtPage('/conclusions/202-kl-tw/fa/').querySelector('a[data-fact="code:523-bc/btctw"]')!.text).toBe('۵۲۳-BC/BTCTW');
  });

  it('lists every conclusion on the home page with number, date, title and languages', () => {
    const home = builtPage('/');
    const text = foldWhitespace(home.querySelector('main')!.textContent);
    for (const [number, date, language] of [
      ['202-KL/TW', '31 October 2025', 'Persian'],
      ['183-KL/TW', '1 August 2025', 'Russian'],
      ['179-KL/TW', '25 July 2025', 'Norwegian Bokmål'],
    ]) {
      expect(text).toContain(number);
      expect(text).toContain(date);
      expect(text).toContain(language);
    }
    expect(home.querySelector('a[href="/conclusions/202-kl-tw/fa/"]')).not.toBeNull();
  });
});
