import { resolve } from 'node:path';
import type { ChecksConfig } from '../checks/config.ts';
import { runChecks } from '../checks/run-checks.ts';
import type { Finding } from '../checks/finding.ts';
import type { ContentError } from '../errors.ts';
import { buildCorpus } from './build-corpus.ts';
import { parseChecksFile } from './load-checks-config.ts';
import type { Corpus } from './model.ts';
import { readContent } from './read-content.ts';

/** Everything a build needs from `content/`, read, parsed, validated and checked once. */
export interface LoadedContent {
  /** The project root it was read from. */
  root: string;
  /** The corpus; absent when there are errors. */
  corpus?: Corpus;
  /** Every content error (layout, bytes, syntax, skeletons, anchors, checks configuration); empty when valid. */
  errors: ContentError[];
  /** The severities of `content/checks.yaml`. */
  config: ChecksConfig;
  /** Every alignment finding with its configured severity; empty when the content has errors. */
  findings: Finding[];
  /** Paths of every content file read, for watchers. */
  files: string[];
}

/** `content/` read, parsed and validated, before the alignment checks: {@link LoadedContent} without findings. */
export type ParsedContent = Omit<LoadedContent, 'findings'>;

/** The first half of the one pass: the reader, the parsers and validators (no checks yet). */
export function parseContent(root: string): ParsedContent {
  root = resolve(root);
  const read = readContent(root);
  const checks = parseChecksFile(read.files.checks);
  const built = buildCorpus(read.files);
  const errors = [...read.errors, ...checks.errors, ...built.errors];
  const files = [...read.files.conclusions, ...read.files.translations, ...(read.files.checks ? [read.files.checks] : [])].map((f) => f.path);
  return { root, ...(errors.length || !built.corpus ? {} : { corpus: built.corpus }), errors, config: checks.config, files };
}

/** The second half: every alignment check of a parsed corpus (none when it has errors). */
export function checkContent(parsed: ParsedContent): LoadedContent {
  return { ...parsed, findings: parsed.corpus && !parsed.errors.length ? runChecks(parsed.corpus, parsed.config) : [] };
}

/** One pass over `content/` under `root`: the reader, the parsers and validators, then every alignment check. */
export function loadContent(root: string): LoadedContent {
  return checkContent(parseContent(root));
}

// Shared through globalThis, not a module variable: the content guard runs in Astro's config (loaded by
// Node), the pages in Vite's bundle of the same process; each has its own copy of this module.
const key = Symbol.for('parallel-conclusions.content');
type Shared = { [key]?: Map<string, LoadedContent> };

/** Keeps `content` as the result of this build for its root: what {@link sharedContent} returns from now on. */
export function shareContent(content: LoadedContent): LoadedContent {
  const store = ((globalThis as Shared)[key] ??= new Map());
  store.set(content.root, content);
  return content;
}

/**
 * The content of this build: the result the content guard (or the build script) loaded, or, when nothing
 * has loaded it in this process yet, a fresh {@link loadContent}, kept for the next caller.
 */
export function sharedContent(root: string): LoadedContent {
  return (globalThis as Shared)[key]?.get(resolve(root)) ?? shareContent(loadContent(root));
}
