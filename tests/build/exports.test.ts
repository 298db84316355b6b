import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { exportFiles } from '../../src/lib/export/render.ts';
import { runChecks } from '../../src/lib/checks/index.ts';
import { loadChecksConfig } from '../../src/lib/corpus/load-checks-config.ts';
import { distDir } from '../support/dist-dir.ts';
import { buildCopyOfProject } from '../support/project-copy.ts';
import { builtPage } from '../support/site.ts';
import { tmxDtdErrors } from '../support/export-readers.ts';

const corpus = loadCorpus('.').corpus!;
const files = exportFiles(corpus, runChecks(corpus, loadChecksConfig(process.cwd())));

describe('the downloads in the built site', () => {
  it('are exactly the files the library renders (so what the tests check is what is published), and nothing else', () => {
    const built = readdirSync(join(distDir, 'exports'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => `/${join(e.parentPath, e.name).slice(distDir.length + 1)}`)
      .sort();
    expect(built).toEqual(files.map((f) => f.path).sort());
    for (const file of files) expect(readFileSync(join(distDir, file.path), 'utf8'), file.path).toBe(file.body());
  });

  it('the built TMX files validate against the DTD', () => {
    for (const file of files.filter((f) => f.format === 'TMX')) expect(tmxDtdErrors(readFileSync(join(distDir, file.path), 'utf8')), file.path).toBe('');
  });

  it('/data/ lists every file with its size in bytes, and the licence note', () => {
    const page = builtPage('/data/');
    const rows = page.querySelectorAll('tbody tr');
    expect(rows.map((r) => r.querySelector('a')!.getAttribute('href'))).toEqual(files.map((f) => f.path));
    for (const row of rows) {
      const path = row.querySelector('a')!.getAttribute('href')!;
      expect(Number(row.querySelector('[data-bytes]')!.getAttribute('data-bytes')), path).toBe(readFileSync(join(distDir, path)).byteLength);
    }
    expect(page.querySelector('.licence')!.textContent).toContain('The translations belong to their publishers');
  });

  it('each comparison view links to its downloads', () => {
    for (const c of corpus.conclusions) expect(builtPage(`/conclusions/${c.slug}/`).querySelector(`a[href="/data/#${c.slug}"]`), c.slug).not.toBeNull();
  });
});

describe('astro build with a clause holding a character XML forbids', () => {
  it('stops before building, at the file, line and column of the character', () => {
    const run = buildCopyOfProject((dir) => {
      const file = join(dir, 'content/translations/202-kl-tw/ro.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('Biroul Politic și Secretariatul au concluzionat', 'Biroul Politic și\u0007Secretariatul au concluzionat'));
    });
    expect(run.status).not.toBe(0);
    const source = readFileSync('content/translations/202-kl-tw/ro.mdx', 'utf8').split('\n');
    const line = source.findIndex((l) => l.includes('Biroul Politic și Secretariatul au concluzionat')) + 1;
    const column = source[line - 1].indexOf('Biroul Politic și Secretariatul') + 'Biroul Politic și'.length + 1;
    // The content reader's character check (one definition of the characters no published text may hold) stops it first.
    expect(run.output).toContain(`error[control-character] content/translations/202-kl-tw/ro.mdx:${line}:${column}\n  The text holds the control character U+0007`);
    expect(run.builtSomething).toBe(false);
  });
});
