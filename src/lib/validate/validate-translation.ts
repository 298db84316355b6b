import type { ContentError } from '../errors.ts';
import { lookupLanguage } from '../languages.ts';
import type { ParsedConclusion } from '../parse/parse-conclusion.ts';
import type { ParsedTranslation } from '../parse/parse-translation.ts';
import { translationFrontmatterSchema, type TranslationFrontmatter } from '../schemas/translation.ts';
import { closestId, isDescendant, type FlatClause } from '../skeleton.ts';
import { zodIssuesToErrors } from './zod-errors.ts';

/** What validation needs to know besides the file itself. */
export interface TranslationContext {
  /** Every conclusion, by slug. */
  conclusions: ReadonlyMap<string, ParsedConclusion>;
  /** The conclusion slug and language that the file's path names (`content/translations/<slug>/<lang>.mdx`). */
  pathSlug: string;
  pathLang: string;
}

/** Checks the frontmatter, then the anchors against the skeleton. Returns the frontmatter when it is valid. */
export function validateTranslation(
  doc: ParsedTranslation,
  context: TranslationContext,
): { frontmatter?: TranslationFrontmatter; conclusion?: ParsedConclusion; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const yaml = doc.frontmatter;
  const start = { file: doc.file, line: 1, column: 1 };
  if (!yaml) {
    errors.push({
      code: 'frontmatter-missing',
      message: 'The translation has no frontmatter.',
      hint: 'start the file with a --- block giving conclusion, lang and source (url, publisher).',
      location: start,
    });
    return { errors };
  }
  if (yaml.errors.length) return { errors };
  const parsed = translationFrontmatterSchema.safeParse(yaml.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'source' && (issue.path.length === 1 || issue.path[1] === 'url')) {
        const missing = issue.path.length === 1 || (yaml.value as { source?: { url?: unknown } })?.source?.url === undefined;
        errors.push({
          code: 'source-url-missing',
          message: missing ? 'The translation has no source URL.' : `The source URL is not valid: ${issue.message}.`,
          hint: 'give the page the text was taken from, as source: { url: https://…, publisher: … }: a translation without provenance is not published.',
          location: yaml.locate(issue.path),
        });
      } else errors.push(...zodIssuesToErrors([issue], yaml, 'frontmatter-invalid', 'the frontmatter'));
    }
    return { errors };
  }
  const frontmatter = parsed.data;

  const language = lookupLanguage(frontmatter.lang);
  if (!language.ok) {
    const suggestion = language.suggestion ? ` (did you mean "${language.suggestion}"?)` : '';
    errors.push(
      language.reason === 'malformed'
        ? {
            code: 'language-malformed',
            message: `"${frontmatter.lang}" is not a well-formed BCP 47 language tag.`,
            hint: `write the tag as BCP 47 does: lowercase language, hyphen, region or script${suggestion}.`,
            location: yaml.locate(['lang']),
          }
        : {
            code: 'language-unknown',
            message: `The language "${frontmatter.lang}" is not one the site knows.`,
            hint: `use a BCP 47 tag that CLDR knows, in the form this corpus publishes it${suggestion}; names and text direction come from CLDR, no table needs an entry.`,
            location: yaml.locate(['lang']),
          },
    );
  }

  const conclusion = context.conclusions.get(frontmatter.conclusion);
  if (!conclusion) {
    errors.push({
      code: 'unknown-conclusion',
      message: `The translation belongs to conclusion "${frontmatter.conclusion}", which does not exist.`,
      hint: `use the slug of a file in content/conclusions/ (${[...context.conclusions.keys()].sort().join(', ')}), or add the conclusion there first.`,
      location: yaml.locate(['conclusion']),
    });
    return { errors };
  }
  if (language.ok && (frontmatter.conclusion !== context.pathSlug || frontmatter.lang !== context.pathLang))
    errors.push({
      code: 'path-mismatch',
      message: `The file's path names ${context.pathSlug}/${context.pathLang} but its frontmatter says ${frontmatter.conclusion}/${frontmatter.lang}.`,
      hint: `move the file to content/translations/${frontmatter.conclusion}/${frontmatter.lang}.mdx, or correct the frontmatter.`,
      location: yaml.locate(frontmatter.conclusion !== context.pathSlug ? ['conclusion'] : ['lang']),
    });
  if (!conclusion.conclusion) return { frontmatter, errors };
  errors.push(...anchorErrors(doc, conclusion));
  return { frontmatter, conclusion, errors };
}

