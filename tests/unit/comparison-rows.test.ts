import { describe, expect, it } from 'vitest';
import { buildComparison, cellText } from '../../src/lib/comparison/rows.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { buildWith, frontmatter } from '../support/fixtures.ts';

const corpus = loadCorpus(process.cwd()).corpus!;
const c202 = corpus.conclusions.find((c) => c.slug === '202-kl-tw')!;

describe('comparison rows', () => {
  it('has one row per skeleton clause, in reading order, and the chosen columns in order', () => {
    const { rows, columns } = buildComparison(c202, ['ru', 'fa']);
    expect(rows.map((r) => r.clause.id)).toEqual(c202.skeleton.map((c) => c.id));
    expect(columns.map((t) => t.lang)).toEqual(['ru', 'fa']);
    for (const row of rows) expect(row.cells.map((c) => [c.lang, c.dir])).toEqual([['ru', 'ltr'], ['fa', 'rtl']]);
  });

  it('keeps every clause text, character for character', () => {
    const { rows, columns } = buildComparison(c202);
    for (const row of rows)
      row.cells.forEach((cell, i) => expect(cellText(cell)).toBe(columns[i].clauses.get(row.clause.id)!.text));
  });

  it('gives each publisher heading to the cell of the clause it precedes, as its lead, apart from the clause text', () => {
    const { rows } = buildComparison(c202, ['ru', 'ro']);
    const row8 = rows.find((r) => r.clause.id === '8')!;
    const [ru, ro] = row8.cells;
    expect(ru.lead).toEqual([{ kind: 'heading', text: 'Об утверждении формы отзыва партийной ячейки и жилой партийной ячейки для членов партии' }]);
    expect(ru.pieces[0].editorial).toEqual([]);
    expect(ro.lead).toEqual([]);
    const editorial = (lang: string) =>
      buildComparison(c202, [lang]).rows.flatMap((r) => r.cells.flatMap((c) => [...c.lead, ...c.pieces.flatMap((p) => p.editorial), ...c.trailing]));
    for (const t of c202.translations) {
      const published = t.paragraphs.flatMap((p) => p.segments).filter((s) => s.kind === 'editorial').map((s) => s.text.trim());
      expect(editorial(t.lang).map((b) => b.text)).toEqual(published);
    }
  });

  it('shows a footnote carried inline by one translation and at the end by another as the same row', () => {
    const { rows } = buildComparison(c202, ['ro', 'ru', 'fa']);
    const row8 = rows.find((r) => r.clause.id === '8')!;
    const fn = rows.find((r) => r.clause.id === '8.fn1')!;
    const [ro, ru, fa] = row8.cells;
    expect(ro.pieces).toHaveLength(1);
    expect(ro.pieces[0].segments.find((s) => s.footnoteRef)).toEqual({ text: '[1]', footnoteRef: '8.fn1' });
    for (const inline of [ru, fa]) {
      expect(inline.pieces).toHaveLength(2);
      expect(inline.pieces[1].interruptedBy).toEqual(['8.fn1']);
      expect(inline.pieces[1].startsParagraph).toBe(false);
    }
    expect(fn.cells.map((c) => c.placement)).toEqual([
      { kind: 'note', parent: '8', atEnd: true, marker: '[1]' },
      { kind: 'inline', parent: '8' },
      { kind: 'inline', parent: '8' },
    ]);
  });

  it('marks where a translation begins a paragraph (merged clauses do not)', () => {
    const { rows } = buildComparison(c202, ['ro', 'ru']);
    const row = (id: string) => rows.find((r) => r.clause.id === id)!.cells.map((c) => c.pieces[0].startsParagraph);
    expect(row('4')).toEqual([true, true]);
    expect(row('4.1')).toEqual([false, false]);
  });

  it('reads an omitted clause as a gap with its reason, and gives it the editorial material standing there', () => {
    const body = `
<Clause id="preamble">At the meeting.</Clause>

<Clause id="1">1. One.</Clause>

<Editorial kind="heading">A heading</Editorial>

<Gap id="2" reason="not in the published translation" />

<Clause id="2.1">(1) a;</Clause> <Clause id="2.2">(2) b.</Clause>

<Clause id="3">3. Three <FootnoteRef to="3.fn1">[1]</FootnoteRef> and more.</Clause>

<Clause id="3.fn1">[1] Note.</Clause>

<Editorial kind="caption">A closing caption</Editorial>
`;
    const { corpus, errors } = buildWith(frontmatter() + body);
    expect(errors).toEqual([]);
    const { rows } = buildComparison(corpus!.conclusions[0]);
    const cell = (id: string) => rows.find((r) => r.clause.id === id)!.cells[0];
    expect(cell('2').pieces).toEqual([]);
    expect(cell('2').gap).toEqual({ reason: 'not in the published translation' });
    expect(cell('2').lead).toEqual([{ kind: 'heading', text: 'A heading' }]);
    expect(cell('2.1').lead).toEqual([]);
    expect(cell('3.fn1').placement).toEqual({ kind: 'note', parent: '3', atEnd: true, marker: '[1]' });
    expect(cell('3.fn1').trailing).toEqual([{ kind: 'caption', text: 'A closing caption' }]);
  });
});
