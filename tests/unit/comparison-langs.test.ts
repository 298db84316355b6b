import { describe, expect, it } from 'vitest';
import { isDefaultLangs, langsSearch, moveLang, parseLangs, toggleLang } from '../../src/lib/comparison/langs-param.ts';

const available = ['fa', 'ro', 'ru'];

describe('?langs= parameter', () => {
  it('keeps the asked columns in the asked order', () => {
    expect(parseLangs('ro,fa,ru', available)).toEqual(['ro', 'fa', 'ru']);
    expect(parseLangs('fa,ru', available)).toEqual(['fa', 'ru']);
  });

  it('ignores unknown, malformed and repeated tags, spaces and case', () => {
    expect(parseLangs(' RU , xx,,fa;x,ru, <script>', available)).toEqual(['ru']);
    expect(parseLangs('Ru,FA,ru', available)).toEqual(['ru', 'fa']);
  });

  it('falls back to every column when nothing usable is asked', () => {
    expect(parseLangs(null, available)).toEqual(available);
    expect(parseLangs('', available)).toEqual(available);
    expect(parseLangs('de,en', available)).toEqual(available);
  });

  it('writes a readable query, none for the default view, and keeps other parameters', () => {
    expect(langsSearch(['ro', 'fa'], available)).toBe('?langs=ro,fa');
    expect(langsSearch(available, available)).toBe('');
    expect(langsSearch(['ru'], available, '?langs=fa&q=x')).toBe('?langs=ru&q=x');
    expect(langsSearch(available, available, '?langs=fa&q=x')).toBe('?q=x');
    expect(isDefaultLangs(['ro', 'fa', 'ru'], available)).toBe(false);
  });

  it('moves a column, and not past the ends', () => {
    expect(moveLang(['fa', 'ro', 'ru'], 'ru', -1)).toEqual(['fa', 'ru', 'ro']);
    expect(moveLang(['fa', 'ro', 'ru'], 'fa', 1)).toEqual(['ro', 'fa', 'ru']);
    expect(moveLang(['fa', 'ro', 'ru'], 'fa', -1)).toEqual(['fa', 'ro', 'ru']);
    expect(moveLang(['fa', 'ro'], 'ru', 1)).toEqual(['fa', 'ro']);
  });

  it('hides a column but never the last one, and shows it again at its default place', () => {
    expect(toggleLang(['fa', 'ro', 'ru'], 'ro', false, available)).toEqual(['fa', 'ru']);
    expect(toggleLang(['ru'], 'ru', false, available)).toEqual(['ru']);
    expect(toggleLang(['fa', 'ru'], 'ro', true, available)).toEqual(['fa', 'ro', 'ru']);
    expect(toggleLang(['ru', 'fa'], 'ro', true, available)).toEqual(['ro', 'ru', 'fa']);
    expect(toggleLang(['ru'], 'de', true, available)).toEqual(['ru']);
  });
});
