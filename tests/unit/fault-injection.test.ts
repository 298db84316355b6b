import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, symlinkSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { loadContent } from '../../src/lib/corpus/load-content.ts';
import { copyContent, runGates, where, type ContentCopy } from '../support/content-copy.ts';

/**
 * Fault injection: each case breaks a fresh copy of content/ the way a careless or hostile contributor
 * might, and asserts that both gates (npm run check and the build's content guard) stop with exit code 1
 * and the exact `error[code] file:line:column`. That a failed build leaves dist/ as it was is asserted by
 * tests/build/bad-content.test.ts, which runs the real build on a few of these faults.
 */

const ro = 'content/translations/202-kl-tw/ro.mdx';
const ru = 'content/translations/202-kl-tw/ru.mdx';
const fa = 'content/translations/202-kl-tw/fa.mdx';
const skeleton = 'content/conclusions/202-kl-tw.yaml';

let copy: ContentCopy;
afterEach(() => copy?.remove());

/** Breaks a copy with `edit`, then expects `error[code] <file>:<at>` (and `message`, if given) from both gates. */
function expectFault(edit: (c: ContentCopy) => { file: string; at: string } | void, code: string, message?: string | RegExp, fileAt?: { file: string; at: string }) {
  copy = copyContent();
  const place = edit(copy) ?? fileAt!;
  const { code: exit, stdout, stderr, guard } = runGates(copy.dir);
  const line = `error[${code}] ${place.file}:${place.at}`;
  expect(exit).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toContain('nothing was built');
  expect(stderr).toContain(line);
  expect(guard).toContain(line);
  if (message) expect(stderr).toMatch(typeof message === 'string' ? new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : message);
  expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
  return stderr;
}

describe('one reader of content/: exactly the documented layout', () => {
  it('a second ru.mdx in another folder named 202-kl-tw', () => {
    expectFault((c) => {
      mkdirSync(c.path('content/translations/extra/202-kl-tw'), { recursive: true });
      c.write('content/translations/extra/202-kl-tw/ru.mdx', c.read(ru));
      return { file: 'content/translations/extra/202-kl-tw/ru.mdx', at: '1:1' };
    }, 'content-layout', 'The file content/translations/extra/202-kl-tw/ru.mdx is not part of the content layout');
  });
  it('a conclusion saved as .yml', () => {
    expectFault((c) => {
      renameSync(c.path(skeleton), c.path('content/conclusions/202-kl-tw.yml'));
      return { file: 'content/conclusions/202-kl-tw.yml', at: '1:1' };
    }, 'content-layout', 'rename it to 202-kl-tw.yaml');
  });
  it('a conclusion in a subfolder', () => {
    expectFault((c) => {
      mkdirSync(c.path('content/conclusions/old'));
      c.write('content/conclusions/old/202-kl-tw.yaml', c.read(skeleton));
      return { file: 'content/conclusions/old/202-kl-tw.yaml', at: '1:1' };
    }, 'content-layout', 'no folders');
  });
  it('a translation saved as de.md or de.MDX', () => {
    expectFault((c) => {
      c.write('content/translations/202-kl-tw/de.md', 'x');
      return { file: 'content/translations/202-kl-tw/de.md', at: '1:1' };
    }, 'content-layout', 'rename it to de.mdx');
    copy.remove();
    expectFault((c) => {
      c.write('content/translations/202-kl-tw/de.MDX', 'x');
      return { file: 'content/translations/202-kl-tw/de.MDX', at: '1:1' };
    }, 'content-layout', 'rename it to de.mdx');
  });
  it('a stray file at the top of content/', () => {
    expectFault((c) => {
      c.write('content/notes.txt', 'x');
      return { file: 'content/notes.txt', at: '1:1' };
    }, 'content-layout', 'content/ holds exactly');
  });
  it('a symlinked folder leading out of content/', () => {
    expectFault((c) => {
      mkdirSync(c.path('outside/de'), { recursive: true });
      symlinkSync(c.path('outside/de'), c.path('content/translations/179-kl-tw-de'));
      return { file: 'content/translations/179-kl-tw-de', at: '1:1' };
    }, 'content-symlink', 'is a symbolic link to a place outside content/');
  });
  it('a symlinked file outside the project (its text is never printed)', () => {
    const stderr = expectFault((c) => {
      c.write('secret.mdx', 'SECRET-TEXT-THAT-MUST-NOT-LEAK');
      symlinkSync(c.path('secret.mdx'), c.path('content/translations/202-kl-tw/de.mdx'));
      return { file: 'content/translations/202-kl-tw/de.mdx', at: '1:1' };
    }, 'content-symlink');
    expect(stderr).not.toContain('SECRET');
  });
  it('a symlink to /dev/zero', () => {
    expectFault((c) => {
      symlinkSync('/dev/zero', c.path('content/translations/202-kl-tw/de.mdx'));
      return { file: 'content/translations/202-kl-tw/de.mdx', at: '1:1' };
    }, 'content-symlink');
  });
  it('a FIFO (the build must not hang)', () => {
    expectFault((c) => {
      expect(spawnSync('mkfifo', [c.path('content/translations/202-kl-tw/de.mdx')]).status).toBe(0);
      return { file: 'content/translations/202-kl-tw/de.mdx', at: '1:1' };
    }, 'content-not-regular', 'is a named pipe (FIFO), not a regular file');
  });
  it('a file over the size limit', () => {
    expectFault((c) => {
      c.write('content/translations/202-kl-tw/de.mdx', new Uint8Array(33 * 1024 * 1024).fill(0x61));
      return { file: 'content/translations/202-kl-tw/de.mdx', at: '1:1' };
    }, 'content-too-large');
  });
  it('a link inside content/ to a file inside content/ is read through', () => {
    copy = copyContent();
    renameSync(copy.path(ro), copy.path('content/sources/ro.txt'));
    symlinkSync(copy.path('content/sources/ro.txt'), copy.path(ro));
    expect(runGates(copy.dir).code).toBe(0);
  });
});

