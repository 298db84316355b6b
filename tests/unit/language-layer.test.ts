import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/lib/checks/index.ts';
import { findDates, monthOf } from '../../src/lib/checks/dates.ts';
import { extractFacts } from '../../src/lib/checks/extract-numbers.ts';
import { readMarker } from '../../src/lib/checks/markers.ts';
import { unpairedMarks } from '../../src/lib/checks/check-hygiene.ts';
import { formatDate, formatList } from '../../src/lib/format.ts';
import { delimitersOf } from '../../src/lib/text/delimiters.ts';
import { viewsOf } from '../../src/lib/checks/run-checks.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { languageOf, lookupLanguage } from '../../src/lib/languages.ts';
import { digitValue, foldDigits } from '../../src/lib/text/normalize.ts';
import { readNumbers } from '../../src/lib/text/numbers.ts';
import { wordsOf } from '../../src/lib/text/segment.ts';

/** The fixture conclusion 901-KL/TW in en, zh, ja, ar, he and ko (tests/fixtures/languages). */
const fixture = loadCorpus('tests/fixtures/languages');
const conclusion = fixture.corpus!.conclusions.find((c) => c.slug === '901-kl-tw')!;
const views = viewsOf(conclusion);
const textOf = (lang: string, clause: string) => views.get(lang)!.get(clause)!.text;
const fixtureLangs = ['ar', 'en', 'he', 'ja', 'ko', 'zh'];

describe('language facts from CLDR', () => {
  it('loads the fixture in six languages without errors', () => {
    expect(fixture.errors).toEqual([]);
    expect(conclusion.translations.map((t) => t.lang).sort()).toEqual(fixtureLangs);
  });

  it('names, scripts and directions come from Intl, with no table entry', () => {
    expect(languageOf('en')).toEqual({ tag: 'en', name: 'English', nativeName: 'English', dir: 'ltr', script: 'Latn' });
    expect(languageOf('zh')).toMatchObject({ name: 'Chinese', nativeName: '中文', dir: 'ltr', script: 'Hans' });
    expect(languageOf('ja')).toMatchObject({ name: 'Japanese', nativeName: '日本語', script: 'Jpan' });
    expect(languageOf('ko')).toMatchObject({ name: 'Korean', nativeName: '한국어', script: 'Kore' });
    expect(languageOf('km')).toMatchObject({ name: 'Khmer', script: 'Khmr', dir: 'ltr' });
    expect(languageOf('zh-Hant')).toMatchObject({ script: 'Hant', dir: 'ltr' });
  });

  it('Hebrew, Urdu, Arabic, Persian and Pashto are right to left', () => {
    for (const [tag, script] of [['he', 'Hebr'], ['ur', 'Arab'], ['ar', 'Arab'], ['fa', 'Arab'], ['ps', 'Arab']])
      expect(languageOf(tag)).toMatchObject({ dir: 'rtl', script });
    expect(languageOf('he').nativeName).toBe('עברית');
  });

  it('refuses a tag CLDR does not know, and suggests the tag the corpus prefers', () => {
    expect(lookupLanguage('xx')).toEqual({ ok: false, reason: 'unknown', suggestion: undefined });
    expect(lookupLanguage('qaa')).toMatchObject({ ok: false, reason: 'unknown' });
    expect(lookupLanguage('no')).toEqual({ ok: false, reason: 'unknown', suggestion: 'nb' });
    expect(lookupLanguage('he_IL')).toEqual({ ok: false, reason: 'malformed', suggestion: 'he-IL' });
    expect(() => languageOf('xx')).toThrow(/xx/);
  });
});

