import { describe, expect, it } from 'vitest';
import { foldWord, searchWords, stemKey, textPieces, writtenWords } from '../../src/lib/search/tokens.ts';
import { snowballStemmer } from '../../src/lib/search/stemmer.ts';
import { buildExcerpt } from '../../src/lib/search/excerpt.ts';
import { readSearchState, writeSearchState } from '../../src/lib/search/url-state.ts';
import { clauseRecords } from '../../src/lib/search/records.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { Searcher, maxQueryLength } from '../../src/lib/search/searcher.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { exampleQueries } from '../search-queries.ts';

const key = (word: string, lang: string) => stemKey(word, snowballStemmer(lang));

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

describe('search over the index files (Node, no browser)', () => {
  const { corpus } = loadCorpus(process.cwd());
  const records = clauseRecords(corpus!);
  const files = buildSearchIndex(records, { chunkBytes: 2000, blockSize: 4 });
  const loaded: string[] = [];
  let stemmerLoads = 0;
  const open = () =>
    Searcher.open(
      async (path) => {
        loaded.push(path);
        const text = files.get(path);
        if (text === undefined) throw new Error(`no ${path}`);
        return JSON.parse(text);
      },
      async () => {
        stemmerLoads++;
        return snowballStemmer;
      },
    );
  const found = async (searcher: Searcher, q: string, lang = '', conclusion = '') => {
    const outcome = await searcher.search({ q, lang, conclusion });
    return (await searcher.describe(outcome.hits)).map((f) => f.url);
  };

  it.each(exampleQueries.map((e) => [e.covers, e] as const))('finds the example: %s', async (_, example) => {
    expect(await found(await open(), example.q, example.lang)).toContain(example.finds);
  });

  it('labels travel with the results: number, date, gloss and the text as published', async () => {
    const searcher = await open();
    const outcome = await searcher.search({ q: 'цифровых подписей', lang: '', conclusion: '' });
    const [first] = await searcher.describe(outcome.hits.slice(0, 1));
    const record = records.find((r) => r.url === first.url)!;
    expect(first.meta).toEqual(record.meta);
  });

  it('a word the corpus uses, or a code, needs no stemmer; an unseen form loads it once', async () => {
    const searcher = await open();
    stemmerLoads = 0;
    await searcher.search({ q: 'цифровых подписей 195-KL/TW', lang: '', conclusion: '' });
    await searcher.search({ q: '999-XY/ZZ', lang: '', conclusion: '' });
    expect(stemmerLoads).toBe(0);
    expect(await found(searcher, 'подписи')).toContain('/conclusions/183-kl-tw/ru/#c-4.3');
    expect(stemmerLoads).toBe(1);
  });

  it('counts per language under the conclusion filter and per conclusion under the language filter', async () => {
    const searcher = await open();
    const all = await searcher.search({ q: '2025', lang: '', conclusion: '' });
    const ru = await searcher.search({ q: '2025', lang: 'ru', conclusion: '' });
    expect(ru.hits.length).toBe(all.langCounts.ru);
    expect(Object.values(ru.conclusionCounts).reduce((a, b) => a + b, 0)).toBe(ru.hits.length);
    const one = await searcher.search({ q: '2025', lang: 'ru', conclusion: '183-kl-tw' });
    expect(one.hits.length).toBe(ru.conclusionCounts['183-kl-tw']);
    expect(all.hits.length).toBe(Object.values(all.langCounts).reduce((a, b) => a + b, 0));
  });

  it('cuts long queries and searches nothing for punctuation only', async () => {
    const searcher = await open();
    expect([...(await searcher.search({ q: 'а'.repeat(500), lang: '', conclusion: '' })).query]).toHaveLength(maxQueryLength);
    expect((await searcher.search({ q: '!!! ??? ///', lang: '', conclusion: '' })).searchable).toBe(false);
  });

  it('every file is small: the first query loads the manifest, a chunk or two and the blocks shown', async () => {
    loaded.length = 0;
    const searcher = await open();
    const outcome = await searcher.search({ q: '195-KL/TW', lang: '', conclusion: '' });
    await searcher.describe(outcome.hits.slice(0, 10));
    expect(loaded[0]).toBe('manifest.json');
    expect(loaded.filter((p) => p.startsWith('terms/')).length).toBeLessThanOrEqual(2);
    expect(loaded.filter((p) => p.startsWith('docs/')).length).toBeLessThanOrEqual(10);
  });

  it('an empty corpus gives an index that answers with nothing', async () => {
    const empty = buildSearchIndex([]);
    const searcher = await Searcher.open(async (path) => JSON.parse(empty.get(path) ?? 'null'), async () => snowballStemmer);
    const outcome = await searcher.search({ q: 'anything 195', lang: '', conclusion: '' });
    expect(outcome.searchable).toBe(true);
    expect(outcome.hits).toEqual([]);
  });

  it('keeps every clause text, exactly, in the document blocks', () => {
    const texts = [...files].filter(([p]) => p.startsWith('docs/')).flatMap(([, t]) => JSON.parse(t).d.map((d: string[]) => d[2]));
    expect(texts).toEqual(records.map((r) => r.meta.text));
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

