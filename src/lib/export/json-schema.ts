import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { absoluteUrl } from '../site.ts';
import type { ConclusionExport, CorpusExport } from './conclusion-export.ts';
import { exportPath } from './export-paths.ts';

/**
 * The published JSON Schemas (draft 2020-12) of the JSON exports: `/exports/schema/conclusion.json` for one
 * conclusion, `/exports/schema/corpus.json` for the corpus file (a list of conclusions). The build
 * validates every JSON file it writes against them ({@link assertValidExport}).
 */
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'ISO 8601 calendar date.' };
const nonEmpty = { type: 'string', minLength: 1 };
const clauseId = { type: 'string', pattern: '^[a-z0-9]+(\\.[a-z0-9]+)*$', description: 'Permanent clause id, e.g. "4.1.ii".' };
const url = { type: 'string', pattern: '^https?://', description: 'Absolute http(s) URL.' };

export const conclusionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: absoluteUrl(exportPath.conclusionSchema),
  title: 'A conclusion and its translations, aligned clause by clause',
  type: 'object',
  additionalProperties: false,
  required: ['number', 'slug', 'date', 'issuedBy', 'signatory', 'title', 'answers', 'url', 'licence', 'skeleton', 'translations', 'findings'],
  properties: {
    $schema: { type: 'string', description: 'This schema.' },
    number: { ...nonEmpty, description: 'The conclusion’s number as printed: "202-KL/TW".' },
    slug: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'URL segment: "202-kl-tw".' },
    date: { ...isoDate, description: 'Date of signature.' },
    issuedBy: { type: 'array', minItems: 1, items: nonEmpty, description: 'Issuing bodies, in English.' },
    signatory: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'role'],
      properties: { name: nonEmpty, role: nonEmpty },
    },
    title: {
      type: 'object',
      additionalProperties: false,
      required: ['vi', 'en'],
      properties: { vi: { ...nonEmpty, description: 'Vietnamese title as issued.' }, en: { ...nonEmpty, description: 'Our English working title.' } },
    },
    answers: {
      type: 'object',
      additionalProperties: false,
      required: ['number', 'date', 'by'],
      properties: { number: nonEmpty, date: isoDate, by: nonEmpty },
      description: 'The report the conclusion answers.',
    },
    url: { ...url, description: 'The comparison view.' },
    licence: { ...nonEmpty, description: 'Who owns what: the texts are their publishers’; the glosses and alignment are ours.' },
    skeleton: {
      type: 'array',
      minItems: 1,
      description: 'Every clause in reading order, with our English gloss (not a translation).',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', 'gloss', 'depth'],
        properties: {
          id: clauseId,
          kind: { enum: ['preamble', 'item', 'paragraph', 'subitem', 'footnote'] },
          marker: nonEmpty,
          gloss: nonEmpty,
          depth: { type: 'integer', minimum: 0 },
          parent: clauseId,
        },
      },
    },
    translations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['lang', 'language', 'dir', 'publisher', 'sourceUrl', 'url', 'clauses', 'gaps', 'editorial'],
        properties: {
          lang: { ...nonEmpty, description: 'BCP 47 language tag.' },
          language: { ...nonEmpty, description: 'English name of the language.' },
          dir: { enum: ['ltr', 'rtl'] },
          publisher: nonEmpty,
          sourceUrl: { ...url, description: 'The page the text was taken from.' },
          retrieved: isoDate,
          notes: nonEmpty,
          url: { ...url, description: 'The reading view of this translation.' },
          clauses: {
            type: 'array',
            description: 'Each clause the translation carries, in skeleton order, its text verbatim as published.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'text', 'startsParagraph'],
              properties: { id: clauseId, text: nonEmpty, startsParagraph: { type: 'boolean' } },
            },
          },
          gaps: {
            type: 'array',
            description: 'Clauses the translation omits, with the reason.',
            items: { type: 'object', additionalProperties: false, required: ['id', 'reason'], properties: { id: clauseId, reason: nonEmpty } },
          },
          editorial: {
            type: 'array',
            description: 'Publisher material (headings, captions, leads, notes), not aligned: before a clause, or after the last one.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['kind', 'text'],
              properties: { kind: { enum: ['heading', 'caption', 'lead', 'note'] }, text: { type: 'string' }, before: clauseId, after: clauseId },
            },
          },
        },
      },
    },
    findings: {
      type: 'array',
      description: 'The translators’ alignment findings.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['check', 'severity', 'clause', 'langs', 'message'],
        properties: { check: nonEmpty, severity: { enum: ['error', 'warning', 'info'] }, clause: clauseId, langs: { type: 'array', items: nonEmpty }, message: nonEmpty },
      },
    },
  },
} as const;

export const corpusSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: absoluteUrl(exportPath.corpusSchema),
  title: 'Every conclusion of the corpus',
  type: 'object',
  additionalProperties: false,
  required: ['licence', 'conclusions'],
  properties: {
    $schema: { type: 'string' },
    licence: nonEmpty,
    conclusions: { type: 'array', items: { $ref: conclusionSchema.$id } },
  },
} as const;

// Compiled on first use, not on import: `npm run check` loads this module with the CLI and never validates.
let compiled: { conclusion: ValidateFunction; corpus: ValidateFunction } | undefined;
function validators() {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addSchema(conclusionSchema);
    compiled = { conclusion: ajv.getSchema(conclusionSchema.$id)!, corpus: ajv.compile(corpusSchema) };
  }
  return compiled;
}

/** Thrown when an export does not match its schema: a bug in the exporter, never published. */
export class ExportSchemaError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file} does not match its JSON Schema; nothing was published.\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ExportSchemaError';
  }
}

/** The schema problems of `data` as `/path: message` lines; empty when it is valid. */
export function schemaProblems(kind: 'conclusion' | 'corpus', data: unknown): string[] {
  const validate = validators()[kind];
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message}`);
}

/** Throws an {@link ExportSchemaError} unless `data` matches its schema. */
export function assertValidExport(kind: 'conclusion', file: string, data: ConclusionExport): void;
export function assertValidExport(kind: 'corpus', file: string, data: CorpusExport): void;
export function assertValidExport(kind: 'conclusion' | 'corpus', file: string, data: unknown): void {
  const problems = schemaProblems(kind, data);
  if (problems.length) throw new ExportSchemaError(file, problems);
}
