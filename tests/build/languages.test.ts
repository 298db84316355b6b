import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCopyOfProject, type CopyBuild } from '../support/project-copy.ts';

/**
 * The language fixture (tests/fixtures/languages: 901-KL/TW in English, Chinese, Japanese, Arabic, Hebrew and
 * Korean) added to a copy of the project and published: every language with its `lang`, `dir`, names and
 * dates from CLDR, no language table edited, and no finding where six translations state the same facts.
 */
const fixture = 'tests/fixtures/languages/content';
const pages = new Map<string, string>();
let run: CopyBuild;

beforeAll(() => {
  run = buildCopyOfProject(
    (dir) => {
      cpSync(join(fixture, 'conclusions/901-kl-tw.yaml'), join(dir, 'content/conclusions/901-kl-tw.yaml'));
      cpSync(join(fixture, 'translations/901-kl-tw'), join(dir, 'content/translations/901-kl-tw'), { recursive: true });
    },
    (dir) => {
      const base = join(dir, 'dist/conclusions/901-kl-tw');
      for (const page of ['index', 'alignment/index', ...['en', 'zh', 'ja', 'ar', 'he', 'ko'].map((l) => `${l}/index`)])
        pages.set(page, readFileSync(join(base, `${page}.html`), 'utf8'));
    },
  );
}, 600_000);

const html = (page: string) => pages.get(page) ?? '';

describe('a conclusion published in six new languages', () => {
  it('builds', () => {
    expect(run.status, run.output).toBe(0);
  });

  it('gives each reading view the lang and dir of its language, from CLDR', () => {
    const expected: Record<string, [string, string, string]> = {
      en: ['ltr', 'English', 'English'],
      zh: ['ltr', 'Chinese', '中文'],
      ja: ['ltr', 'Japanese', '日本語'],
      ko: ['ltr', 'Korean', '한국어'],
      ar: ['rtl', 'Arabic', 'العربية'],
      he: ['rtl', 'Hebrew', 'עברית'],
    };
    for (const [lang, [dir, name, own]] of Object.entries(expected)) {
      const page = html(`${lang}/index`);
      expect(page, lang).toMatch(new RegExp(`<html[^>]* lang="${lang}"[^>]* dir="${dir}"|<html[^>]* dir="${dir}"[^>]* lang="${lang}"`));
      expect(page, lang).toMatch(new RegExp(`<article[^>]*lang="${lang}"[^>]*dir="${dir}"`));
      expect(page, lang).toContain(`<title>901-KL/TW in ${name}`);
      expect(page, lang).toContain(`>${own}</span>`);
    }
  });

  it('writes the date in English and in the translation’s own language', () => {
    expect(html('zh/index')).toContain('26 September 2025');
    expect(html('zh/index')).toMatch(/<time datetime="2025-09-26" lang="zh" dir="ltr"[^>]*>2025年9月26日<\/time>/);
    expect(html('ko/index')).toMatch(/lang="ko" dir="ltr"[^>]*>2025년 9월 26일<\/time>/);
    expect(html('he/index')).toMatch(/lang="he" dir="rtl"[^>]*>26 בספטמבר 2025<\/time>/);
    expect(html('ar/index')).toMatch(/lang="ar" dir="rtl"[^>]*>26 سبتمبر 2025<\/time>/);
  });

  it('gives every column of the comparison its language', () => {
    for (const [lang, dir] of [['zh', 'ltr'], ['ja', 'ltr'], ['ko', 'ltr'], ['ar', 'rtl'], ['he', 'rtl'], ['en', 'ltr']])
      expect(html('index'), lang).toMatch(new RegExp(`lang="${lang}"[^>]*dir="${dir}"`));
  });

  it('raises no finding: the same dates, numbers, codes and markers in six scripts and orders', () => {
    expect(html('alignment/index')).toContain('0 errors, 0 warnings, 0 infos');
    expect(html('alignment/index')).toContain('Arabic, English, Hebrew, Japanese, Korean and Chinese');
  });
});