describe('bytes and characters', () => {
  it('invalid UTF-8, located by line and column', () => {
    expectFault((c) => {
      const text = c.read(ru);
      const at = where(text, 'Политбюро', 3);
      const bytes = Buffer.from(text);
      bytes[Buffer.byteLength(text.slice(0, text.indexOf('Политбюро') + 3))] = 0xff;
      c.write(ru, bytes);
      return { file: ru, at };
    }, 'invalid-utf8', 'The file is not valid UTF-8: byte');
  });
  it('a NUL character', () => {
    expectFault((c) => {
      c.replace(ro, 'Sunt în principiu', 'Sunt\u0000 în principiu');
      return { file: ro, at: where(c.read(ro), '\u0000') };
    }, 'control-character', 'U+0000 (NUL)');
  });
  it('a noncharacter', () => {
    expectFault((c) => {
      c.replace(ro, 'Sunt în principiu', 'Sunt\uFFFE în principiu');
      return { file: ro, at: where(c.read(ro), '\uFFFE') };
    }, 'noncharacter', 'U+FFFE');
  });
  it('a lone surrogate written as a YAML escape', () => {
    expectFault((c) => {
      c.replace(ro, 'notes: >-', 'notes: "half \\uD800 a character"\nx-notes: >-');
      return { file: ro, at: where(c.read(ro), 'notes: "half') };
    }, 'lone-surrogate');
  });
  it('an unterminated U+202E at the end of clause 4', () => {
    expectFault((c) => {
      const text = c.read(ro);
      const end = text.indexOf('</Clause>', text.indexOf('<Clause id="4">'));
      c.write(ro, `${text.slice(0, end)}\u202E${text.slice(end)}`);
      return { file: ro, at: where(c.read(ro), '\u202E') };
    }, 'bidi-unbalanced', 'U+202E (RIGHT-TO-LEFT OVERRIDE) in clause 4 is never closed');
  });
  it('a stray U+2069 that closes nothing', () => {
    expectFault((c) => {
      c.replace(ro, 'Sunt în principiu', 'Sunt\u2069 în principiu');
      return { file: ro, at: where(c.read(ro), '\u2069') };
    }, 'bidi-unbalanced', 'closes nothing');
  });
  it('a bidi override in a YAML title', () => {
    expectFault((c) => {
      c.replace(skeleton, '  en: On the operation', '  en: \u202EOn the operation');
      return { file: skeleton, at: where(c.read(skeleton), '  en: \u202E', 2) };
    }, 'bidi-unbalanced', '"title.en"');
  });
  it('an invisible zero-width space in a clause id is shown escaped', () => {
    expectFault((c) => {
      c.replace(ro, '<Clause id="2.p2">', '<Clause id="2.p2\u200B">');
      return { file: ro, at: where(c.read(ro), '<Clause id="2.p2\u200B">') };
    }, 'unknown-clause', '<Clause id="2.p2U+200B"> names a clause that is not in the skeleton');
  });
});

