import { foldArabicLetters, foldYo, removeZeroWidth, stripLatinDiacritics } from '../text/normalize.ts';

/**
 * Small numbers written as words, per language: cardinals and ordinals from 2 to 20 (`двух`, `două`, `دو`,
 * `to`; `دهمین` = 10th, `a cincisprezecea` = 15th), and numeral prefixes of compounds (`двухуровневый` =
 * two-level). One is left out on purpose: `un`/`o`/`یک`/`en` are also the indefinite article. So are words
 * that are also common non-numbers: Romanian `nouă` (new), Persian `نه` (no), Norwegian `andre` (other).
 */
interface WordTable {
  /** Exact word (folded: lower case, no Latin diacritics, ё as е, Persian letters) → value. */
  words: Record<string, number>;
  /** Ordinal or inflection endings that may follow a cardinal stem in `words`. */
  suffixes?: RegExp;
  /** Compound prefixes: a word starting with one (and longer) names that number. */
  prefixes?: Array<[RegExp, number]>;
}

const ru: WordTable = {
  words: {
    два: 2, две: 2, двух: 2, двум: 2, двумя: 2, три: 3, трех: 3, трем: 3, тремя: 3, четыре: 4, четырех: 4, четырем: 4,
    пять: 5, пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10,
    пятнадцать: 15, пятнадцати: 15, двадцать: 20, двадцати: 20,
  },
  prefixes: [
    [/^(?:втор|трет|четверт|пят|шест|седьм|восьм|девят|десят)(?:ой|ый|ий|ого|ему|ому|ым|им|ом|ем|ая|ья|ую|ью|ое|ье|ые|ьи|ых|ьих|ыми|ьими)$/, 0],
    [/^двух(?!сот)\p{L}{3,}/u, 2],
    [/^дву(?=[сх]\p{L}{3,})/u, 2],
    [/^трех(?!сот)\p{L}{3,}/u, 3],
    [/^четырех\p{L}{3,}/u, 4],
  ],
};

const ruOrdinalStems: Record<string, number> = { втор: 2, трет: 3, четверт: 4, пят: 5, шест: 6, седьм: 7, восьм: 8, девят: 9, десят: 10 };

const roCardinals: Record<string, number> = {
  doi: 2, doua: 2, trei: 3, patru: 4, cinci: 5, sase: 6, sapte: 7, opt: 8, zece: 10,
  unsprezece: 11, doisprezece: 12, douasprezece: 12, treisprezece: 13, paisprezece: 14, cincisprezece: 15,
  saisprezece: 16, saptesprezece: 17, optsprezece: 18, nouasprezece: 19, douazeci: 20,
};
const ro: WordTable = {
  words: { ...roCardinals, doilea: 2, treilea: 3, patrulea: 4, cincilea: 5, saselea: 6, saptelea: 7, optulea: 8, noulea: 9, zecelea: 10 },
  suffixes: /(?:lea|a)$/,
};

const faCardinals: Record<string, number> = {
  دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, ده: 10, یازده: 11, دوازده: 12, سیزده: 13, چهارده: 14,
  پانزده: 15, شانزده: 16, هفده: 17, هجده: 18, هیجده: 18, نوزده: 19, بیست: 20,
};
const fa: WordTable = { words: { ...faCardinals, سوم: 3, سومین: 3, نهم: 9, نهمین: 9 }, suffixes: /(?:مین|م)$/ };

const nb: WordTable = {
  words: {
    to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, atte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12, tretten: 13, fjorten: 14,
    femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19, tjue: 20,
    tredje: 3, fjerde: 4, femte: 5, sjette: 6, sjuende: 7, syvende: 7, attende: 8, niende: 9, tiende: 10, femtende: 15, tjuende: 20,
  },
  prefixes: [[/^to(?=niva|delt|sidig|spraklig|trinns)/, 2], [/^tre(?=niva|delt|sidig)/, 3]],
};

const tables: Record<string, WordTable> = { ru, ro, fa, nb };

/** Folds a word the way the tables are written. */
export function foldWord(word: string): string {
  return stripLatinDiacritics(foldYo(foldArabicLetters(removeZeroWidth(word.normalize('NFC'))))).toLowerCase();
}

const known = new Map<string, Map<string, number | undefined>>();

/** The number a word names in `lang` (`двух` → 2, `دهمین` → 10, `două` → 2), or undefined; remembered per word. */
export function numberWord(lang: string, word: string): number | undefined {
  const table = tables[lang.split('-')[0]];
  if (!table) return undefined;
  let words = known.get(lang);
  if (!words) known.set(lang, (words = new Map()));
  if (words.has(word)) return words.get(word);
  const value = readWord(table, foldWord(word));
  words.set(word, value);
  return value;
}

function readWord(table: WordTable, w: string): number | undefined {
  if (table.words[w] !== undefined) return table.words[w];
  if (table.suffixes) {
    const stem = w.replace(table.suffixes, '');
    if (stem !== w && table.words[stem] !== undefined) return table.words[stem];
  }
  for (const [pattern, value] of table.prefixes ?? []) {
    const m = pattern.exec(w);
    if (!m) continue;
    if (value !== 0) return value;
    for (const [stem, n] of Object.entries(ruOrdinalStems)) if (w.startsWith(stem)) return n;
  }
  return undefined;
}
