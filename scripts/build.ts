/**
 * Builds the site in one process and one pass over content/: the content guard (an Astro integration)
 * reads, validates and checks the corpus when the build starts; the pages render from that result; and
 * the search index is written from the same corpus (scripts/search-index.ts) while they render: Pagefind
 * indexes in its own process, so the two overlap on a machine with more than one core. The output
 * directory is `dist/` unless PC_OUT_DIR names another (tests and benchmarks use their own, so that two
 * runs never write into the same folder).
 *
 * Nothing half-built is published: everything is written into a temporary folder beside the output, which
 * replaces the output only when every step succeeded. A failed build leaves the previous site as it was.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { sharedContent } from '../src/lib/corpus/load-content.ts';
import { ContentValidationError, InternalError } from '../src/lib/errors.ts';
import { indexCorpus } from './search-index.ts';

const root = process.cwd();
const outDir = resolve(process.env.PC_OUT_DIR ?? 'dist');
const stagingDir = join(dirname(outDir), `.${basename(outDir)}.building-${process.pid}`);
// The search index is written beside the staging folder (Astro owns that one while it builds), then moved in.
const searchDir = `${stagingDir}-search`;
process.env.ASTRO_TELEMETRY_DISABLED = '1';
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

/** The search hand-off: once the content guard has loaded the corpus (the build has started), index it beside the pages. */
function searchIndexing(started: number) {
  let indexing: Promise<{ line: string; seconds: string }> | undefined;
  const integration = {
    name: 'parallel-conclusions:search-index',
    hooks: {
      'astro:build:start': () => {
        const { corpus } = sharedContent(root);
        if (!corpus) throw new Error('the content guard let an invalid corpus through');
        indexing = indexCorpus(corpus, searchDir).then((line) => ({ line, seconds: ((performance.now() - started) / 1000).toFixed(1) }));
        // Awaited after the pages; a failure meanwhile must not go unhandled.
        indexing.catch(() => undefined);
      },
    },
  };
  return { integration, done: () => indexing ?? Promise.reject(new Error('the build never started the search index')) };
}

const started = performance.now();
const search = searchIndexing(started);
try {
  for (const dir of [stagingDir, searchDir]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(outDir), { recursive: true });
  const { build } = await import('astro');
  await build({ root, outDir: stagingDir, logLevel: process.env.PC_LOG_LEVEL === 'silent' ? 'silent' : 'info', integrations: [search.integration] });
  const built = performance.now();
  const { line, seconds: indexed } = await search.done();
  for (const folder of readdirSync(searchDir)) renameSync(join(searchDir, folder), join(stagingDir, folder));
  rmSync(searchDir, { recursive: true, force: true });
  console.log(line.replaceAll(searchDir, outDir));
  publish();
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  console.log(`Published ${outDir} (site ${seconds(started, built)} s, search index done at ${indexed} s, in all ${seconds(started, performance.now())} s)`);
} catch (error) {
  // Let an index being written finish (or fail) before its folder is removed.
  await search.done().catch(() => undefined);
  for (const dir of [stagingDir, searchDir]) rmSync(dir, { recursive: true, force: true });
  process.exitCode = 1;
  console.error(`\n${describe(error)}\n\nBuild failed; ${existsSync(outDir) ? `${outDir} was left as it was` : 'nothing was published'}.`);
}
