/**
 * Builds the search index files (see index-format.ts) from clause records: pure, no file system.
 * Every word of every clause goes through `searchWords` and `stemKey` (tokens.ts) with the clause
 * language's Snowball stemmer, so the index and the query meet in the same forms.
 */
import type { ClauseRecord } from './records.ts';
import { snowballStemmer } from './stemmer.ts';
import { stemKey, writtenWords, foldWord } from './tokens.ts';
import type { DocBlock, IndexManifest, TermChunk, TermEntry } from './index-format.ts';

/** Sizes of the files: about `chunkBytes` of JSON per dictionary chunk, `blockSize` documents per block. */
export interface IndexOptions {
  chunkBytes?: number;
  blockSize?: number;
}

/** The index as files: relative path → JSON text. */
export function buildSearchIndex(records: readonly ClauseRecord[], options: IndexOptions = {}): Map<string, string> {
  const chunkBytes = options.chunkBytes ?? 8_000;
  const blockSize = options.blockSize ?? 4;
  const langs = [...new Set(records.map((r) => r.meta.lang))].sort();
  const conclusions = [...new Set(records.map((r) => r.meta.slug))];
  const translations: number[] = [];
  const postings = new Map<string, Map<number, number>>();
  const forms = new Map<string, Set<string>>();
  const conclusionNumber = new Map(conclusions.map((slug, i) => [slug, i]));
  // Words repeat: each written word is folded and stemmed once per language.
  const known = new Map<string, Map<string, [form: string, key: string]>>();
  records.forEach((record, doc) => {
    const { lang, slug } = record.meta;
    const previous = doc > 0 ? records[doc - 1].meta : undefined;
    if (!previous || previous.lang !== lang || previous.slug !== slug)
      translations.push(conclusionNumber.get(slug)!, langs.indexOf(lang), doc);
    const stem = snowballStemmer(lang);
    let words = known.get(lang);
    if (!words) known.set(lang, (words = new Map()));
    for (const word of writtenWords(record.meta.text, lang)) {
      let seen = words.get(word);
      if (!seen) words.set(word, (seen = [foldWord(word), stemKey(word, stem)]));
      const [form, key] = seen;
      if (!form) continue;
      let docs = postings.get(key);
      if (!docs) postings.set(key, (docs = new Map()));
      docs.set(doc, (docs.get(doc) ?? 0) + 1);
      let stems = forms.get(form);
      if (!stems) forms.set(form, (stems = new Set()));
      stems.add(key);
    }
  });

  const entries = new Map<string, TermEntry>();
  for (const [key, docs] of postings) {
    let previous = -1;
    const p: number[] = [];
    for (const [doc, count] of [...docs].sort((a, b) => a[0] - b[0])) {
      p.push((doc - previous) * 4 + Math.min(count, 3));
      previous = doc;
    }
    entries.set(key, { p });
  }
  for (const [form, stems] of forms) {
    const entry = entries.get(form) ?? {};
    entry.s = [...stems].filter((s) => s !== form).sort();
    entries.set(form, entry);
  }

  const files = new Map<string, string>();
  const chunks: string[] = [];
  let chunk: TermChunk = {};
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    files.set(`terms/${chunks.length - 1}.json`, JSON.stringify(chunk));
    chunk = {};
    size = 0;
  };
  for (const key of [...entries.keys()].sort()) {
    const entry = entries.get(key)!;
    const json = JSON.stringify(entry);
    if (size > 0 && size + json.length > chunkBytes) flush();
    if (size === 0) chunks.push(key);
    chunk[key] = entry;
    size += key.length + json.length + 4;
  }
  flush();

  for (let start = 0; start < records.length; start += blockSize) {
    const block: DocBlock = { c: {}, d: [] };
    for (const { meta } of records.slice(start, start + blockSize)) {
      block.c[meta.slug] = [meta.number, meta.date];
      block.d.push([meta.clause, meta.gloss, meta.text]);
    }
    files.set(`docs/${start / blockSize}.json`, JSON.stringify(block));
  }

  const manifest: IndexManifest = {
    langs,
    conclusions,
    translations,
    docs: records.length,
    blockSize,
    chunks,
    stemmed: langs.filter((l) => snowballStemmer(l) !== undefined),
  };
  files.set('manifest.json', JSON.stringify(manifest));
  return files;
}
