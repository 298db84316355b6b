/**
 * Builds the site in one process and one pass over content/: this script reads, parses and validates the
 * corpus (src/lib/corpus/load-content.ts), starts the search index from it (scripts/search-index.ts, in a
 * worker thread, Pagefind in its own process), then runs the alignment checks and Astro's build, whose
 * content guard takes the same result and stops the build on errors; the pages render from it while the
 * index is written. The output directory is `dist/` unless PC_OUT_DIR names another (tests and benchmarks
 * use their own, so that two runs never write into the same folder).
 *
 * Nothing half-built is published: everything is written into a temporary folder beside the output, which
 * replaces the output only when every step succeeded. A failed build leaves the previous site as it was.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { checkContent, parseContent, shareContent } from '../src/lib/corpus/load-content.ts';
import type { Corpus } from '../src/lib/corpus/model.ts';
import { ContentValidationError, InternalError } from '../src/lib/errors.ts';
import { indexCorpus } from './search-index.ts';

const root = process.cwd();
const outDir = resolve(process.env.PC_OUT_DIR ?? 'dist');
const stagingDir = join(dirname(outDir), `.${basename(outDir)}.building-${process.pid}`);
// The search index is written beside the staging folder (Astro owns that one while it builds), then moved in.
const searchDir = `${stagingDir}-search`;
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// V8 lets the heap grow to about twice what was live at the last full collection before collecting again; a
// build allocates fast and would hold hundreds of MB of garbage at 200× (1.37 GB → 1.15 GB peak). A quarter more
// costs a few percent of time. A GC heuristic, read at each collection, so it may be set once the process runs.
setFlagsFromString('--heap-growing-percent=25');
// A build into another folder keeps its own Astro cache too (read by astro.config.mjs).
if (process.env.PC_OUT_DIR) process.env.PC_CACHE_DIR ??= `${outDir}-astro-cache`;

/** Replaces `outDir` with the finished `stagingDir`: two renames, the old site removed afterwards. */
function publish(): void {
  const previous = `${stagingDir}-previous`;
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(stagingDir, outDir);
  rmSync(previous, { recursive: true, force: true });
}

/** The message a contributor sees: ours for content errors, Astro's for its own, and "internal" for anything else. */
function describe(error: unknown): string {
  if (error instanceof ContentValidationError || (error instanceof Error && error.name === 'AlignmentCheckError')) return error.message;
  if (error instanceof InternalError) return error.stack ?? error.message;
  const e = error as { name?: string; message?: string; hint?: string; loc?: { file?: string; line?: number; column?: number } };
  // Astro's own errors (a page that fails to render) carry a location and a hint.
  const where = e.loc?.file ? ` (${e.loc.file}${e.loc.line ? `:${e.loc.line}:${e.loc.column ?? 1}` : ''})` : '';
  if (e.name && e.name !== 'Error' && e.message) return `${e.name}: ${e.message}${where}${e.hint ? `\nHint: ${e.hint}` : ''}`;
  return (new InternalError('the build', error).stack ?? String(error));
}

/** The search index, written beside the pages; `done` says when it finished (seconds since `started`). */
interface Indexing {
  done: Promise<{ line: string; seconds: string }>;
}

/** Starts the search index of `corpus` (in its worker thread) and returns at once. */
function startIndexing(corpus: Corpus, started: number): Indexing {
  const done = indexCorpus(corpus, searchDir).then((line) => ({ line, seconds: ((performance.now() - started) / 1000).toFixed(1) }));
  // Awaited after the pages; a failure meanwhile must not go unhandled.
  done.catch(() => undefined);
  return { done };
}

const started = performance.now();
let search: Indexing | undefined;
try {
  for (const dir of [stagingDir, searchDir]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(outDir), { recursive: true });
  // The one pass over content/, shared with the content guard and the pages. The index starts as soon as the
  // corpus is valid, before the checks run and Astro starts: its busiest moment then falls early in the build.
  const parsed = parseContent(root);
  if (parsed.corpus) search = startIndexing(parsed.corpus, started);
  shareContent(checkContent(parsed));
  const { build } = await import('astro');
  // The content guard stops the build here if the content has errors, with their messages.
  await build({ root, outDir: stagingDir, logLevel: process.env.PC_LOG_LEVEL === 'silent' ? 'silent' : 'info' });
  const built = performance.now();
  if (!search) throw new Error('the content guard let an invalid corpus through');
  const { line, seconds: indexed } = await search.done;
  for (const folder of readdirSync(searchDir)) renameSync(join(searchDir, folder), join(stagingDir, folder));
  rmSync(searchDir, { recursive: true, force: true });
  console.log(line.replaceAll(searchDir, outDir));
  publish();
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  console.log(`Published ${outDir} (site ${seconds(started, built)} s, search index done at ${indexed} s, in all ${seconds(started, performance.now())} s)`);
} catch (error) {
  // Let an index being written finish (or fail) before its folder is removed.
  await search?.done.catch(() => undefined);
  for (const dir of [stagingDir, searchDir]) rmSync(dir, { recursive: true, force: true });
  process.exitCode = 1;
  console.error(`\n${describe(error)}\n\nBuild failed; ${existsSync(outDir) ? `${outDir} was left as it was` : 'nothing was published'}.`);
}
