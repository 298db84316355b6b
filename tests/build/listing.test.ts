import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { foldWhitespace } from '../../src/lib/text/fold.ts';
import { builtPage } from '../support/site.ts';

const corpus = loadCorpus('.').corpus!;

describe('home page and year pages', () => {
  const home = builtPage('/');
  it('groups every conclusion by year and month with counts, each month linked to its place on the year page', () => {
    const year = home.querySelector('li[data-year="2025"]')!;
    expect(foldWhitespace(year.querySelector('h3')!.text)).toBe(`2025 ${corpus.conclusions.length} conclusions`);
    expect(year.querySelector('h3 a')!.getAttribute('href')).toBe('/years/2025/');
    const months = year.querySelectorAll('.months li').map((li) => [foldWhitespace(li.text), li.querySelector('a')!.getAttribute('href')]);
    expect(months).toEqual([
      ['October (1)', '/years/2025/#m-2025-10'],
      ['August (1)', '/years/2025/#m-2025-08'],
      ['July (1)', '/years/2025/#m-2025-07'],
    ]);
    const yearPage = builtPage('/years/2025/');
    for (const [, href] of months) expect(yearPage.querySelector(`[id="${href!.split('#')[1]}"]`), href).not.toBeNull();
  });

  it('shows the newest conclusions in full, headings nested under the section', () => {
    const section = home.querySelector('section[aria-labelledby="newest"]')!;
    expect(section.querySelectorAll('article h3').map((h) => h.querySelector('a')!.text)).toEqual(['202-KL/TW', '183-KL/TW', '179-KL/TW']);
  });

  it('lists every conclusion of the year on its page, by month, with titles and every translation linked', () => {
    const page = builtPage('/years/2025/');
    expect(foldWhitespace(page.querySelector('h1')!.text)).toBe(`Conclusions of 2025 (${corpus.conclusions.length})`);
    expect(page.querySelector('nav[aria-label="Years"] a[aria-current="page"]')!.text).toBe('2025');
    for (const conclusion of corpus.conclusions) {
      const line = page.querySelector(`li[data-conclusion="${conclusion.slug}"]`)!;
      expect(line.closest('section')!.querySelector('h2')!.getAttribute('id')).toBe(`m-${conclusion.date.slice(0, 7)}`);
      expect(line.querySelector(`a[href="/conclusions/${conclusion.slug}/"]`)!.text).toBe(conclusion.number);
      expect(line.querySelector('time')!.getAttribute('datetime')).toBe(conclusion.date);
      expect(line.text).toContain(conclusion.title.en);
      expect(line.querySelector('[lang="vi"]')!.text).toBe(conclusion.title.vi);
      for (const t of conclusion.translations) {
        const item = line.querySelector(`a[href="/conclusions/${conclusion.slug}/${t.lang}/"]`)!.parentNode;
        const native = item.querySelector(`[lang="${t.lang}"]`)!;
        expect([native.text, native.getAttribute('dir')]).toEqual([t.language.nativeName, t.language.dir]);
        expect(item.text).toMatch(new RegExp(`\\d+/${conclusion.skeleton.length}$`));
      }
    }
  });
});
