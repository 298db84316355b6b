/**
 * Friendly content errors. Every problem found in `content/` is reported as a {@link ContentError}:
 * what happened, how to fix it, and where (file, line, column), shown apart from the message.
 * One formatter ({@link formatContentErrors}) turns them into the text that the build, the CLI and the
 * tests see, so the wording lives in one place.
 */

/** A place in a content file; `line` and `column` are 1-based, as editors show them. */
export interface SourceLocation {
  /** Path of the file, relative to the project root, with `/` separators. */
  file: string;
  line: number;
  column: number;
}

/** One problem in the content, written for the person who has to fix it. */
export interface ContentError {
  /** Stable identifier of the kind of problem, e.g. `unknown-clause`. Tests and the guide use it. */
  code: string;
  /** What is wrong, in one or two sentences, naming the offending value. */
  message: string;
  /** How to fix it. */
  hint: string;
  /** Where it is. */
  location: SourceLocation;
}

/** Thrown when content has errors; its message is the formatted report of all of them. */
export class ContentValidationError extends Error {
  readonly contentErrors: ContentError[];
  constructor(errors: ContentError[]) {
    super(formatContentErrors(errors));
    this.name = 'ContentValidationError';
    this.contentErrors = errors;
  }
}

/** `file:line:column`, the form editors and terminals make clickable. */
export function formatLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/** Formats one error as three lines: code and location, what happened, how to fix it. */
export function formatContentError(error: ContentError): string {
  return [
    `error[${error.code}] ${formatLocation(error.location)}`,
    `  ${error.message}`,
    `  Fix: ${error.hint}`,
  ].join('\n');
}

/** Formats a list of errors, sorted by place, with a one-line summary first. */
export function formatContentErrors(errors: ContentError[]): string {
  const sorted = [...errors].sort(compareErrors);
  const count = sorted.length === 1 ? '1 error' : `${sorted.length} errors`;
  return [`The content has ${count}; nothing was built.`, '', ...sorted.map(formatContentError).flatMap((e) => [e, ''])]
    .join('\n')
    .trimEnd();
}

function compareErrors(a: ContentError, b: ContentError): number {
  return (
    a.location.file.localeCompare(b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    a.code.localeCompare(b.code)
  );
}
