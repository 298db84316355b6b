import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCopyOfProject, publishInCopyOfProject } from '../support/project-copy.ts';

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

/** npm run build (scripts/build.ts) over a previous site: nothing half-published, the previous site left as it was. */
describe('npm run build publishes all or nothing', () => {
  it('a content error (a second translation in a stray folder) leaves the previous dist/ exactly as it was', () => {
    const run = publishInCopyOfProject((dir) => {
      const extra = join(dir, 'content/translations/extra/202-kl-tw');
      mkdirSync(extra, { recursive: true });
      writeFileSync(join(extra, 'ru.mdx'), readFileSync(join(dir, 'content/translations/202-kl-tw/ru.mdx')));
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain('error[content-layout] content/translations/extra/202-kl-tw/ru.mdx:1:1');
    expect(run.output).toContain('was left as it was');
    expect(run.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(run.distUntouched).toBe(true);
    expect(run.leftovers).toEqual([]);
  });
  it('a failure after the content guard (a page that throws while rendering) leaves the previous dist/ too', () => {
    const run = publishInCopyOfProject((dir) => {
      writeFileSync(join(dir, 'src/pages/broken.astro'), "---\nthrow new Error('rendering failed on purpose');\n---\n<p>never</p>\n");
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain('rendering failed on purpose');
    expect(run.output).toContain('was left as it was');
    expect(run.distUntouched).toBe(true);
    expect(run.leftovers).toEqual([]);
  });
  it('valid edge cases (BOM, CRLF, NFD) build and replace the previous site', () => {
    const run = publishInCopyOfProject((dir) => {
      const ro = join(dir, 'content/translations/202-kl-tw/ro.mdx');
      writeFileSync(ro, `\uFEFF${readFileSync(ro, 'utf8').normalize('NFD').replace(/\n/g, '\r\n')}`);
    });
    expect(run.output).not.toContain('error[');
    expect(run.status).toBe(0);
    expect(run.distUntouched).toBe(false);
    expect(run.distFiles).toContain(join('conclusions', '202-kl-tw', 'ro', 'index.html'));
    expect(run.distFiles).toContain(join('pagefind', 'bundles.json'));
    expect(run.leftovers).toEqual([]);
  });
});
