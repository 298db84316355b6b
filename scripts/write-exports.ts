/**
 * Writes every download of the site (src/lib/export/render.ts: TMX, JSON, CSV, JSON Schemas) into a site
 * folder, as the /exports/ endpoints would publish them; returns their sizes in bytes by path. The build
 * runs it in its worker thread, beside the pages (scripts/site-files-worker.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Finding } from '../src/lib/checks/finding.ts';
import type { Corpus } from '../src/lib/corpus/model.ts';
import { listExports } from '../src/lib/export/render.ts';

/** Writes the downloads of `corpus` into `siteDir`, each rendered once and not kept. */
export function writeExports(corpus: Corpus, findings: readonly Finding[], siteDir: string): Map<string, number> {
  const sizes = new Map<string, number>();
  const folders = new Set<string>();
  for (const file of listExports(corpus, findings)) {
    const bytes = Buffer.from(file.body(), 'utf8');
    const path = join(siteDir, file.path);
    const folder = dirname(path);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(path, bytes);
    sizes.set(file.path, bytes.length);
  }
  return sizes;
}
