import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode } from 'cbor2';
import { describe, expect, it } from 'vitest';
import { pagefindFileBytes, readPagefindFile, recutIndexChunks } from '../../scripts/pagefind-chunks.ts';

/** A bundle in Pagefind 1.6's layout: an entry, a metadata file and one chunk of `words`. */
function bundle(words: string[], meta?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'pf-chunks-'));
  mkdirSync(join(dir, 'index'));
  const file = (value: unknown) => pagefindFileBytes(encode(value));
  writeFileSync(join(dir, 'index', 'und_0000000.pf_index'), file([words.map((w) => [w, [[0, [], [-1, 1]]], []])]));
  writeFileSync(join(dir, 'pagefind.und_00000000000.pf_meta'), file(meta ?? ['1.6.0', [['und_aaaaaaa', 3, '']], [[words[0], words.at(-1), 'und_0000000']], [], [], ['text']]));
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { und: { hash: 'und_00000000000', wasm: null, page_count: 1 } } }));
  return dir;
}
const read = (path: string) => readPagefindFile(path) as unknown[];

describe('re-cutting a Pagefind bundle’s word index', () => {
  it('writes every word once, in order, into several chunks that the metadata (renamed in the entry) lists', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${String(i).padStart(3, '0')}`);
    const dir = bundle(words);
    recutIndexChunks(dir, 400);
    const { languages } = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
    const meta = read(join(dir, `pagefind.${languages.und.hash}.pf_meta`));
    expect(languages.und.hash).not.toBe('und_00000000000');
    const chunks = meta[2] as Array<[string, string, string]>;
    expect(chunks.length).toBeGreaterThan(5);
    expect(readdirSync(join(dir, 'index')).sort()).toEqual(chunks.map(([, , f]) => `${f}.pf_index`).sort());
    const again = chunks.flatMap(([, , f]) => (read(join(dir, 'index', `${f}.pf_index`))[0] as Array<[string]>).map(([w]) => w));
    expect(again).toEqual(words);
    expect(meta.slice(3)).toEqual([[], [], ['text']]);
  });

  it('stops with the file and what to update when Pagefind’s layout is not the one it knows', () => {
    const dir = bundle(['a'], ['2.0.0', { pages: [] }]);
    expect(() => recutIndexChunks(dir, 400)).toThrow(/pagefind\.und_00000000000\.pf_meta: not the metadata layout of Pagefind 1\.6 .*update scripts\/pagefind-chunks\.ts/);
  });
});
