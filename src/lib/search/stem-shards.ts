/**
 * The corpus's word forms with their stems, in small files (`/pagefind-stems/<n>.json`), so that the
 * browser finds a typed word's stems without the WebAssembly stemmer when the corpus uses that word
 * form (most queries); only a word the corpus never uses makes it import the stemmer. A form goes to
 * shard `hash(form) mod count`, so a query fetches one small file per word.
 */
import { foldWord, stemKey, wordTerms, writtenWords, type Stemmer } from './tokens.ts';

/** One shard: folded word form → its stem key in each language whose clauses use it. */
export type StemShard = Record<string, Record<string, string>>;

/** The shard of a folded word form among `count` (FNV-1a over UTF-16 code units). */
export function stemShardOf(form: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < form.length; i++) hash = Math.imul(hash ^ form.charCodeAt(i), 0x01000193) >>> 0;
  return hash % count;
}

/** True when a written word is looked up (a word of letters: numbers and codes are only folded). */
export function isStemmable(word: string): boolean {
  const form = foldWord(word);
  return form.length > 0 && /\p{L}/u.test(form) && !/\p{N}/u.test(form);
}

/**
 * The stem shards of some texts: every folded form of a word of letters, with the shortest stem key
 * its spellings get in each language; about `shardBytes` of JSON per shard.
 */
export function stemShards(texts: Iterable<{ text: string; lang: string }>, stemmerOf: (lang: string) => Stemmer | undefined, shardBytes = 3000): StemShard[] {
  const forms = new Map<string, Record<string, string>>();
  const seen = new Set<string>();
  let bytes = 0;
  for (const { text, lang } of texts)
    for (const word of writtenWords(text, lang)) {
      const id = `${lang}\u0000${word}`;
      if (seen.has(id) || !isStemmable(word)) continue;
      seen.add(id);
      const { form, key } = wordTerms(word, stemmerOf(lang));
      let entry = forms.get(form);
      if (!entry) {
        forms.set(form, (entry = {}));
        bytes += form.length + 8;
      }
      if (entry[lang] === undefined) bytes += key.length + lang.length + 6;
      if (entry[lang] === undefined || key.length < entry[lang].length) entry[lang] = key;
    }
  const count = Math.max(1, Math.ceil(bytes / shardBytes));
  const shards: StemShard[] = Array.from({ length: count }, () => ({}));
  for (const form of [...forms.keys()].sort()) shards[stemShardOf(form, count)][form] = forms.get(form)!;
  return shards;
}

/**
 * The search term of a word from the shards' entries (`entries`: folded form → its entry, or undefined
 * when the corpus does not use the form): the entry's stem in that language, or the folded form where
 * that language does not use the word; a word the corpus never uses is stemmed by `stemmerOf` (the
 * WebAssembly stemmer, loaded only then).
 */
export function lookupTerm(entries: ReadonlyMap<string, Record<string, string> | undefined>, stemmerOf?: (lang: string) => Stemmer | undefined) {
  return (word: string, lang: string): string => {
    if (!isStemmable(word)) return stemKey(word, undefined);
    const form = foldWord(word);
    const entry = entries.get(form);
    if (entry) return entry[lang] ?? form;
    return stemKey(word, stemmerOf?.(lang));
  };
}