/** Anchors against the skeleton: known ids, each once, in order, properly nested; every clause present or a gap. */
function anchorErrors(doc: ParsedTranslation, parsed: ParsedConclusion): ContentError[] {
  const errors: ContentError[] = [];
  const number = parsed.conclusion?.number ?? '';
  const skeletonFile = parsed.file;
  const byId = new Map(parsed.clauses.map((c) => [c.id, c]));
  const seen = new Map<string, { line: number; column: number }>();

  type Mark = { clause: FlatClause; location: ContentError['location']; what: string };
  const marks: Mark[] = [];
  const items = [
    ...doc.anchors.map((a) => ({ ...a, gap: false })),
    ...doc.gaps.map((g) => ({ clause: g.clause, location: g.location, parent: undefined, paragraph: g.paragraph, gap: true })),
  ].sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);

  for (const item of items) {
    const what = item.gap ? `<Gap id="${item.clause}">` : `<Clause id="${item.clause}">`;
    const clause = byId.get(item.clause);
    if (!clause) {
      // Prefer an id that the translation has not anchored yet: it is the likely intended one.
      const anchoredIds = new Set(items.map((i) => i.clause));
      const near = closestId([...byId.keys()].filter((id) => !anchoredIds.has(id)), item.clause) ?? closestId(byId.keys(), item.clause);
      errors.push({
        code: 'unknown-clause',
        message: `${what} names a clause that is not in the skeleton of ${number}.`,
        hint: `use an id from ${skeletonFile}${near ? ` (did you mean "${near}"?)` : ''}, or add the clause to the skeleton.`,
        location: item.location,
      });
      continue;
    }
    const first = seen.get(item.clause);
    if (first) {
      errors.push({
        code: 'duplicate-clause',
        message: `Clause "${item.clause}" is anchored a second time (first at line ${first.line}, column ${first.column}).`,
        hint: 'anchor each clause once: if its text runs over several paragraphs, put one <Clause> around all of them; if a footnote interrupts it, nest the footnote\'s anchor inside it.',
        location: item.location,
      });
      continue;
    }
    seen.set(item.clause, item.location);
    if (item.parent && !isDescendant(byId, item.clause, item.parent)) {
      errors.push({
        code: 'nested-clause',
        message: `<Clause id="${item.clause}"> is nested inside clause "${item.parent}", which is not its parent in the skeleton.`,
        hint: `close <Clause id="${item.parent}"> before opening "${item.clause}"; only a clause's own sub-clauses (such as an inline footnote) may be nested in it.`,
        location: item.location,
      });
    }
    marks.push({ clause, location: item.location, what });
  }

  // Footnote markers point to footnote clauses of the skeleton.
  for (const paragraph of doc.paragraphs)
    for (const segment of paragraph.segments)
      if (segment.kind === 'clause' && segment.footnoteRef !== undefined && byId.get(segment.footnoteRef)?.kind !== 'footnote')
        errors.push({
          code: 'unknown-footnote',
          message: `<FootnoteRef to="${segment.footnoteRef}"> points to no footnote of the skeleton of ${number}.`,
          hint: `use the id of a clause of kind footnote in ${skeletonFile} (${parsed.clauses.filter((c) => c.kind === 'footnote').map((c) => c.id).join(', ') || 'there is none yet'}).`,
          location: segment.location,
        });

  // Order: footnotes may also stand together at the end, after all other clauses.
  const lastBody = marks.findLastIndex((m) => m.clause.kind !== 'footnote');
  const inOrder = marks.filter((m, i) => !(m.clause.kind === 'footnote' && i > lastBody));
  const endNotes = marks.filter((m, i) => m.clause.kind === 'footnote' && i > lastBody);
  for (const list of [inOrder, endNotes]) {
    let previous: Mark | undefined;
    for (const mark of list) {
      if (previous && mark.clause.order < previous.clause.order) {
        errors.push({
          code: 'clause-order',
          message: `Clause "${mark.clause.id}" comes after clause "${previous.clause.id}", but the skeleton of ${number} puts it before.`,
          hint: `anchors follow the skeleton's order: check the two ids, or correct the order in ${skeletonFile}.`,
          location: mark.location,
        });
      }
      if (!previous || mark.clause.order > previous.clause.order) previous = mark;
    }
  }

  // Every skeleton clause is present or an explicit gap.
  const end = doc.paragraphs.at(-1)?.location ?? { file: doc.file, line: 1, column: 1 };
  for (const clause of parsed.clauses) {
    if (seen.has(clause.id)) continue;
    const next = marks.find((m) => m.clause.order > clause.order);
    errors.push({
      code: 'missing-clause',
      message: `Clause "${clause.id}" (${clause.gloss}) is neither anchored in this translation nor marked as a gap.`,
      hint: `anchor its text with <Clause id="${clause.id}">…</Clause>, or, if the translation leaves it out, put <Gap id="${clause.id}" reason="…" /> where it would stand.`,
      location: next?.location ?? end,
    });
  }
  return errors;
}
