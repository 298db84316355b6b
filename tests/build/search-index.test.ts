import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { clauseRecords, labelsFolder, parseResultUrl, recordClauseIds, recordClauses, searchFolder, stemsFolder, type BundleManifest, type ConclusionLabels } from '../../src/lib/search/records.ts';
import { stemShardOf, type StemShard } from '../../src/lib/search/stem-shards.ts';
import { foldWord } from '../../src/lib/search/tokens.ts';
import { distDir } from '../support/dist-dir.ts';

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

/** Every fragment of the bundle. */
function fragments(): Fragment[] {
  return readdirSync(join(bundle, 'fragment')).map((f) => readFragment(join(bundle, 'fragment', f)));
}

/** A conclusion's label file as published. */
function labelsOf(slug: string): ConclusionLabels {
  return JSON.parse(readFileSync(join(distDir, labelsFolder, `${slug}.json`), 'utf8')) as ConclusionLabels;
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
      const ids = recordClauseIds(labelsOf(slug), lang, clause, clauses.length);
      clauses.forEach((c, i) => byUrl.set(`/conclusions/${slug}/${lang}/#c-${ids[i]}`, c.text));
    }
    expect(published).toHaveLength(records.length);
    expect(byUrl.size).toBe(records.length);
    for (const record of records) expect(byUrl.get(record.url), record.url).toBe(record.meta.text);
  });

  it('searches only the clause text: no label in any record’s meta, the labels in one small file per conclusion', () => {
    for (const f of published) expect(Object.keys(f.meta)).toEqual(['text']);
    expect(existsSync(join(bundle, 'labels.json'))).toBe(false);
    for (const conclusion of corpus!.conclusions) {
      const labels = labelsOf(conclusion.slug);
      expect(labels.number).toBe(conclusion.number);
      expect(labels.date).toBe(conclusion.date);
      for (const clause of conclusion.skeleton) if (clause.id in labels.glosses) expect(labels.glosses[clause.id]).toBe(clause.gloss);
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

  it('publishes the stems of the corpus’s word forms in small shards, found by the hash of the form', () => {
    const { stemShards } = JSON.parse(readFileSync(join(bundle, 'bundles.json'), 'utf8')) as BundleManifest;
    expect(readdirSync(join(distDir, stemsFolder))).toHaveLength(stemShards);
    const form = foldWord('подписей');
    const shard = JSON.parse(readFileSync(join(distDir, stemsFolder, `${stemShardOf(form, stemShards)}.json`), 'utf8')) as StemShard;
    expect(shard[form]).toEqual({ ru: 'подпис' });
  });
});
