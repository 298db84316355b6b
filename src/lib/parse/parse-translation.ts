import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { ContentError, SourceLocation } from '../errors.ts';
import { at, type Point } from '../text/positions.ts';
import { bidiErrors, type TextRun } from '../validate/characters.ts';
import { parseYamlWithPositions, type YamlDocument } from './parse-yaml.ts';

/**
 * Reads one translation's MDX source into a list of paragraphs made of text segments, each segment
 * belonging to exactly one clause anchor (or to editorial material, or being the whitespace between
 * anchors). Positions come from the MDX parser; nothing here guesses them.
 *
 * The anchors an MDX translation may use:
 * - `<Clause id="4.1">…</Clause>`: conclusion text of clause 4.1; inline (several in one paragraph),
 *   around several paragraphs, or nested in its parent clause (a footnote carried inline);
 * - `<Editorial kind="heading|caption|lead|note">…</Editorial>`: publisher material, kept and shown
 *   apart, never aligned;
 * - `<FootnoteRef to="8.fn1">[1]</FootnoteRef>`: a footnote marker inside a clause's text;
 * - `<Gap id="4.2" reason="…" />`: a clause the translation leaves out.
 */

/** Kinds of editorial material. */
export const editorialKinds = ['heading', 'caption', 'lead', 'note'] as const;
export type EditorialKind = (typeof editorialKinds)[number];

/** A run of text with one owner. */
export type Segment =
  | { kind: 'clause'; clause: string; text: string; location: SourceLocation; footnoteRef?: string }
  | { kind: 'editorial'; editorial: EditorialKind; text: string; location: SourceLocation }
  | { kind: 'space'; text: string; location: SourceLocation };

/** One paragraph of the translation as published: the unit a reader sees as a block. */
export interface Paragraph {
  segments: Segment[];
  location: SourceLocation;
}

/** An opening `<Clause>` tag. */
export interface Anchor {
  clause: string;
  location: SourceLocation;
  /** The clause whose anchor encloses this one, for a nested anchor. */
  parent?: string;
  /** Index of the paragraph where the anchor opens. */
  paragraph: number;
}

/** A `<Gap>`: a clause this translation omits, and why. */
export interface GapMark {
  clause: string;
  reason: string;
  location: SourceLocation;
  /** Index of the paragraph before which the gap stands. */
  paragraph: number;
}

/** The parsed translation. `errors` lists what could not be read; the rest is what could. */
export interface ParsedTranslation {
  file: string;
  frontmatter: YamlDocument | undefined;
  paragraphs: Paragraph[];
  anchors: Anchor[];
  gaps: GapMark[];
  errors: ContentError[];
}

// Minimal mdast shapes: the parser's own types are structural, and these are all we read.
interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown; position?: { start: Point; end: Point } }>;
  children?: MdNode[];
  position?: { start: Point; end: Point };
}

interface Context {
  clause?: string;
  editorial?: EditorialKind;
}

const escapeHint =
  'translation text must be plain text: escape a literal character that MDX reads as syntax with a backslash (\\*, \\_, \\{, \\<, \\[, \\`, \\#).';

// Built once: micromark's extensions are plain tables, and building the MDX ones (acorn-backed) per file
// cost a quarter of the parse.
const syntax = [frontmatter(['yaml']), mdxjs()];
const trees = [frontmatterFromMarkdown(['yaml']), mdxFromMarkdown()];

/** Parses the MDX source of a translation. `file` is the path shown in messages. */
export function parseTranslation(source: string, file: string): ParsedTranslation {
  const result: ParsedTranslation = { file, frontmatter: undefined, paragraphs: [], anchors: [], gaps: [], errors: [] };
  let tree: MdNode;
  try {
    tree = fromMarkdown(source, { extensions: syntax, mdastExtensions: trees }) as MdNode;
  } catch (cause) {
    const e = cause as { line?: number; column?: number; reason?: string; message?: string };
    result.errors.push({
      code: 'mdx-syntax',
      message: `The MDX cannot be read: ${e.reason ?? e.message}.`,
      hint: 'close every <Clause …> with </Clause> (and every other tag the same way), quote attribute values, and escape a literal { or < in translation text as \\{ or \\<.',
      location: { file, line: e.line ?? 1, column: e.column ?? 1 },
    });
    return result;
  }
  new Walker(result, file).root(tree);
  result.errors.push(...runBidiErrors(result.paragraphs));
  return result;
}

