/**
 * Builds the site in one process and one pass over content/: this script reads, parses and validates the
 * corpus (src/lib/corpus/load-content.ts) and hands a copy to a worker thread that writes the files that
 * are not pages (scripts/site-files.ts: the search index, with Pagefind in its own process, then the
 * downloads); then it runs the alignment checks and Astro's build, whose content guard takes the same
 * result and stops the build on errors, while the worker writes. The output directory is `dist/` unless
 * PC_OUT_DIR names another (tests and benchmarks use their own, so that two runs never write into the
 * same folder).
 *
 * Nothing half-built is published: everything is written into a temporary folder beside the output, which
 * replaces the output only when every step succeeded. A failed build leaves the previous site as it was.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { checkContent, parseContent, shareContent } from '../src/lib/corpus/load-content.ts';
import { countBySeverity } from '../src/lib/checks/index.ts';
import { shareWrittenExports } from '../src/lib/export/export-sizes.ts';
import { ContentValidationError, InternalError } from '../src/lib/errors.ts';
import { startSiteFiles, type SiteFiles } from './site-files.ts';

const root = process.cwd();
const outDir = resolve(process.env.PC_OUT_DIR ?? 'dist');
const stagingDir = join(dirname(outDir), `.${basename(outDir)}.building-${process.pid}`);
// The search index and the downloads are written beside the staging folder (Astro owns that one while it
// builds), then moved in.
const filesDir = `${stagingDir}-files`;
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Two of V8's garbage-collection heuristics, read at each collection (so they may be set once the process runs):
// - the heap grows a quarter past what was live at the last full collection before the next one, not about
//   double: a build allocates fast and would hold hundreds of MB of garbage (200×: 1.37 → 1.15 GB peak);
// - the young generation keeps its first size instead of doubling as objects survive: its short-lived strings
//   and nodes are collected sooner (200×: the build's process 0.73 → 0.58 GB while Pagefind, in its own
//   process, is at its peak). Both cost a few percent of time, measured by scripts/bench-scale.ts.
setFlagsFromString('--heap-growing-percent=25');
setFlagsFromString('--semi-space-growth-factor=1');
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

const started = performance.now();
let files: SiteFiles | undefined;
try {
  for (const dir of [stagingDir, filesDir]) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(outDir), { recursive: true });
  // The one pass over content/, shared with the content guard and the pages. The search index starts as soon
  // as the corpus is valid, before the checks run and Astro starts: its busiest moment falls early in the build.
  const parsed = parseContent(root);
  if (parsed.corpus) {
    files = startSiteFiles(parsed.corpus, filesDir);
    shareWrittenExports(files.sizes);
  }
  const content = shareContent(checkContent(parsed));
  if (files && !countBySeverity(content.findings).error) files.sendFindings(content.findings);
  else files?.cancel();
  const { build } = await import('astro');
  // The content guard stops the build here if the content has errors, with their messages.
  await build({ root, outDir: stagingDir, logLevel: process.env.PC_LOG_LEVEL === 'silent' ? 'silent' : 'info' });
  const built = performance.now();
  if (!files) throw new Error('the content guard let an invalid corpus through');
  const line = await files.done;
  const written = performance.now();
  for (const folder of readdirSync(filesDir)) renameSync(join(filesDir, folder), join(stagingDir, folder));
  rmSync(filesDir, { recursive: true, force: true });
  console.log(line.replaceAll(filesDir, outDir));
  publish();
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  console.log(`Published ${outDir} (site ${seconds(started, built)} s, search index and downloads done at ${seconds(started, written)} s, in all ${seconds(started, performance.now())} s)`);
} catch (error) {
  // Let the files being written finish (or fail) before their folder is removed.
  files?.cancel();
  await files?.done.catch(() => undefined);
  for (const dir of [stagingDir, filesDir]) rmSync(dir, { recursive: true, force: true });
  process.exitCode = 1;
  console.error(`\n${describe(error)}\n\nBuild failed; ${existsSync(outDir) ? `${outDir} was left as it was` : 'nothing was published'}.`);
}
