import { describe, expect, it } from 'vitest';
import { languageLetters, lettersPerLanguage, type ClauseRecord } from '../../src/lib/search/records.ts';

const record = (lang: string, text: string) => ({ url: '', meta: { lang, text } }) as unknown as ClauseRecord;

describe('the letters each language of the index uses (for loading its fonts)', () => {
  it('keeps each distinct letter once, in order of first use, without digits, spaces or punctuation', () => {
    expect(languageLetters([record('ro', 'Țară, țară 12!'), record('ru', 'для 195-KL/TW'), record('ro', 'Ăa')])).toEqual({ ro: 'ȚarățĂ', ru: 'дляKLTW' });
  });

  it('keeps at most a fixed number of letters per language, and the languages in code order', () => {
    const many = Array.from({ length: 400 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    const letters = languageLetters([record('zh', many), record('fa', 'نتیجه‌گیری')]);
    expect(Object.keys(letters)).toEqual(['fa', 'zh']);
    expect([...letters.zh]).toHaveLength(lettersPerLanguage);
    expect(letters.fa).toBe('نتیجهگر');
  });
});
