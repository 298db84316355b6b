import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countBySeverity, formatFinding, runChecks } from '../lib/checks/index.ts';
import { loadChecksConfig } from '../lib/corpus/load-checks-config.ts';
import { loadCorpus } from '../lib/corpus/load-corpus.ts';
import { ContentValidationError } from '../lib/errors.ts';
import { xmlCharacterErrors } from '../lib/export/xml-characters.ts';

/** Thrown when the alignment checks find errors: one `file:line:column error check-id message` line each. */
export class AlignmentCheckError extends Error {
  constructor(lines: string[]) {
    super(`The alignment checks found ${lines.length === 1 ? '1 error' : `${lines.length} errors`}; nothing was built.\n\n${lines.join('\n')}\n\nRun npm run check for every finding; severities are set in content/checks.yaml.`);
    this.name = 'AlignmentCheckError';
  }
}

/**
 * Validates all of `content/` before Astro builds anything, so that bad input stops the build with
 * our messages (file, line, column, what, how to fix) and nothing half-built is published. Then runs the
 * translators' alignment checks: error-severity findings stop the build too (warnings and infos are
 * published on the alignment report pages).
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'parallel-conclusions:content-guard',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const loaded = loadCorpus(root);
        const { corpus } = loaded;
        // The exports (TMX) cannot carry characters that XML forbids; they stop the build at the character.
        const errors = corpus ? xmlCharacterErrors(corpus.conclusions, (file) => readFileSync(join(root, file), 'utf8')) : loaded.errors;
        let error: Error | undefined;
        if (errors.length || !corpus) error = new ContentValidationError(errors);
        else {
          const findings = runChecks(corpus, loadChecksConfig(root));
          if (countBySeverity(findings).error) error = new AlignmentCheckError(findings.filter((f) => f.severity === 'error').map(formatFinding));
        }
        if (!error) return;
        // The locations that matter are in the message; a stack into this file would only distract.
        error.stack = `${error.name}: ${error.message}`;
        throw error;
      },
    },
  };
}