describe('strict anchors', () => {
  it('a JavaScript expression in an attribute', () => {
    expectFault((c) => {
      c.replace(ro, '<Clause id="2.p2">', '<Clause id="2.p2" x={globalThis.process.exit(3)}>');
      return { file: ro, at: where(c.read(ro), 'x={globalThis') };
    }, 'anchor-attribute-unknown');
  });
  it('an expression as the id', () => {
    expectFault((c) => {
      c.replace(ro, '<Clause id="2.p2">', '<Clause id={"2.p2"}>');
      return { file: ro, at: where(c.read(ro), 'id={"2.p2"}') };
    }, 'anchor-attribute-expression', 'id={…} is a JavaScript expression');
  });
  it('a spread attribute', () => {
    expectFault((c) => {
      c.replace(ro, '<Clause id="2.p2">', '<Clause id="2.p2" {...globalThis}>');
      return { file: ro, at: where(c.read(ro), '{...globalThis}') };
    }, 'anchor-attribute-expression', 'spread or expression attribute');
  });
  it('an unknown attribute', () => {
    expectFault((c) => {
      c.replace(ro, '<Clause id="2.p2">', '<Clause id="2.p2" class="big">');
      return { file: ro, at: where(c.read(ro), 'class="big"') };
    }, 'anchor-attribute-unknown', '<Clause> has no attribute "class"');
  });
  it('a duplicate attribute', () => {
    expectFault((c) => {
      c.replace(ro, '<Clause id="2.p2">', '<Clause id="2.p2" id="2.p3">');
      return { file: ro, at: where(c.read(ro), 'id="2.p3"') };
    }, 'anchor-attribute-duplicate');
  });
  it('markup inside <FootnoteRef>', () => {
    expectFault((c) => {
      c.replace(ro, '<FootnoteRef to="8.fn1">[1]</FootnoteRef>', '<FootnoteRef to="8.fn1">[1]<Clause id="9">x</Clause></FootnoteRef>');
      return { file: ro, at: where(c.read(ro), '<Clause id="9">x') };
    }, 'footnote-ref-markup');
  });
  it('an expression inside <FootnoteRef>', () => {
    expectFault((c) => {
      c.replace(ro, '<FootnoteRef to="8.fn1">[1]</FootnoteRef>', '<FootnoteRef to="8.fn1">{1+1}</FootnoteRef>');
      return { file: ro, at: where(c.read(ro), '{1+1}') };
    }, 'footnote-ref-markup');
  });
  it('ten thousand nested tags', () => {
    expectFault((c) => {
      const deep = `${'<Editorial kind="note">'.repeat(10_000)}x${'</Editorial>'.repeat(10_000)}`;
      c.replace(ro, '<Editorial kind="lead">', `${deep} <Editorial kind="lead">`);
      return { file: ro, at: where(c.read(ro), '<Editorial kind="note">', 16 * '<Editorial kind="note">'.length) };
    }, 'nesting-too-deep');
  });
});

