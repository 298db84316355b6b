import { describe, expect, it } from 'vitest';
import { alignmentMap, type AlignmentMap } from '../../src/lib/comparison/alignment-map.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';

const corpus = loadCorpus(process.cwd()).corpus!;
const c202 = corpus.conclusions.find((c) => c.slug === '202-kl-tw')!;

const blocksOf = (map: AlignmentMap, lang: string) => map.blocks.filter((b) => b.lang === lang);
const joined = (map: AlignmentMap, lang: string, clause: string) => map.links.filter((l) => l.lang === lang && l.clause === clause).length;

describe('alignment map', () => {
  const map = alignmentMap(c202);

  it('has one block per paragraph of clause text, joined to every clause it carries, linked to the row of its first', () => {
    for (const t of c202.translations) {
      const paragraphs = t.paragraphs.filter((p) => p.segments.some((s) => s.kind === 'clause'));
      const blocks = blocksOf(map, t.lang);
      expect(blocks).toHaveLength(paragraphs.length);
      for (const b of blocks) {
        expect(b.href).toBe(`/conclusions/202-kl-tw/#c-${b.clauses[0]}`);
        for (const c of b.clauses) expect(map.links.some((l) => l.lang === t.lang && l.clause === c && l.from[1] >= b.y && l.from[1] <= b.y + b.height)).toBe(true);
      }
      for (const c of t.clauses.keys()) expect(joined(map, t.lang, c), `${t.lang} ${c}`).toBeGreaterThan(0);
    }
  });

  it('shows merged paragraphs, publisher headings and a footnote carried inline or at the end', () => {
    // Russian runs 2, 2.p2 and 2.p3 into one paragraph; Romanian gives each its own.
    expect(blocksOf(map, 'ru').find((b) => b.clauses.includes('2'))!.clauses).toEqual(['2', '2.p2', '2.p3']);
    expect(blocksOf(map, 'ro').find((b) => b.clauses.includes('2'))!.clauses).toEqual(['2']);
    // Russian and Persian carry the footnote inside clause 8's paragraph; Romanian as an end note, its own block.
    for (const lang of ['ru', 'fa']) expect(blocksOf(map, lang).find((b) => b.clauses.includes('8.fn1'))!.clauses).toContain('8');
    expect(blocksOf(map, 'ro').at(-1)!.clauses).toEqual(['8.fn1']);
    // The publisher headings of Russian and Persian (before 2, 6, 8) are bars; Romanian has none.
    expect(map.bars.filter((b) => b.lang === 'ru').length).toBeGreaterThanOrEqual(3);
    expect(map.bars.filter((b) => b.lang === 'ro')).toEqual([]);
  });

  it('keeps blocks of a lane in order without overlapping, inside the map', () => {
    for (const t of c202.translations) {
      const blocks = blocksOf(map, t.lang);
      for (let i = 1; i < blocks.length; i++) expect(blocks[i].y).toBeGreaterThanOrEqual(blocks[i - 1].y + blocks[i - 1].height);
      for (const b of blocks) expect(b.y + b.height).toBeLessThanOrEqual(map.height);
    }
  });

  it('marks a clause a translation omits', () => {
    const without7 = (t: (typeof c202.translations)[number]) => ({
      ...t,
      paragraphs: t.paragraphs.map((p) => ({ ...p, segments: p.segments.filter((s) => !(s.kind === 'clause' && s.clause === '7')) })),
      gaps: new Map([['7', { clause: '7', reason: 'not published', paragraph: 0 } as never]]),
    });
    const omitting = { ...c202, translations: c202.translations.map((t) => (t.lang === 'ro' ? without7(t) : t)) };
    const gaps = alignmentMap(omitting).gaps;
    expect(gaps.map((g) => [g.lang, g.clause, g.label])).toEqual([['ro', '7', 'Romanian omits clause 7: not published']]);
  });

  it('keeps working at 30 translations: one lane each, within a page width, no lane over another', () => {
    const many = { ...c202, translations: Array.from({ length: 30 }, (_, i) => ({ ...c202.translations[i % 3], lang: `x${i}` })) };
    const wide = alignmentMap(many);
    expect(wide.lanes).toHaveLength(30);
    expect(wide.width).toBeLessThanOrEqual(1100);
    expect(wide.height).toBe(map.height);
    const xs = wide.lanes.map((l) => l.x).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(28);
    for (const b of wide.blocks) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(wide.width);
      expect(b.width).toBeGreaterThanOrEqual(10);
    }
  });
});
