import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import type { DocBlock, IndexManifest } from '../../src/lib/search/index-format.ts';
import { clauseRecords } from '../../src/lib/search/records.ts';
import { distDir } from '../support/dist-dir.ts';

const dir = join(distDir, 'search-index');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;

describe('the published search index', () => {
  const { corpus } = loadCorpus(process.cwd());
  const records = clauseRecords(corpus!);
  const manifest = read<IndexManifest>('manifest.json');

  it('rebuilds every clause text exactly, in corpus order, from its document blocks', () => {
    const blocks = Math.ceil(manifest.docs / manifest.blockSize);
    const texts = Array.from({ length: blocks }, (_, n) => read<DocBlock>(`docs/${n}.json`).d.map((d) => d[2])).flat();
    expect(manifest.docs).toBe(records.length);
    expect(texts).toEqual(records.map((r) => r.meta.text));
  });

  it('carries each result’s labels in its block, and no file of labels for the whole corpus', () => {
    const first = read<DocBlock>('docs/0.json');
    const record = records[0];
    expect(first.c[record.meta.slug]).toEqual([record.meta.number, record.meta.date]);
    expect(first.d[0]).toEqual([record.meta.clause, record.meta.gloss, record.meta.text]);
    expect(existsSync(join(dir, 'labels.json'))).toBe(false);
    expect(existsSync(join(distDir, 'pagefind'))).toBe(false);
  });

  it('keeps the dictionary in small chunks, sorted, and no row label (an English gloss word) among its keys', () => {
    const chunks = readdirSync(join(dir, 'terms'));
    expect(chunks).toHaveLength(manifest.chunks.length);
    expect([...manifest.chunks].sort()).toEqual(manifest.chunks);
    for (const file of chunks) expect(readFileSync(join(dir, 'terms', file)).length).toBeLessThan(40_000);
    const keys = chunks.flatMap((f) => Object.keys(read<Record<string, unknown>>(`terms/${f}`)));
    expect(keys).not.toContain('praises');
    expect(keys.length).toBeGreaterThan(100);
  });
});
