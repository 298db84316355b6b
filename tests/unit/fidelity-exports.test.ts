import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import type { ConclusionExport, CorpusExport } from '../../src/lib/export/conclusion-export.ts';
import { languagePairs } from '../../src/lib/export/export-paths.ts';
import { readTmx } from '../../src/lib/export/read-back.ts';
import { renderCorpusJson, renderExport } from '../../src/lib/export/render.ts';
import { foldWhitespace } from '../../src/lib/text/fold.ts';
import { parseCsvWithPython, readWithTranslateToolkit } from '../support/export-readers.ts';
import { expectedSeedText } from '../support/seed-text.ts';

/**
 * Fidelity of the downloads: every clause text of every translation, read back from every export (TMX with
 * our reader and translate-toolkit's, each pair TMX, JSON, corpus JSON, CSV), equals the text the pages
 * publish (`ClauseText.text`) character for character; and each run of that text is in the seed.
 */
const { corpus } = loadCorpus(process.cwd());
const corpusJson = JSON.parse(renderCorpusJson(corpus!)) as CorpusExport;

describe('fidelity of the exports to the published clause texts', () => {
  for (const conclusion of corpus!.conclusions) {
    describe(conclusion.slug, () => {
      const full = readTmx(renderExport('tmx', conclusion)).units;
      const toolkit = readWithTranslateToolkit(renderExport('tmx', conclusion));
      const json = JSON.parse(renderExport('json', conclusion)) as ConclusionExport;
      const fromCorpus = corpusJson.conclusions.find((c) => c.slug === conclusion.slug)!;
      const [header, ...csv] = parseCsvWithPython(renderExport('csv', conclusion));

      for (const translation of conclusion.translations) {
        it(`${translation.lang}: every clause, in the TMX, translate-toolkit, each pair, the JSON, corpus.json and the CSV`, () => {
          const pairs = languagePairs(conclusion).filter((pair) => pair.includes(translation.lang));
          const pairUnits = pairs.map((pair) => readTmx(renderExport('tmx', conclusion, { langs: pair })).units);
          const jsonClauses = new Map(json.translations.find((t) => t.lang === translation.lang)!.clauses.map((c) => [c.id, c.text]));
          const corpusClauses = new Map(fromCorpus.translations.find((t) => t.lang === translation.lang)!.clauses.map((c) => [c.id, c.text]));
          const column = header.indexOf(translation.lang);
          const seed = translation.source.file ? expectedSeedText(translation.source.file).text : undefined;
          for (const clause of conclusion.skeleton) {
            const published = translation.clauses.get(clause.id)?.text;
            const where = `${translation.lang} ${clause.id}`;
            expect(full.find((u) => u.tuid === clause.id)?.segs.find((s) => s.lang === translation.lang)?.text, where).toBe(published);
            expect(toolkit.find((u) => u.id === clause.id)?.langs[translation.lang], where).toBe(published);
            for (const units of pairUnits) {
              const unit = units.find((u) => u.tuid === clause.id);
              if (unit) expect(unit.segs.find((s) => s.lang === translation.lang)?.text, where).toBe(published);
            }
            expect(jsonClauses.get(clause.id), where).toBe(published);
            expect(corpusClauses.get(clause.id), where).toBe(published);
            expect(csv.find((row) => row[0] === clause.id)![column], where).toBe(published ?? '');
            if (seed && published)
              for (const piece of translation.clauses.get(clause.id)!.pieces)
                expect(seed.includes(foldWhitespace(piece.segments.map((s) => s.text).join(''))), `${where} in the seed`).toBe(true);
          }
        });
      }
    });
  }
});
