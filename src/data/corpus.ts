import type { ConclusionEntry, Corpus, Translation } from '../lib/corpus/model.ts';
import { sharedContent } from '../lib/corpus/load-content.ts';
import { ContentValidationError } from '../lib/errors.ts';

/**
 * The corpus for the pages: what the content guard read, parsed, validated and checked when the build
 * started (one pass per build; see src/lib/corpus/load-content.ts). Astro does not read content/ itself.
 */
export async function getCorpus(): Promise<Corpus> {
  const { corpus, errors } = sharedContent(process.cwd());
  if (!corpus) throw new ContentValidationError(errors);
  return corpus;
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