/** How deeply anchors may nest: a clause, its inline footnote, the footnote's marker. */
export const maxAnchorDepth = 16;

/** The attributes each anchor takes, all required, as string literals. */
export const anchorAttributes: Record<string, readonly string[]> = {
  Clause: ['id'],
  Editorial: ['kind'],
  FootnoteRef: ['to'],
  Gap: ['id', 'reason'],
};

/** Bidi controls balance within each run of one owner's text in a paragraph (a clause, or editorial material). */
function runBidiErrors(paragraphs: Paragraph[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const paragraph of paragraphs) {
    let run: TextRun = [];
    let owner = '';
    const flush = () => {
      if (run.some((p) => /[\u202A-\u202E\u2066-\u2069]/.test(p.text))) errors.push(...bidiErrors(run, owner));
      run = [];
    };
    for (const segment of paragraph.segments) {
      const name = segment.kind === 'clause' ? `clause ${segment.clause}` : segment.kind === 'editorial' ? `the ${segment.editorial}` : 'the space between anchors';
      if (name !== owner) flush();
      owner = name;
      run.push({ text: segment.text, location: segment.location });
    }
    flush();
  }
  return errors;
}

class Walker {
  private readonly result: ParsedTranslation;
  private readonly file: string;
  private current: Paragraph | undefined;
  /** Length of each clause's own text so far (to find empty anchors without rescanning). */
  private readonly ownText = new Map<string, number>();
  private depth = 0;

  constructor(result: ParsedTranslation, file: string) {
    this.result = result;
    this.file = file;
  }

  root(tree: MdNode): void {
    for (const node of tree.children ?? []) {
      if (node.type === 'yaml') {
        this.result.frontmatter = parseYamlWithPositions(node.value ?? '', this.file, (node.position?.start.line ?? 1) + 1);
        this.result.errors.push(...this.result.frontmatter.errors);
      } else this.flow(node, {});
    }
  }

  private loc(node: MdNode): SourceLocation {
    return at(this.file, node.position?.start);
  }

  private error(code: string, node: MdNode, message: string, hint: string): void {
    this.result.errors.push({ code, message, hint, location: this.loc(node) });
  }

  /** A block-level node: a paragraph, or an anchor written around whole paragraphs. */
  private flow(node: MdNode, ctx: Context): void {
    if (node.type === 'paragraph') {
      this.current = { segments: [], location: this.loc(node) };
      this.result.paragraphs.push(this.current);
      for (const child of node.children ?? []) this.inline(child, ctx);
      this.current = undefined;
      return;
    }
    if (node.type === 'mdxJsxFlowElement') {
      this.element(node, ctx, (child, inner) => this.flow(child, inner));
      return;
    }
    this.unsupported(node);
  }

  /** A phrasing node inside a paragraph. */
  private inline(node: MdNode, ctx: Context): void {
    if (node.type === 'text') return this.text(node, ctx);
    if (node.type === 'mdxJsxTextElement') return this.element(node, ctx, (child, inner) => this.inline(child, inner));
    if (node.type === 'break') return this.text({ ...node, value: '\n' }, ctx);
    this.unsupported(node);
  }

  private text(node: MdNode, ctx: Context): void {
    const text = node.value ?? '';
    const location = this.loc(node);
    const paragraph = this.current;
    if (!paragraph) return;
    if (ctx.editorial) paragraph.segments.push({ kind: 'editorial', editorial: ctx.editorial, text, location });
    else if (ctx.clause) {
      paragraph.segments.push({ kind: 'clause', clause: ctx.clause, text, location });
      this.ownText.set(ctx.clause, (this.ownText.get(ctx.clause) ?? 0) + text.trim().length);
    }
    else if (text.trim() === '') paragraph.segments.push({ kind: 'space', text, location });
    else {
      const excerpt = text.trim().length > 40 ? `${text.trim().slice(0, 40)}…` : text.trim();
      this.error(
        'text-outside-clause',
        node,
        `Text "${excerpt}" lies outside any clause anchor.`,
        'wrap conclusion text in <Clause id="…">…</Clause>, or publisher material (headings, captions, leads) in <Editorial kind="…">…</Editorial>.',
      );
    }
  }

