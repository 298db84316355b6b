import type { ContentError } from '../errors.ts';
import { buildCorpus } from './build-corpus.ts';
import type { Corpus } from './model.ts';
import { readContent, type ContentFiles } from './read-content.ts';

/** Reads `content/` under `root` (through the one content reader); throws nothing, errors are in the result. */
export function readContentFiles(root: string): ContentFiles {
  return readContent(root).files;
}

/** Reads and validates the content under `root`: the corpus, or every error (layout, bytes, syntax, alignment to the skeletons). */
export function loadCorpus(root: string): { corpus?: Corpus; errors: ContentError[] } {
  const { files, errors } = readContent(root);
  const built = buildCorpus(files);
  const all = [...errors, ...built.errors];
  return all.length ? { errors: all } : { corpus: built.corpus, errors: [] };
}
