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

// One cache per process, not per copy of this module: the content guard runs it as Node loads it, the pages as
// Vite bundles it, and both read the same clause texts (as src/lib/corpus/load-content.ts shares the corpus).
const views: WeakMap<ClauseText, ClauseView> = ((globalThis as Record<symbol, unknown>)[Symbol.for('parallel-conclusions.clause-views')] ??= new WeakMap()) as WeakMap<ClauseText, ClauseView>;

/**
 * The {@link ClauseView} of a clause in one translation, built once per clause text: the checks, the
 * comparison and reading views and the exports of one build read the same view (and its facts).
 */
export function clauseView(clause: ClauseText): ClauseView {
  let view = views.get(clause);
  if (!view) views.set(clause, (view = buildView(clause)));
  return view;
}

function buildView(clause: ClauseText): ClauseView {
  // Linear in the clause's length: parts are joined once, and only the last character written is looked at.
  const spans: Span[] = [];
  const parts: string[] = [];
  let length = 0;
  let endsInSpace = false;
  clause.pieces.forEach((piece, index) => {
    const first = piece.segments.find((s) => !s.footnoteRef)?.text ?? '';
    if (index > 0 && !endsInSpace && !/^\s/.test(first)) {
      parts.push(' ');
      length += 1;
      endsInSpace = true;
    }
    for (const segment of piece.segments) {
      if (segment.footnoteRef) continue;
      spans.push({ start: length, text: segment.text, location: segment.location });
      parts.push(segment.text);
      length += segment.text.length;
      if (segment.text.length) endsInSpace = /\s/.test(segment.text.at(-1)!);
    }
  });
  const text = parts.join('');
  return { text, bodyStart: readMarker(text)?.end ?? 0, spans, locate: (offset) => locate(spans, offset, clause.location) };
}

/** The span holding `offset` (the last one starting at or before it), by binary search. */
function locate(spans: Span[], offset: number, fallback: SourceLocation): SourceLocation {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found === -1) return fallback;
  const span = spans[found];
  const before = span.text.slice(0, Math.max(0, offset - span.start));
  const lines = before.split('\n');
  const { file, line, column } = span.location;
  return lines.length === 1 ? { file, line, column: column + before.length } : { file, line: line + lines.length - 1, column: 1 + lines.at(-1)!.length };
}
