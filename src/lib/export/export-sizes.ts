import type { ExportFile } from './render.ts';

/**
 * The byte sizes of the downloads (by path) when the build script writes them itself (scripts/build.ts,
 * in its worker thread): the download endpoints then publish nothing and the /data/ page takes the sizes
 * from here. Shared through globalThis, as the corpus is (src/lib/corpus/load-content.ts): the build
 * script sets it in Node, the pages read it in Vite's bundle of the same process.
 */
const key = Symbol.for('parallel-conclusions.written-exports');
type Shared = { [key]?: Promise<ReadonlyMap<string, number>> };

/** Says that this build writes the downloads apart, and will know their sizes when `sizes` resolves. */
export function shareWrittenExports(sizes: Promise<ReadonlyMap<string, number>>): void {
  // The build may fail before the sizes are asked for; that failure is reported by the build, not here.
  sizes.catch(() => undefined);
  (globalThis as Shared)[key] = sizes;
}

/** True when the build script writes the downloads (the endpoints then list none). */
export function exportsWrittenApart(): boolean {
  return (globalThis as Shared)[key] !== undefined;
}

/** The size in bytes of each of `files`, by path: from the build's writer, or rendered here (the dev server). */
export async function exportSizes(files: readonly ExportFile[]): Promise<ReadonlyMap<string, number>> {
  const written = (globalThis as Shared)[key];
  if (!written) return new Map(files.map((file) => [file.path, Buffer.byteLength(file.body())]));
  const sizes = await written;
  const missing = files.find((file) => !sizes.has(file.path));
  if (missing) throw new Error(`the build wrote no ${missing.path}, which the /data/ page lists`);
  return sizes;
}
