import { parseArgs } from 'node:util';
import { countBySeverity, describeCounts, formatFinding } from '../../lib/checks/index.ts';
import { loadContent } from '../../lib/corpus/load-content.ts';
import { compareErrors, formatContentErrors, showInvisible, type ContentError } from '../../lib/errors.ts';
import { exitCodes, UsageError, type CommandContext } from '../context.ts';

/** Usage of `check`. */
export const checkUsage = `Usage: npm run check -- [--json] [--conclusion <slug>]...

Runs the translators' alignment checks over content/ and prints one line per finding:
  file:line:column severity check-id message
  --json               print a JSON array of findings instead (of the content errors when the content is invalid)
  --conclusion <slug>  check only this conclusion (repeatable)
Exit code: 0 no errors, 1 error-severity findings or invalid content, 2 usage error.`;

/** `check`: loads and validates the corpus, runs every check, prints findings and a summary. */
export function checkCommand(args: string[], ctx: CommandContext): number {
  let values: { json?: boolean; conclusion?: string[]; help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { json: { type: 'boolean' }, conclusion: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    ctx.stdout.write(`${checkUsage}\n`);
    return exitCodes.ok;
  }
  const started = performance.now();
  const { corpus, errors, findings: all } = loadContent(ctx.cwd);
  if (!corpus) {
    if (values.json) ctx.stdout.write(`${JSON.stringify(errors.sort(compareErrors).map(contentErrorJson), null, 2)}\n`);
    ctx.stderr.write(`${formatContentErrors(errors)}\n`);
    return exitCodes.failed;
  }
  const known = corpus.conclusions.map((c) => c.slug);
  const unknown = (values.conclusion ?? []).filter((s) => !known.includes(s));
  if (unknown.length) throw new UsageError(`Unknown conclusion ${unknown.join(', ')}; known: ${known.join(', ')}.`);
  const checked = values.conclusion ? new Set(values.conclusion) : new Set(known);
  const findings = all.filter((f) => checked.has(f.conclusion));
  if (values.json) ctx.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  else for (const f of findings) ctx.stdout.write(`${formatFinding(f)}\n`);
  const counts = countBySeverity(findings);
  const ms = Math.round(performance.now() - started);
  ctx.stderr.write(`${describeCounts(findings)} in ${checked.size} conclusion${checked.size === 1 ? '' : 's'} (${ms} ms).\n`);
  return counts.error ? exitCodes.failed : exitCodes.ok;
}

/** A content error as `--json` prints it: flat, like a finding, with `severity: "error"`. */
function contentErrorJson(error: ContentError) {
  return { code: error.code, severity: 'error', message: showInvisible(error.message), hint: showInvisible(error.hint), ...error.location };
}
