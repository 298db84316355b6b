import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { clauseRecords, labelsFilter, labelsOfFragment, parseResultUrl, recordClauses, searchFolder, stemsFolder, type BundleManifest } from '../../src/lib/search/records.ts';
import { stemShardOf, type StemShard } from '../../src/lib/search/stem-shards.ts';
import { foldWord } from '../../src/lib/search/tokens.ts';
import { distDir } from '../support/dist-dir.ts';
import { encode } from 'cbor2';
import { readPagefindFile } from '../../scripts/pagefind-chunks.ts';
import { indexChunkBytes, type ChunkRange, type IndexWord } from '../../src/lib/search/index-chunks.ts';

const bundle = join(distDir, searchFolder);

/** A Pagefind fragment as written: gzip of `pagefind_dcd` and the record as JSON. */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
function readFragment(path: string): Fragment {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  expect(text.startsWith('pagefind_dcd')).toBe(true);
  return JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
}

/** Every fragment of the bundle, with its Pagefind page id (its file's name). */
function fragments(): Array<Fragment & { id: string }> {
  return readdirSync(join(bundle, 'fragment')).map((f) => ({ ...readFragment(join(bundle, 'fragment', f)), id: f.replace(/\.pf_fragment$/, '') }));
}


describe('the published search index (Pagefind)', () => {
  const { corpus } = loadCorpus(process.cwd());
  const records = clauseRecords(corpus!);
  const published = fragments();

  it('rebuilds every clause text exactly from the records it publishes (one record per clause in a corpus this size)', () => {
    const byUrl = new Map<string, string>();
    for (const f of published) {
      const { slug, lang, clause } = parseResultUrl(f.url)!;
      const clauses = recordClauses(f.meta.text, f.content);
      const ids = labelsOfFragment(f.filters)!.clauses.map(([id]) => id);
      expect(ids[0]).toBe(clause);
      expect(ids).toHaveLength(clauses.length);
      clauses.forEach((c, i) => byUrl.set(`/conclusions/${slug}/${lang}/#c-${ids[i]}`, c.text));
    }
    expect(published).toHaveLength(records.length);
    expect(byUrl.size).toBe(records.length);
    for (const record of records) expect(byUrl.get(record.url), record.url).toBe(record.meta.text);
  });

  it('searches only the clause text: no label in any record’s meta, the labels in the fragment as a filter no search applies', () => {
    for (const f of published) expect(Object.keys(f.meta)).toEqual(['text']);
    expect(existsSync(join(bundle, 'labels.json'))).toBe(false);
    expect(existsSync(join(distDir, 'pagefind-labels'))).toBe(false);
    for (const f of published) {
      expect(Object.keys(f.filters).sort()).toEqual(['conclusion', labelsFilter, 'lang']);
      const { slug } = parseResultUrl(f.url)!;
      const conclusion = corpus!.conclusions.find((c) => c.slug === slug)!;
      const labels = labelsOfFragment(f.filters)!;
      expect(labels.number).toBe(conclusion.number);
      expect(labels.date).toBe(conclusion.date);
      for (const [id, gloss] of labels.clauses) expect(gloss).toBe(conclusion.skeleton.find((c) => c.id === id)!.gloss);
    }
  });

  it('has one bundle for every language, with a language filter', () => {
    const manifest = JSON.parse(readFileSync(join(bundle, 'bundles.json'), 'utf8')) as BundleManifest;
    expect(manifest.grouped).toBe(false);
    expect(readdirSync(bundle).filter((d) => d.startsWith('lang-'))).toEqual([]);
    expect(readdirSync(bundle).filter((f) => f.endsWith('.pf_meta'))).toHaveLength(1);
    const langs = [...new Set(records.map((r) => r.meta.lang))].sort();
    expect([...new Set(published.map((f) => f.filters.lang[0]))].sort()).toEqual(langs);
    expect(existsSync(join(distDir, 'search-index'))).toBe(false);
  });

  it('cuts the word index into small chunks whose ranges Pagefind reads as its own (ordered, each a beginning of its words)', () => {
    const read = (path: string) => readPagefindFile(path) as unknown[];
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const [{ hash }] = Object.values(entry.languages);
    const chunks = read(join(bundle, `pagefind.${hash}.pf_meta`))[2] as ChunkRange[];
    expect(readdirSync(join(bundle, 'index')).sort()).toEqual(chunks.map(([, , file]) => `${file}.pf_index`).sort());
    expect(chunks.length).toBeGreaterThan(3);
    const all: string[] = [];
    for (const [from, to, file] of chunks) {
      const [words] = read(join(bundle, 'index', `${file}.pf_index`)) as [IndexWord[]];
      const largest = Math.max(...words.map((w) => encode(w).length));
      expect(encode([words]).length).toBeLessThanOrEqual(indexChunkBytes + largest + 8);
      expect(words[0][0].startsWith(from), `${from} begins ${words[0][0]}`).toBe(true);
      expect(words.at(-1)![0].startsWith(to), `${to} begins ${words.at(-1)![0]}`).toBe(true);
      all.push(...words.map(([w]) => w));
    }
    const codePoints = (w: string) => Array.from(w, (c) => c.codePointAt(0)!);
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [codePoints(all[i - 1]), codePoints(all[i])];
      const at = a.findIndex((c, k) => c !== b[k]);
      expect(at === -1 ? a.length < b.length : a[at] < (b[at] ?? -1), `${all[i - 1]} before ${all[i]}`).toBe(true);
    }
  });

  it('publishes the stems of the corpus’s word forms in small shards, found by the hash of the form', () => {
    const { stemShards } = JSON.parse(readFileSync(join(bundle, 'bundles.json'), 'utf8')) as BundleManifest;
    expect(readdirSync(join(distDir, stemsFolder))).toHaveLength(stemShards);
    const form = foldWord('подписей');
    const shard = JSON.parse(readFileSync(join(distDir, stemsFolder, `${stemShardOf(form, stemShards)}.json`), 'utf8')) as StemShard;
    expect(shard[form]).toEqual({ ru: 'подпис' });
  });
});
