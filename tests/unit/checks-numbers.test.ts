import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/checks/extract-numbers.ts';
import { findDates } from '../../src/lib/checks/dates.ts';
import { numberWord } from '../../src/lib/checks/number-words.ts';
import { findingsOf, paragraphs } from '../support/checks-fixtures.ts';

const values = (lang: string, text: string) => extractFacts(lang, text).map((f) => `${f.kind}:${f.value}`);

describe('reading numbers, dates and number words', () => {
  it('reads dates in Russian, Romanian, Persian and Norwegian as the same ISO dates', () => {
    expect(findDates('ru', '31 октября 2025 года').map((d) => d.key)).toEqual(['2025-10-31']);
    expect(findDates('ro', '31 octombrie 2025').map((d) => d.key)).toEqual(['2025-10-31']);
    expect(findDates('fa', '31 اکتبر 2025').map((d) => d.key)).toEqual(['2025-10-31']);
    expect(values('fa', '۳۱ اکتبر ۲۰۲۵')).toEqual(['date:2025-10-31']);
    expect(findDates('nb', '25. juli 2025').map((d) => d.key)).toEqual(['2025-07-25']);
    expect(findDates('ru', 'в октябре 2025 года').map((d) => d.key)).toEqual(['2025-10']);
    expect(findDates('ru', 'за 1-31 июля 2025 года').map((d) => d.key)).toEqual(['2025-07-01', '2025-07-31']);
  });
  it('gives each fact the span of text it is read from', () => {
    const spans = (lang: string, text: string) => extractFacts(lang, text).map((f) => [f.kind, text.slice(f.index, f.index + f.length)]);
    expect(spans('ru', 'за 1-31 июля 2025 года')).toEqual([['date', '1'], ['date', '31 июля 2025']]);
    expect(spans('fa', 'در ۳۱ اکتبر ۲۰۲۵ و ۱۵ مورد')).toEqual([['date', '۳۱ اکتبر ۲۰۲۵'], ['number', '۱۵']]);
    expect(spans('ru', 'двух уровней, 2,5 раза, в октябре 2025 года')).toEqual([['number', 'двух'], ['number', '2,5'], ['date', 'октябре 2025']]);
  });
  it('does not read a number before an ordinary word as a date (no false alarm)', () => {
    expect(findDates('ro', '5 articole din 2025')).toEqual([]);
    expect(findDates('ru', 'в пункте 5 статьи 4')).toEqual([]);
    expect(findDates('ro', 'mai mult de 2025')).toEqual([]);
  });
  it('understands small numbers written as words in each language, and not look-alikes', () => {
    expect(numberWord('ru', 'двух')).toBe(2);
    expect(numberWord('ru', 'двухуровневых')).toBe(2);
    expect(numberWord('ru', 'Трёх')).toBe(3);
    expect(numberWord('ro', 'două')).toBe(2);
    expect(numberWord('ro', 'doua')).toBe(2);
    expect(numberWord('fa', 'دو')).toBe(2);
    expect(numberWord('fa', 'دهمین')).toBe(10);
    expect(numberWord('fa', 'پانزدهمین')).toBe(15);
    expect(numberWord('nb', 'to')).toBe(2);
    expect(numberWord('nb', 'tonivås')).toBe(2);
    for (const [lang, word] of [['ro', 'nouă'], ['ro', 'o'], ['ro', 'un'], ['fa', 'نه'], ['fa', 'یک'], ['fa', 'دهد'], ['nb', 'andre'], ['nb', 'til'], ['ru', 'двор'], ['ru', 'один']])
      expect(numberWord(lang, word), `${lang} ${word}`).toBeUndefined();
  });
  it('reads ordinals written with digits and words as their number', () => {
    expect(values('ru', '10-й сессии 15-го Национального собрания')).toEqual(['number:10', 'number:15']);
    expect(values('ro', 'celei de-a 10-a sesiuni a celei de-a 15-a Adunări')).toEqual(['number:10', 'number:15']);
    expect(values('fa', 'دهمین جلسه پانزدهمین مجلس ملی')).toEqual(['number:10', 'number:15']);
  });
  it('leaves document codes to their own check', () => {
    expect(values('fa', 'گزارش شماره ۵۲۳-BC/BTCTW')).toEqual([]);
  });
});

const honest = {
  ru: paragraphs({ '3': '3. Представить 10-й сессии 15-го Национального собрания до 15 декабря 2025 года; двухуровневых органов.' }),
  ro: paragraphs({ '3': '3. Prezentat celei de-a 10-a sesiuni a celei de-a 15-a Adunări Naționale înainte de 15 decembrie 2025, pe două niveluri.' }),
  fa: paragraphs({ '3': 'به دهمین جلسه پانزدهمین مجلس ملی قبل از ۱۵ دسامبر ۲۰۲۵ در دو سطح ارائه شود.' }),
};

describe('numbers and dates check', () => {
  it('raises nothing on an honest translation in Cyrillic, Latin and Persian', () => {
    expect(findingsOf(honest, ['numbers', 'dates'])).toEqual([]);
  });
  it('raises nothing for the clause markers and footnote markers that carry numbers', () => {
    const ro = paragraphs({ '3': '3. Text <FootnoteRef to="3.fn1">[1]</FootnoteRef> end.', '3.fn1': '[1] Note.' });
    const ru = paragraphs({ '3': 'Текст.', '3.fn1': 'Примечание.' });
    expect(findingsOf({ ro, ru }, ['numbers', 'dates'])).toEqual([]);
  });
  it('finds a number that one translation lacks, at that translation', () => {
    const fa = paragraphs({ '3': 'به دهمین جلسه مجلس ملی قبل از ۱۵ دسامبر ۲۰۲۵ در دو سطح ارائه شود.' });
    const found = findingsOf({ ...honest, fa }, ['numbers']);
    expect(found.map((f) => [f.langs[0], f.clause, f.message])).toEqual([['fa', '3', 'fa lacks the number 15 that ro, ru have in clause 3.']]);
    expect(found[0].file).toBe('content/translations/998-kl-tw/fa.mdx');
  });
  it('finds a number that only one translation has, at the number itself', () => {
    const ro = paragraphs({ '3': '3. Prezentat celei de-a 10-a sesiuni a celei de-a 15-a Adunări Naționale înainte de 15 decembrie 2025, pe două niveluri, 7 zile.' });
    const [f] = findingsOf({ ...honest, ro }, ['numbers']);
    expect(f.message).toBe('ro has the number 7 that fa, ru do not have in clause 3.');
    expect(f.line).toBe(25);
    expect(f.column).toBe(16 + ro.split('\n\n')[8].indexOf('7 zile') - '<Clause id="3">'.length);
  });
  it('finds a date that differs, comparing dates as dates', () => {
    const ru = paragraphs({ '3': '3. Представить 10-й сессии 15-го Национального собрания до 15 ноября 2025 года; двухуровневых органов.' });
    const found = findingsOf({ ...honest, ru }, ['dates']);
    expect(found.map((f) => f.message)).toEqual(['ru lacks the date 2025-12-15 that fa, ro have in clause 3.', 'ru has the date 2025-11-15 that fa, ro do not have in clause 3.']);
  });
  it('finds a number word that disagrees with digits', () => {
    const nb = paragraphs({ '1': 'Fire nivåer i 2025.' });
    const ro = paragraphs({ '1': '1. Pe două niveluri în 2025.' });
    expect(findingsOf({ nb, ro }, ['numbers']).map((f) => f.message)).toEqual(['nb lacks the number 2 that ro has in clause 1.', 'ro lacks the number 4 that nb has in clause 1.']);
  });
});
