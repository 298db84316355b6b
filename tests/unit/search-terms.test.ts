import { describe, expect, it } from 'vitest';
import { searchTerm, searchTerms } from '../../src/lib/search/tokens.ts';
import { planQuery, maxQueryLength } from '../../src/lib/search/query-plan.ts';
import { buildExcerpt } from '../../src/lib/search/excerpt.ts';
import { readSearchState, writeSearchState } from '../../src/lib/search/url-state.ts';
import { mergeResults, sumCounts } from '../../src/lib/search/merge.ts';
import { clauseRecords, describeHit, indexedRecord, searchLabels } from '../../src/lib/search/records.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { exampleQueries } from '../search-queries.ts';

describe('search terms: one normalization at index and query time', () => {
  it.each([
    ['۱۹۵-KL/TW', 'fa', '195-kl/tw'],
    ['٢٠٢٥', 'fa', '2025'],
    ['56-KH/BCĐ', 'nb', '56-kh/bcd'],
    ['56-kh/bcd,', 'ru', '56-kh/bcd'],
    ['نتیجه‌گیری', 'fa', 'نتیجهگیری'],
    ['ميهني', 'fa', 'میهنی'],
    ['كميته', 'fa', 'کمیته'],
  ])('%s (%s) → %s', (word, lang, term) => expect(searchTerm(word, lang)).toBe(term));

  it.each([
    ['ru', ['цифровой', 'цифровых', 'цифровым', 'цифрового']],
    ['ru', ['подписи', 'подписей', 'подпись']],
    ['ru', ['отчёте', 'отчете', 'отчет']],
    ['ro', ['descentralizare', 'descentralizării', 'descentralizarea', 'descentralizarii']],
    ['ro', ['autoritățile', 'autorităţile', 'autoritatile']],
    ['ro', ['asigurând', 'asigurand']],
    ['nb', ['kommunenivå', 'kommuneniva']],
    ['nb', ['desentralisering', 'desentraliseringen']],
  ])('forms of one word share a stem (%s: %j)', (lang, forms) => {
    const stems = new Set(forms.map((f) => searchTerm(f, lang)));
    expect([...stems]).toHaveLength(1);
  });

  it('a Russian word ending in й keeps its й up to the stemmer (Pagefind would fold it to и first)', () => {
    expect(searchTerm('цифровой', 'ru')).toBe(searchTerm('цифровых', 'ru'));
    expect(searchTerm('новый', 'ru')).not.toContain('и');
  });

  it('drops words without letters or digits', () => {
    expect(searchTerms('— !!! (1) ,', 'ro')).toEqual(['1']);
  });

  it('every example query has terms in the language of the clause it must find', () => {
    for (const example of exampleQueries) {
      const lang = example.finds.split('/')[3];
      expect(searchTerms(example.q, lang).length, example.q).toBeGreaterThan(0);
    }
  });
});

describe('query plan', () => {
  it('groups languages whose terms agree into one search', () => {
    const plan = planQuery('195-KL/TW', ['fa', 'nb', 'ro', 'ru']);
    expect(plan.searches).toEqual([{ term: '195-kl/tw', langs: ['fa', 'nb', 'ro', 'ru'] }]);
    const words = planQuery('kommunale', ['nb', 'ro']);
    expect(words.searches.map((s) => s.langs)).toEqual([['nb'], ['ro']]);
  });

  it('cuts long queries and plans nothing for punctuation only', () => {
    expect([...planQuery('а'.repeat(500), ['ru']).query]).toHaveLength(maxQueryLength);
    expect(planQuery('!!! ??? ///', ['ru', 'fa']).searches).toEqual([]);
    expect(planQuery('   ', ['ru']).searches).toEqual([]);
  });
});

