import { describe, expect, it } from 'vitest';
import { extraTerms, foldWord, pagefindForm, type Stemmer, searchWords, stemKey, textPieces, writtenWords } from '../../src/lib/search/tokens.ts';
import { snowballStemmer } from '../../src/lib/search/stemmer.ts';
import { buildExcerpt } from '../../src/lib/search/excerpt.ts';
import { readSearchState, writeSearchState } from '../../src/lib/search/url-state.ts';
import { clauseRecords, clauseSeparator, clausesAlone, describeHit, labelsOfFragment, pagefindRecord, recordClauses, recordLabels, recordTarget, runFactor, searchRecords, type ClauseRecord } from '../../src/lib/search/records.ts';
import { matchingClauses } from '../../src/lib/search/clause-match.ts';
import { maxQueryLength, planQuery } from '../../src/lib/search/query-plan.ts';
import { isStemmable, lookupTerm, stemShardOf, stemShards } from '../../src/lib/search/stem-shards.ts';
import { mergeResults, sumCounts } from '../../src/lib/search/merge.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { exampleQueries } from '../search-queries.ts';

const key = (word: string, lang: string) => stemKey(word, snowballStemmer(lang));
/** The terms a clause is found by: for every word, its folded form and its stem key (a query term matches their beginnings). */
const indexedTerms = (text: string, lang: string, stem: Stemmer | undefined) => [...new Set(writtenWords(text, lang).flatMap((w) => (foldWord(w) ? [foldWord(w), stemKey(w, stem)] : [])))];
/** The index side's terms: Snowball in every language. */
const snowballTerm = key;

describe('search keys: one normalization at index and query time', () => {
  it.each([
    ['۱۹۵-KL/TW', 'fa', '195-kl/tw'],
    ['٢٠٢٥', 'fa', '2025'],
    ['56-KH/BCĐ', 'nb', '56-kh/bcd'],
    ['56-kh/bcd,', 'ru', '56-kh/bcd'],
  ])('%s (%s) → %s', (word, lang, term) => expect(key(word, lang)).toBe(term));

  it.each([
    ['fa', ['نتیجه‌گیری', 'نتیجهگیری']],
    ['fa', ['ميهني', 'میهنی']],
    ['fa', ['كميته', 'کمیته']],
    ['ru', ['цифровой', 'цифровых', 'цифровым', 'цифрового']],
    ['ru', ['подписи', 'подписей']],
    ['ru', ['отчёте', 'отчете', 'отчет']],
    ['ro', ['descentralizării', 'descentralizarii']],
    ['ro', ['autoritățile', 'autorităţile', 'autoritatile']],
    ['nb', ['desentralisering', 'desentraliseringen']],
    ['en', ['decentralization', 'decentralizations']],
    ['fr', ['décentralisation', 'decentralisation', 'décentralisations']],
    ['es', ['descentralización', 'descentralizaciones']],
    ['de', ['Dezentralisierung', 'dezentralisierungen']],
    ['ar', ['اللامركزية', 'اللامركزيه'.replace('ه', 'ة')]],
  ])('forms of one word share a stem (%s: %j)', (lang, forms) => {
    expect(new Set(forms.map((f) => key(f, lang))).size).toBe(1);
  });

  it('stems with Snowball: Persian, Norwegian and Romanian have stemmers, Chinese and Japanese none', () => {
    expect(key('kommunene', 'nb')).toBe('kommun');
    expect(key('descentralizare', 'ro')).toBe('descentraliz');
    expect(snowballStemmer('fa')).toBeDefined();
    expect(snowballStemmer('zh')).toBeUndefined();
    expect(snowballStemmer('ja')).toBeUndefined();
  });

  it('drops words without letters or digits', () => {
    expect(searchWords('— !!! (1) ,', 'ro')).toEqual(['1']);
  });

  it('cuts Chinese, Japanese and Thai into words with Intl.Segmenter, keeping document codes whole', () => {
    const zh = writtenWords('依照第195-KL/TW号结论，推进数字化转型。', 'zh');
    expect(zh).toContain('195-KL/TW');
    expect(zh.length).toBeGreaterThan(4);
    expect(zh.filter((w) => /\p{Script=Han}/u.test(w)).every((w) => [...w].length <= 4)).toBe(true);
    expect(writtenWords('地方分権を推進する', 'ja').length).toBeGreaterThan(2);
    expect(writtenWords('การกระจายอำนาจ', 'th').length).toBeGreaterThan(1);
    const text = '依照第195-KL/TW号结论，推进 数字化转型。';
    expect(textPieces(text, 'zh').map((p) => p.text).join('')).toBe(text);
  });

  it('every example query has words', () => {
    for (const example of exampleQueries) expect(searchWords(example.q, 'und').length, example.q).toBeGreaterThan(0);
  });
});

