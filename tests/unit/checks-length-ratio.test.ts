import { describe, expect, it } from 'vitest';
import { bandOf } from '../../src/lib/checks/length-calibration.ts';
import { findingsOf, paragraphs } from '../support/checks-fixtures.ts';

const ro = 'Biroul Politic și Secretariatul au recunoscut și au lăudat comitetele de partid de la toate nivelurile.';
const ru = 'Политбюро и Секретариат выразили признательность и похвалу партийным комитетам всех уровней.';
const fa = 'دفتر سیاسی و دبیرخانه از کمیته‌های حزبی در تمام سطوح تقدیر و تشکر کردند.';
const all = (lang: string, text: string, overrides: Record<string, string> = {}) =>
  paragraphs(Object.fromEntries(['preamble', '1', '1.p2', '2', '2.1', '2.1.i', '2.1.ii', '2.2', '3', '3.fn1'].map((id) => [id, overrides[id] ?? `${text} ${text} ${text} ${id}`])), lang);

describe('length calibration', () => {
  it('centres the band on the median ratio and keeps it at least ±25% wide', () => {
    const band = bandOf(Array.from({ length: 10 }, () => Math.log(0.63)));
    expect(Math.exp(band.median)).toBeCloseTo(0.63);
    expect(Math.exp(band.low)).toBeCloseTo(0.63 / 1.25);
    expect(Math.exp(band.high)).toBeCloseTo(0.63 * 1.25);
  });
  it('falls back to CheckMate’s 45%–200% around the median for a pair with few clauses', () => {
    const band = bandOf([Math.log(0.6), Math.log(0.7)]);
    expect(Math.exp(band.low)).toBeCloseTo(0.65 * 0.45, 1);
    expect(Math.exp(band.high)).toBeCloseTo(0.65 * 2, 1);
  });
});

describe('length-ratio check', () => {
  it('raises nothing when Persian is steadily shorter than Romanian and Russian (calibrated, no false alarm)', () => {
    expect(findingsOf({ ro: all('ro', ro), ru: all('ru', ru), fa: all('fa', fa) }, ['length-ratio'])).toEqual([]);
  });
  it('points at the one translation whose clause is far shorter than all the others', () => {
    const faShort = all('fa', fa, { '1.p2': fa });
    const found = findingsOf({ ro: all('ro', ro), ru: all('ru', ru), fa: faShort }, ['length-ratio']);
    expect(found.map((f) => [f.clause, f.langs[0]])).toEqual([['1.p2', 'fa']]);
    expect(found[0].message).toMatch(/^Clause 1\.p2 in fa is out of the usual length against every other translation: fa\/ro \d+% \(usual \d+%\), fa\/ru \d+% \(usual \d+%\)\.$/);
  });
  it('finds an outlier pair between two translations (Latin and Cyrillic)', () => {
    const longer = `${ro} ${ro} ${ro} ${ro} ${ro}`;
    const found = findingsOf({ ro: all('ro', ro, { '3': longer }), ru: all('ru', ru) }, ['length-ratio']);
    expect(found.map((f) => [f.clause, f.langs, f.severity])).toEqual([['3', ['ru', 'ro'], 'info']]);
  });
});
