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

/** How many errors a report shows; the rest are counted. */
export const maxReportedErrors = 50;

/**
 * Shows characters that a terminal or browser would not show: format characters (zero-width spaces, bidi
 * controls, BOM), controls other than the newline and tab, noncharacters and lone surrogates become
 * `U+200B`, so that an invisible difference in an id is visible in the message and a bidi control in it
 * cannot reorder the line around it.
 */
export function showInvisible(text: string): string {
  return text.replace(/[\p{Cf}\p{Cc}\p{Cs}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}]/gu, (c) =>
    c === '\n' || c === '\t' ? c : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** Formats one error as three lines: code and location, what happened, how to fix it. */
export function formatContentError(error: ContentError): string {
  return [
    `error[${error.code}] ${formatLocation(error.location)}`,
    `  ${showInvisible(error.message)}`,
    `  Fix: ${showInvisible(error.hint)}`,
  ].join('\n');
}

/** Formats a list of errors, sorted by place, with a one-line summary first; the first fifty, then how many more. */
export function formatContentErrors(errors: ContentError[]): string {
  const sorted = [...errors].sort(compareErrors);
  const count = sorted.length === 1 ? '1 error' : `${sorted.length} errors`;
  const shown = sorted.slice(0, maxReportedErrors);
  const rest = sorted.length - shown.length;
  const more = rest ? [`… and ${rest} more error${rest === 1 ? '' : 's'} not shown: fix these first (npm run check -- --json lists all).`] : [];
  return [`The content has ${count}; nothing was built.`, '', ...shown.map(formatContentError).flatMap((e) => [e, '']), ...more]
    .join('\n')
    .trimEnd();
}

/** Sorts errors by file, line, column and code. */
export function compareErrors(a: ContentError, b: ContentError): number {
  return (
    a.location.file.localeCompare(b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    a.code.localeCompare(b.code)
  );
}

/** Where a contributor reports a bug of the site's own code. */
export const reportBugsTo = 'the maintainers of Parallel Conclusions (open an issue in the project\'s repository)';

/**
 * A failure of our own code, not of the content: says so, and where to report it, keeping the cause's
 * stack for the maintainers.
 */
export class InternalError extends Error {
  constructor(where: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Internal error in ${where}: ${reason}\nThis is a bug in the site's code, not a problem in your content; nothing was built. Please report it to ${reportBugsTo}, with this output.`, { cause });
    this.name = 'InternalError';
    if (cause instanceof Error && cause.stack) this.stack = `${this.name}: ${this.message}\n\nCaused by: ${cause.stack}`;
  }
}