  private element(node: MdNode, ctx: Context, walk: (child: MdNode, ctx: Context) => void): void {
    if (this.depth >= maxAnchorDepth) {
      this.error(
        'nesting-too-deep',
        node,
        `Anchors are nested more than ${maxAnchorDepth} deep here.`,
        'a clause holds at most its own inline footnote: close each anchor before opening the next one.',
      );
      return;
    }
    if (node.name && Object.hasOwn(anchorAttributes, node.name)) this.checkAttributes(node);
    this.depth++;
    try {
      this.anchor(node, ctx, walk);
    } finally {
      this.depth--;
    }
  }

  /** Exactly the documented attributes, each once, as a string literal. */
  private checkAttributes(node: MdNode): void {
    const allowed = anchorAttributes[node.name!];
    const seen = new Set<string>();
    const list = allowed.map((a) => `${a}="…"`).join(' ');
    for (const attribute of node.attributes ?? []) {
      const location = at(this.file, attribute.position?.start ?? node.position?.start);
      const push = (code: string, message: string, hint: string) => this.result.errors.push({ code, message, hint, location });
      if (attribute.type !== 'mdxJsxAttribute') {
        push('anchor-attribute-expression', `<${node.name}> has a spread or expression attribute {…}; anchors take only plain text attributes.`, `remove it; write the anchor as <${node.name} ${list}>.`);
        continue;
      }
      const name = attribute.name ?? '';
      if (!allowed.includes(name)) {
        push('anchor-attribute-unknown', `<${node.name}> has no attribute "${name}".`, `remove it; <${node.name}> takes ${allowed.map((a) => `"${a}"`).join(' and ')} only.`);
        continue;
      }
      if (seen.has(name)) push('anchor-attribute-duplicate', `<${node.name}> gives "${name}" twice.`, `keep one ${name}="…".`);
      seen.add(name);
      if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')
        push('anchor-attribute-expression', `<${node.name}> ${name}={…} is a JavaScript expression; anchors take only quoted text.`, `write it as ${name}="…", a plain quoted value.`);
    }
  }

  private anchor(node: MdNode, ctx: Context, walk: (child: MdNode, ctx: Context) => void): void {
    switch (node.name) {
      case 'Clause':
        return this.clause(node, ctx, walk);
      case 'Editorial':
        return this.editorial(node, ctx, walk);
      case 'FootnoteRef':
        return this.footnoteRef(node, ctx);
      case 'Gap':
        return this.gap(node, ctx);
      default:
        this.error(
          'unknown-component',
          node,
          `<${node.name ?? ''}> is not an anchor that translations may use.`,
          'use <Clause id="…">, <Editorial kind="…">, <FootnoteRef to="…"> or <Gap id="…" reason="…" />; a literal < in the text must be escaped as \\<.',
        );
    }
  }

  private attribute(node: MdNode, name: string): string | undefined {
    const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
    return typeof attribute?.value === 'string' ? attribute.value : undefined;
  }

  private requireAttribute(node: MdNode, name: string, example: string): string | undefined {
    const value = this.attribute(node, name);
    if (value === undefined || value.trim() === '') {
      this.error('missing-attribute', node, `<${node.name}> has no ${name}.`, `write it as ${example}.`);
      return undefined;
    }
    return value;
  }

  private clause(node: MdNode, ctx: Context, walk: (child: MdNode, ctx: Context) => void): void {
    const id = this.requireAttribute(node, 'id', '<Clause id="4.1">…</Clause>');
    if (id === undefined) return;
    if (ctx.editorial) {
      this.error('clause-in-editorial', node, `<Clause id="${id}"> is inside editorial material.`, 'close the <Editorial> before the clause starts.');
      return;
    }
    const paragraph = this.current ? this.result.paragraphs.length - 1 : this.result.paragraphs.length;
    this.result.anchors.push({ clause: id, location: this.loc(node), parent: ctx.clause, paragraph });
    const before = this.ownText.get(id) ?? 0;
    for (const child of node.children ?? []) walk(child, { clause: id });
    if ((this.ownText.get(id) ?? 0) === before) {
      this.error(
        'empty-clause',
        node,
        `<Clause id="${id}"> holds no text of its own.`,
        `put the text of clause ${id} inside the anchor, or, if the translation leaves the clause out, replace the anchor with <Gap id="${id}" reason="…" />.`,
      );
    }
  }

