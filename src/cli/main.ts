import { checkCommand, checkUsage } from './commands/check.ts';
import { exportCommand, exportUsage } from './commands/export.ts';
import { importCommand, importUsage } from './commands/import.ts';
import { ContentValidationError, InternalError } from '../lib/errors.ts';
import { exitCodes, UsageError, type CommandContext } from './context.ts';

const commands: Record<string, (args: string[], ctx: CommandContext) => number> = { check: checkCommand, import: importCommand, export: exportCommand };

const usage = `Usage: node src/cli/index.ts <command> [options]
Commands:
  check   translators' alignment checks (npm run check)
  import  import a saved text as a draft translation, aligned to its conclusion (npm run import)
  export  one conclusion as TMX, JSON or CSV (npm run export)

${checkUsage}

${importUsage}

${exportUsage}`;

/** Picks the command named by the first argument and runs it; the one place errors become exit codes. */
export function main(argv: string[], ctx: CommandContext): number {
  const [name, ...rest] = argv;
  try {
    const command = name ? commands[name] : undefined;
    if (!command) throw new UsageError(name ? `Unknown command "${name}".` : 'No command given.');
    return command(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.stderr.write(`${error.message}\n\n${usage}\n`);
      return exitCodes.usage;
    }
    // Content errors are the contributor's to fix; anything else is a bug of ours, and says so.
    ctx.stderr.write(`${error instanceof ContentValidationError ? error.message : new InternalError(`the ${name} command`, error).message}\n`);
    return exitCodes.failed;
  }
}
