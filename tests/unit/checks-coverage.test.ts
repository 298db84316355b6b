import { describe, expect, it } from 'vitest';
import { coverageMatrix, runChecks } from '../../src/lib/checks/index.ts';
import { checkCoverage } from '../../src/lib/checks/check-coverage.ts';
import { corpusOf, findingsOf, paragraphs } from '../support/checks-fixtures.ts';

const own = paragraphs({});
/** Item 2 and its sub-items in one paragraph, as the Russian and Persian 202-KL/TW write item 4. */
const merged = (first: string) =>
  paragraphs({}).replace(/<Clause id="2">[\s\S]*?(?=<Clause id="3">)/, `<Clause id="2">${first}</Clause> <Clause id="2.1">(1) a:</Clause> <Clause id="2.1.i">(i) b;</Clause> <Clause id="2.1.ii">(ii) c.</Clause> <Clause id="2.2">(2) d.</Clause>\n\n`);

describe('coverage check', () => {
  it('raises nothing when every translation gives every clause its own paragraph', () => {
    expect(findingsOf({ ro: own, ru: own, fa: own }, ['coverage-missing', 'coverage-merged', 'coverage-split', 'coverage-omitted', 'coverage-outside'])).toEqual([]);
  });
  it('reports a paragraph into which a translation merges clauses that another keeps apart, once', () => {
    const found = findingsOf({ ro: own, ru: merged('Политбюро поручило:') }, ['coverage-merged']);
    expect(found.map((f) => [f.severity, f.langs, f.message])).toEqual([
      ['info', ['ru', 'ro'], 'ru runs clauses 2, 2.1, 2.1.i, 2.1.ii, 2.2 into one paragraph; ro gives them paragraphs of their own.'],
    ]);
  });
  it('does not call merged what every translation merges, nor a footnote carried inline (no false alarm)', () => {
    const inline = paragraphs({ '3': 'Текст <Clause id="3.fn1">(примечание)</Clause> конец.' }).replace('\n\n<Clause id="3.fn1">Text of 3.fn1.</Clause>', '');
    expect(findingsOf({ ru: merged('Поручить:'), fa: merged('موظف کردند:') }, ['coverage-merged'])).toEqual([]);
    expect(findingsOf({ ro: own, ru: inline }, ['coverage-merged'])).toEqual([]);
  });
  it('reports an omitted clause with its reason, located at the gap', () => {
    const fa = paragraphs({}).replace('<Clause id="1.p2">Text of 1.p2.</Clause>', '<Gap id="1.p2" reason="not in the published translation" />');
    const [f] = findingsOf({ ro: own, fa }, ['coverage-omitted']);
    expect([f.severity, f.message, f.line]).toEqual(['warning', 'fa omits clause 1.p2: not in the published translation', 13]);
  });
  it('reports a clause split over more paragraphs than elsewhere', () => {
    const ru = paragraphs({}).replace('<Clause id="1">Text of 1.</Clause>', '<Clause id="1">\n\nПервый абзац.\n\nВторой абзац.\n\n</Clause>');
    expect(findingsOf({ ro: own, ru }, ['coverage-split']).map((f) => f.message)).toEqual(['ru splits clause 1 over 2 paragraphs, more than ro.']);
  });
  it('reports a missing clause as an error, and the matrix shows it', () => {
    const corpus = corpusOf({ ro: own, ru: own });
    (corpus.conclusions[0].translations[1].clauses as Map<string, unknown>).delete('2.2');
    const found = runChecks(corpus).filter((f) => f.check === 'coverage-missing');
    expect(found.map((f) => [f.severity, f.message])).toEqual([['error', 'ru has no clause 2.2 and no <Gap> for it.']]);
    expect(coverageMatrix(corpus.conclusions[0]).get('2.2')!.get('ru')).toEqual({ state: 'missing' });
  });
  it('reports text outside clauses when it gets through (validation normally stops it)', () => {
    const corpus = corpusOf({ ro: own });
    const conclusion = corpus.conclusions[0];
    expect(checkCoverage({ conclusion, views: new Map(), calibration: new Map() }).filter((f) => f.check === 'coverage-outside')).toEqual([]);
    conclusion.translations[0].paragraphs[0].segments.push({ kind: 'space', text: 'stray words', location: { file: 'x.mdx', line: 3, column: 4 } });
    expect(checkCoverage({ conclusion, views: new Map(), calibration: new Map() }).filter((f) => f.check === 'coverage-outside').map((f) => [f.message, f.line])).toEqual([['Text outside any clause: "stray words".', 3]]);
  });
});
