import type { ConclusionEntry, Translation } from '../corpus/model.ts';
import { clauseAnchor } from '../format.ts';

/**
 * The alignment map of a conclusion, as geometry for an SVG: the skeleton's clauses down the middle, each
 * translation's paragraphs as blocks in a lane beside them (half the lanes on each side), each block joined
 * to the clauses it carries. A block joined to several clauses is a merged paragraph; several blocks joined
 * to one clause, a split clause; a clause a lane does not join, an omission (marked); a thin bar between
 * blocks, a paragraph of publisher material. Pure: no Astro, no DOM.
 */

/** One paragraph of one translation. */
export interface MapBlock {
  lang: string;
  /** 1-based number of the paragraph in the translation. */
  paragraph: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Clause ids carried, in order (a footnote carried inline appears beside its parent). */
  clauses: string[];
  /** Publisher material stands inside the paragraph too. */
  editorial: boolean;
  /** The comparison row of its first clause. */
  href: string;
  /** What the block is, in words (tooltip and accessible name). */
  label: string;
}

/** A paragraph of publisher material only (a heading, a caption): a bar between the blocks. */
export interface MapBar {
  lang: string;
  x: number;
  y: number;
  width: number;
  label: string;
}

/** A join between a block and a clause, drawn as a curve from the block to the lane's inner edge. */
export interface MapLink {
  lang: string;
  clause: string;
  from: [number, number];
  to: [number, number];
}

/** A clause a translation omits (or lacks), marked at the lane's inner edge. */
export interface MapGap {
  lang: string;
  clause: string;
  x: number;
  y: number;
  label: string;
}

/** A lane: one translation. */
export interface MapLane {
  lang: string;
  name: string;
  /** Centre of the lane's title. */
  x: number;
  side: 'start' | 'end';
}

/** A skeleton clause in the middle column. */
export interface MapClause {
  id: string;
  /** Our English gloss. */
  gloss: string;
  depth: number;
  y: number;
  href: string;
}

/** The whole map. */
export interface AlignmentMap {
  width: number;
  height: number;
  /** The middle column: its left edge and width. */
  middle: { x: number; width: number };
  /** Height of one clause's band. */
  pitch: number;
  clauses: MapClause[];
  lanes: MapLane[];
  blocks: MapBlock[];
  bars: MapBar[];
  links: MapLink[];
  gaps: MapGap[];
}

const pitch = 18;
const top = 34;
const middleWidth = 160;

/** Lane width: roomy for a few translations, narrower for many, so that 30 still fit a page width. */
function laneWidth(count: number): number {
  return Math.max(30, Math.min(96, 132 - 6 * count));
}

/** Lays out the alignment map of `conclusion`. */
export function alignmentMap(conclusion: ConclusionEntry): AlignmentMap {
  const { translations, skeleton } = conclusion;
  const lane = laneWidth(translations.length);
  const before = Math.ceil(translations.length / 2);
  const middle = { x: before * lane, width: middleWidth };
  const width = middle.x + middle.width + (translations.length - before) * lane;
  const rowOf = new Map(skeleton.map((c, i) => [c.id, top + i * pitch]));
  const clauses = skeleton.map((c) => ({
    id: c.id,
    gloss: c.gloss,
    depth: c.depth,
    y: rowOf.get(c.id)!,
    href: `/conclusions/${conclusion.slug}/#${clauseAnchor(c.id)}`,
  }));
  const map: AlignmentMap = { width, height: top + skeleton.length * pitch + 8, middle, pitch, clauses, lanes: [], blocks: [], bars: [], links: [], gaps: [] };
  translations.forEach((t, i) => {
    const side = i < before ? 'start' : 'end';
    const k = side === 'start' ? before - 1 - i : i - before;
    const inner = side === 'start' ? middle.x - k * lane : middle.x + middle.width + k * lane;
    const outer = side === 'start' ? inner - lane : inner + lane;
    map.lanes.push({ lang: t.lang, name: t.language.name, x: (inner + outer) / 2, side });
    layLane(map, conclusion, t, { inner, outer, rowOf });
  });
  map.height = Math.ceil(Math.max(map.height, ...map.blocks.map((b) => b.y + b.height + 6), ...map.bars.map((b) => b.y + 8)));
  return map;
}