describe('excerpts', () => {
  it('are the published text, with matching words marked and punctuation left unmarked', () => {
    const text = 'Responsabilitatea pentru descentralizării, conform Concluziei nr. 195-KL/TW, rămâne.';
    const excerpt = buildExcerpt(text, 'ro', ['descentralizar', '195-kl/tw']);
    expect(excerpt.parts.map((p) => p.text).join('')).toBe(text);
    expect(excerpt.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['descentralizării', '195-KL/TW']);
  });

  it('cut long clauses around the first match', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[70] = 'цифровых';
    const excerpt = buildExcerpt(words.join(' '), 'ru', [key('цифровой', 'ru')], 20);
    expect(excerpt.cutStart && excerpt.cutEnd).toBe(true);
    expect(excerpt.parts.find((p) => p.mark)?.text).toBe('цифровых');
  });
});

describe('queries meet the indexed words (what Pagefind is given)', () => {
  const { corpus } = loadCorpus(process.cwd());
  const records = clauseRecords(corpus!);
  const langs = [...new Set(records.map((r) => r.meta.lang))].sort();
  const indexed = (record: ClauseRecord) => indexedTerms(record.meta.text, record.meta.lang, snowballStemmer(record.meta.lang));

  it.each(exampleQueries.map((e) => [e.covers, e] as const))('every term of the example is the start of a word of its clause: %s', (_, example) => {
    const record = records.find((r) => r.url === example.finds)!;
    expect(record, example.finds).toBeDefined();
    const words = indexed(record);
    const search = planQuery(example.q, langs, snowballTerm).searches.find((s) => s.langs.includes(record.meta.lang))!;
    expect(search, example.q).toBeDefined();
    for (const term of search.term.split(' ')) expect(words.some((w) => w.startsWith(term)), `${term} in ${example.finds}`).toBe(true);
  });

  it('gives Pagefind the published text as meta (searched as Pagefind reads it) and, as content, only the terms it would not find there', () => {
    const record = records.find((r) => r.url === '/conclusions/183-kl-tw/ru/#c-4.3')!;
    const [one] = searchRecords([record]);
    const pf = pagefindRecord(one, snowballStemmer('ru'));
    expect(pf.meta).toEqual({ text: record.meta.text });
    expect(pf.filters).toEqual({ lang: ['ru'], conclusion: ['183-kl-tw'], labels: [JSON.stringify(recordLabels(one))] });
    expect(labelsOfFragment(pf.filters)).toEqual({ number: '183-KL/TW', date: record.meta.date, clauses: [['4.3', record.meta.gloss]] });
    expect(pf.content).not.toContain(record.meta.gloss);
    expect(pf.content.split(' ')).not.toContain(key('подписей', 'ru'));
    expect(extraTerms('Программа ёлки, 195-KL/TW: policy', 'en', snowballStemmer('en'))).toEqual(['195-kl/tw', 'polici']);
    expect(extraTerms('نتیجه‌گیری كميته ۱۹۵', 'fa', snowballStemmer('fa'))).toEqual(expect.arrayContaining(['نتیجهگیری', 'کمیته', '195']));
  });

  it('every term a clause is found by begins a word Pagefind indexes: a word of its text as Pagefind indexes it, or an extra term', () => {
    for (const record of records) {
      const { text, lang } = record.meta;
      const words = [...text.split(/\s+/u).flatMap((w) => pagefindForm(w) ?? []), ...extraTerms(text, lang, snowballStemmer(lang))];
      for (const term of indexed(record)) expect(words.some((w) => w.startsWith(term)), `${term} in ${record.url}`).toBe(true);
    }
    const zh = '依照第195-KL/TW号结论，推进数字化转型。';
    expect(extraTerms(zh, 'zh', undefined)).toEqual(expect.arrayContaining(['195-kl/tw', ...searchWords(zh, 'zh')]));
  });

  it('groups languages whose terms agree into one search; stems differ by language', () => {
    expect(planQuery('195-KL/TW', ['fa', 'nb', 'ro', 'ru'], snowballTerm).searches).toEqual([{ term: '195-kl/tw', langs: ['fa', 'nb', 'ro', 'ru'] }]);
    expect(planQuery('descentralizarea', ['ro', 'ru'], snowballTerm).searches).toEqual([{ term: 'descentraliz', langs: ['ro'] }, { term: 'descentralizarea', langs: ['ru'] }]);
  });

  it('the stem shards give a word form of the corpus its stems without the stemmer; only unseen words need it', () => {
    const shards = stemShards(records.map((r) => r.meta), snowballStemmer, 2000);
    expect(shards.length).toBeGreaterThan(3);
    for (const shard of shards) expect(JSON.stringify(shard).length).toBeLessThan(8000);
    const entries = new Map<string, Record<string, string> | undefined>();
    const seenNot: string[] = [];
    const lookup = (form: string) => shards[stemShardOf(form, shards.length)][form];
    const stemmed: string[] = [];
    const withStemmer = (lang: string) => (stemmed.push(lang), snowballStemmer(lang));
    for (const example of exampleQueries) {
      entries.clear();
      for (const word of writtenWords(example.q, 'und').filter(isStemmable)) entries.set(foldWord(word), lookup(foldWord(word)));
      const record = records.find((r) => r.url === example.finds)!;
      const words = indexed(record);
      const unseen = [...entries.values()].some((e) => !e);
      stemmed.length = 0;
      const search = planQuery(example.q, langs, lookupTerm(entries, unseen ? withStemmer : undefined)).searches.find((s) => s.langs.includes(record.meta.lang))!;
      for (const term of search.term.split(' ')) expect(words.some((w) => w.startsWith(term)), `${term} in ${example.finds}`).toBe(true);
      if (unseen) seenNot.push(example.q);
    }
    // Every example but one uses only word forms of the corpus: no stemmer to load.
    expect(seenNot).toEqual(['цифровой подписи']);
    stemmed.length = 0;
    expect(lookupTerm(new Map(), withStemmer)('подписью', 'ru')).toBe(key('подписью', 'ru'));
    expect(stemmed).toEqual(['ru']);
    expect(lookupTerm(new Map([['kommunale', { nb: 'kommunal' }]]))('kommunale', 'ro')).toBe('kommunale');
  });

  it('cuts long queries and plans nothing for punctuation only', () => {
    expect([...planQuery('а'.repeat(500), ['ru']).query]).toHaveLength(maxQueryLength);
    expect(planQuery('!!! ??? ///', ['ru', 'fa']).searches).toEqual([]);
    expect(planQuery('   ', ['ru']).searches).toEqual([]);
  });

  it('labels ride in each record and describe each of its clauses as the corpus does', () => {
    for (const target of [0, 3000]) {
      for (const record of searchRecords(records, target)) {
        const labels = recordLabels(record);
        expect(labels.clauses.map(([id]) => id)).toEqual(record.clauses.map((c) => c.meta.clause));
        record.clauses.forEach((c, i) => expect(describeHit(record.slug, record.lang, i, c.meta.text, labels)).toEqual(c.meta));
      }
    }
  });

  it('merges searches by best score and sums their counts', () => {
    expect(mergeResults([[{ id: 'a', score: 1 }, { id: 'b', score: 3 }], [{ id: 'a', score: 5 }]]).map((r) => r.id)).toEqual(['a', 'b']);
    expect(sumCounts([{ lang: { ru: 2, fa: 0 } }, { lang: { ru: 1, nb: 4 } }, undefined], 'lang')).toEqual({ ru: 3, nb: 4 });
  });
});