describe('digits of every decimal script', () => {
  it('folds digits of any Unicode decimal script, not a list of two', () => {
    expect(foldDigits('۱۹۵ ١٩٥ १९५ ১৯৫ ๑๙๕ ໑໙໕ ១៩៥ ၁၉၅ １９５ ߁߉߅')).toBe('195 195 195 195 195 195 195 195 195 195');
    expect(digitValue('𝟗')).toBe(9);
    expect(digitValue('𝟬')).toBe(0);
  });

  it('keeps offsets for digits of the Basic Multilingual Plane', () => {
    const ar = textOf('ar', '2.1');
    expect(foldDigits(ar)).toHaveLength(ar.length);
    expect(foldDigits(ar)).toContain('1٬250٫5');
  });
});

describe('dates with month names and orders from CLDR', () => {
  const keys = (lang: string, text: string) => findDates(lang, foldDigits(text)).map((d) => d.key);

  it('reads the preamble of every fixture language as the same two dates', () => {
    for (const lang of fixtureLangs) expect(keys(lang, textOf(lang, 'preamble')).sort(), lang).toEqual(['2025-09-24', '2025-09-26']);
  });

  it('reads both English orders, CJK and Korean forms, Persian in the Gregorian calendar', () => {
    expect(keys('en', 'on 26 September 2025 and September 26, 2025; in October 2025')).toEqual(['2025-09-26', '2025-09-26', '2025-10']);
    expect(keys('zh', '2025年9月26日，2025年10月')).toEqual(['2025-09-26', '2025-10']);
    expect(keys('ja', '会議において2025年9月26日から')).toEqual(['2025-09-26']);
    expect(keys('ko', '2025년 9월 26일 회의')).toEqual(['2025-09-26']);
    expect(keys('fa', '۳۱ اکتبر ۲۰۲۵')).toEqual(['2025-10-31']);
    expect(keys('he', 'ביום 15 באוקטובר 2025')).toEqual(['2025-10-15']);
    expect(keys('km', '២៦ កញ្ញា ២០២៥')).toEqual(['2025-09-26']);
  });

  it('reads Russian genitive, nominative and inflected forms, and abbreviations', () => {
    expect(keys('ru', '31 октября 2025 года; 1-31 июля 2025; в октябре 2025 года; 5 мая; 3 сент. 2025')).toEqual([
      '2025-10-31', '2025-07-01', '2025-07-31', '2025-10', '--05-05', '2025-09-03',
    ]);
    expect([monthOf('ru', 'май'), monthOf('ru', 'мая'), monthOf('ru', 'марте'), monthOf('ru', 'масло')]).toEqual([5, 5, 3, undefined]);
  });
});

describe('numbers with the language’s own separators', () => {
  const values = (lang: string, text: string) => readNumbers(lang, text).map((n) => n.value);

  it('reads grouping and decimals as CLDR says each language writes them', () => {
    expect(values('en', '1,250.5 and 12.5%')).toEqual([1250.5, 12.5]);
    expect(values('ar', '١٬٢٥٠٫٥ و ١٢٫٥٪')).toEqual([1250.5, 12.5]);
    expect(values('fa', '۱٬۲۵۰٫۵')).toEqual([1250.5]);
    expect(values('ru', '1 250,5 и 2,5; в 2025 году 100')).toEqual([1250.5, 2.5, 2025, 100]);
    expect(values('ro', '1.250,5 și 10.5')).toEqual([1250.5, 10.5]);
    expect(values('ja', '１２０の社')).toEqual([120]);
  });

  it('finds the same facts in every fixture language, clause by clause', () => {
    for (const { id } of conclusion.skeleton) {
      const facts = fixtureLangs.map((lang) => {
        const view = views.get(lang)!.get(id)!;
        return extractFacts(lang, view.text, view.bodyStart).map((f) => `${f.kind}:${f.value}`).sort();
      });
      for (const [i, lang] of fixtureLangs.entries()) expect(facts[i], `${lang} ${id}`).toEqual(facts[1]);
    }
    const en = views.get('en')!.get('2.1')!;
    expect(extractFacts('en', en.text, en.bodyStart).map((f) => f.value)).toEqual(['1250.5', '120', '12.5', '2024']);
    const ar = views.get('ar')!.get('preamble')!;
    expect(extractFacts('ar', ar.text).map((f) => ar.text.slice(f.index, f.index + f.length))).toEqual(['٢٦ سبتمبر ٢٠٢٥', '٢٤ سبتمبر ٢٠٢٥']);
  });
});

