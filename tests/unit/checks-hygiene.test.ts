import { describe, expect, it } from 'vitest';
import { unpairedMarks } from '../../src/lib/checks/check-hygiene.ts';
import { findingsOf, paragraphs } from '../support/checks-fixtures.ts';

const hygiene = ['hygiene-bidi', 'hygiene-zero-width', 'hygiene-mixed-script', 'hygiene-spaces', 'hygiene-unpaired'];
const one = (lang: string, text: string) => findingsOf({ [lang]: paragraphs({ '1.p2': text }) }, hygiene);

describe('hygiene check: must not raise (false alarms)', () => {
  it('accepts clean text in Cyrillic, Latin with diacritics and Persian with ZWNJ inside words', () => {
    expect(one('ru', 'Политбюро (№ 195-KL/TW) «Партийный комитет» и „цитата“.')).toEqual([]);
    expect(one('ro', 'Comitetul de Partid: „Comitetul confirmă formularul” (Regulamentul nr. 213-QD/TW).')).toEqual([]);
    expect(one('fa', 'در این نتیجه\u200cگیری «کمیته حزبی» (شماره ۱۹۵-KL/TW) آمده است.')).toEqual([]);
    expect(one('nb', 'Plan nr. 56-KH/BCĐ, "eliminering av bølgedepresjoner", datert 4. juli 2025.')).toEqual([]);
  });
  it('reads a clause interrupted by an inline footnote as one text (brackets balanced across pieces)', () => {
    const ru = paragraphs({ '3': 'Текст (начало <Clause id="3.fn1">«примечание»</Clause> конец) точка.' }).replace('\n\n<Clause id="3.fn1">Text of 3.fn1.</Clause>', '');
    expect(findingsOf({ ru }, hygiene)).toEqual([]);
  });
});

describe('hygiene check: must find', () => {
  it('finds bidi controls and stray zero-width characters, ZWNJ outside a Persian word included', () => {
    expect(one('fa', 'متن \u200fفارسی').map((f) => f.check)).toEqual(['hygiene-bidi']);
    expect(one('ro', 'Comi\u200btetul').map((f) => [f.check, f.message])).toEqual([['hygiene-zero-width', 'Zero-width character U+200B in clause 1.p2 (ro).']]);
    expect(one('fa', 'کمیته \u200cحزبی').map((f) => f.check)).toEqual(['hygiene-zero-width']);
  });
  it('finds Latin letters inside a Cyrillic word, and Cyrillic inside a Latin word', () => {
    expect(one('ru', 'Партийный кoмитет').map((f) => f.message)).toEqual(['"кoмитет" in clause 1.p2 (ru) mixes Latin and Cyrillic letters.']);
    expect(one('ro', 'Cоmitetul').map((f) => f.check)).toEqual(['hygiene-mixed-script']);
  });
  it('finds doubled spaces and a space before a comma, at the right column', () => {
    const found = one('ro', 'Adunării Naționale , și  Comitetul.');
    expect(found.map((f) => [f.message, f.column])).toEqual([
      ['Space before "," in clause 1.p2 (ro).', 19 + 'Adunării Naționale'.length],
      ['Doubled space in clause 1.p2 (ro).', 19 + 'Adunării Naționale , și'.length],
    ]);
    expect(one('fa', 'مجلس ملی ، کمیته').map((f) => f.message)).toEqual(['Space before "،" in clause 1.p2 (fa).']);
  });
  it('finds unpaired brackets and quotes in each script', () => {
    expect(one('ru', '«Партийный комитет подтверждает').map((f) => f.message)).toEqual(['Unpaired « in clause 1.p2 (ru).']);
    expect(one('ro', '„Comitetul confirmă (formularul”').map((f) => f.message)).toEqual(['Unpaired ( in clause 1.p2 (ro).']);
    expect(one('fa', 'کمیته حزبی) تأیید').map((f) => f.message)).toEqual(['Unpaired ) in clause 1.p2 (fa).']);
    expect(unpairedMarks('a "b" c [d] "e')).toEqual([{ mark: '"', index: 12 }]);
  });
});
