import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCopyOfProject } from '../support/project-copy.ts';

/** A copy of the project whose config makes a real finding an error: the build must stop with the CLI's lines. */
describe('astro build on error-severity alignment findings', () => {
  it('stops before building, with file:line:column error check-id message, and leaves no dist/', () => {
    const run = buildCopyOfProject((dir) =>
      writeFileSync(join(dir, 'content/checks.yaml'), 'conclusions:\n  202-kl-tw:\n    enumeration-level: error\n'),
    );
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('The alignment checks found 2 errors; nothing was built.');
    expect(run.output).toMatch(/content\/translations\/202-kl-tw\/fa\.mdx:24:173 error enumeration-level fa marks sub-item 4\.1\.i as \(1\)/);
    expect(run.builtSomething).toBe(false);
  });
});
