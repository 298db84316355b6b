import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCopyOfProject } from '../support/project-copy.ts';

/** A copy of the project with one translation broken: the build must stop with our message and publish nothing. */
describe('astro build on bad content', () => {
  it('stops before building, names file, line and column, and leaves no dist/', () => {
    const run = buildCopyOfProject((dir) => {
      const file = join(dir, 'content/translations/202-kl-tw/ru.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('<Clause id="4.3">', '<Clause id="4.5">'));
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('The content has 2 errors; nothing was built.');
    expect(run.output).toMatch(/error\[unknown-clause\] content\/translations\/202-kl-tw\/ru\.mdx:\d+:\d+\n {2}<Clause id="4\.5"> names a clause that is not in the skeleton of 202-KL\/TW\./);
    expect(run.output).toContain('Fix: use an id from content/conclusions/202-kl-tw.yaml (did you mean "4.3"?), or add the clause to the skeleton.');
    expect(run.output).toContain('error[missing-clause]');
    expect(run.builtSomething).toBe(false);
  });
});
