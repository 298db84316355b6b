import { parseArgs } from 'node:util';
import { countBySeverity, describeCounts, formatFinding, runChecks } from '../../lib/checks/index.ts';
import { loadChecksConfig } from '../../lib/corpus/load-checks-config.ts';
import { loadCorpus } from '../../lib/corpus/load-corpus.ts';
import { formatContentErrors } from '../../lib/errors.ts';
import { exitCodes, UsageError, type CommandContext } from '../context.ts';

/** Usage of `check`. */
export const checkUsage = `Usage: npm run check -- [--json] [--conclusion <slug>]...

Runs the translators' alignment checks over content/ and prints one line per finding:
  file:line:column severity check-id message
  --json               print a JSON array of findings instead
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
  const { corpus, errors } = loadCorpus(ctx.cwd);
  if (!corpus) {
    ctx.stderr.write(`${formatContentErrors(errors)}\n`);
    return exitCodes.failed;
  }
  const known = corpus.conclusions.map((c) => c.slug);
  const unknown = (values.conclusion ?? []).filter((s) => !known.includes(s));
  if (unknown.length) throw new UsageError(`Unknown conclusion ${unknown.join(', ')}; known: ${known.join(', ')}.`);
  const findings = runChecks(corpus, loadChecksConfig(ctx.cwd), { conclusions: values.conclusion });
  if (values.json) ctx.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  else for (const f of findings) ctx.stdout.write(`${formatFinding(f)}\n`);
  const counts = countBySeverity(findings);
  const ms = Math.round(performance.now() - started);
  ctx.stderr.write(`${describeCounts(findings)} in ${corpus.conclusions.length} conclusion${corpus.conclusions.length === 1 ? '' : 's'} (${ms} ms).\n`);
  return counts.error ? exitCodes.failed : exitCodes.ok;
}