describe('records: a clause, or a run of clauses in a large corpus', () => {
  const { corpus } = loadCorpus(process.cwd());
  const records = clauseRecords(corpus!);

  it('keeps one clause per record up to the threshold, then gathers runs of a factor times the square root of the corpus’s characters', () => {
    expect(recordTarget(records)).toBe(0);
    expect(searchRecords(records)).toHaveLength(records.length);
    const many = Array.from({ length: Math.ceil((clausesAlone + 1) / records.length) }, () => records).flat();
    const chars = many.reduce((n, r) => n + r.meta.text.length, 0);
    expect(recordTarget(many)).toBe(Math.round(runFactor * Math.sqrt(chars)));
  });

  it('gathers consecutive clauses of one translation within the target, each clause once and in order', () => {
    const grouped = searchRecords(records, 3000);
    expect(grouped.length).toBeLessThan(records.length / 2);
    expect(grouped.flatMap((g) => g.clauses)).toEqual(records);
    for (const g of grouped) {
      expect(g.url).toBe(g.clauses[0].url);
      expect(g.clauses.every((c) => c.meta.slug === g.slug && c.meta.lang === g.lang)).toBe(true);
      if (g.clauses.length > 1) expect(g.clauses.reduce((n, c) => n + c.meta.text.length, 0)).toBeLessThanOrEqual(3000);
    }
  });

  it('gives every clause text back exactly from what Pagefind stores, with its extra terms', () => {
    for (const g of searchRecords(records, 3000)) {
      const pf = pagefindRecord(g, snowballStemmer(g.lang));
      // Pagefind stores meta as given and content with its whitespace collapsed.
      const clauses = recordClauses(pf.meta.text, pf.content.replace(/\s+/gu, ' ').trim());
      expect(clauses.map((c) => c.text)).toEqual(g.clauses.map((c) => c.meta.text));
      const extras = g.clauses.map((c) => extraTerms(c.meta.text, g.lang, snowballStemmer(g.lang)));
      // A record whose clauses need no extra term gets its first word, as Pagefind drops a record with no content.
      if (extras.every((e) => e.length === 0)) extras[0] = searchWords(g.clauses[0].meta.text, g.lang).slice(0, 1);
      expect(clauses.map((c) => c.extra)).toEqual(extras);
      expect(pf.content.trim()).not.toBe('');
    }
    expect(recordClauses(['a', 'b', 'c'].join(clauseSeparator), '\u001e x \u001e')).toEqual([{ text: 'a', extra: [] }, { text: 'b', extra: ['x'] }, { text: 'c', extra: [] }]);
  });

  it('shows the clauses of a record that hold the most terms, by folded word or extra term', () => {
    const clauses = [
      { text: 'Партия и государство', extra: [] },
      { text: 'Программа цифровой подписи', extra: [] },
      { text: 'Комитет партии подписал', extra: [] },
      { text: 'کمیته', extra: ['كميته'] },
    ];
    expect(matchingClauses(clauses, 'ru', ['парт'])).toEqual([0, 2]);
    expect(matchingClauses(clauses, 'ru', ['парт', 'подпис'])).toEqual([2]);
    expect(matchingClauses(clauses, 'ru', ['كميته'])).toEqual([3]);
    expect(matchingClauses(clauses, 'ru', ['nothing'])).toEqual([0]);
    expect(matchingClauses(clauses.slice(1, 2), 'ru', ['nothing'])).toEqual([0]);
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
    }
  });

  it('index no editorial material', () => {
    const editorial = corpus!.conclusions.flatMap((c) => c.translations.flatMap((t) => t.paragraphs.flatMap((p) => p.segments.filter((s) => s.kind === 'editorial').map((s) => ({ lang: t.lang, text: s.text.trim() })))));
    expect(editorial.length).toBeGreaterThan(0);
    const indexed = records.map((r) => r.meta.text).join('\n');
    for (const e of editorial.filter((x) => x.text.length > 20)) expect(indexed).not.toContain(e.text);
  });
});

