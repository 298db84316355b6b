import { describe, expect, it } from 'vitest';
import { errorCatalogue } from '../../src/lib/error-catalogue.ts';
import { builtPage } from '../support/site.ts';

describe('contributors’ guide', () => {
  const page = builtPage('/guide/');

  it('highlights code with Shiki in a light and a dark theme', () => {
    const blocks = page.querySelectorAll('pre.astro-code');
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of blocks) {
      expect(block.getAttribute('style')).toContain('--shiki-light');
      expect(block.getAttribute('style')).toContain('--shiki-dark');
    }
    expect(blocks.map((b) => b.getAttribute('data-language'))).toEqual(expect.arrayContaining(['yaml', 'mdx']));
  });

  it('explains every validation error with its fix', () => {
    for (const error of errorCatalogue) {
      const row = page.querySelector(`#error-${error.code}`);
      expect(row, error.code).not.toBeNull();
      expect(row!.textContent).toContain(error.code);
    }
  });

  it('covers the content model, the clause-id scheme and both how-tos', () => {
    const headings = page.querySelectorAll('h2').map((h) => h.textContent);
    expect(headings).toEqual(['The content model', 'Clause ids', 'Add a translation, step by step', 'Languages', 'Add a conclusion, step by step', 'Validation errors']);
  });

  it('says that language facts come from CLDR and which small table remains', () => {
    const heading = page.querySelector('#languages')!;
    const section = heading.parentNode.childNodes.slice(heading.parentNode.childNodes.indexOf(heading)).map((n) => n.textContent).join('').split('Add a conclusion')[0];
    expect(section).toContain('without editing a table');
    expect(section).toContain('one small table, for what CLDR cannot know');
    expect(section).toMatch(/nb, not no/);
  });
});
