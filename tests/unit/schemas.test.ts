import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lookupLanguage } from '../../src/lib/languages.ts';
import { clauseIdSchema } from '../../src/lib/schemas/clause.ts';
import { conclusionSchema, documentCodeSchema } from '../../src/lib/schemas/conclusion.ts';
import { translationFrontmatterSchema } from '../../src/lib/schemas/translation.ts';
import { buildCorpus } from '../../src/lib/corpus/build-corpus.ts';
import { formatContentError } from '../../src/lib/errors.ts';
import { conclusionYaml } from '../support/fixtures.ts';

describe('conclusion schema', () => {
  it('accepts the three conclusions of the corpus, dates kept as YYYY-MM-DD', () => {
    for (const slug of ['202-kl-tw', '183-kl-tw', '179-kl-tw']) {
      const data = conclusionSchema.parse(parse(readFileSync(`content/conclusions/${slug}.yaml`, 'utf8')));
      expect(data.slug).toBe(slug);
      expect(data.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(conclusionSchema.parse({ ...parse(conclusionYaml), date: new Date('2025-01-02') }).date).toBe('2025-01-02');
  });

  it('rejects malformed numbers, ids and empty glosses', () => {
    expect(documentCodeSchema.safeParse('202-KL/TW').success).toBe(true);
    expect(documentCodeSchema.safeParse('56-KH/BCĐ').success).toBe(true);
    expect(documentCodeSchema.safeParse('202 KL TW').success).toBe(false);
    expect(clauseIdSchema.safeParse('4.1.ii').success).toBe(true);
    expect(clauseIdSchema.safeParse('4.1.II').success).toBe(false);
    expect(clauseIdSchema.safeParse('4..1').success).toBe(false);
    const bad = parse(conclusionYaml);
    bad.clauses[0].gloss = '';
    expect(conclusionSchema.safeParse(bad).success).toBe(false);
  });
});

describe('translation frontmatter schema', () => {
  const good = { conclusion: '202-kl-tw', lang: 'fa', source: { url: 'https://baotintuc.vn/x.htm', publisher: 'Báo Tin tức' } };
  it('accepts a source URL and publisher, and rejects a missing or non-http URL', () => {
    expect(translationFrontmatterSchema.safeParse(good).success).toBe(true);
    expect(translationFrontmatterSchema.safeParse({ ...good, source: { publisher: 'x' } }).success).toBe(false);
    expect(translationFrontmatterSchema.safeParse({ ...good, source: { url: 'ftp://x/y', publisher: 'x' } }).success).toBe(false);
  });
});

describe('languages', () => {
  it('derives the direction from the language, never from the page', () => {
    expect(lookupLanguage('fa')).toMatchObject({ ok: true, language: { dir: 'rtl', name: 'Persian' } });
    expect(lookupLanguage('nb')).toMatchObject({ ok: true, language: { dir: 'ltr', name: 'Norwegian Bokmål' } });
    expect(lookupLanguage('ru_RU')).toEqual({ ok: false, reason: 'malformed', suggestion: 'ru-RU' });
    expect(lookupLanguage('no')).toEqual({ ok: false, reason: 'unknown', suggestion: 'nb' });
    expect(lookupLanguage('xx')).toEqual({ ok: false, reason: 'unknown', suggestion: undefined });
  });
});

describe('conclusion file errors', () => {
  const errorsOfConclusion = (yaml: string, path = 'content/conclusions/999-kl-tw.yaml') =>
    buildCorpus({ conclusions: [{ path, text: yaml }], translations: [] }).errors.map(formatContentError);

  it('reports a missing field at its parent key', () => {
    expect(errorsOfConclusion(conclusionYaml.replace('date: 2025-01-02\n', ''))).toEqual([
      [
        'error[conclusion-invalid] content/conclusions/999-kl-tw.yaml:1:1',
        '  The conclusion has no "date".',
        '  Fix: add "date" (see the content model in the guide, /guide/).',
      ].join('\n'),
    ]);
  });

  it('reports a slug that differs from the file name', () => {
    expect(errorsOfConclusion(conclusionYaml, 'content/conclusions/998-kl-tw.yaml')).toEqual([
      [
        'error[slug-mismatch] content/conclusions/998-kl-tw.yaml:2:1',
        '  The slug "999-kl-tw" differs from the file name "998-kl-tw.yaml".',
        '  Fix: rename the file to 999-kl-tw.yaml or set slug: 998-kl-tw.',
      ].join('\n'),
    ]);
  });

  it('reports duplicate skeleton ids and ids that do not extend their parent', () => {
    const yaml = conclusionYaml.replace('{ id: "2.2",', '{ id: "2.1",').replace('{ id: "3.fn1",', '{ id: "fn1",');
    expect(errorsOfConclusion(yaml)).toEqual([
      [
        'error[skeleton-duplicate-id] content/conclusions/999-kl-tw.yaml:18:11',
        '  The skeleton has clause id "2.1" twice.',
        '  Fix: give every clause of the skeleton its own id.',
      ].join('\n'),
      [
        'error[skeleton-id-nesting] content/conclusions/999-kl-tw.yaml:23:11',
        '  Clause "fn1" is nested in "3" but its id does not start with "3.".',
        '  Fix: name it "3.fn1" so that the id shows where the clause sits.',
      ].join('\n'),
    ]);
  });
});
