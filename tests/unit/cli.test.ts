import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { checksYaml, mdx, paragraphs } from '../support/checks-fixtures.ts';

/** A project folder with the checks conclusion and the given translations (lang → body), and an optional config. */
function project(bodies: Record<string, string>, config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pc-cli-'));
  mkdirSync(join(dir, 'content/conclusions'), { recursive: true });
  mkdirSync(join(dir, 'content/translations/998-kl-tw'), { recursive: true });
  writeFileSync(join(dir, 'content/conclusions/998-kl-tw.yaml'), checksYaml);
  for (const [lang, body] of Object.entries(bodies)) writeFileSync(join(dir, `content/translations/998-kl-tw/${lang}.mdx`), mdx(lang, body));
  if (config) writeFileSync(join(dir, 'content/checks.yaml'), config);
  dirs.push(dir);
  return dir;
}
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { cwd, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

const ro = paragraphs({ '3': '3. Până la 15 decembrie 2025, conform 195-KL/TW.' }, 'Textul');
const ru = paragraphs({ '3': 'До 15 декабря 2025 года, согласно 195-KL/TW.' }, 'Текст');
const faLacking = paragraphs({ '3': 'تا ۱۵ دسامبر ۲۰۲۵.', '2.1.i': '(1) متن', '2.1': '(1) متن' }, 'متن');

describe('npm run check (the command, driven without spawning)', () => {
  it('prints file:line:column severity check-id message per finding, a summary on stderr, and exits 0 without errors', () => {
    const { code, stdout, stderr } = run(['check'], project({ ro, ru, fa: faLacking }));
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toContain('content/translations/998-kl-tw/fa.mdx:25:16 warning document-codes fa does not cite 195-KL/TW in clause 3, which ro, ru cite.');
    for (const line of lines) expect(line).toMatch(/^content\/translations\/998-kl-tw\/(fa|ro|ru)\.mdx:\d+:\d+ (error|warning|info) [a-z-]+ .+$/);
    expect(stderr).toMatch(/^0 errors, \d+ warnings, \d+ infos in 1 conclusion \(\d+ ms\)\.\n$/);
  });
  it('prints a JSON array of findings with --json', () => {
    const { code, stdout } = run(['check', '--json'], project({ ro, ru, fa: faLacking }));
    expect(code).toBe(0);
    const findings = JSON.parse(stdout) as Array<Record<string, unknown>>;
    const codes = findings.find((f) => f.check === 'document-codes')!;
    expect(codes).toMatchObject({ severity: 'warning', conclusion: '998-kl-tw', clause: '3', langs: ['fa', 'ro', 'ru'], file: 'content/translations/998-kl-tw/fa.mdx', line: 25, column: 16 });
    expect(typeof codes.message).toBe('string');
  });
  it('exits 1 when a finding has error severity (here by the per-conclusion config)', () => {
    const dir = project({ ro, ru, fa: faLacking }, 'conclusions:\n  998-kl-tw:\n    document-codes: error\n');
    const { code, stdout, stderr } = run(['check'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('error document-codes fa does not cite 195-KL/TW');
    expect(stderr).toMatch(/^1 error,/);
  });
  it('exits 1 with the formatted content errors when the content is invalid', () => {
    const { code, stdout, stderr } = run(['check'], project({ ro: ro.replace('<Clause id="2.2">', '<Clause id="2.9">') }));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('error[unknown-clause] content/translations/998-kl-tw/ro.mdx:');
  });
  it('exits 2 on usage errors: unknown option, unknown command, unknown conclusion', () => {
    const dir = project({ ro, ru });
    for (const argv of [['check', '--bogus'], ['chek'], [], ['check', '--conclusion', 'nope']]) {
      const { code, stderr } = run(argv, dir);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain('Usage:');
    }
    expect(run(['check', '--help'], dir).code).toBe(0);
  });
  it('exits 1 with a message when content/checks.yaml is invalid', () => {
    const { code, stderr } = run(['check'], project({ ro, ru }, 'severities:\n  numbers: fatal\n'));
    expect(code).toBe(1);
    expect(stderr).toContain('error[checks-config-invalid] content/checks.yaml:2:3\n  "severities.numbers" in the checks configuration is not valid');
  });
});
