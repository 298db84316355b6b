import type { ConclusionEntry, Translation } from '../corpus/model.ts';

/** Asked for a language the conclusion has no translation in. */
export class UnknownTranslationError extends Error {
  constructor(conclusion: ConclusionEntry, tag: string) {
    super(`${conclusion.number} has no ${tag} translation; it has ${conclusion.translations.map((t) => t.lang).join(', ')}.`);
    this.name = 'UnknownTranslationError';
  }
}

/** The translations named by `langs`, in that order (every translation, in corpus order, without it). */
export function selectTranslations(conclusion: ConclusionEntry, langs?: readonly string[]): Translation[] {
  if (!langs) return conclusion.translations;
  return langs.map((tag) => {
    const translation = conclusion.translations.find((t) => t.lang === tag);
    if (!translation) throw new UnknownTranslationError(conclusion, tag);
    return translation;
  });
}
