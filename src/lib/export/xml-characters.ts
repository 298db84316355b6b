import type { ConclusionEntry } from '../corpus/model.ts';
import type { ContentError, SourceLocation } from '../errors.ts';

/**
 * Characters that XML 1.0 does not allow in a document at all (its `Char` production): C0 controls other
 * than tab, line feed and carriage return; U+FFFE and U+FFFF; and lone surrogates. A TMX file holding one is
 * not XML, and no reader loads it. We never drop or replace such a character (the text is published as it
 * is), so the build stops instead and names where it is.
 */
const forbiddenAll = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** `U+0007`. */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Every clause or editorial text of the conclusions' translations that holds a character XML 1.0 forbids,
 * as content errors (`xml-forbidden-character`). With `readSource` (a content file's text) the location is
 * the character itself: it is found in the file from the start of its segment, where the MDX parser put
 * that segment, so the position is the file's, not one recomputed from decoded text. Without it, the
 * location is the segment's start.
 */
export function xmlCharacterErrors(conclusions: readonly ConclusionEntry[], readSource?: (file: string) => string): ContentError[] {
  const errors: ContentError[] = [];
  for (const conclusion of conclusions)
    for (const translation of conclusion.translations)
      for (const paragraph of translation.paragraphs)
        for (const segment of paragraph.segments) {
          for (const match of segment.text.matchAll(forbiddenAll)) {
            const where = segment.kind === 'clause' ? `clause ${segment.clause}` : segment.kind === 'editorial' ? `${segment.editorial} material` : 'the text';
            errors.push({
              code: 'xml-forbidden-character',
              message: `The text of ${where} (${translation.lang}) of ${conclusion.number} holds ${codePointLabel(match[0])}, a character that XML 1.0 does not allow: the TMX export could not carry it, and it is invisible on the page.`,
              hint: 'delete the character, or replace it with what the publisher meant (usually a space or nothing); compare with the source page.',
              location: readSource ? locate(readSource(translation.file), segment.location, match[0]) : segment.location,
            });
          }
        }
  for (const conclusion of conclusions) {
    const fields: Array<[string, string, string]> = [
      ['The Vietnamese title', conclusion.title.vi, conclusion.file],
      ['The English title', conclusion.title.en, conclusion.file],
      ...conclusion.skeleton.map((c): [string, string, string] => [`The gloss of clause ${c.id}`, c.gloss, conclusion.file]),
      ...conclusion.translations.flatMap((t): Array<[string, string, string]> => [
        [`The publisher (${t.lang})`, t.source.publisher, t.file],
        [`The source URL (${t.lang})`, t.source.url, t.file],
      ]),
    ];
    for (const [what, text, file] of fields)
      for (const match of text.matchAll(forbiddenAll)) {
        const start = { file, line: 1, column: 1 };
        errors.push({
          code: 'xml-forbidden-character',
          message: `${what} of ${conclusion.number} holds ${codePointLabel(match[0])}, a character that XML 1.0 does not allow: the TMX export could not carry it.`,
          hint: 'delete the character (written as it is, or as an escape in a quoted YAML string).',
          // The YAML parser does not keep a position per value: the first place the character is written in the file.
          location: readSource ? locate(readSource(file), start, match[0]) : start,
        });
      }
  }
  return errors;
}

/** Where `char` first occurs in `source` at or after `from` (the segment's start); `from` if it is not there literally. */
function locate(source: string, from: SourceLocation, char: string): SourceLocation {
  const lines = source.split('\n');
  let offset = 0;
  for (let i = 0; i < from.line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  const index = source.indexOf(char, offset + from.column - 1);
  if (index < 0) return from;
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return { file: from.file, line, column: index - before.lastIndexOf('\n') };
}
