import { describe, expect, it } from 'vitest';
import { readMarker } from '../../src/lib/checks/markers.ts';
import { findingsOf, paragraphs } from '../support/checks-fixtures.ts';

const ids = ['enumeration-missing', 'enumeration-sequence', 'enumeration-level'];
const marked = (markers: Record<string, string>, texts: Record<string, string> = {}) =>
  paragraphs(Object.fromEntries(Object.entries(markers).map(([id, m]) => [id, `${m} ${texts[id] ?? 'text'}`])));
const skeletonMarkers = { '1': '1.', '2': '2.', '2.1': '(1)', '2.1.i': '(i)', '2.1.ii': '(ii)', '2.2': '(2)', '3': '3.' };

describe('reading markers', () => {
  it('reads arabic, Persian, roman and letter markers', () => {
    expect(readMarker('(۱) متن')).toMatchObject({ form: 'paren', numbering: 'arabic', value: 1 });
    expect(readMarker('(iii) text')).toMatchObject({ numbering: 'roman', value: 3 });
    expect(readMarker('(i) text', 'alpha')).toMatchObject({ numbering: 'alpha', value: 9 });
    expect(readMarker('b) text')).toMatchObject({ form: 'half', numbering: 'alpha', value: 2 });
    expect(readMarker('10. text')).toMatchObject({ form: 'dot', value: 10 });
    expect(readMarker('2025 год')).toBeUndefined();
  });
});

describe('enumeration check', () => {
  it('raises nothing when markers match the conclusion (Latin, Cyrillic)', () => {
    expect(findingsOf({ ro: marked(skeletonMarkers, { '2': 'Doi' }), ru: marked(skeletonMarkers, { '2': 'Два' }) }, ids)).toEqual([]);
  });
  it('accepts Persian digits for roman sub-items when no written marker above them looks alike (no false alarm)', () => {
    const fa = marked({ '2.1.i': '(۱)', '2.1.ii': '(۲)', '2.2': '(2)' });
    expect(findingsOf({ fa }, ['enumeration-level', 'enumeration-sequence'])).toEqual([]);
  });
  it('finds Persian digits under a parent written with the same style', () => {
    const fa = marked({ ...skeletonMarkers, '2.1.i': '(۱)' });
    expect(findingsOf({ fa }, ['enumeration-level']).map((f) => f.message)).toEqual(['fa marks sub-item 2.1.i as (۱), in the style of 2.1 (1) that contains it: the level of (i) is lost.']);
  });
  it('finds a sub-item written in the style of the item that contains it (Persian 202-KL/TW item 4)', () => {
    const fa = marked({ ...skeletonMarkers, '2.1.i': '(1)', '2.1.ii': '(2)' });
    const found = findingsOf({ fa }, ids);
    expect(found.map((f) => [f.severity, f.clause, f.message])).toEqual([
      ['warning', '2.1.i', 'fa marks sub-item 2.1.i as (1), in the style of 2.1 (1) that contains it: the level of (i) is lost.'],
      ['warning', '2.1.ii', 'fa marks sub-item 2.1.ii as (2), in the style of 2.1 (1) that contains it: the level of (ii) is lost.'],
    ]);
  });
  it('finds a marker out of sequence', () => {
    const ro = marked({ ...skeletonMarkers, '2.2': '(3)' });
    expect(findingsOf({ ro }, ids).map((f) => f.message)).toEqual(['ro marks clause 2.2 as (3) where the conclusion has (2).']);
  });
  it('reports a list whose markers are all dropped once, and a single dropped marker alone', () => {
    const ru = marked({ '2.1': '(1)', '2.1.i': '(i)', '2.1.ii': '(ii)', '2.2': '(2)' });
    expect(findingsOf({ ru }, ids).map((f) => [f.severity, f.message])).toEqual([['info', 'ru drops the markers 1.–3. of the top-level items (3 clauses).']]);
    const ro = marked({ ...skeletonMarkers, '2.2': '' });
    expect(findingsOf({ ro }, ids).map((f) => f.message)).toEqual(['ro has no marker (2) at the start of clause 2.2.']);
  });
});