/** The paragraphs of a translation: the clauses each carries, and whether it is publisher material only. */
function paragraphsOf(t: Translation) {
  return t.paragraphs.map((p, index) => {
    const clauses = [...new Set(p.segments.flatMap((s) => (s.kind === 'clause' ? [s.clause] : [])))];
    const editorial = p.segments.some((s) => s.kind === 'editorial');
    const text = p.segments.filter((s) => s.kind === 'editorial').map((s) => s.text.trim()).join(' ');
    return { index, clauses, editorial, text };
  });
}

function layLane(map: AlignmentMap, conclusion: ConclusionEntry, t: Translation, at: { inner: number; outer: number; rowOf: Map<string, number> }): void {
  const paragraphs = paragraphsOf(t);
  const spread = new Map<string, number[]>();
  for (const p of paragraphs) for (const c of p.clauses) spread.set(c, [...(spread.get(c) ?? []), p.index]);
  const laneSize = Math.abs(at.outer - at.inner);
  const blockWidth = Math.max(10, Math.round(laneSize * 0.36));
  const towardMiddle = at.inner > at.outer ? 1 : -1;
  const blockX = towardMiddle > 0 ? at.outer + 3 : at.outer - 3 - blockWidth;
  const blockInner = towardMiddle > 0 ? blockX + blockWidth : blockX;
  let bottom = 0;
  let pendingBars: typeof paragraphs = [];
  for (const p of paragraphs) {
    if (!p.clauses.length) {
      if (p.editorial) pendingBars.push(p);
      continue;
    }
    const shares = p.clauses.map((c) => {
      const all = spread.get(c)!;
      const part = pitch / all.length;
      return { c, part, start: at.rowOf.get(c)! + all.indexOf(p.index) * part };
    });
    const y = Math.max(shares[0].start + 1.5, bottom + 2);
    const height = Math.max(4, shares.reduce((sum, s) => sum + s.part, 0) - 3);
    pendingBars.reverse().forEach((bar, n) => {
      map.bars.push({ lang: t.lang, x: blockX - 2, y: y - 3 - n * 4, width: blockWidth + 4, label: `${t.language.name}, paragraph ${bar.index + 1}: publisher material: ${bar.text}` });
    });
    pendingBars = [];
    const ids = p.clauses.join(', ');
    map.blocks.push({
      lang: t.lang,
      paragraph: p.index + 1,
      x: blockX,
      y,
      width: blockWidth,
      height,
      clauses: p.clauses,
      editorial: p.editorial,
      href: `/conclusions/${conclusion.slug}/#${clauseAnchor(p.clauses[0])}`,
      label: `${t.language.name}, paragraph ${p.index + 1}: ${p.clauses.length > 1 ? `clauses ${ids}` : `clause ${ids}`}${p.editorial ? ', with publisher material' : ''}`,
    });
    let offset = y;
    const scale = height / shares.reduce((sum, s) => sum + s.part, 0);
    for (const s of shares) {
      map.links.push({ lang: t.lang, clause: s.c, from: [blockInner, offset + (s.part * scale) / 2], to: [at.inner, at.rowOf.get(s.c)! + pitch / 2] });
      offset += s.part * scale;
    }
    bottom = y + height;
  }
  for (const [i, bar] of pendingBars.entries())
    map.bars.push({ lang: t.lang, x: blockX - 2, y: bottom + 3 + i * 4, width: blockWidth + 4, label: `${t.language.name}, paragraph ${bar.index + 1}: publisher material: ${bar.text}` });
  for (const c of conclusion.skeleton) {
    if (spread.has(c.id)) continue;
    const gap = t.gaps.get(c.id);
    map.gaps.push({ lang: t.lang, clause: c.id, x: at.inner - towardMiddle * 5, y: at.rowOf.get(c.id)! + pitch / 2, label: `${t.language.name} ${gap ? `omits clause ${c.id}: ${gap.reason}` : `lacks clause ${c.id}`}` });
  }
}