describe('values that must exist', () => {
  it.each([
    ['2025-02-30', '2025-02-30 is not a day of the calendar'],
    ['2025-13-45', '2025-13-45 is not a day of the calendar'],
  ])('date %s', (date, message) => {
    expectFault((c) => {
      c.replace(skeleton, 'date: 2025-10-31', `date: ${date}`);
      return { file: skeleton, at: where(c.read(skeleton), `date: ${date}`) };
    }, 'conclusion-invalid', message);
  });
  it.each([
    ['https://nhan dan.vn/x', 'has a space at character 13'],
    ['https://nhandan.vn/a b', 'has a space'],
    ['ftp://nhandan.vn/x', 'must be an http(s) address, not ftp:'],
    ['nhandan.vn/x', 'must be a whole address starting with https://'],
    ['https://[bad/x', 'is not a valid address'],
  ])('source URL %s', (url, message) => {
    expectFault((c) => {
      const text = c.read(ro);
      const old = text.match(/ {2}url: (\S+)/)![1];
      c.replace(ro, old, url);
      return { file: ro, at: where(c.read(ro), '  url:', 2) };
    }, 'source-url-missing', message);
  });
});

describe('references that must resolve', () => {
  it('source.file naming no file in content/sources/', () => {
    expectFault((c) => {
      c.replace(ro, 'file: 001_dca16177f4c38848.txt', 'file: 001_missing.txt');
      return { file: ro, at: where(c.read(ro), 'file: 001_missing.txt') };
    }, 'source-file-missing', 'The source file "001_missing.txt" is not in content/sources/.');
  });
});

describe('friendly errors', () => {
  it('a YAML alias bomb', () => {
    expectFault((c) => {
      let bomb = 'x-a: &a [x, x, x, x, x, x, x, x, x]\n';
      for (let i = 0; i < 9; i++) bomb += `x-${'bcdefghij'[i]}: &${'bcdefghij'[i]} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]\n`;
      c.replace(skeleton, 'number: 202-KL/TW', `${bomb}number: 202-KL/TW`);
      return { file: skeleton, at: where(c.read(skeleton), '*a') };
    }, 'yaml-aliases');
  });
  it('a custom YAML tag, at its own line', () => {
    expectFault((c) => {
      c.replace(skeleton, '  by: Central Organisation Commission', '  by: !js/function Central Organisation Commission');
      return { file: skeleton, at: where(c.read(skeleton), '!js/function') };
    }, 'yaml-tag', 'The YAML tag !js/function is not allowed here.');
  });
  it('a custom YAML tag in frontmatter', () => {
    expectFault((c) => {
      c.replace(ro, 'publisher: Nhân Dân', 'publisher: !!binary Nhân Dân');
      return { file: ro, at: where(c.read(ro), '!!binary') };
    }, 'yaml-tag', 'The YAML tag !!binary');
  });
  it('YAML nested ten thousand deep', () => {
    expectFault((c) => {
      c.replace(skeleton, 'issuedBy: [Politburo, Secretariat]', `issuedBy: ${'['.repeat(10_000)}${']'.repeat(10_000)}`);
      return { file: skeleton, at: where(c.read(skeleton), 'issuedBy') };
    }, 'nesting-too-deep');
  });
  it('a bad content/checks.yaml: unknown severity', () => {
    expectFault((c) => {
      c.write('content/checks.yaml', 'severities:\n  numbers: fatal\n');
      return { file: 'content/checks.yaml', at: '2:3' };
    }, 'checks-config-invalid', '"severities.numbers" in the checks configuration is not valid');
  });
  it('a bad content/checks.yaml: not YAML', () => {
    expectFault((c) => {
      c.write('content/checks.yaml', 'severities: [\n');
      return { file: 'content/checks.yaml', at: '2:1' };
    }, 'yaml-syntax');
  });
  it('a bad content/checks.yaml: a list, not a map', () => {
    expectFault((c) => {
      c.write('content/checks.yaml', '- numbers\n');
      return { file: 'content/checks.yaml', at: '1:1' };
    }, 'checks-config-invalid');
  });
  it('too many errors: the first fifty, then a count', () => {
    const stderr = expectFault((c) => {
      c.replace(ro, '<Clause id="2.p2">', `<Clause id="2.p2" ${Array.from({ length: 70 }, (_, i) => `a${i}="x"`).join(' ')}>`);
      return { file: ro, at: where(c.read(ro), 'a0="x"') };
    }, 'anchor-attribute-unknown', 'The content has 70 errors; nothing was built.');
    expect(stderr.match(/^error\[/gm)).toHaveLength(50);
    expect(stderr).toContain('… and 20 more errors not shown');
  });
});

describe('npm run check on invalid content', () => {
  it('--json prints the content errors as JSON', () => {
    copy = copyContent();
    copy.replace(ro, '<Clause id="2.p2">', '<Clause id="2.p2" class="big">');
    let stdout = '';
    const code = main(['check', '--json'], { cwd: copy.dir, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true } });
    expect(code).toBe(1);
    const [line, column] = where(copy.read(ro), 'class="big"').split(':').map(Number);
    expect(JSON.parse(stdout)).toEqual([
      { code: 'anchor-attribute-unknown', severity: 'error', message: '<Clause> has no attribute "class".', hint: 'remove it; <Clause> takes "id" only.', file: ro, line, column },
    ]);
  });
});

