/**
 * Builds the site in one process and one pass over content/: the content guard (an Astro integration)
 * reads, validates and checks the corpus when the build starts; the pages render from that result; then
 * the search index is written from the same corpus (one record per clause per translation; see
 * scripts/search-index.ts). The output directory is `dist/` unless PC_OUT_DIR names another (tests and
 * benchmarks use their own, so that two runs never write into the same folder).
 *
 * Nothing half-built is published: everything is written into a temporary folder beside the output, which
 * replaces the output only when every step succeeded. A failed build leaves the previous site as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { sharedContent } from '../src/lib/corpus/load-content.ts';
import { ContentValidationError, InternalError } from '../src/lib/errors.ts';
import { indexCorpus } from './search-index.ts';

const root = process.cwd();
const outDir = resolve(process.env.PC_OUT_DIR ?? 'dist');
const stagingDir = join(dirname(outDir), `.${basename(outDir)}.building-${process.pid}`);
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

try {
  rmSync(stagingDir, { recursive: true, force: true });
  mkdirSync(dirname(outDir), { recursive: true });
  const started = performance.now();
  const { build } = await import('astro');
  await build({ root, outDir: stagingDir, logLevel: process.env.PC_LOG_LEVEL === 'silent' ? 'silent' : 'info' });
  const built = performance.now();
  const { corpus } = sharedContent(root);
  if (!corpus) throw new Error('the content guard let an invalid corpus through');
  // The search hand-off: the same corpus, indexed into the staging folder.
  console.log((await indexCorpus(corpus, stagingDir)).replaceAll(stagingDir, outDir));
  publish();
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  console.log(`Published ${outDir} (site ${seconds(started, built)} s, search index ${seconds(built, performance.now())} s)`);
} catch (error) {
  rmSync(stagingDir, { recursive: true, force: true });
  process.exitCode = 1;
  console.error(`\n${describe(error)}\n\nBuild failed; ${existsSync(outDir) ? `${outDir} was left as it was` : 'nothing was published'}.`);
}
