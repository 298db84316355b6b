import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runChecks } from '../../lib/checks/index.ts';
import { loadChecksConfig } from '../../lib/corpus/load-checks-config.ts';
import { loadCorpus } from '../../lib/corpus/load-corpus.ts';
import { formatContentErrors } from '../../lib/errors.ts';
import { exportFormats, renderExport, type ExportFormat } from '../../lib/export/render.ts';
import { UnknownTranslationError } from '../../lib/export/select-translations.ts';
import { xmlCharacterErrors } from '../../lib/export/xml-characters.ts';
import { exitCodes, UsageError, type CommandContext } from '../context.ts';

/** Usage of `export`. */
export const exportUsage = `Usage: npm run export -- <tmx|json|csv> --conclusion <slug> [--langs ro,ru] [--out <file>]

Exports one conclusion from content/ as the site's downloads do (/exports/<slug>.<format>):
  tmx                  TMX 1.4b translation memory, one unit per clause
  json                 metadata, skeleton, every clause verbatim, gaps, publisher material, findings
  csv                  one row per clause, a column per language (UTF-8 with BOM)
  --conclusion <slug>  the conclusion (required)
  --langs ro,ru        only these translations, in this order; for tmx, two languages give that
                       ordered pair (source first), as /exports/<slug>.ro-ru.tmx
  --out <file>         write to this file instead of standard output
Exit code: 0 exported, 1 invalid content, 2 usage error.`;

/** `export`: loads and validates the corpus, renders one conclusion in one format, writes it. */
export function exportCommand(args: string[], ctx: CommandContext): number {
  let parsed: { values: { conclusion?: string; langs?: string; out?: string; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      options: { conclusion: { type: 'string' }, langs: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    ctx.stdout.write(`${exportUsage}\n`);
    return exitCodes.ok;
  }
  const [format, ...extra] = positionals;
  if (!exportFormats.includes(format as ExportFormat)) throw new UsageError(format ? `Unknown format "${format}"; use tmx, json or csv.` : 'Name a format: tmx, json or csv.');
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  if (!values.conclusion) throw new UsageError('Name the conclusion: --conclusion <slug>.');
  const langs = values.langs?.split(',').map((l) => l.trim()).filter(Boolean);
  if (values.langs !== undefined && !langs?.length) throw new UsageError('--langs needs language tags, e.g. --langs ro,ru.');

  const { corpus, errors } = loadCorpus(ctx.cwd);
  const contentErrors = corpus ? xmlCharacterErrors(corpus.conclusions, (file) => readFileSync(join(ctx.cwd, file), 'utf8')) : errors;
  if (!corpus || contentErrors.length) {
    ctx.stderr.write(`${formatContentErrors(contentErrors)}\n`);
    return exitCodes.failed;
  }
  const conclusion = corpus.conclusions.find((c) => c.slug === values.conclusion);
  if (!conclusion) throw new UsageError(`Unknown conclusion ${values.conclusion}; known: ${corpus.conclusions.map((c) => c.slug).join(', ')}.`);
  let text: string;
  try {
    const findings = format === 'json' ? runChecks(corpus, loadChecksConfig(ctx.cwd), { conclusions: [conclusion.slug] }) : [];
    text = renderExport(format as ExportFormat, conclusion, { langs, findings });
  } catch (error) {
    if (error instanceof UnknownTranslationError) throw new UsageError(error.message);
    throw error;
  }
  if (!values.out) {
    ctx.stdout.write(text);
    return exitCodes.ok;
  }
  const out = resolve(ctx.cwd, values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  ctx.stderr.write(`Wrote ${values.out} (${Buffer.byteLength(text)} bytes).\n`);
  return exitCodes.ok;
}