describe('valid edge cases build', () => {
  function expectValid(edit: (c: ContentCopy) => void) {
    copy = copyContent();
    edit(copy);
    const { code, stderr, guard } = runGates(copy.dir);
    expect(stderr).not.toContain('error[');
    expect(guard).toBeUndefined();
    expect(code).toBe(0);
    return loadContent(copy.dir).corpus!;
  }
  it('a byte-order mark', () => {
    const corpus = expectValid((c) => c.write(ro, `\uFEFF${c.read(ro)}`));
    expect(corpus.conclusions.find((x) => x.slug === '202-kl-tw')!.translations.find((t) => t.lang === 'ro')!.clauses.get('1')!.text).toMatch(/^1\. Sunt/);
  });
  it('CRLF line endings', () => {
    const corpus = expectValid((c) => {
      c.write(ro, c.read(ro).replace(/\n/g, '\r\n'));
      c.write(skeleton, c.read(skeleton).replace(/\n/g, '\r\n'));
    });
    expect(corpus.conclusions.find((x) => x.slug === '202-kl-tw')!.translations.find((t) => t.lang === 'ro')!.clauses.get('2')!.text).not.toContain('\r');
  });
  it('NFD text (decomposed diacritics) is kept as written', () => {
    const corpus = expectValid((c) => c.write(ro, c.read(ro).normalize('NFD')));
    const text = corpus.conclusions.find((x) => x.slug === '202-kl-tw')!.translations.find((t) => t.lang === 'ro')!.clauses.get('1')!.text;
    expect(text).toBe(text.normalize('NFD'));
    expect(text).not.toBe(text.normalize('NFC'));
  });
  it('an isolate around a Latin code in Persian text, and marks', () => {
    expectValid((c) => c.replace(fa, '<Clause id="1">', '<Clause id="1">\u2067\u2066202-KL/TW\u2069\u2069 \u200F'));
  });
  it('a very long clause (3,000 paragraphs; scripts/bench-guard.ts times 36,000)', () => {
    const corpus = expectValid((c) => {
      const text = c.read(ro);
      const open = '<Clause id="10">';
      const start = text.indexOf(open) + open.length;
      const end = text.indexOf('</Clause>', start);
      const body = text.slice(start, end).replace(/^10\. /, '');
      const paragraphs = Array.from({ length: 3_000 }, (_, i) => `${i === 0 ? '10\\. ' : `(${i}) `}${body}`).join('\n\n');
      c.write(ro, `${text.slice(0, start)}\n\n${paragraphs}\n\n${text.slice(end)}`);
    });
    expect(corpus.conclusions.find((x) => x.slug === '202-kl-tw')!.translations.find((t) => t.lang === 'ro')!.clauses.get('10')!.paragraphCount).toBe(3_000);
  });
});

describe('a malformed #fragment', () => {
  it('is taken as written instead of throwing URI malformed', async () => {
    const { fragmentId } = await import('../../src/components/fragment-id.ts');
    expect(fragmentId('#c-4.1.ii')).toBe('c-4.1.ii');
    expect(fragmentId('#c-%D0%B0')).toBe('c-а');
    expect(fragmentId('#c-%E0%A4%A')).toBe('c-%E0%A4%A');
    expect(fragmentId('#%')).toBe('%');
  });
});
