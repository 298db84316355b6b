import { stringify } from 'yaml';
import type { TranslationFrontmatter } from '../schemas/translation.ts';
import { pieceText, type Piece, type Proposal } from './propose.ts';

/**
 * Writes a proposal as a translation's MDX draft: the frontmatter, then the cleaned text with its anchors.
 * Each kept line of the raw text is a paragraph; a clause that runs over a line break keeps the break as a
 * hard line break (`\` at the end of the line) inside its anchor, so no paragraph is invented or lost. The text
 * is escaped where MDX would read it as syntax; the parser gives back the very same characters.
 */

/** Where each anchor of the draft stands: 1-based lines of the MDX file. */
export interface DraftLines {
  clauses: Map<string, number>;
  gaps: Map<string, number>;
  /** Editorial blocks, in text order. */
  editorial: number[];
}

export interface Draft {
  mdx: string;
  lines: DraftLines;
}

/** Escapes text so that MDX reads it back as the same plain text. */
export function escapeMdx(text: string): string {
  return text
    .replace(/[\\{}<>*_`[\]&~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+=-]|\d+[.)])/gmu, (_, space: string, mark: string) => `${space}${mark.replace(/^(\d*)([#>+=\-.)])$/u, '$1\\$2')}`);
}

function attribute(value: string): string {
  return value.replace(/"/g, '&quot;');
}

/** The MDX draft of a proposal with its frontmatter. */
export function writeDraft(proposal: Proposal, frontmatter: TranslationFrontmatter & { imported?: { confidence: Record<string, number> } }): Draft {
  const head = `---\n${stringify(frontmatter, { lineWidth: 0 }).trimEnd()}\n---\n`;
  const out: string[] = head.split('\n').slice(0, -1);
  out.push('');
  const lines: DraftLines = { clauses: new Map(), gaps: new Map(), editorial: [] };
  const gapsBefore = new Map<number, Proposal['gaps']>();
  for (const gap of proposal.gaps) gapsBefore.set(gap.before, [...(gapsBefore.get(gap.before) ?? []), gap]);
  const gapTag = (gap: Proposal['gaps'][number]) => `<Gap id="${attribute(gap.id)}" reason="${attribute(gap.reason)}" />`;

  // Blocks: runs of lines joined because a clause runs over the break between them.
  const { pieces } = proposal;
  let current = ''; // the paragraph being written
  const stack: string[] = []; // open clause ids
  let element: 'editorial' | undefined;
  const flush = () => {
    if (current !== '') out.push(current, '');
    current = '';
  };
  const lineNow = () => out.length + 1 + (current.match(/\n/g)?.length ?? 0);
  const closeTo = (depth: number) => {
    while (stack.length > depth) {
      current += '</Clause>';
      stack.pop();
    }
  };
  const closeEditorial = () => {
    if (element === 'editorial') current += '</Editorial>';
    element = undefined;
  };

  /** How many open clauses the piece keeps open: those up to its own anchor or its parent's. */
  const keepFor = (piece: Piece): number => {
    if (piece.owner.kind !== 'clause') return 0;
    const own = stack.indexOf(piece.owner.id);
    if (own >= 0) return own + 1;
    return piece.owner.parent ? stack.indexOf(piece.owner.parent) + 1 : 0;
  };
  for (let i = 0; i <= pieces.length; i++) {
    const gaps = gapsBefore.get(i);
    const piece: Piece | undefined = pieces[i];
    const previous: Piece | undefined = pieces[i - 1];
    const newLine = !previous || !piece || piece.line !== previous.line;
    const sameEditorial = piece?.owner.kind === 'editorial' && previous?.owner.kind === 'editorial' && piece.owner.editorial === previous.owner.editorial;
    if (!sameEditorial || gaps || newLine) closeEditorial();
    if (gaps || !piece) closeTo(0);
    else closeTo(keepFor(piece));
    if (newLine) {
      if (stack.length) current += '\\\n';
      else flush();
    } else current += proposal.clean.lines[piece!.line].text.slice(previous!.end, piece!.start);
    for (const gap of gaps ?? []) {
      if (current === '') {
        out.push(gapTag(gap), '');
        lines.gaps.set(gap.id, out.length - 1);
      } else {
        lines.gaps.set(gap.id, lineNow());
        current += `${gapTag(gap)} `;
      }
    }
    if (!piece) break;
    const text = escapeMdx(pieceText(proposal, piece));
    if (piece.owner.kind === 'editorial') {
      if (element !== 'editorial') {
        lines.editorial.push(lineNow());
        current += `<Editorial kind="${piece.owner.editorial}">`;
        element = 'editorial';
      }
      current += text;
      continue;
    }
    const id = piece.owner.id;
    if (!stack.includes(id)) {
      lines.clauses.set(id, lineNow());
      current += `<Clause id="${attribute(id)}">`;
      stack.push(id);
    }
    current += piece.footnoteRef ? `<FootnoteRef to="${attribute(piece.footnoteRef)}">${text}</FootnoteRef>` : text;
  }
  closeEditorial();
  closeTo(0);
  flush();
  return { mdx: `${out.join('\n').trimEnd()}\n`, lines };
}
