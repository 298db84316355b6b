import type { Clause, ClauseKind } from './schemas/clause.ts';

/** A skeleton clause with its place in the tree, as the views and checks use it. */
export interface FlatClause {
  id: string;
  kind: ClauseKind;
  marker?: string;
  gloss: string;
  /** 0 for top-level clauses. */
  depth: number;
  /** Id of the enclosing clause. */
  parent?: string;
  /** Position in pre-order: the order in which the conclusion reads. */
  order: number;
}

/** Flattens a skeleton in reading (pre-)order. */
export function flattenSkeleton(clauses: Clause[]): FlatClause[] {
  const out: FlatClause[] = [];
  const visit = (list: Clause[], depth: number, parent: string | undefined): void => {
    for (const clause of list) {
      out.push({ id: clause.id, kind: clause.kind, marker: clause.marker, gloss: clause.gloss, depth, parent, order: out.length });
      visit(clause.children ?? [], depth + 1, clause.id);
    }
  };
  visit(clauses, 0, undefined);
  return out;
}

/** True when `descendant` lies (at any depth) under `ancestor` in the skeleton. */
export function isDescendant(byId: ReadonlyMap<string, FlatClause>, descendant: string, ancestor: string): boolean {
  for (let c = byId.get(descendant)?.parent; c; c = byId.get(c)?.parent) if (c === ancestor) return true;
  return false;
}

/** The skeleton id closest to `id` in spelling, for "did you mean" hints. */
export function closestId(ids: Iterable<string>, id: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of ids) {
    const d = editDistance(candidate, id);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(id.length / 2)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
