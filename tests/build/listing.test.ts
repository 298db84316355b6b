import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { foldWhitespace } from '../../src/lib/text/fold.ts';
import { builtPage } from '../support/site.ts';

const corpus = loadCorpus('.').corpus!;

describe('home page, year pages and month pages', () => {
  const home = builtPage('/');
  const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const byMonth = new Map<string, typeof corpus.conclusions>();
  for (const c of corpus.conclusions) byMonth.set(c.date.slice(0, 7), [...(byMonth.get(c.date.slice(0, 7)) ?? []), c]);

  it('groups every conclusion by year and month with counts, each month linked to its page', () => {
    const year = home.querySelector('li[data-year="2025"]')!;
    expect(foldWhitespace(year.querySelector('h3')!.text)).toBe(`2025 ${corpus.conclusions.length} conclusions`);
    expect(year.querySelector('h3 a')!.getAttribute('href')).toBe('/years/2025/');
    const months = year.querySelectorAll('.months li').map((li) => [foldWhitespace(li.text), li.querySelector('a')!.getAttribute('href')]);
    expect(months).toEqual([
      ['October (1)', '/years/2025/10/'],
      ['August (1)', '/years/2025/08/'],
      ['July (1)', '/years/2025/07/'],
    ]);
    for (const [, href] of months) expect(builtPage(href!).querySelector('h1'), href).not.toBeNull();
  });

  it('shows the newest conclusions in full, headings nested under the section', () => {
    const section = home.querySelector('section[aria-labelledby="newest"]')!;
    expect(section.querySelectorAll('article h3').map((h) => h.querySelector('a')!.text)).toEqual(['202-KL/TW', '183-KL/TW', '179-KL/TW']);
  });

  it('lists the months of a year on its page, with counts, each linked to its page and anchored for older links', () => {
    const page = builtPage('/years/2025/');
    expect(foldWhitespace(page.querySelector('h1')!.text)).toBe(`Conclusions of 2025 (${corpus.conclusions.length})`);
    expect(page.querySelector('nav[aria-label="Years"] a[aria-current="page"]')!.text).toBe('2025');
    const months = page.querySelectorAll('ol.months > li').map((li) => ({
      id: li.querySelector('h2')!.getAttribute('id'),
      heading: li.querySelector('h2')!.text,
      href: li.querySelector('h2 a')!.getAttribute('href'),
      counts: foldWhitespace(li.querySelector('p')!.text),
    }));
    expect(months).toEqual(
      [...byMonth].map(([key, list]) => ({
        id: `m-${key}`,
        heading: `${new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.parse(`${key}-01`))} 2025`,
        href: `/years/${key.slice(0, 4)}/${key.slice(5)}/`,
        counts: `${plural(list.length, 'conclusion')}, ${plural(list.reduce((n, c) => n + c.translations.length, 0), 'translation')}`,
      })),
    );
    // A year page lists months, not conclusions: it stays the same size however many conclusions a month holds.
    expect(page.querySelectorAll('li[data-conclusion]')).toHaveLength(0);
  });

  it('lists every conclusion of a month on its page, with titles and every translation linked', () => {
    for (const [key, list] of byMonth) {
      const page = builtPage(`/years/${key.slice(0, 4)}/${key.slice(5)}/`);
      const name = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.parse(`${key}-01`));
      expect(foldWhitespace(page.querySelector('h1')!.text)).toBe(`Conclusions of ${name} ${key.slice(0, 4)} (${list.length})`);
      expect(page.querySelector('nav[aria-label="Years"] a[aria-current="true"]')!.getAttribute('href')).toBe(`/years/${key.slice(0, 4)}/`);
      expect(page.querySelector(`nav[aria-label="Months of ${key.slice(0, 4)}"] a[aria-current="page"]`)!.text).toBe(name);
      expect(page.querySelectorAll('li[data-conclusion]').map((li) => li.getAttribute('data-conclusion'))).toEqual(list.map((c) => c.slug));
      for (const conclusion of list) {
        const line = page.querySelector(`li[data-conclusion="${conclusion.slug}"]`)!;
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
    }
  });
});
