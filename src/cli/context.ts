/** Where a command writes to. Tests pass collecting streams. */
export interface Output {
  write(text: string): unknown;
}

/** What a command runs in: the project root and its output streams. */
export interface CommandContext {
  cwd: string;
  stdout: Output;
  stderr: Output;
}

/** Exit codes: 0 clean, 1 findings of error severity (or content errors), 2 a usage error. */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

/** A mistake in the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
