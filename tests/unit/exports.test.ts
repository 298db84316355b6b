import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { ContentValidationError } from '../../src/lib/errors.ts';
import { conclusionExport } from '../../src/lib/export/conclusion-export.ts';
import { languagePairs } from '../../src/lib/export/export-paths.ts';
import { schemaProblems } from '../../src/lib/export/json-schema.ts';
import { readTmx, rowsFromComparison, rowsFromJson, rowsFromTmx } from '../../src/lib/export/read-back.ts';
import { exportFiles, renderCorpusJson, renderExport } from '../../src/lib/export/render.ts';
import { buildTmx } from '../../src/lib/export/tmx.ts';
import { xmlCharacterErrors } from '../../src/lib/export/xml-characters.ts';
import { corpusOf, mdx, paragraphs } from '../support/checks-fixtures.ts';
import { parseCsvWithPython, readWithTranslateToolkit, tmxDtdErrors } from '../support/export-readers.ts';

const { corpus } = loadCorpus(process.cwd());
const conclusions = corpus!.conclusions;
const c202 = conclusions.find((c) => c.slug === '202-kl-tw')!;

describe('TMX exports', () => {
  for (const conclusion of conclusions) {
    it(`${conclusion.slug}: the full TMX and every pair validate against the TMX 1.4b DTD`, () => {
      expect(tmxDtdErrors(renderExport('tmx', conclusion))).toBe('');
      for (const [a, b] of languagePairs(conclusion)) expect(tmxDtdErrors(renderExport('tmx', conclusion, { langs: [a, b] })), `${a}-${b}`).toBe('');
    });
  }

  it('the DTD check fails on a TMX that breaks the DTD', () => {
    const broken = renderExport('tmx', c202).replace(/<tuv xml:lang="fa">/, '<tuv>');
    expect(tmxDtdErrors(broken)).toContain('validity error');
  });

  it('has the header the issue asks for: srclang *all*, segtype paragraph; a unit per clause with the clause id', () => {
    const { srclang, units } = readTmx(renderExport('tmx', c202));
    expect(srclang).toBe('*all*');
    expect(renderExport('tmx', c202)).toMatch(/<header [^>]*segtype="paragraph"/);
    expect(units.map((u) => u.tuid)).toEqual(c202.skeleton.map((c) => c.id));
    const unit = units.find((u) => u.tuid === '4.1.ii')!;
    expect(unit.notes).toEqual(['Conclusion 202-KL/TW, clause 4.1.ii', c202.skeleton.find((c) => c.id === '4.1.ii')!.gloss]);
    expect(unit.segs.map((s) => s.lang)).toEqual(['fa', 'ro', 'ru']);
    const ru = c202.translations.find((t) => t.lang === 'ru')!;
    expect(unit.segs[2].props).toEqual([
      { type: 'x-publisher', text: ru.source.publisher },
      { type: 'x-source-url', text: ru.source.url },
    ]);
  });

  it('202-kl-tw.ro-ru.tmx loads in translate-toolkit as 27 units, Romanian source and Russian target as on the site', () => {
    const units = readWithTranslateToolkit(renderExport('tmx', c202, { langs: ['ro', 'ru'] }));
    expect(units).toHaveLength(27);
    const [ro, ru] = ['ro', 'ru'].map((l) => c202.translations.find((t) => t.lang === l)!);
    for (const unit of units) {
      expect(unit.source).toBe(ro.clauses.get(unit.id)!.text);
      expect(unit.target).toBe(ru.clauses.get(unit.id)!.text);
    }
    expect(units[0].notes).toContain('Conclusion 202-KL/TW, the preamble');
  });

  it('leaves a gap out: no <tuv> for a translation that omits the clause, and no unit in a pair file', () => {
    const gapped = corpusOf({
      ro: paragraphs({}).replace('<Clause id="2.2">Text of 2.2.</Clause>', '<Gap id="2.2" reason="not published" />'),
      ru: paragraphs({}, 'Текст'),
    }).conclusions[0];
    const all = readTmx(buildTmx(gapped)).units.find((u) => u.tuid === '2.2')!;
    expect(all.segs.map((s) => s.lang)).toEqual(['ru']);
    expect(readTmx(buildTmx(gapped, { pair: ['ro', 'ru'] })).units.map((u) => u.tuid)).not.toContain('2.2');
    expect(tmxDtdErrors(buildTmx(gapped))).toBe('');
  });

  it('escapes markup and keeps a carriage return as a reference, so a reader gets the text back unchanged', () => {
    const text = 'Ties & <tags> "quoted" \'single\'\r\nend';
    const odd = corpusOf({ ro: paragraphs({}) }).conclusions[0];
    odd.translations[0].clauses.get('1')!.text = text;
    const xml = buildTmx(odd);
    expect(tmxDtdErrors(xml)).toBe('');
    expect(readTmx(xml).units.find((u) => u.tuid === '1')!.segs[0].text).toBe(text);
    expect(readWithTranslateToolkit(xml).find((u) => u.id === '1')!.source).toBe(text);
  });
});

