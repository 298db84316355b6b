import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';
import { contentGuard } from '../../src/integrations/content-guard.ts';

/** A copy of `content/` in a temporary project folder, to break on purpose. */
export interface ContentCopy {
  dir: string;
  /** Path inside the copy. */
  path(rel: string): string;
  read(rel: string): string;
  write(rel: string, text: string | Uint8Array): void;
  /** Replaces the first `from` in a file (it must be there). */
  replace(rel: string, from: string, to: string): void;
  remove(): void;
}

/** Copies the project's `content/` into a new temporary folder. */
export function copyContent(): ContentCopy {
  const dir = mkdtempSync(join(tmpdir(), 'pc-fault-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  const path = (rel: string) => join(dir, rel);
  const read = (rel: string) => readFileSync(path(rel), 'utf8');
  const write = (rel: string, text: string | Uint8Array) => writeFileSync(path(rel), text);
  return {
    dir,
    path,
    read,
    write,
    replace(rel, from, to) {
      const text = read(rel);
      if (!text.includes(from)) throw new Error(`${rel} has no ${JSON.stringify(from)}`);
      write(rel, text.replace(from, to));
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `line:column` (1-based, UTF-16 columns as the parsers count) of the first `needle` in `text`, plus `shift` characters. */
export function where(text: string, needle: string, shift = 0): string {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`no ${JSON.stringify(needle)}`);
  const before = text.slice(0, index + shift).replace(/^\uFEFF/, '');
  const lines = before.split('\n');
  return `${lines.length}:${lines.at(-1)!.length + 1}`;
}

/** What the two gates say about a project folder: `npm run check` (exit code, output) and the build's content guard. */
export function runGates(dir: string): { code: number; stdout: string; stderr: string; guard: string | undefined } {
  let stdout = '';
  let stderr = '';
  const code = main(['check'], { cwd: dir, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  let guard: string | undefined;
  try {
    const hook = contentGuard().hooks['astro:config:setup'] as unknown as (options: unknown) => void;
    hook({ config: { root: new URL(`file://${dir}/`) }, addWatchFile: () => {} });
  } catch (error) {
    guard = (error as Error).message;
  }
  return { code, stdout, stderr, guard };
}
