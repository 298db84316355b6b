import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../lib/corpus/load-corpus.ts';
import { ContentValidationError } from '../lib/errors.ts';

/**
 * Validates all of `content/` before Astro builds anything, so that bad input stops the build with
 * our messages (file, line, column, what, how to fix) and nothing half-built is published.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'parallel-conclusions:content-guard',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const { errors } = loadCorpus(fileURLToPath(config.root));
        if (errors.length === 0) return;
        const error = new ContentValidationError(errors);
        // The locations that matter are in the message; a stack into this file would only distract.
        error.stack = `${error.name}: ${error.message}`;
        throw error;
      },
    },
  };
}
