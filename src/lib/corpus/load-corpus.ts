import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildCorpus, type ContentFiles, type SourceFile } from './build-corpus.ts';

/** Reads `content/` under `root` into {@link ContentFiles}, in a stable (sorted) order. */
export function readContentFiles(root: string): ContentFiles {
  const read = (dir: string, pattern: RegExp): SourceFile[] =>
    listFiles(join(root, dir))
      .filter((p) => pattern.test(p))
      .sort()
      .map((p) => ({ path: relative(root, p).split(sep).join('/'), text: readFileSync(p, 'utf8') }));
  return { conclusions: read('content/conclusions', /\.ya?ml$/), translations: read('content/translations', /\.mdx$/) };
}

/** Reads and validates the content under `root`. */
export function loadCorpus(root: string) {
  return buildCorpus(readContentFiles(root));
}

function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}
