import { runChecks, type Finding } from '../lib/checks/index.ts';
import { loadChecksConfig } from '../lib/corpus/load-checks-config.ts';
import { referenceIndex, type Reference } from '../lib/references/reference-index.ts';
import { getCorpus } from './corpus.ts';

let cached: Promise<Finding[]> | undefined;

/** Every alignment finding of the corpus, with the severities of content/checks.yaml. Run once per build. */
export function getFindings(): Promise<Finding[]> {
  cached ??= getCorpus().then((corpus) => runChecks(corpus, loadChecksConfig(process.cwd())));
  return cached;
}

/** The references index of the corpus. */
export async function getReferences(): Promise<Reference[]> {
  return referenceIndex(await getCorpus());
}
