import type { ContentError, SourceLocation } from '../errors.ts';

/**
 * Character-level checks of the text we publish. A file must not hold characters that no text needs and
 * that hide or change what a reader sees: controls (NUL and the other C0 controls but tab and line breaks),
 * noncharacters and lone surrogates; bidirectional controls (embeddings, overrides, isolates) are allowed
 * only balanced within one run of text, so that no clause can reorder the text around it.
 */

/** A character with its code point written as `U+202E`. */
export function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const bidiNames: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};
const embeddings = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const isolates = new Set(['\u2066', '\u2067', '\u2068']);

/** Controls but tab, LF, CR; noncharacters; lone surrogates. */
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\p{Noncharacter_Code_Point}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

/** The error for a forbidden character `c`. */
function forbiddenError(c: string, location: SourceLocation): ContentError {
  const cp = c.codePointAt(0)!;
  if (cp >= 0xd800 && cp <= 0xdfff)
    return {
      code: 'lone-surrogate',
      message: `The text holds a lone surrogate ${codePoint(c)}: half of a character, which no reader can show.`,
      hint: 'the text was cut or converted badly at this place: copy it again from the source; in YAML, write the whole character, not one \\u escape of a pair.',
      location,
    };
  if (cp < 0x20)
    return {
      code: 'control-character',
      message: `The text holds the control character ${codePoint(c)}${cp === 0 ? ' (NUL)' : ''}, invisible and meaningless in published text.`,
      hint: 'delete it (editors show it as a box, ^@ or a red dot); it usually comes from a bad copy or conversion.',
      location,
    };
  return {
    code: 'noncharacter',
    message: `The text holds ${codePoint(c)}, a Unicode noncharacter, which must not appear in published text.`,
    hint: 'delete it; it usually comes from a bad conversion of the file.',
    location,
  };
}

/** Forbidden characters in a file's raw text, each located exactly (line and column of the file). */
export function rawCharacterErrors(text: string, file: string): ContentError[] {
  const errors: ContentError[] = [];
  forbidden.lastIndex = 0;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (let m; (m = forbidden.exec(text)); ) {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = m.index;
    errors.push(forbiddenError(m[0], { file, line, column: m.index - lineStart + 1 }));
  }
  return errors;
}

/** Where offset `offset` of `text` is, when `text` starts at `start` (line breaks in it counted). */
export function offsetLocation(text: string, offset: number, start: SourceLocation): SourceLocation {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  if (lastBreak === -1) return { ...start, column: start.column + offset };
  let lines = 0;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) lines++;
  return { file: start.file, line: start.line + lines, column: offset - lastBreak };
}

/** One run of text whose bidi controls must balance: its pieces, each with where it starts. */
export type TextRun = Array<{ text: string; location: SourceLocation }>;

/** Bidi controls of a run: every embedding or override closed by U+202C, every isolate by U+2069, properly nested. */
export function bidiErrors(run: TextRun, what: string): ContentError[] {
  const errors: ContentError[] = [];
  const open: Array<{ c: string; location: SourceLocation }> = [];
  for (const piece of run) {
    bidiControls.lastIndex = 0;
    for (let m; (m = bidiControls.exec(piece.text)); ) {
      const c = m[0];
      const location = offsetLocation(piece.text, m.index, piece.location);
      if (embeddings.has(c) || isolates.has(c)) {
        open.push({ c, location });
        continue;
      }
      const top = open.at(-1);
      const matches = top && (c === '\u202C' ? embeddings.has(top.c) : isolates.has(top.c));
      if (matches) open.pop();
      else
        errors.push({
          code: 'bidi-unbalanced',
          message: `${codePoint(c)} (${bidiNames[c]}) in ${what} closes nothing${top ? ` (the last one opened is ${codePoint(top.c)} ${bidiNames[top.c]})` : ''}.`,
          hint: 'delete it, or open the matching control before it: U+202C closes an embedding or override, U+2069 an isolate.',
          location,
        });
    }
  }
  for (const { c, location } of open)
    errors.push({
      code: 'bidi-unbalanced',
      message: `${codePoint(c)} (${bidiNames[c]}) in ${what} is never closed, so it would reorder the text after it.`,
      hint: `close it within the same text with ${isolates.has(c) ? 'U+2069 (POP DIRECTIONAL ISOLATE)' : 'U+202C (POP DIRECTIONAL FORMATTING)'}, or delete it; an isolate (U+2066…U+2069) around a Latin code in right-to-left text is the usual need.`,
      location,
    });
  return errors;
}

/** A string value (from YAML, where escapes can produce any character): forbidden characters, then bidi balance. */
export function stringErrors(text: string, location: SourceLocation, what: string): ContentError[] {
  const errors: ContentError[] = [];
  forbidden.lastIndex = 0;
  const m = forbidden.exec(text);
  if (m) errors.push(forbiddenError(m[0], location));
  if (/[\u202A-\u202E\u2066-\u2069]/.test(text)) errors.push(...bidiErrors([{ text, location }], what).map((e) => ({ ...e, location })));
  return errors;
}
