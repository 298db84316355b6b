import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { buildCorpus } from '../../src/lib/corpus/build-corpus.ts';
import { loadCorpus, readContentFiles } from '../../src/lib/corpus/load-corpus.ts';
import { writeDraft } from '../../src/lib/import/draft.ts';
import { propose, toJson } from '../../src/lib/import/propose.ts';
import { lowConfidencePlaces } from '../../src/lib/import/review.ts';
import { cleanText } from '../../src/lib/seeds/strip-noise.ts';
import { splitSentences } from '../../src/lib/text/sentences.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the project's content in a temporary folder, for commands that write. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pc-import-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  dirs.push(dir);
  return dir;
}

function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { cwd, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

const fixture = (name: string) => join(process.cwd(), 'tests/fixtures/import', name);
const en = readFileSync(fixture('en-202-abridged.txt'), 'utf8');
const zh = readFileSync(fixture('zh-202-abridged.txt'), 'utf8');
const { corpus } = loadCorpus(process.cwd());
const c202 = corpus!.conclusions.find((c) => c.slug === '202-kl-tw')!;

describe('cleaning: one definition of noise', () => {
  const raw = [
    'Daily News — the voice of the nation',
    'Thursday, 31/10/2025 17:53 (GMT+7)',
    '',
    'At its meeting on 31 October 2025 the Politburo and the Secretariat heard the report and concluded as follows, after long debate:',
    '![[Photo] Floods recede](https://example.org/a.jpg)',
    '[![thumb](https://example.org/t.jpg)](https://example.org/story)',
    '| Officials at work. (Photo: VNA) |',
    'People queue at the centre. (Фото: ДАНГ ХОА)',
    'Photo: Thu Hoai',
    '1. Agrees in principle with the report and its recommendations, which the commission presented at the meeting.',
    '',
    '',
    '',
    'Source: https://example.org/news/202',
    'Комментарий (0)',
    'نظر (۰)',
    '评论（0）',
  ].join('\n');
  const clean = cleanText(raw);
  const removed = Object.fromEntries(clean.removed.map((r) => [r.text.trim() || 'blank', r.reason]));

  it('removes each kind of noise, with its reason and line', () => {
    expect(removed).toEqual({
      'Daily News — the voice of the nation': 'page chrome',
      'Thursday, 31/10/2025 17:53 (GMT+7)': 'publisher/date line',
      '![[Photo] Floods recede](https://example.org/a.jpg)': 'image',
      '[![thumb](https://example.org/t.jpg)](https://example.org/story)': 'photo link',
      'Photo: Thu Hoai': 'photo credit',
      blank: 'blank run',
      'Source: https://example.org/news/202': 'source line',
      'Комментарий (0)': 'comment counter',
      'نظر (۰)': 'comment counter',
      '评论（0）': 'comment counter',
    });
    expect(clean.removed.find((r) => r.reason === 'blank run')).toMatchObject({ line: 11, text: '\n\n\n' });
  });

  it('keeps the Source line as provenance and captions as editorial captions', () => {
    expect(clean.sourceUrl).toBe('https://example.org/news/202');
    expect(clean.lines.filter((l) => l.kind === 'caption').map((l) => l.text)).toEqual(['| Officials at work. (Photo: VNA) |', 'People queue at the centre. (Фото: ДАНГ ХОА)']);
  });

  it('loses no character: every non-blank line is kept verbatim or listed as removed', () => {
    for (const line of clean.lines) expect(raw.slice(line.offset, line.offset + line.text.length)).toBe(line.text);
    const accounted = [...clean.lines.map((l) => l.text), ...clean.removed.filter((r) => r.reason !== 'blank run').map((r) => r.text)];
    expect(accounted.sort()).toEqual(raw.split('\n').map((l) => l.trim()).filter(Boolean).sort());
  });
});

describe('sentences', () => {
  it('protects abbreviations and enumeration markers, and splits at Chinese full stops', () => {
    const text = 'Concluzia nr. 202-KL/TW prevedea ceva. Mr. Tran a semnat. Art. 4 se aplică.';
    expect(splitSentences('ro', text).map((s) => text.slice(s.start, s.end))).toEqual(['Concluzia nr. 202-KL/TW prevedea ceva.', 'Mr. Tran a semnat.', 'Art. 4 se aplică.']);
    const zhText = '政治局开会。决定如下：1. 同意。';
    expect(splitSentences('zh', zhText).map((s) => zhText.slice(s.start, s.end))).toEqual(['政治局开会。', '决定如下：1. 同意。']);
  });
});

describe('the proposal for a saved English or Chinese news rendering of 202-KL/TW, abridged and full of chrome', () => {
  for (const [lang, raw, placed] of [
    ['en', en, ['preamble', '1', '1.p2', '2', '3', '5', '10']],
    ['zh', zh, ['preamble', '1', '2', '2.p2', '3', '4', '4.1', '4.1.i', '4.1.ii', '4.4', '10']],
  ] as const) {
    const proposal = propose({ conclusion: c202, lang, raw });
    const json = toJson(proposal);

    it(`${lang}: puts each clause in its row and marks the rest as gaps`, () => {
      expect(json.clauses.map((c) => c.id)).toEqual(placed);
      const skeleton = c202.skeleton.map((c) => c.id);
      expect([...json.gaps].sort()).toEqual(skeleton.filter((id) => !(placed as readonly string[]).includes(id)).sort());
    });

    it(`${lang}: keeps the lead, heading and caption apart, and lists the chrome it removed`, () => {
      expect(json.editorial.map((e) => e.kind)).toEqual(['heading', 'lead', 'caption']);
      expect(json.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['page chrome', 'publisher/date line', 'source line', 'comment counter']));
    });

    it(`${lang}: clause texts are verbatim pieces of the input`, () => {
      for (const clause of json.clauses) for (const piece of clause.text.split('\n')) expect(raw).toContain(piece);
    });

    it(`${lang}: the draft validates against the conclusion`, () => {
      const draft = writeDraft(proposal, { conclusion: '202-kl-tw', lang, source: { url: 'https://example.org/x', publisher: 'Example' } });
      const files = readContentFiles(process.cwd());
      const { errors } = buildCorpus({ ...files, translations: [...files.translations, { path: `content/translations/202-kl-tw/${lang}.mdx`, text: draft.mdx }] });
      expect(errors).toEqual([]);
    });
  }
});