  private editorial(node: MdNode, ctx: Context, walk: (child: MdNode, ctx: Context) => void): void {
    const kind = this.requireAttribute(node, 'kind', '<Editorial kind="heading">…</Editorial>');
    if (kind === undefined) return;
    if (!(editorialKinds as readonly string[]).includes(kind)) {
      this.error('editorial-kind', node, `<Editorial kind="${kind}"> is not a kind of editorial material.`, `use one of: ${editorialKinds.join(', ')}.`);
      return;
    }
    for (const child of node.children ?? []) walk(child, { clause: ctx.clause, editorial: kind as EditorialKind });
  }

  private footnoteRef(node: MdNode, ctx: Context): void {
    const to = this.requireAttribute(node, 'to', '<FootnoteRef to="8.fn1">[1]</FootnoteRef>');
    if (to === undefined || !this.current) return;
    if (!ctx.clause) {
      this.error('footnote-ref-outside-clause', node, `<FootnoteRef to="${to}"> is outside any clause.`, 'put the footnote marker inside the clause that carries it.');
      return;
    }
    const markup = (node.children ?? []).find((c) => c.type !== 'text');
    if (markup) {
      this.error(
        'footnote-ref-markup',
        markup,
        `<FootnoteRef to="${to}"> holds ${markup.type === 'mdxJsxTextElement' ? `a <${markup.name ?? ''}> tag` : markup.type.startsWith('mdx') ? 'code' : describe(markup.type)}; it holds only its marker text, such as [1].`,
        `write it as <FootnoteRef to="${to}">[1]</FootnoteRef>, the marker as the translation prints it.`,
      );
      return;
    }
    const text = (node.children ?? []).map((c) => c.value ?? '').join('');
    this.current.segments.push({ kind: 'clause', clause: ctx.clause, text, location: this.loc(node), footnoteRef: to });
  }

  private gap(node: MdNode, ctx: Context): void {
    const id = this.requireAttribute(node, 'id', '<Gap id="4.2" reason="…" />');
    const reason = this.requireAttribute(node, 'reason', `<Gap id="${id ?? '4.2'}" reason="not in the published translation" />`);
    if (id === undefined || reason === undefined) return;
    if (ctx.clause || ctx.editorial) {
      this.error('gap-inside-anchor', node, `<Gap id="${id}"> is inside another anchor.`, 'put the gap between anchors, where the omitted clause would stand.');
      return;
    }
    this.result.gaps.push({ clause: id, reason, location: this.loc(node), paragraph: this.result.paragraphs.length });
  }

  private unsupported(node: MdNode): void {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      this.error('unsupported-syntax', node, `MDX read "{${node.value ?? ''}}" as a JavaScript expression.`, `if the braces are translation text, escape the opening one as \\{.`);
      return;
    }
    if (node.type === 'mdxjsEsm') {
      this.error('unsupported-syntax', node, 'Translations cannot import or export code.', 'remove the import/export line; the anchors need no import.');
      return;
    }
    this.error('unsupported-syntax', node, `MDX read part of the text as Markdown ${describe(node.type)}.`, escapeHint);
  }
}

function describe(type: string): string {
  const names: Record<string, string> = {
    emphasis: 'emphasis (*…* or _…_)',
    strong: 'strong emphasis (**…**)',
    heading: 'a heading (#)',
    list: 'a list (a line starting with "1." or "-")',
    link: 'a link ([…](…))',
    linkReference: 'a link reference ([…])',
    image: 'an image (![…](…))',
    inlineCode: 'code (`…`)',
    code: 'a code block',
    blockquote: 'a quotation (>)',
    thematicBreak: 'a rule (---)',
    html: 'HTML',
    definition: 'a link definition ([…]: …)',
  };
  return names[type] ?? `"${type}"`;
}