/** A valid corpus whose parsed text then gets `char` where `XBELLX` was: the content reader refuses such text, the export must too. */
function withCharacter(corpus: ReturnType<typeof corpusOf>, char: string): ReturnType<typeof corpusOf> {
  for (const conclusion of corpus.conclusions)
    for (const translation of conclusion.translations) {
      for (const paragraph of translation.paragraphs) for (const segment of paragraph.segments) segment.text = segment.text.replace('XBELLX', char);
      for (const clause of translation.clauses.values()) clause.text = clause.text.replace('XBELLX', char);
    }
  return corpus;
}

describe('a clause text with a character XML 1.0 forbids', () => {
  const body = paragraphs({ '2.1': '(1) Before\u0007after.' });
  const bad = withCharacter(corpusOf({ ro: paragraphs({ '2.1': '(1) BeforeXBELLXafter.' }) }), '\u0007');
  const source = mdx('ro', body);

  it('is an error at the character itself: file, line, column', () => {
    const errors = xmlCharacterErrors(bad.conclusions, () => source);
    expect(errors).toHaveLength(1);
    const line = source.split('\n').findIndex((l) => l.includes('\u0007')) + 1;
    expect(errors[0]).toMatchObject({
      code: 'xml-forbidden-character',
      location: { file: 'content/translations/998-kl-tw/ro.mdx', line, column: source.split('\n')[line - 1].indexOf('\u0007') + 1 },
    });
    expect(errors[0].message).toBe('The text of clause 2.1 (ro) of 998-KL/TW holds U+0007, a character that XML 1.0 does not allow: the TMX export could not carry it, and it is invisible on the page.');
  });

  it('stops the TMX export instead of dropping or replacing the character', () => {
    expect(() => buildTmx(bad.conclusions[0])).toThrow(ContentValidationError);
    expect(() => buildTmx(bad.conclusions[0])).toThrow(/error\[xml-forbidden-character\] content\/translations\/998-kl-tw\/ro\.mdx:\d+:\d+/);
  });

  it('is found in a gloss or a publisher name too (they go into the TMX notes and props), at the character', () => {
    const conclusion = structuredClone(corpusOf({ ro: paragraphs({}) }).conclusions[0]);
    conclusion.skeleton[1].gloss = 'First\u0008item';
    const yaml = 'number: 998-KL/TW\nclauses:\n  - { id: "1", gloss: First\u0008item }\n';
    const errors = xmlCharacterErrors([conclusion], () => yaml);
    expect(errors.map((e) => [e.message, e.location])).toEqual([
      ['The gloss of clause 1 of 998-KL/TW holds U+0008, a character that XML 1.0 does not allow: the TMX export could not carry it.', { file: 'content/conclusions/998-kl-tw.yaml', line: 3, column: 28 }],
    ]);
    expect(() => buildTmx(conclusion)).toThrow(/error\[xml-forbidden-character\] content\/conclusions\/998-kl-tw\.yaml:1:1/);
  });

  it('also catches U+FFFF, but lets tabs and characters beyond the BMP pass', () => {
    expect(xmlCharacterErrors(withCharacter(corpusOf({ ro: paragraphs({ '1': 'aXBELLXb' }) }), '\uFFFF').conclusions)).toHaveLength(1);
    expect(xmlCharacterErrors(corpusOf({ ro: paragraphs({ '1': 'a\tb 𝄞 c' }) }).conclusions)).toEqual([]);
  });
});

