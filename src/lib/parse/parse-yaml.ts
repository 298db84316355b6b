import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentError, SourceLocation } from '../errors.ts';

/** A YAML document with the value it holds and a way to find where each key path was written. */
export interface YamlDocument {
  /** The plain data. */
  value: unknown;
  /** Where the value at `path` was written; falls back to the nearest written ancestor, then the document start. */
  locate(path: ReadonlyArray<PropertyKey>): SourceLocation;
  /** Syntax errors, already as content errors. */
  errors: ContentError[];
}

/**
 * Parses YAML keeping positions. `firstLine` is the line of the file where the YAML text starts
 * (2 for frontmatter after its opening `---`), so locations point into the whole file.
 */
export function parseYamlWithPositions(text: string, file: string, firstLine = 1): YamlDocument {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toLocation = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: line + firstLine - 1, column: col };
  };
  const errors: ContentError[] = doc.errors.map((e) => ({
    code: 'yaml-syntax',
    message: `The YAML cannot be read: ${e.message.split('\n')[0]}`,
    hint: 'check the indentation and quoting at that place; quote values that contain ": " or start with a special character.',
    location: toLocation(e.pos[0]),
  }));
  const locate = (path: ReadonlyArray<PropertyKey>): SourceLocation => {
    for (let n = path.length; n >= 0; n--) {
      const keys = path.slice(0, n).map((k) => (typeof k === 'symbol' ? String(k) : k));
      const parent = n > 0 ? doc.getIn(keys.slice(0, -1), true) : undefined;
      // Prefer the key's own position (`url:`) over its value's.
      if (n > 0 && isNode(parent) && 'items' in parent) {
        const items = (parent as unknown as { items: Array<{ key?: unknown }> }).items;
        const last = keys[n - 1];
        const pair = items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === last);
        const key = pair?.key as { range?: [number, number, number] } | undefined;
        if (key?.range) return toLocation(key.range[0]);
      }
      const node = doc.getIn(keys, true);
      if (isNode(node) && node.range) return toLocation(node.range[0]);
    }
    return { file, line: firstLine, column: 1 };
  };
  return { value: errors.length ? undefined : doc.toJS(), locate, errors };
}
