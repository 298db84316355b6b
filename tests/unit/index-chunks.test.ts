import { describe, expect, it } from 'vitest';
import { chunkBounds, splitWords } from '../../src/lib/search/index-chunks.ts';

const words = (...list: string[]): string[] => list;

describe('re-cut Pagefind index chunks', () => {
  it('cuts the words, in order, into runs of about the target size, none empty', () => {
    const runs = splitWords([1, 2, 3, 4, 5, 6, 7], (n) => n, 6);
    expect(runs).toEqual([[1, 2, 3], [4, 5], [6], [7]]);
    expect(splitWords([], (n: number) => n, 6)).toEqual([]);
    expect(splitWords([100], (n) => n, 6)).toEqual([[100]]);
  });

  it('draws the ranges as Pagefind does: whole words at the ends, the shortest telling beginnings between neighbours', () => {
    const runs = [words('apple'), words('apricot', 'banana'), words('peach')];
    expect(chunkBounds(runs)).toEqual([
      ['apple', 'app'],
      ['apr', 'b'],
      ['p', 'peach'],
    ]);
    expect(chunkBounds([words('cath'), words('cathartic')])).toEqual([
      ['cath', 'cath'],
      ['catha', 'cathartic'],
    ]);
  });

  it('counts characters, not UTF-16 units, in the beginnings (words outside the Basic Multilingual Plane)', () => {
    expect(chunkBounds([words('𠀀a'), words('𠀀b')])).toEqual([
      ['𠀀a', '𠀀a'],
      ['𠀀b', '𠀀b'],
    ]);
    expect(chunkBounds([words('партия'), words('партнёр')])).toEqual([
      ['партия', 'парти'],
      ['партн', 'партнёр'],
    ]);
  });
});
