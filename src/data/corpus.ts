import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { buildCorpusOrThrow } from '../lib/corpus/build-corpus.ts';
import type { ConclusionEntry, Corpus, Translation } from '../lib/corpus/model.ts';

let cached: Promise<Corpus> | undefined;

/**
 * The corpus for the pages: the files that the content collections list (their frontmatter already
 * checked by the collection schemas), parsed and aligned by the library. Built once per build.
 */
export function getCorpus(): Promise<Corpus> {
  cached ??= (async () => {
    const read = (entries: Array<{ filePath?: string }>) =>
      entries
        .map((e) => e.filePath ?? '')
        .sort()
        .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    return buildCorpusOrThrow({
      conclusions: read(await getCollection('conclusions')),
      translations: read(await getCollection('translations')),
    });
  })();
  return cached;
}

/** Paths for every conclusion. */
export async function conclusionPaths() {
  const corpus = await getCorpus();
  return corpus.conclusions.map((conclusion) => ({ params: { slug: conclusion.slug }, props: { conclusion } }));
}

/** Paths for every translation's reading view. */
export async function translationPaths() {
  const corpus = await getCorpus();
  return corpus.conclusions.flatMap((conclusion: ConclusionEntry) =>
    conclusion.translations.map((translation: Translation) => ({
      params: { slug: conclusion.slug, lang: translation.lang },
      props: { conclusion, translation },
    })),
  );
}
