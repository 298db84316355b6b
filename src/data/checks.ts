import type { Finding } from '../lib/checks/index.ts';
import { sharedContent } from '../lib/corpus/load-content.ts';
import { referenceIndex, type Reference } from '../lib/references/reference-index.ts';
import { getCorpus } from './corpus.ts';

/** Every alignment finding of the corpus, with the severities of content/checks.yaml: the content guard's, run once per build. */
export async function getFindings(): Promise<Finding[]> {
  await getCorpus();
  return sharedContent(process.cwd()).findings;
}

const references = new WeakMap<object, Reference[]>();

/** The references index of the corpus, built once per corpus (every reading view asks for it). */
export async function getReferences(): Promise<Reference[]> {
  const corpus = await getCorpus();
  let index = references.get(corpus);
  if (!index) references.set(corpus, (index = referenceIndex(corpus)));
  return index;
}
