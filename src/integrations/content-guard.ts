import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countBySeverity, formatFinding } from '../lib/checks/index.ts';
import { loadContent, shareContent, sharedContent } from '../lib/corpus/load-content.ts';
import { ContentValidationError, InternalError } from '../lib/errors.ts';

/** Thrown when the alignment checks find errors: one `file:line:column error check-id message` line each. */
export class AlignmentCheckError extends Error {
  constructor(lines: string[]) {
    super(`The alignment checks found ${lines.length === 1 ? '1 error' : `${lines.length} errors`}; nothing was built.\n\n${lines.join('\n')}\n\nRun npm run check for every finding; severities are set in content/checks.yaml.`);
    this.name = 'AlignmentCheckError';
  }
}

/**
 * Reads, validates and checks all of `content/` once, before Astro builds anything, so that bad input
 * stops the build with our messages (file, line, column, what, how to fix) and nothing half-built is
 * published. Error-severity findings of the alignment checks stop the build too (warnings and infos are
 * published on the alignment report pages). The result is shared with the pages and the search index
 * (src/lib/corpus/load-content.ts): nothing reads content/ a second time.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'parallel-conclusions:content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, addWatchFile }) => {
        const root = fileURLToPath(config.root);
        let error: Error | undefined;
        try {
          // A build reads content/ once: the build script may have loaded it already (and started the search
          // index from it). The dev server reads it afresh each time it restarts.
          const content = command === 'build' ? sharedContent(root) : shareContent(loadContent(root));
          // The dev server restarts (and this guard runs again) when a content file changes.
          for (const file of content.files) addWatchFile(join(root, file));
          if (content.errors.length) error = new ContentValidationError(content.errors);
          else if (countBySeverity(content.findings).error)
            error = new AlignmentCheckError(content.findings.filter((f) => f.severity === 'error').map(formatFinding));
        } catch (cause) {
          error = new InternalError('the content guard', cause);
        }
        if (!error) return;
        // The locations that matter are in the message; a stack into this file would only distract.
        if (!(error instanceof InternalError)) error.stack = `${error.name}: ${error.message}`;
        throw error;
      },
    },
  };
}