describe('JSON exports', () => {
  it('every conclusion file and the corpus file match the published schema', () => {
    for (const conclusion of conclusions) expect(schemaProblems('conclusion', JSON.parse(renderExport('json', conclusion)))).toEqual([]);
    expect(schemaProblems('corpus', JSON.parse(renderCorpusJson(corpus!)))).toEqual([]);
  });

  it('the schema rejects a file that lacks a clause text or has an unknown field', () => {
    const data = conclusionExport(c202);
    const broken = structuredClone(data) as unknown as { translations: Array<{ clauses: Array<Record<string, unknown>> }>; extra?: number };
    delete broken.translations[0].clauses[0].text;
    broken.extra = 1;
    expect(schemaProblems('conclusion', broken)).toEqual(['/: must NOT have additional properties', '/translations/0/clauses/0: must have required property \'text\'']);
  });

  it('holds metadata, the glossed skeleton, gaps and publisher material', () => {
    const data = conclusionExport(c202);
    expect(data).toMatchObject({ number: '202-KL/TW', date: c202.date, slug: '202-kl-tw', url: 'https://parallel-conclusions.example/conclusions/202-kl-tw/' });
    expect(data.skeleton.map((c) => c.gloss)).toEqual(c202.skeleton.map((c) => c.gloss));
    expect(data.translations.map((t) => t.lang)).toEqual(['fa', 'ro', 'ru']);
    expect(data.translations.flatMap((t) => t.editorial).length).toBeGreaterThan(0);
  });
});

describe('CSV exports', () => {
  for (const conclusion of conclusions) {
    it(`${conclusion.slug}: starts with a BOM, ends records with CRLF, and Python's csv module reads back every clause`, () => {
      const csv = renderExport('csv', conclusion);
      expect(csv.startsWith('\uFEFF"clause"')).toBe(true);
      expect(csv.replaceAll('\r\n', '').includes('\n')).toBe(conclusion.translations.some((t) => [...t.clauses.values()].some((c) => c.text.includes('\n'))));
      const [header, ...rows] = parseCsvWithPython(csv);
      expect(header).toEqual(['clause', 'kind', 'marker', 'gloss', ...conclusion.translations.map((t) => t.lang)]);
      expect(rows.map((r) => r[0])).toEqual(conclusion.skeleton.map((c) => c.id));
      for (const row of rows) conclusion.translations.forEach((t, i) => expect(row[4 + i]).toBe(t.clauses.get(row[0])?.text ?? ''));
    });
  }
});

describe('round trip: the comparison rows rebuilt from the exports', () => {
  for (const conclusion of conclusions) {
    const langs = conclusion.translations.map((t) => t.lang);
    it(`${conclusion.slug}: from our TMX reading, translate-toolkit's and the JSON, the rows equal the comparison view's`, () => {
      const expected = rowsFromComparison(conclusion).filter((row) => Object.values(row.texts).some((t) => t !== null));
      const xml = renderExport('tmx', conclusion);
      expect(rowsFromTmx(readTmx(xml).units, langs)).toEqual(expected);
      const toolkit = readWithTranslateToolkit(xml).map((u) => ({ clause: u.id, texts: Object.fromEntries(langs.map((l) => [l, u.langs[l] ?? null])) }));
      expect(toolkit).toEqual(expected);
      expect(rowsFromJson(JSON.parse(renderExport('json', conclusion)))).toEqual(rowsFromComparison(conclusion));
    });
  }
});

describe('the list of downloads', () => {
  it('has a TMX per conclusion, one per ordered language pair, JSON, CSV, the corpus file and the schemas', () => {
    const paths = exportFiles(corpus!).map((f) => f.path);
    expect(paths).toContain('/exports/202-kl-tw.ro-ru.tmx');
    expect(paths).toContain('/exports/202-kl-tw.ru-ro.tmx');
    expect(paths.filter((p) => p.startsWith('/exports/202-kl-tw.') && p.endsWith('.tmx'))).toHaveLength(1 + 6);
    expect(paths.filter((p) => p.startsWith('/exports/179-kl-tw'))).toEqual(['/exports/179-kl-tw.tmx', '/exports/179-kl-tw.json', '/exports/179-kl-tw.csv']);
    expect(paths.slice(0, 3)).toEqual(['/exports/corpus.json', '/exports/schema/conclusion.json', '/exports/schema/corpus.json']);
  });
});
