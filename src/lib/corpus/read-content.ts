import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentError } from '../errors.ts';
import { decodeUtf8 } from './decode-utf8.ts';

/**
 * The one reader of `content/`. Everything that needs content (the content guard, the pages, the search
 * index, `npm run check`, the benchmarks) takes what this module read; nothing else lists or opens files
 * under `content/`. It accepts exactly the layout the guide documents and reports anything else:
 *
 * - `content/conclusions/<slug>.yaml`: one conclusion each;
 * - `content/translations/<slug>/<lang>.mdx`: one translation each;
 * - `content/sources/*.txt` (and the folder's `README.md`): raw texts, listed but not read by the build;
 * - `content/checks.yaml`: severities of the alignment checks (optional).
 *
 * Only regular files are read, with a size limit, as strict UTF-8. A symbolic link is followed only when it
 * points to a regular file inside `content/`; devices, FIFOs, sockets and links to folders are errors.
 */

/** A content file: path relative to the project root (with `/`), and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** What `content/` holds, read. */
export interface ContentFiles {
  /** `content/conclusions/*.yaml`, sorted by path. */
  conclusions: SourceFile[];
  /** `content/translations/<slug>/<lang>.mdx`, sorted by path. */
  translations: SourceFile[];
  /** `content/checks.yaml`, when there is one. */
  checks?: SourceFile;
  /** Paths of the raw texts in `content/sources/` (not read). */
  sources?: string[];
}

/** The largest content file read, in bytes: ample for any conclusion (the longest known is 0.1 MB). */
export const maxFileBytes = 32 * 1024 * 1024;

const layoutHint =
  'content/ holds exactly: conclusions/<slug>.yaml, translations/<slug>/<lang>.mdx, sources/*.txt and checks.yaml (see "Content model" in the guide, /guide/).';

/** Reads `content/` under `root`: the files, and every problem with the layout or the bytes. */
export function readContent(root: string): { files: ContentFiles; errors: ContentError[] } {
  const reader = new Reader(root);
  reader.run();
  return { files: reader.files, errors: reader.errors };
}

type Entry = { name: string; path: string; rel: string; stats: Stats };

class Reader {
  readonly files: ContentFiles = { conclusions: [], translations: [], sources: [] };
  readonly errors: ContentError[] = [];
  private readonly root: string;
  private readonly content: string;
  private contentReal = '';

  constructor(root: string) {
    this.root = root;
    this.content = join(root, 'content');
  }

  run(): void {
    let stats: Stats;
    try {
      stats = lstatSync(this.content);
      this.contentReal = realpathSync(this.content);
    } catch {
      this.error('content-missing', 'content', 'There is no content/ folder.', `create it: ${layoutHint}`);
      return;
    }
    if (!stats.isDirectory()) {
      this.error('content-missing', 'content', 'content is not a folder.', `make it a real folder, not a link or a file: ${layoutHint}`);
      return;
    }
    const folders: Record<string, (entry: Entry) => void> = {
      conclusions: (e) => this.conclusions(e),
      translations: (e) => this.translations(e),
      sources: (e) => this.sources(e),
    };
    for (const entry of this.list(this.content)) {
      if (entry.name === 'checks.yaml') {
        if (this.isFile(entry)) this.files.checks = this.read(entry);
        else if (entry.stats.isDirectory()) this.unexpected(entry, 'content/checks.yaml is a file: remove the folder.');
      } else if (Object.hasOwn(folders, entry.name)) {
        if (this.isFolder(entry)) folders[entry.name](entry);
      } else if (entry.stats.isDirectory() || this.isFile(entry))
        this.unexpected(entry, entry.name === 'checks.yml' ? 'rename it to content/checks.yaml.' : `move or remove it: ${layoutHint}`);
    }
    for (const list of [this.files.conclusions, this.files.translations]) list.sort((a, b) => compare(a.path, b.path));
    this.files.sources!.sort(compare);
  }

  private conclusions(dir: Entry): void {
    for (const entry of this.list(dir.path)) {
      if (!this.isFile(entry)) {
        if (entry.stats.isDirectory()) this.unexpected(entry, 'content/conclusions/ holds one <slug>.yaml file per conclusion and no folders: move the files up, or remove the folder.');
        continue;
      }
      if (entry.name.endsWith('.yaml') && !entry.name.startsWith('.')) this.keep(this.files.conclusions, this.read(entry));
      else this.unexpected(entry, `content/conclusions/ holds only <slug>.yaml files: ${suggestName(entry.name, '.yaml')}`);
    }
  }

  private translations(dir: Entry): void {
    for (const folder of this.list(dir.path)) {
      if (!this.isFolder(folder)) {
        if (folder.stats.isFile())
          this.unexpected(folder, 'translations go in a folder named after their conclusion: move it to content/translations/<slug>/<lang>.mdx.');
        continue;
      }
      for (const entry of this.list(folder.path)) {
        if (!this.isFile(entry)) {
          if (entry.stats.isDirectory())
            this.unexpected(entry, `content/translations/${folder.name}/ holds only <lang>.mdx files: move translations to content/translations/<slug>/<lang>.mdx and remove the folder.`);
          continue;
        }
        if (entry.name.endsWith('.mdx') && !entry.name.startsWith('.')) this.keep(this.files.translations, this.read(entry));
        else this.unexpected(entry, `content/translations/<slug>/ holds only <lang>.mdx files: ${suggestName(entry.name, '.mdx')}`);
      }
    }
  }

