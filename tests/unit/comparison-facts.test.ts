import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/lib/checks/index.ts';
import { clauseFacts, splitAtFacts } from '../../src/lib/comparison/facts.ts';
import { buildComparison } from '../../src/lib/comparison/rows.ts';
import { sameFact } from '../../src/lib/comparison/same-fact.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { corpusOf, paragraphs } from '../support/checks-fixtures.ts';

const corpus = loadCorpus(process.cwd()).corpus!;
const c202 = corpus.conclusions.find((c) => c.slug === '202-kl-tw')!;
const findings = runChecks(corpus).filter((f) => f.conclusion === '202-kl-tw');
const clause = (id: string) => c202.skeleton.find((c) => c.id === id)!;

/** Every fact of a clause in one translation, as `kind:value` with the text it is read from. */
function factsOf(lang: string, id: string) {
  const text = c202.translations.find((t) => t.lang === lang)!.clauses.get(id)!;
  const marks = clauseFacts(lang, text, clause(id), { conclusion: c202, findings });
  return [...marks].flatMap(([segment, list]) => list.map((m) => ({ fact: m.fact, text: segment.text.slice(m.start, m.start + m.length), note: m.note })));
}

describe('facts of a clause, for the comparison and reading views', () => {
  it('reads the preamble dates and the report code of 202-KL/TW with the same values in ru, ro and fa', () => {
    const values = (lang: string) => factsOf(lang, 'preamble').map((f) => f.fact).filter((f) => !f.startsWith('number:'));
    expect(values('ro')).toEqual(['date:2025-10-31', 'date:2025-10', 'code:523-bc/btctw', 'date:2025-10-29']);
    expect(values('ru')).toEqual(values('ro'));
    expect(values('fa')).toEqual(values('ro'));
    expect(factsOf('fa', 'preamble').find((f) => f.fact === 'code:523-bc/btctw')!.text).toBe('۵۲۳-BC/BTCTW');
    expect(factsOf('ru', 'preamble').find((f) => f.fact === 'date:2025-10-29')!.text).toBe('29 октября 2025');
  });

  it('reads a marker as the skeleton numbers it, whatever digits or form the translation writes', () => {
    expect(factsOf('ro', '4.1.ii')[0]).toMatchObject({ fact: 'marker:(ii)', text: '(ii)' });
    const fa = factsOf('fa', '4.1.ii')[0];
    expect(fa.fact).toBe('marker:(ii)');
    expect(fa.note).toContain('the level of (ii) is lost');
  });

  it('notes a marker the other translations lack, with the finding about their list, in every clause of the list', () => {
    for (const id of ['1', '2', '10']) {
      const [marker] = factsOf('ro', id);
      expect(marker.fact).toBe(`marker:${id}.`);
      expect(marker.note).toBe('fa drops the markers 1.–10. of the top-level items (10 clauses). ru drops the markers 1.–10. of the top-level items (10 clauses).');
    }
    expect(factsOf('ro', 'preamble').every((f) => !f.note)).toBe(true);
  });

  it('notes a number one translation lacks where the others state it, and not where all state it', () => {
    const corpus = corpusOf({
      ro: paragraphs({ '3': '3. Prezentat celei de-a 10-a sesiuni a celei de-a 15-a Adunări Naționale înainte de 15 decembrie 2025.' }),
      ru: paragraphs({ '3': '3. Представить 10-й сессии 15-го Национального собрания до 15 декабря 2025 года.' }),
      fa: paragraphs({ '3': 'به دهمین جلسه مجلس ملی قبل از ۱۵ دسامبر ۲۰۲۵ ارائه شود.' }),
    });
    const [conclusion] = corpus.conclusions;
    const row = buildComparison(conclusion, ['ro', 'fa'], runChecks(corpus)).rows.find((r) => r.clause.id === '3')!;
    const marks = (i: number) => row.cells[i].pieces.flatMap((p) => p.segments.flatMap((s) => (s.facts ?? []).map((m) => [s.text.slice(m.start, m.start + m.length), m.fact, m.note])));
    expect(marks(0)).toEqual([
      ['3.', 'marker:3.', 'fa drops the markers 1.–3. of the top-level items (3 clauses).'],
      ['10', 'number:10', undefined],
      ['15', 'number:15', 'fa lacks the number 15 that ro, ru have in clause 3.'],
      ['15 decembrie 2025', 'date:2025-12-15', undefined],
    ]);
    expect(marks(1).map(([text, fact]) => [text, fact])).toEqual([['دهمین', 'number:10'], ['۱۵ دسامبر ۲۰۲۵', 'date:2025-12-15']]);
  });

  it('marks facts without changing a character of any clause', () => {
    const { rows } = buildComparison(c202, undefined, findings);
    for (const row of rows)
      for (const cell of row.cells)
        for (const piece of cell.pieces)
          for (const s of piece.segments) expect(splitAtFacts(s.text, s.facts).map((p) => (typeof p === 'string' ? p : p.text)).join('')).toBe(s.text);
  });

  it('takes a date without its year as the dated one, and nothing else as the same', () => {
    expect(sameFact('date:--10-29', 'date:2025-10-29')).toBe(true);
    expect(sameFact('date:2025-10-29', 'date:2025-10-31')).toBe(false);
    expect(sameFact('number:15', 'number:15')).toBe(true);
    expect(sameFact('number:2025', 'date:2025-10')).toBe(false);
  });
});