describe('npm run import (the command, driven without spawning)', () => {
  const args = (raw: string, extra: string[] = []) => ['import', raw, '--conclusion', '202-kl-tw', '--lang', 'en', '--source', 'https://example.org/politics/conclusion-202-kl-tw', '--publisher', 'VietNews', ...extra];

  it('--json writes nothing and prints exactly the documented shape', () => {
    const dir = projectCopy();
    const { code, stdout } = run(['import', fixture('zh-202-abridged.txt'), '--conclusion', '202-kl-tw', '--lang', 'zh', '--json'], dir);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['conclusion', 'lang', 'clauses', 'editorial', 'removed', 'gaps']);
    expect(json.conclusion).toBe('202-kl-tw');
    expect(json.lang).toBe('zh');
    for (const c of json.clauses) expect(Object.keys(c)).toEqual(['id', 'text', 'confidence']);
    for (const e of json.editorial) expect(Object.keys(e)).toEqual(['kind', 'text']);
    for (const r of json.removed) expect(Object.keys(r)).toEqual(['reason', 'text']);
    expect(json.removed).toContainEqual({ reason: 'comment counter', text: '评论（0）' });
    for (const g of json.gaps) expect(typeof g).toBe('string');
    expect(existsSync(join(dir, 'content/translations/202-kl-tw/zh.mdx'))).toBe(false);
  });

  it('writes the draft and the raw copy, and prints the review with file:line, lowest confidence first', () => {
    const dir = projectCopy();
    const { code, stdout, stderr } = run(args(fixture('en-202-abridged.txt')), dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const draft = readFileSync(join(dir, 'content/translations/202-kl-tw/en.mdx'), 'utf8');
    expect(draft).toContain('file: 202-kl-tw-en.txt');
    expect(draft).toMatch(/imported:\n {2}confidence:\n/);
    expect(readFileSync(join(dir, 'content/sources/202-kl-tw-en.txt'), 'utf8')).toBe(en);
    const places = stdout.split('\n').filter((l) => /^ {2}content\/translations\/202-kl-tw\/en\.mdx:\d+ {2}\d\.\d\d/.test(l));
    const confidences = places.map((l) => Number(/:\d+ {2}(\d\.\d\d)/.exec(l)![1]));
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    expect(places.some((l) => /gap 4\.2 {2}\(not in this abridged translation\)/.test(l))).toBe(true);
    const line = Number(/en\.mdx:(\d+) {2}\S+ {2}clause 3 /.exec(stdout)![1]);
    expect(draft.split('\n')[line - 1]).toContain('<Clause id="3">');
    expect(stdout).toMatch(/en-202-abridged\.txt:\d+ {2}comment counter {2}«Comment \(0\)»/);
    const { corpus: imported, errors } = loadCorpus(dir);
    expect(errors).toEqual([]);
    // The confidence persists in the frontmatter, and the alignment report lists the low ones, lowest first.
    const translation = imported!.conclusions.find((c) => c.slug === '202-kl-tw')!.translations.find((t) => t.lang === 'en')!;
    expect(Object.keys(translation.imported!.confidence)).toHaveLength(c202.skeleton.length);
    const low = lowConfidencePlaces(imported!.conclusions.find((c) => c.slug === '202-kl-tw')!.translations);
    const expected = Object.entries(translation.imported!.confidence).filter(([, v]) => v < 0.8);
    expect(low.map((p) => p.clause).sort()).toEqual(expected.map(([id]) => id).sort());
    expect(low.map((p) => p.confidence)).toEqual([...low.map((p) => p.confidence)].sort((a, b) => a - b));
    expect(low.every((p) => p.lang === 'en' && p.file === 'content/translations/202-kl-tw/en.mdx')).toBe(true);
  });

  it('refuses to overwrite an existing translation without --force', () => {
    const dir = projectCopy();
    const before = readFileSync(join(dir, 'content/translations/202-kl-tw/ro.mdx'), 'utf8');
    const { code, stderr } = run(['import', join(dir, 'content/sources/001_dca16177f4c38848.txt'), '--conclusion', '202-kl-tw', '--lang', 'ro', '--source', 'https://nhandan.vn/x', '--publisher', 'Nhân Dân'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^content\/translations\/202-kl-tw\/ro\.mdx: a translation of 202-kl-tw in "ro" exists already; nothing written\.\n {2}hint: add --force/);
    expect(readFileSync(join(dir, 'content/translations/202-kl-tw/ro.mdx'), 'utf8')).toBe(before);
  });

  it('with --force re-imports an existing translation from its seed into a draft that validates', () => {
    const dir = projectCopy();
    const { code } = run(['import', join(dir, 'content/sources/001_dca16177f4c38848.txt'), '--conclusion', '202-kl-tw', '--lang', 'ro', '--source', 'https://nhandan.vn/x', '--publisher', 'Nhân Dân', '--force'], dir);
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'content/translations/202-kl-tw/ro.mdx'), 'utf8')).toContain('file: 001_dca16177f4c38848.txt');
    expect(loadCorpus(dir).errors).toEqual([]);
  });

  it('exits 2 with a clear message on a bad slug, tag or URL, and 1 on an unreadable file', () => {
    const dir = projectCopy();
    const slug = run(['import', fixture('en-202-abridged.txt'), '--conclusion', '999-kl-tw', '--lang', 'en', '--source', 'https://example.org/a', '--publisher', 'X'], dir);
    expect(slug.code).toBe(2);
    expect(slug.stderr).toMatch(/^--conclusion "999-kl-tw" names no conclusion; known: 202-kl-tw, 183-kl-tw, 179-kl-tw\./);
    const tag = run(['import', fixture('en-202-abridged.txt'), '--conclusion', '202-kl-tw', '--lang', 'en_US', '--source', 'https://example.org/a', '--publisher', 'X'], dir);
    expect(tag.code).toBe(2);
    expect(tag.stderr).toMatch(/^--lang "en_US" is not a well-formed BCP 47 tag; did you mean "en-US"\?/);
    const unknown = run(args(fixture('en-202-abridged.txt')).map((a) => (a === 'en' ? 'no' : a)), dir);
    expect(unknown.stderr).toMatch(/^--lang "no" is not a language of src\/lib\/languages\.ts; did you mean "nb"\?/);
    const url = run(args(fixture('en-202-abridged.txt')).map((a) => (a.startsWith('https://example.org/politics') ? 'example.org/page' : a)), dir);
    expect(url.code).toBe(2);
    expect(url.stderr).toMatch(/^--source "example\.org\/page" is not an http\(s\) address/);
    const missing = run(args('no/such/file.txt'), dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^no\/such\/file\.txt: cannot read the raw file \(ENOENT\)\./);
    expect(existsSync(join(dir, 'content/translations/202-kl-tw/en.mdx'))).toBe(false);
  });
});

