import { XMLBuilder } from 'fast-xml-parser';
import type { ConclusionEntry, Translation } from '../corpus/model.ts';
import { ContentValidationError } from '../errors.ts';
import { formatDate } from '../format.ts';
import { siteName, toolVersion } from '../site.ts';
import { selectTranslations } from './select-translations.ts';
import { xmlCharacterErrors } from './xml-characters.ts';

/**
 * TMX 1.4b translation memory of a conclusion: one `<tu>` per clause that some chosen translation carries
 * (`tuid` = the clause id), one `<tuv xml:lang>` per translation carrying it (none for a gap), the clause's
 * text verbatim in `<seg>`; notes with the conclusion number and the clause gloss; props with each
 * translation's publisher and source URL. With every language, `srclang="*all*"`; for one ordered pair
 * (`source`, `target`), srclang is the source, each unit has the source's `<tuv>` first (the one CAT tools and
 * translate-toolkit read as source), and only clauses both translations carry become units.
 *
 * Written with fast-xml-parser's builder (already in the dependency tree through @astrojs/rss; it also reads
 * TMX back, see read-back.ts): it escapes `&`, `<`, `>` (and quotes in attributes); a carriage return
 * is written as `&#13;` so that a reader's line-end normalisation cannot change the text.
 */
export interface TmxOptions {
  /** The translations to include, in this order; default every translation in corpus order. */
  langs?: readonly string[];
  /** One ordered pair: the first is the source language. Implies `langs`. */
  pair?: readonly [string, string];
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: false,
});

/** The TMX document of `conclusion` (a string ending with a newline). Throws a positioned content error on a character XML forbids. */
export function buildTmx(conclusion: ConclusionEntry, options: TmxOptions = {}): string {
  const langs = options.pair ?? options.langs;
  const columns = selectTranslations(conclusion, langs);
  assertXmlSafe(conclusion, columns);
  const units = conclusion.skeleton.flatMap((clause) => {
    const carrying = columns.filter((t) => t.clauses.has(clause.id));
    if (carrying.length === 0 || (options.pair && carrying.length < columns.length)) return [];
    return [
      {
        '@tuid': clause.id,
        note: [`Conclusion ${conclusion.number}, ${clause.kind === 'preamble' ? 'the preamble' : `clause ${clause.id}`}`, clause.gloss],
        prop: [{ '@type': 'x-conclusion', '#text': conclusion.number }, { '@type': 'x-clause-kind', '#text': clause.kind }],
        tuv: carrying.map((t) => ({
          '@xml:lang': t.lang,
          prop: [
            { '@type': 'x-publisher', '#text': t.source.publisher },
            { '@type': 'x-source-url', '#text': t.source.url },
          ],
          seg: t.clauses.get(clause.id)!.text,
        })),
      },
    ];
  });
  const document = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    tmx: {
      '@version': '1.4',
      header: {
        '@creationtool': siteName,
        '@creationtoolversion': toolVersion,
        '@segtype': 'paragraph',
        '@o-tmf': siteName,
        '@adminlang': 'en',
        '@srclang': options.pair ? options.pair[0] : '*all*',
        '@datatype': 'plaintext',
        '@creationdate': `${conclusion.date.replaceAll('-', '')}T000000Z`,
        note: `Conclusion ${conclusion.number} of ${formatDate(conclusion.date)}: ${conclusion.title.en}. The texts belong to their publishers; the clause alignment and the glosses are ${siteName}’s own.`,
        prop: [
          { '@type': 'x-conclusion', '#text': conclusion.number },
          { '@type': 'x-conclusion-date', '#text': conclusion.date },
        ],
      },
      body: { tu: units },
    },
  };
  // The builder writes its own line ends as \n, so a \r in the output comes from a value: keep it as a reference.
  return (builder.build(document) as string).replaceAll('\r', '&#13;');
}

/** Stops on any text XML 1.0 could not carry, at its place; nothing is dropped or altered. */
function assertXmlSafe(conclusion: ConclusionEntry, columns: readonly Translation[]): void {
  const errors = xmlCharacterErrors([{ ...conclusion, translations: [...columns] }]);
  if (errors.length) throw new ContentValidationError(errors);
}
