import type { ClauseText } from '../corpus/model.ts';
import type { SourceLocation } from '../errors.ts';
import { readMarker } from './markers.ts';

/**
 * A clause's own text as the checks read it: the text of its pieces joined (by a space where none is), footnote markers
 * (`[1]` of a FootnoteRef) left out, and a map from every offset back to the MDX file, line and column.
 */
export interface ClauseView {
  /** The text, whitespace as written. */
  text: string;
  /** Where the clause's leading enumeration marker ends (0 when it has none). */
  bodyStart: number;
  /** The segments the text is made of, at their offsets in `text` (checks of spacing look inside one at a time). */
  spans: ReadonlyArray<{ start: number; text: string }>;
  /** The source location of the character at `offset` in `text`. */
  locate(offset: number): SourceLocation;
}

interface Span {
  start: number;
  text: string;
  location: SourceLocation;
}

/** Builds the {@link ClauseView} of a clause in one translation. */
export function clauseView(clause: ClauseText): ClauseView {
  const spans: Span[] = [];
  let text = '';
  clause.pieces.forEach((piece, index) => {
    const first = piece.segments.find((s) => !s.footnoteRef)?.text ?? '';
    if (index > 0 && !/\s$/.test(text) && !/^\s/.test(first)) text += ' ';
    for (const segment of piece.segments) {
      if (segment.footnoteRef) continue;
      spans.push({ start: text.length, text: segment.text, location: segment.location });
      text += segment.text;
    }
  });
  return { text, bodyStart: readMarker(text)?.end ?? 0, spans, locate: (offset) => locate(spans, offset, clause.location) };
}

function locate(spans: Span[], offset: number, fallback: SourceLocation): SourceLocation {
  let span: Span | undefined;
  for (const s of spans) if (s.start <= offset) span = s;
  if (!span) return fallback;
  const before = span.text.slice(0, Math.max(0, offset - span.start));
  const lines = before.split('\n');
  const { file, line, column } = span.location;
  return lines.length === 1 ? { file, line, column: column + before.length } : { file, line: line + lines.length - 1, column: 1 + lines.at(-1)!.length };
}
