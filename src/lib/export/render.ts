import type { Finding } from '../checks/finding.ts';
import type { ConclusionEntry, Corpus } from '../corpus/model.ts';
import { conclusionExport, corpusExport } from './conclusion-export.ts';
import { buildCsv } from './csv.ts';
import { exportPath, languagePairs } from './export-paths.ts';
import { assertValidExport, conclusionSchema, corpusSchema } from './json-schema.ts';
import { buildTmx } from './tmx.ts';

/** The formats a conclusion exports to. */
export const exportFormats = ['tmx', 'json', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** What to export of a conclusion: its translations `langs` (all without it); for TMX, two langs are an ordered pair. */
export interface RenderOptions {
  langs?: readonly string[];
  /** The corpus's alignment findings, for the JSON export. */
  findings?: readonly Finding[];
}

/**
 * One conclusion in one format, as the download and `npm run export` write it. JSON is validated against
 * its schema first; TMX stops on characters that XML forbids. Two `langs` give a TMX for that ordered pair
 * (source first), the same bytes as `/exports/<slug>.<a>-<b>.tmx`.
 */
export function renderExport(format: ExportFormat, conclusion: ConclusionEntry, { langs, findings = [] }: RenderOptions = {}): string {
  switch (format) {
    case 'tmx':
      return buildTmx(conclusion, langs?.length === 2 ? { pair: [langs[0], langs[1]] } : { langs });
    case 'csv':
      return buildCsv(conclusion, langs);
    case 'json': {
      const data = conclusionExport(conclusion, findings, langs);
      assertValidExport('conclusion', exportPath.json(conclusion.slug), data);
      return `${JSON.stringify(data, null, 2)}\n`;
    }
  }
}

/** The corpus file, validated against its schema. */
export function renderCorpusJson(corpus: Corpus, findings: readonly Finding[] = []): string {
  const data = corpusExport(corpus, findings);
  assertValidExport('corpus', exportPath.corpusJson, data);
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** One downloadable file: its site path, format, what it holds, and its contents. */
export interface ExportFile {
  path: string;
  format: 'TMX' | 'JSON' | 'CSV' | 'JSON Schema';
  /** Slug of the conclusion it holds, if one. */
  conclusion?: string;
  /** What it holds, in a sentence. */
  holds: string;
  body: () => string;
}

const listed = new WeakMap<Corpus, ExportFile[]>();

/**
 * Every download the site publishes, in the order the /data/ page lists them. Bodies are rendered once, on
 * demand; the list is kept per corpus object, so the pages and the download endpoints of one build share it.
 */
export function exportFiles(corpus: Corpus, findings: readonly Finding[] = []): ExportFile[] {
  let files = listed.get(corpus);
  if (!files) listed.set(corpus, (files = listExports(corpus, findings).map((file) => ({ ...file, body: once(file.body) }))));
  return files;
}

/** The same downloads, each body rendered anew when asked for and not kept (a writer that writes each once). */
export function listExports(corpus: Corpus, findings: readonly Finding[] = []): ExportFile[] {
  const files: ExportFile[] = [
    { path: exportPath.corpusJson, format: 'JSON', holds: 'Every conclusion below in one file, as in the per-conclusion JSON.', body: () => renderCorpusJson(corpus, findings) },
    { path: exportPath.conclusionSchema, format: 'JSON Schema', holds: 'The JSON Schema (draft 2020-12) of a conclusion’s JSON file.', body: () => `${JSON.stringify(conclusionSchema, null, 2)}\n` },
    { path: exportPath.corpusSchema, format: 'JSON Schema', holds: 'The JSON Schema of corpus.json.', body: () => `${JSON.stringify(corpusSchema, null, 2)}\n` },
  ];
  for (const c of corpus.conclusions) {
    const names = c.translations.map((t) => t.language.name).join(', ');
    files.push(
      { path: exportPath.tmx(c.slug), format: 'TMX', conclusion: c.slug, holds: `Translation memory (TMX 1.4b), one unit per clause, ${names}.`, body: () => renderExport('tmx', c) },
      ...languagePairs(c).map(([a, b]): ExportFile => ({
        path: exportPath.pairTmx(c.slug, a, b),
        format: 'TMX',
        conclusion: c.slug,
        holds: `Translation memory for one pair: ${name(c, a)} source, ${name(c, b)} target; the clauses both carry.`,
        body: () => renderExport('tmx', c, { langs: [a, b] }),
      })),
      { path: exportPath.json(c.slug), format: 'JSON', conclusion: c.slug, holds: 'Metadata, skeleton with glosses, every clause of every translation verbatim, gaps, publisher material, findings.', body: () => renderExport('json', c, { findings }) },
      { path: exportPath.csv(c.slug), format: 'CSV', conclusion: c.slug, holds: `One row per clause, a column per language (${c.translations.map((t) => t.lang).join(', ')}); UTF-8 with BOM.`, body: () => renderExport('csv', c) },
    );
  }
  return files;
}

function name(conclusion: ConclusionEntry, tag: string): string {
  return conclusion.translations.find((t) => t.lang === tag)?.language.name ?? tag;
}

function once(make: () => string): () => string {
  let value: string | undefined;
  return () => (value ??= make());
}
