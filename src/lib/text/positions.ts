import type { SourceLocation } from '../errors.ts';

/** A 1-based line/column pair as produced by the Markdown and YAML parsers. */
export interface Point {
  line: number;
  column: number;
}

/** A location in `file` at `point`, or at the start of the file when the parser gave none. */
export function at(file: string, point: Point | undefined): SourceLocation {
  return { file, line: point?.line ?? 1, column: point?.column ?? 1 };
}
