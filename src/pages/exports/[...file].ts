import type { APIRoute, GetStaticPaths } from 'astro';
import { getFindings } from '../../data/checks.ts';
import { getCorpus } from '../../data/corpus.ts';
import { exportsWrittenApart } from '../../lib/export/export-sizes.ts';
import { exportFiles, type ExportFile } from '../../lib/export/render.ts';

/**
 * The downloads (/exports/…): TMX, JSON, CSV and the JSON Schemas, rendered from the corpus. `npm run build`
 * writes them in its worker thread, beside the pages (scripts/write-exports.ts): these endpoints then list
 * none. The dev server and a bare `astro build` render them here.
 */
export const getStaticPaths = (async () => {
  if (exportsWrittenApart()) return [];
  const files = exportFiles(await getCorpus(), await getFindings());
  return files.map((file) => ({ params: { file: file.path.replace(/^\/exports\//, '') }, props: { file } }));
}) satisfies GetStaticPaths;

const mediaTypes: Record<ExportFile['format'], string> = {
  TMX: 'application/x-tmx+xml; charset=utf-8',
  JSON: 'application/json; charset=utf-8',
  'JSON Schema': 'application/schema+json; charset=utf-8',
  CSV: 'text/csv; charset=utf-8; header=present',
};

export const GET: APIRoute = ({ props }) => {
  const file = (props as { file: ExportFile }).file;
  return new Response(file.body(), { headers: { 'Content-Type': mediaTypes[file.format] } });
};
