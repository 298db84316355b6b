/** How much a finding matters: errors stop the build; warnings and infos are published in the report. */
export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

/** Every check the tool runs, by id. The id is what the CLI prints and what the config names. */
export const checkIds = [
  'coverage-missing',
  'coverage-omitted',
  'coverage-merged',
  'coverage-split',
  'coverage-outside',
  'numbers',
  'dates',
  'document-codes',
  'enumeration-missing',
  'enumeration-sequence',
  'enumeration-level',
  'length-ratio',
  'hygiene-bidi',
  'hygiene-zero-width',
  'hygiene-mixed-script',
  'hygiene-spaces',
  'hygiene-unpaired',
  'untranslated',
] as const;
export type CheckId = (typeof checkIds)[number];

/** What a check reports, before the configuration gives it a severity. */
export interface RawFinding {
  check: CheckId;
  /** Clause id in the conclusion's skeleton. */
  clause: string;
  /** Translations involved; the first is the one whose file the location points into. */
  langs: string[];
  message: string;
  /** The fact the finding is about, as `<kind>:<value>` (`date:2025-10-29`, `code:523-bc/btctw`): the comparison marks it in place. */
  fact?: string;
  file: string;
  line: number;
  column: number;
}

/** One finding, as the CLI prints it, the JSON lists it and the report page shows it. */
export interface Finding extends RawFinding {
  severity: Severity;
  /** Slug of the conclusion. */
  conclusion: string;
}

/** Orders findings by file, line, column, then check id: the order an editor walks them. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.check.localeCompare(b.check) || a.message.localeCompare(b.message);
}

/** `file:line:column severity check-id message`, one line, as editors and terminals read it. */
export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.check} ${f.message}`;
}