describe('npm run import -- --new (a new conclusion from its first translation)', () => {
  it('proposes the skeleton of 183-KL/TW from its Russian seed, with TODOs the build reports at their lines', () => {
    const dir = projectCopy();
    rmSync(join(dir, 'content/conclusions/183-kl-tw.yaml'));
    rmSync(join(dir, 'content/translations/183-kl-tw'), { recursive: true });
    const seed = join(dir, 'content/sources/002_ff96fa329b488091.txt');
    const { code, stdout } = run(['import', seed, '--new', '183-KL/TW', '--lang', 'ru', '--source', 'https://huengaynay.vn/x', '--publisher', 'Huế ngày nay'], dir);
    expect(code).toBe(0);
    const yaml = readFileSync(join(dir, 'content/conclusions/183-kl-tw.yaml'), 'utf8');
    const original = readFileSync('content/conclusions/183-kl-tw.yaml', 'utf8');
    const ids = (text: string) => [...text.matchAll(/^\s*- id: "?([\w.]+)"?$/gm)].map((m) => m[1]);
    expect(ids(yaml)).toEqual(ids(original));
    const { errors } = loadCorpus(dir);
    const todos = errors.filter((e) => e.code === 'todo');
    expect(todos.length).toBe(ids(original).length + 6); // glosses, bodies, signatory, titles, reporter; dates and report number read from the preamble
    const glossLine = yaml.split('\n').findIndex((l) => l.includes('gloss: "TODO: a short English label for clause 3.p3.1.i"') || l.includes('gloss: "TODO: a short English label for clause 3.p3.1.i'));
    expect(todos).toContainEqual(expect.objectContaining({ location: expect.objectContaining({ file: 'content/conclusions/183-kl-tw.yaml', line: glossLine + 1 }) }));
    expect(stdout).toMatch(/content\/conclusions\/183-kl-tw\.yaml:\d+ {2}clauses\.\S+ is still a TODO/);
    // Once the TODOs are written, the conclusion and its first translation validate.
    const filled = yaml
      .replace(/gloss: .*TODO.*/g, 'gloss: A clause of the conclusion')
      .replace(/issuedBy:\n\s+- .*TODO.*/, 'issuedBy: [Politburo, Secretariat]')
      .replace(/: "?TODO: the report's date.*/g, ': 2025-07-31')
      .replace(/: "?TODO.*/g, ': Written');
    writeFileSync(join(dir, 'content/conclusions/183-kl-tw.yaml'), filled);
    expect(loadCorpus(dir).errors).toEqual([]);
  });
});
