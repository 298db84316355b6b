import { describe, expect, it } from 'vitest';
import { indexClauses } from '../../src/lib/corpus/build-corpus.ts';
import { parseTranslation } from '../../src/lib/parse/parse-translation.ts';

const parse = (body: string) => parseTranslation(`---\nlang: ro\n---\n\n${body}\n`, 'x.mdx');

describe('parseTranslation', () => {
  it('reads several inline anchors in one paragraph, keeping the spaces between them', () => {
    const doc = parse('<Clause id="4">4. Tasks:</Clause> <Clause id="4.1">(1) lead;</Clause> <Clause id="4.2">(2) b.</Clause>');
    expect(doc.errors).toEqual([]);
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.paragraphs[0].segments.map((s) => [s.kind, s.text])).toEqual([
      ['clause', '4. Tasks:'],
      ['space', ' '],
      ['clause', '(1) lead;'],
      ['space', ' '],
      ['clause', '(2) b.'],
    ]);
    expect(doc.anchors.map((a) => [a.clause, a.location.line, a.location.column])).toEqual([
      ['4', 5, 1],
      ['4.1', 5, 35],
      ['4.2', 5, 71],
    ]);
  });

  it('reads one clause over several paragraphs', () => {
    const doc = parse('<Clause id="9">\nFirst paragraph.\n\nSecond paragraph.\n</Clause>');
    const clauses = indexClauses(doc.paragraphs);
    expect(clauses.get('9')?.paragraphCount).toBe(2);
    expect(clauses.get('9')?.text).toBe('First paragraph. Second paragraph.');
  });

  it('reads a footnote nested inline, leaving the enclosing clause in two pieces', () => {
    const doc = parse('<Clause id="8">Before <Clause id="8.fn1">(note)</Clause> after.</Clause>');
    const clauses = indexClauses(doc.paragraphs);
    expect(clauses.get('8')?.pieces).toHaveLength(2);
    expect(clauses.get('8')?.text).toBe('Before after.');
    expect(clauses.get('8.fn1')?.text).toBe('(note)');
    expect(doc.anchors[1].parent).toBe('8');
  });

  it('keeps characters that Markdown could read as syntax: | [1] and escaped * { <', () => {
    const doc = parse('<Editorial kind="caption">| A caption (Foto: X) |</Editorial>\n\n<Clause id="8">member [1] a \\*b\\* \\{c} \\<d</Clause>');
    expect(doc.errors).toEqual([]);
    expect(doc.paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(['| A caption (Foto: X) |', 'member [1] a *b* {c} <d']);
  });

  it('keeps editorial material apart from clause text', () => {
    const doc = parse('<Editorial kind="lead">The conclusion said:</Editorial> <Clause id="preamble">At the meeting.</Clause>');
    expect(doc.paragraphs[0].segments.map((s) => s.kind)).toEqual(['editorial', 'space', 'clause']);
    expect(indexClauses(doc.paragraphs).get('preamble')?.sharesParagraph).toBe(false);
  });

  it('records gaps with their reasons', () => {
    const doc = parse('<Gap id="4.2" reason="left out by the publisher" />');
    expect(doc.gaps).toEqual([{ clause: '4.2', reason: 'left out by the publisher', location: { file: 'x.mdx', line: 5, column: 1 }, paragraph: 0 }]);
  });

  it('rejects components that are not anchors', () => {
    expect(parse('<Clause id="1">a</Clause> <Note>b</Note>').errors.map((e) => e.code)).toEqual(['unknown-component']);
  });
});
