import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { expectedSeedText, firstDifference, textOfParagraphs } from '../support/seed-text.ts';

/**
 * Fidelity: each seed's text, rebuilt from the MDX we publish, equals the seed minus its noise
 * (images, "Comment (0)", the Source line, blank runs), whitespace folded. Any character lost,
 * added or changed fails.
 */
const { corpus, errors } = loadCorpus(process.cwd());
const translations = corpus?.conclusions.flatMap((c) => c.translations) ?? [];

describe('fidelity of the MDX to the seeds', () => {
  it('loads the corpus without errors', () => {
    expect(errors).toEqual([]);
    expect(translations.map((t) => `${t.conclusion}/${t.lang}`).sort()).toEqual([
      '179-kl-tw/nb',
      '183-kl-tw/ru',
      '202-kl-tw/fa',
      '202-kl-tw/ro',
      '202-kl-tw/ru',
    ]);
  });

  for (const translation of translations) {
    it(`${translation.conclusion}/${translation.lang} rebuilds its seed ${translation.source.file} exactly`, () => {
      const expected = expectedSeedText(translation.source.file!);
      const actual = textOfParagraphs(translation.paragraphs);
      expect(firstDifference(actual, expected.text)).toBeUndefined();
      expect(translation.source.url).toBe(expected.sourceUrl);
    });
  }

  it('notices a changed character', () => {
    const translation = translations[0];
    const expected = expectedSeedText(translation.source.file!).text;
    const altered = structuredClone(translation.paragraphs);
    const segment = altered[2].segments.find((s) => s.kind === 'clause')!;
    segment.text = segment.text.replace(/\p{L}/u, 'x');
    expect(firstDifference(textOfParagraphs(altered), expected)).toBeDefined();
  });
});
