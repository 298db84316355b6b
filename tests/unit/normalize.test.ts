import { describe, expect, it } from 'vitest';
import { foldDigits, foldForMatch, removeZeroWidth, stripLatinDiacritics } from '../../src/lib/text/normalize.ts';

describe('text folding', () => {
  it('folds Persian and Arabic-Indic digits to ASCII', () => {
    expect(foldDigits('۱۹۵-KL/TW ۲۰۲۵ ٢٠٢٥')).toBe('195-KL/TW 2025 2025');
  });
  it('removes ZWNJ so a Persian word matches its form without it', () => {
    expect(removeZeroWidth('نتیجه\u200cگیری')).toBe('نتیجهگیری');
  });
  it('folds Arabic yeh/kaf, cedillas, ё, Latin diacritics and Đ, and lowercases', () => {
    expect(foldForMatch('كمي')).toBe(foldForMatch('کمی'));
    expect(foldForMatch('ţară')).toBe('tara');
    expect(foldForMatch('țară')).toBe('tara');
    expect(foldForMatch('ещё')).toBe('еще');
    expect(foldForMatch('56-KH/BCĐ')).toBe('56-kh/bcd');
  });
  it('keeps й and non-Latin letters', () => {
    expect(stripLatinDiacritics('двухуровневый')).toBe('двухуровневый');
    expect(foldForMatch('Й')).toBe('й');
  });
});
