import { describe, expect, it } from 'vitest';
import { findingsOf, paragraphs } from '../support/checks-fixtures.ts';

describe('untranslated check', () => {
  it('finds a clause identical (after folding) to another language’s text', () => {
    const ro = paragraphs({ '1.p2': 'Biroul Politic și Secretariatul au lăudat comitetele.' }, 'Textul');
    const nb = paragraphs({ '1.p2': 'Biroul Politic şi Secretariatul au laudat  comitetele.' });
    const found = findingsOf({ ro, nb }, ['untranslated']);
    expect(found.map((f) => [f.severity, f.langs, f.message])).toEqual([['warning', ['ro', 'nb'], 'Clause 1.p2 in ro is identical to its nb text: one of them is not translated.']]);
  });
  it('finds Persian pasted into another translation, ZWNJ and digits aside', () => {
    const fa = paragraphs({ '1.p2': 'در این نتیجه\u200cگیری ۲ سطح آمده است.' }, 'متن');
    const ru = paragraphs({ '1.p2': 'در این نتیجهگیری 2 سطح آمده است.' });
    expect(findingsOf({ fa, ru }, ['untranslated'])).toHaveLength(1);
  });
  it('does not raise on translations, nor on clauses without words (a bare code or number)', () => {
    const ro = paragraphs({ '1.p2': 'Biroul Politic a lăudat comitetele.', '2.2': '(2) 195-KL/TW' }, 'Textul');
    const ru = paragraphs({ '1.p2': 'Политбюро похвалило комитеты.', '2.2': '(2) 195-KL/TW' }, 'Текст');
    const fa = paragraphs({ '1.p2': 'دفتر سیاسی از کمیته\u200cها تقدیر کرد.', '2.2': '(۲) ۱۹۵-KL/TW' }, 'متن');
    expect(findingsOf({ ro, ru, fa }, ['untranslated'])).toEqual([]);
  });
});