describe('enumeration markers with the language’s own brackets', () => {
  it('reads full-width, Arabic-Indic and other paired brackets as parentheses', () => {
    expect(readMarker('（1）向120个乡')).toMatchObject({ form: 'paren', numbering: 'arabic', value: 1, written: '（1）' });
    expect(readMarker('（２）2025年')).toMatchObject({ form: 'paren', value: 2, end: 3 });
    expect(readMarker('(١) تخصيص')).toMatchObject({ form: 'paren', value: 1, end: 4 });
    expect(readMarker('〔3〕 text')).toMatchObject({ form: 'paren', value: 3 });
    expect(readMarker('١. استكمال')).toMatchObject({ form: 'dot', value: 1 });
  });
});

describe('quotation marks and brackets from CLDR and Unicode', () => {
  it('takes each language’s quotation marks from CLDR', () => {
    expect(delimitersOf('ja')).toMatchObject({ quotationStart: '「', quotationEnd: '」' });
    expect(delimitersOf('ru')).toMatchObject({ quotationStart: '«', alternateQuotationStart: '„', alternateQuotationEnd: '“' });
    expect(delimitersOf('zh-Hant').quotationStart).toBe('「');
  });

  it('pairs the language’s own marks, and finds the one left open', () => {
    expect(unpairedMarks('「会議」と『決定』（１）', 'ja')).toEqual([]);
    expect(unpairedMarks('「会議」と『決定（１）', 'ja')).toEqual([{ mark: '『', index: 5 }]);
    expect(unpairedMarks('«Партийный „комитет“»', 'ru')).toEqual([]);
    expect(unpairedMarks('he said “yes” and don’t', 'en')).toEqual([]);
    expect(unpairedMarks('צה”ל אמר ”כן”', 'he')).toEqual([]);
    expect(unpairedMarks('【1】 (2', 'zh')).toEqual([{ mark: '(', index: 4 }]);
  });
});

describe('dates and lists of the pages from Intl', () => {
  it('formats a date in the site’s English and in a translation’s language', () => {
    expect(formatDate('2025-09-26')).toBe('26 September 2025');
    expect(formatDate('2025-09-26', 'zh')).toBe('2025年9月26日');
    expect(formatDate('2025-09-26', 'ko')).toBe('2025년 9월 26일');
    expect(formatDate('2025-09-26', 'fa')).toBe('۲۶ سپتامبر ۲۰۲۵');
    expect(formatDate('2025-09-26', 'he')).toBe('26 בספטמבר 2025');
  });

  it('joins lists as CLDR does', () => {
    expect(formatList(['Russian', 'Romanian', 'Persian'])).toBe('Russian, Romanian and Persian');
    expect(formatList(['俄语', '波斯语'], 'zh')).toBe('俄语和波斯语');
  });
});

describe('the checks on the fixture', () => {
  it('raise no number, date, code or enumeration finding where six languages say the same thing', () => {
    expect(runChecks(fixture.corpus!).map((f) => `${f.check} ${f.clause} ${f.langs.join(',')}: ${f.message}`)).toEqual([]);
  });
});

describe('words of scripts written without spaces', () => {
  it('segments Chinese, Japanese and Khmer into words with Intl.Segmenter', () => {
    const zh = wordsOf('zh', textOf('zh', '3')).map((w) => w.word);
    expect(zh).toContain('结论');
    expect(zh).toContain('生效');
    expect(wordsOf('ja', '政府党委員会は、次のことを行う。').map((w) => w.word)).toContain('政府');
    expect(wordsOf('en', 'Complete the reorganisation.').map((w) => w.word)).toEqual(['Complete', 'the', 'reorganisation']);
  });
});
