import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { renderExport } from '../../src/lib/export/render.ts';
import { checksYaml, mdx, paragraphs } from '../support/checks-fixtures.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project folder with the checks conclusion and the given translations (lang → body). */
function project(bodies: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pc-cli-export-'));
  mkdirSync(join(dir, 'content/conclusions'), { recursive: true });
  mkdirSync(join(dir, 'content/translations/998-kl-tw'), { recursive: true });
  writeFileSync(join(dir, 'content/conclusions/998-kl-tw.yaml'), checksYaml);
  for (const [lang, body] of Object.entries(bodies)) writeFileSync(join(dir, `content/translations/998-kl-tw/${lang}.mdx`), mdx(lang, body));
  dirs.push(dir);
  return dir;
}

function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = main(['export', ...argv], { cwd, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

const site = loadCorpus(process.cwd()).corpus!.conclusions.find((c) => c.slug === '202-kl-tw')!;

describe('npm run export (the command, driven without spawning)', () => {
  it('prints the same TMX as the download; --langs ro,ru gives the ro-ru pair file', () => {
    expect(run(['tmx', '--conclusion', '202-kl-tw'], process.cwd())).toEqual({ code: 0, stdout: renderExport('tmx', site), stderr: '' });
    expect(run(['tmx', '--conclusion', '202-kl-tw', '--langs', 'ro,ru'], process.cwd()).stdout).toBe(renderExport('tmx', site, { langs: ['ro', 'ru'] }));
  });

  it('writes to --out, creating folders, and says where on stderr', () => {
    const dir = project({ ro: paragraphs({}), ru: paragraphs({}, 'Текст') });
    const { code, stdout, stderr } = run(['csv', '--conclusion', '998-kl-tw', '--out', 'out/998.csv'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const written = readFileSync(join(dir, 'out/998.csv'), 'utf8');
    expect(stderr).toBe(`Wrote out/998.csv (${Buffer.byteLength(written)} bytes).\n`);
    expect(written.split('\r\n')[0]).toBe('\uFEFF"clause","kind","marker","gloss","ro","ru"');
  });

  it('exports JSON of the chosen languages only, in their order', () => {
    const { code, stdout } = run(['json', '--conclusion', '998-kl-tw', '--langs', 'ru,ro'], project({ ro: paragraphs({}), ru: paragraphs({}, 'Текст'), fa: paragraphs({}, 'متن') }));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { translations: Array<{ lang: string }> }).translations.map((t) => t.lang)).toEqual(['ru', 'ro']);
  });

  it('exits 2 with the usage on a bad format, a missing or unknown conclusion, or an unknown language', () => {
    const cwd = process.cwd();
    for (const [argv, message] of [
      [['xliff', '--conclusion', '202-kl-tw'], 'Unknown format "xliff"; use tmx, json or csv.'],
      [['tmx'], 'Name the conclusion: --conclusion <slug>.'],
      [['tmx', '--conclusion', '999-kl-tw'], 'Unknown conclusion 999-kl-tw; known: 202-kl-tw, 183-kl-tw, 179-kl-tw.'],
      [['csv', '--conclusion', '202-kl-tw', '--langs', 'ro,de'], '202-KL/TW has no de translation; it has fa, ro, ru.'],
      [['tmx', '--conclusion', '202-kl-tw', '--lang', 'ro'], "Unknown option '--lang'"],
    ] as const) {
      const { code, stderr } = run([...argv], cwd);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain(message);
      expect(stderr).toContain('Usage: npm run export --');
    }
  });

  it('exits 1 naming file:line:column when a clause holds a character XML forbids', () => {
    const { code, stdout, stderr } = run(['tmx', '--conclusion', '998-kl-tw'], project({ ro: paragraphs({ '2.2': '(2) Bell\u0007here.' }) }));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    // The content reader's character check (one definition of the characters no published text may hold) stops it first.
    expect(stderr).toMatch(/^The content has 1 error; nothing was built\.\n\nerror\[control-character\] content\/translations\/998-kl-tw\/ro\.mdx:23:26\n {2}The text holds the control character U\+0007/);
  });
});