describe('excerpts', () => {
  it('are the published text, with matching words marked and punctuation left unmarked', () => {
    const text = 'Responsabilitatea pentru descentralizării, conform Concluziei nr. 195-KL/TW, rămâne.';
    const excerpt = buildExcerpt(text, 'ro', 'descentralizare 195-kl/tw');
    expect(excerpt.parts.map((p) => p.text).join('')).toBe(text);
    expect(excerpt.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['descentralizării', '195-KL/TW']);
  });

  it('cut long clauses around the first match', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[70] = 'цифровых';
    const excerpt = buildExcerpt(words.join(' '), 'ru', 'цифровой', 20);
    expect(excerpt.cutStart && excerpt.cutEnd).toBe(true);
    expect(excerpt.parts.find((p) => p.mark)?.text).toBe('цифровых');
  });
});

describe('URL state', () => {
  it('round-trips and ignores malformed filters', () => {
    const state = { q: '56-KH/BCĐ <b>', lang: 'ru', conclusion: '183-kl-tw' };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
    expect(readSearchState('?q=x&lang=%3Cscript%3E')).toEqual({ q: 'x', lang: '', conclusion: '' });
    expect(writeSearchState({ q: ' ', lang: '', conclusion: '' })).toBe('');
  });
});

describe('merging', () => {
  it('ranks by score, each id once', () => {
    const merged = mergeResults([[{ id: 'a', score: 1 }, { id: 'b', score: 3 }], [{ id: 'a', score: 2 }, { id: 'c', score: 0.5 }]]);
    expect(merged).toEqual([{ id: 'b', score: 3 }, { id: 'a', score: 2 }, { id: 'c', score: 0.5 }]);
    expect(sumCounts([{ lang: { ru: 2, ro: 0 } }, { lang: { ro: 1 } }, undefined], 'lang')).toEqual({ ru: 2, ro: 1 });
  });
});

describe('clause records', () => {
  const { corpus } = loadCorpus(process.cwd());
  const records = clauseRecords(corpus!);

  it('one per clause per translation, linking the clause anchor, text exactly as published', () => {
    const total = corpus!.conclusions.reduce((n, c) => n + c.translations.reduce((m, t) => m + [...t.clauses.values()].filter((x) => x.text.trim()).length, 0), 0);
    expect(records).toHaveLength(total);
    for (const r of records) {
      const translation = corpus!.conclusions.find((c) => c.slug === r.meta.slug)!.translations.find((t) => t.lang === r.meta.lang)!;
      expect(r.meta.text).toBe(translation.clauses.get(r.meta.clause)!.text);
      expect(r.url).toBe(`/conclusions/${r.meta.slug}/${r.meta.lang}/#c-${r.meta.clause}`);
      expect(r.meta.compare).toBe(`/conclusions/${r.meta.slug}/#c-${r.meta.clause}`);
      expect(r.content).toBe(searchTerms(r.meta.text, r.meta.lang).join(' '));
    }
  });

  it('index no editorial material', () => {
    const editorial = corpus!.conclusions.flatMap((c) => c.translations.flatMap((t) => t.paragraphs.flatMap((p) => p.segments.filter((s) => s.kind === 'editorial').map((s) => ({ lang: t.lang, text: s.text.trim() })))));
    expect(editorial.length).toBeGreaterThan(0);
    const indexed = records.map((r) => r.meta.text).join('\n');
    for (const e of editorial.filter((x) => x.text.length > 20)) expect(indexed).not.toContain(e.text);
  });
});

describe('what Pagefind is given', () => {
  const { corpus } = loadCorpus(process.cwd());
  const records = clauseRecords(corpus!);

  it('indexes only the clause text as meta: no gloss, number, date or URL to match', () => {
    for (const r of records) expect(Object.keys(indexedRecord(r).meta)).toEqual(['text']);
  });

  it('describes every hit from its URL, its text and the labels written beside the index', () => {
    const labels = searchLabels(records);
    for (const r of records) expect(describeHit(r.url, r.meta.text, labels)).toEqual(r.meta);
    expect(describeHit('/elsewhere/', 'x', labels)).toBeUndefined();
  });
});
