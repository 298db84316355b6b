import { isAlias, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { ContentError, SourceLocation } from '../errors.ts';
import { stringErrors } from '../validate/characters.ts';

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
  const errors: ContentError[] = doc.errors.map((e) =>
    /call stack/i.test(e.message)
      ? nestingError({ ...toLocation(e.pos[0]), column: 1 })
      : {
          code: 'yaml-syntax',
          message: `The YAML cannot be read: ${e.message.split('\n')[0]}`,
          hint: 'check the indentation and quoting at that place; quote values that contain ": " or start with a special character.',
          location: toLocation(e.pos[0]),
        },
  );
  if (!errors.length) errors.push(...featureErrors(doc, text, toLocation));
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
  let value: unknown;
  if (!errors.length) {
    try {
      value = doc.toJS({ maxAliasCount });
    } catch (cause) {
      errors.push(cause instanceof RangeError ? nestingError({ file, line: firstLine, column: 1 }) : aliasError({ file, line: firstLine, column: 1 }));
    }
  }
  if (!errors.length && depthOf(value) > maxYamlDepth) errors.push(nestingError({ file, line: firstLine, column: 1 }));
  if (!errors.length) errors.push(...stringsErrors(value, locate));
  return { value: errors.length ? undefined : value, locate, errors };
}

/** How many aliases (`*name`) a document may resolve: enough for any use, too few for an "alias bomb". */
export const maxAliasCount = 20;
/** How deeply YAML values may nest: the skeleton of a conclusion is a handful of levels. */
export const maxYamlDepth = 32;

/** Tags (`!foo`, `!!binary`) are refused: our files hold plain strings, numbers, lists and maps. Aliases are limited. */
function featureErrors(doc: Document, text: string, toLocation: (offset: number) => SourceLocation): ContentError[] {
  const errors: ContentError[] = [];
  let aliases = 0;
  let firstAlias: number | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        aliases++;
        firstAlias ??= node.range?.[0];
      }
      if (!node.tag) return;
      const start = node.range?.[0] ?? 0;
      // The tag token comes before its value (the node's range starts after it).
      const tag = /!\S*\s*$/.exec(text.slice(Math.max(0, start - 1024), start));
      const at = tag ? start - tag[0].length : start;
      errors.push({
        code: 'yaml-tag',
        message: `The YAML tag ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not allowed here.`,
        hint: 'remove the tag (the word starting with ! before the value): our YAML holds plain text, numbers, lists and maps; quote a value that starts with "!".',
        location: toLocation(at),
      });
    },
  });
  if (aliases > maxAliasCount) errors.push(aliasError(toLocation(firstAlias ?? 0), aliases));
  return errors;
}

function aliasError(location: SourceLocation, count?: number): ContentError {
  return {
    code: 'yaml-aliases',
    message: `The YAML uses ${count ?? 'too many'} aliases (*name); at most ${maxAliasCount} are allowed.`,
    hint: 'write the values out instead of repeating them with anchors (&name) and aliases (*name).',
    location,
  };
}

function nestingError(location: SourceLocation): ContentError {
  return {
    code: 'nesting-too-deep',
    message: `The YAML nests lists or maps more than ${maxYamlDepth} levels deep.`,
    hint: 'a skeleton is a few levels deep (item, sub-item, paragraph): check for unclosed [ or { and for indentation gone astray.',
    location,
  };
}

/** Depth of nested arrays and objects, without recursion. */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (d > maxYamlDepth) break;
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** Character checks of every string value (and key), located at its key. */
function stringsErrors(value: unknown, locate: (path: ReadonlyArray<PropertyKey>) => SourceLocation): ContentError[] {
  const errors: ContentError[] = [];
  const stack: Array<[unknown, PropertyKey[]]> = [[value, []]];
  const check = (text: string, path: PropertyKey[]) => {
    // Only strings with something unusual are located (locating is the slow part).
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}-\u{10FFFF}]/u.test(text))
      errors.push(...stringErrors(text, locate(path), `"${path.map(String).join('.') || 'the value'}"`));
  };
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') check(v, path);
    else if (v && typeof v === 'object')
      for (const [k, child] of Object.entries(v)) {
        const key = Array.isArray(v) ? Number(k) : k;
        if (!Array.isArray(v)) check(k, [...path, key]);
        stack.push([child, [...path, key]]);
      }
  }
  return errors;
}
