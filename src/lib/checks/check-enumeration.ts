import type { FlatClause } from '../skeleton.ts';
import { findingAt, type Check } from './check-input.ts';
import type { RawFinding } from './finding.ts';
import { readMarker, sameStyle, type Marker } from './markers.ts';

/**
 * Enumeration markers against the skeleton: present (a translation that drops a whole list's markers gets
 * one info for the list), in the same sequence (same ordinal value: `(۱)` or `(1)` for `(i)` keeps the
 * sequence), and at the same level: a sub-item's marker must not look like the marker the translation writes
 * for the item it sits in, as Persian 202-KL/TW's `(1)` inside `(1)` does (item 4). Under an item whose
 * marker the translation drops (Persian item 9), `(۱)` for `(i)` cannot be confused with anything: no finding. Footnotes are left out: they may be carried inline.
 */
export const checkEnumeration: Check = (input) => {
  const out: RawFinding[] = [];
  const marked = input.conclusion.skeleton.filter((c) => c.marker && c.kind !== 'footnote');
  const groups = Map.groupBy(marked, (c) => c.parent ?? '');
  const byId = new Map(input.conclusion.skeleton.map((c) => [c.id, c]));
  for (const t of input.conclusion.translations) {
    const views = input.views.get(t.lang)!;
    const written = new Map<string, Marker | undefined>();
    for (const c of marked) if (views.has(c.id)) written.set(c.id, readMarker(views.get(c.id)!.text, skeletonMarker(c)?.numbering));
    for (const group of groups.values()) {
      const present = group.filter((c) => views.has(c.id));
      const bare = present.filter((c) => !written.get(c.id));
      if (bare.length && bare.length === present.length) {
        const first = present[0];
        out.push(findingAt(input, 'enumeration-missing', first.id, [t.lang], 0, `${t.lang} drops the markers ${present[0].marker}–${present.at(-1)!.marker} of ${first.parent ? `clause ${first.parent}` : 'the top-level items'} (${present.length} clauses).`));
        continue;
      }
      for (const c of bare) out.push(findingAt(input, 'enumeration-missing', c.id, [t.lang], 0, `${t.lang} has no marker ${c.marker} at the start of clause ${c.id}.`));
    }
    for (const c of marked) {
      const mine = written.get(c.id);
      const want = skeletonMarker(c);
      if (!mine || !want) continue;
      if (mine.value !== want.value) {
        out.push(findingAt(input, 'enumeration-sequence', c.id, [t.lang], 0, `${t.lang} marks clause ${c.id} as ${mine.written} where the conclusion has ${c.marker}.`));
        continue;
      }
      const ancestor = writtenAncestor(c, byId, written);
      if (!ancestor || sameStyle(want, skeletonMarker(ancestor)!)) continue;
      const theirs = written.get(ancestor.id)!;
      if (sameStyle(mine, theirs))
        out.push(findingAt(input, 'enumeration-level', c.id, [t.lang], 0, `${t.lang} marks sub-item ${c.id} as ${mine.written}, in the style of ${ancestor.id} ${theirs.written} that contains it: the level of ${c.marker} is lost.`));
    }
  }
  return out;
};

/** The marker the skeleton gives a clause, read as the checks read it (`(i)` is Roman where the skeleton's list is). */
export function skeletonMarker(c: FlatClause): Marker | undefined {
  return c.marker ? readMarker(c.marker, /^\([ivxlc]+\)$/.test(c.marker) ? 'roman' : 'alpha') : undefined;
}

/** The nearest enclosing clause whose marker the translation writes: the one a reader tells levels by. */
function writtenAncestor(c: FlatClause, byId: ReadonlyMap<string, FlatClause>, written: ReadonlyMap<string, Marker | undefined>): FlatClause | undefined {
  for (let p = c.parent ? byId.get(c.parent) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined) if (written.get(p.id)) return p;
  return undefined;
}

