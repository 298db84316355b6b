/**
 * Light suffix-stripping stemmers for the languages of the corpus. They run on text already folded by
 * `foldForMatch` (lowercase, Latin diacritics removed, ё → е), at index time and at query time alike,
 * so that two forms of one word reduce to the same stem. They are deliberately conservative: a stem
 * keeps at least `minStem` letters, so short words stay whole.
 */

/** Reduces one folded word (letters only) to its stem. */
export type Stemmer = (word: string) => string;

/** A stemmer that removes the longest listed ending that leaves at least `minStem` letters. */
export function suffixStemmer(endings: readonly string[], minStem: number): Stemmer {
  const sorted = [...new Set(endings)].sort((a, b) => b.length - a.length);
  return (word) => {
    for (const ending of sorted)
      if (word.endsWith(ending) && [...word].length - [...ending].length >= minStem) return word.slice(0, -ending.length);
    return word;
  };
}

/** Russian: adjective, participle, noun and verb endings (reflexive -ся/-сь first). */
const russianEndings = [
  // adjectives and participles
  'ейшими', 'ейшего', 'ейшему', 'ейшая', 'ейшие', 'ейший', 'ейшую', 'ейшее',
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ый', 'ий', 'ой', 'ей', 'ую', 'юю',
  'ых', 'их', 'ым', 'им', 'ом', 'ем',
  // nouns
  'иями', 'ями', 'ами', 'иях', 'ях', 'ах', 'ией', 'ием', 'ию', 'ия', 'ий', 'ье', 'ья', 'ьи', 'ью', 'ьё', 'ов', 'ев',
  'ам', 'ям', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
  // verbs (after -ся/-сь is removed)
  'ировать', 'ировал', 'ирует', 'ируют', 'ться', 'ать', 'ять', 'еть', 'ить', 'ыть', 'ует', 'уют', 'ают', 'яют',
  'ала', 'ало', 'али', 'ал', 'ила', 'ило', 'или', 'ил', 'ела', 'ели', 'ел',
  // nominal derivations that inflect on: -ость/-ости, -ание/-ания
  'ости', 'ость', 'остью', 'остей', 'ание', 'ания', 'анию', 'анием', 'ении', 'ение', 'ения', 'ению', 'ением',
];
const russianCore = suffixStemmer(russianEndings, 4);
/** Reflexive endings: -ся anywhere, -сь only after a verb ending (so that подпись keeps its сь). */
const reflexive = /ся$|(?<=(?:л|ла|ло|ли|ть|я|в))сь$/u;
/** Russian stemmer (reflexive -ся/-сь, then one inflectional ending). */
export const stemRussian: Stemmer = (word) => russianCore(word.length > 5 ? word.replace(reflexive, '') : word);

/** Romanian (folded: ă â → a, î → i, ș → s, ț → t): articles, plural and case endings, verbal nouns. */
const romanianEndings = [
  'arilor', 'arile', 'arii', 'area', 'are', 'ari', 'atiei', 'atia', 'atie', 'atii', 'atiile', 'atiilor',
  'ului', 'ilor', 'elor', 'ele', 'ile', 'iei', 'ia', 'ie', 'ii', 'ul', 'le', 'lui', 'ea', 'ei', 'a', 'e', 'i', 'u',
  'ata', 'ate', 'ati', 'at', 'ita', 'ite', 'iti', 'it', 'eaza', 'eze', 'ind', 'and',
];
/** Romanian stemmer. */
export const stemRomanian: Stemmer = suffixStemmer(romanianEndings, 4);

/** Norwegian Bokmål: the Snowball main-suffix list (definite and plural endings). */
const norwegianEndings = [
  'hetenes', 'hetene', 'hetens', 'heten', 'heter', 'endes', 'ande', 'ende', 'edes', 'enes', 'ene', 'ane', 'ens', 'ers', 'ets',
  'het', 'ast', 'ede', 'en', 'ar', 'er', 'as', 'es', 'et', 'a', 'e', 's',
];
/** Norwegian stemmer. */
export const stemNorwegian: Stemmer = suffixStemmer(norwegianEndings, 4);

const byLanguage: Record<string, Stemmer> = { ru: stemRussian, ro: stemRomanian, nb: stemNorwegian, no: stemNorwegian, nn: stemNorwegian };

/** The stemmer of a language tag; languages without one (Persian …) keep words whole. */
export function stemmerFor(lang: string): Stemmer {
  return byLanguage[lang.split('-')[0]] ?? ((word) => word);
}