  private sources(dir: Entry): void {
    for (const entry of this.list(dir.path)) {
      if (!this.isFile(entry)) {
        if (entry.stats.isDirectory()) this.unexpected(entry, 'content/sources/ holds only .txt files: move the files up, or remove the folder.');
        continue;
      }
      if ((entry.name.endsWith('.txt') && !entry.name.startsWith('.')) || entry.name === 'README.md') this.files.sources!.push(entry.rel);
      else this.unexpected(entry, `content/sources/ holds only the raw texts as .txt files (and its README.md): ${suggestName(entry.name, '.txt')}`);
    }
  }

  private keep(list: SourceFile[], file: SourceFile | undefined): void {
    if (file) list.push(file);
  }

  /** The entries of a folder, sorted, each with its lstat. */
  private list(dir: string): Entry[] {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (cause) {
      this.error('content-unreadable', this.rel(dir), `The folder cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'}).`, 'give the folder read permission.');
      return [];
    }
    return names.sort(compare).flatMap((name) => {
      const path = join(dir, name);
      try {
        return [{ name, path, rel: this.rel(path), stats: lstatSync(path) }];
      } catch {
        return [];
      }
    });
  }

  /** A real folder (not a link to one); reports links, devices and FIFOs. */
  private isFolder(entry: Entry): boolean {
    if (entry.stats.isDirectory()) return true;
    if (entry.stats.isFile()) this.unexpected(entry, `content/${entry.name} must be a folder: ${layoutHint}`);
    else this.special(entry);
    return false;
  }

  /** A regular file, or a link to a regular file inside content/; reports anything else that is not a folder. */
  private isFile(entry: Entry): boolean {
    if (entry.stats.isFile()) return true;
    if (entry.stats.isDirectory()) return false;
    return this.special(entry);
  }

  /** Links, devices, FIFOs, sockets. Returns true for a link to a regular file inside content/ (then read through). */
  private special(entry: Entry): boolean {
    if (entry.stats.isSymbolicLink()) {
      let target: string | undefined;
      let stats: Stats | undefined;
      try {
        target = realpathSync(entry.path);
        stats = statSync(target);
      } catch {
        // a dangling or looping link
      }
      const inside = target !== undefined && (target + sep).startsWith(this.contentReal + sep);
      if (inside && stats?.isFile()) return true;
      const where = target === undefined ? 'nothing that exists' : inside ? 'a folder' : 'a place outside content/';
      this.error(
        'content-symlink',
        entry.rel,
        `${entry.rel} is a symbolic link to ${where}; content/ is read only from real files inside it.`,
        'replace the link with a copy of the file itself (text from outside content/ would be published unchecked).',
      );
      return false;
    }
    const kind = entry.stats.isFIFO() ? 'a named pipe (FIFO)' : entry.stats.isSocket() ? 'a socket' : 'a device';
    this.error('content-not-regular', entry.rel, `${entry.rel} is ${kind}, not a regular file.`, 'remove it: only regular files are read under content/.');
    return false;
  }

  /** Reads a regular file (or the file a link inside content/ points to), with the size limit, as strict UTF-8. */
  private read(entry: Entry): SourceFile | undefined {
    const path = entry.stats.isSymbolicLink() ? realpathSync(entry.path) : entry.path;
    let fd: number | undefined;
    try {
      fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      const stats = fstatSync(fd);
      if (!stats.isFile()) {
        this.error('content-not-regular', entry.rel, `${entry.rel} is not a regular file.`, 'remove it: only regular files are read under content/.');
        return undefined;
      }
      if (stats.size > maxFileBytes) return this.tooLarge(entry, stats.size);
      const bytes = new Uint8Array(stats.size + 1);
      let length = 0;
      for (let n; (n = readSync(fd, bytes, length, bytes.length - length, null)) > 0; ) {
        length += n;
        if (length > stats.size) return this.tooLarge(entry, length);
      }
      const { text, error } = decodeUtf8(bytes.subarray(0, length), entry.rel);
      if (error) {
        this.errors.push(error);
        return undefined;
      }
      return { path: entry.rel, text: text! };
    } catch (cause) {
      this.error('content-unreadable', entry.rel, `${entry.rel} cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'}).`, 'give the file read permission, or remove it.');
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  private tooLarge(entry: Entry, size: number): undefined {
    this.error(
      'content-too-large',
      entry.rel,
      `${entry.rel} is larger than ${maxFileBytes / 1024 / 1024} MB (${(size / 1024 / 1024).toFixed(1)} MB or more).`,
      'a conclusion or translation is far smaller: check that this is the right file; split nothing, remove what is not the text.',
    );
    return undefined;
  }

  /** Reports an entry outside the layout; for a folder, each file in it (so that the message names the file). */
  private unexpected(entry: Entry, hint: string, depth = 0): void {
    if (entry.stats.isDirectory() && depth < 8) {
      const inside = this.list(entry.path);
      if (inside.length) {
        for (const child of inside.slice(0, 20)) this.unexpected(child, hint, depth + 1);
        return;
      }
    }
    const what = entry.stats.isDirectory() ? 'folder' : entry.stats.isSymbolicLink() ? 'link' : 'file';
    this.error('content-layout', entry.rel, `The ${what} ${entry.rel} is not part of the content layout; the build would not read it.`, hint);
  }

  private rel(path: string): string {
    return relative(this.root, path).split(sep).join('/');
  }

  private error(code: string, file: string, message: string, hint: string): void {
    this.errors.push({ code, message, hint, location: { file, line: 1, column: 1 } });
  }
}

/** A name with the right extension: `de.md` → `de.mdx`, `x.yml` → `x.yaml`. */
function suggestName(name: string, ext: string): string {
  const stem = name.replace(/^\.+/, '').replace(/\.[^.]*$/, '');
  return stem && stem !== name ? `rename it to ${stem}${ext} if it belongs there, or remove it.` : 'remove it, or move it where it belongs.';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
