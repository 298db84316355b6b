import { ContentValidationError, type ContentError } from '../errors.ts';
import { languageOf } from '../languages.ts';
import { parseConclusion, type ParsedConclusion } from '../parse/parse-conclusion.ts';
import { parseTranslation, type Paragraph, type Segment } from '../parse/parse-translation.ts';
import { rawCharacterErrors } from '../validate/characters.ts';
import { validateTranslation } from '../validate/validate-translation.ts';
import type { ClauseText, ConclusionEntry, Corpus, Translation } from './model.ts';

import type { ContentFiles } from './read-content.ts';

export type { ContentFiles, SourceFile } from './read-content.ts';

/** Parses and validates every file; returns the corpus, or every error found. Pure: no I/O. */
export function buildCorpus(files: ContentFiles): { corpus?: Corpus; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const conclusions = new Map<string, ParsedConclusion>();
  for (const file of [...files.conclusions, ...files.translations]) errors.push(...rawCharacterErrors(file.text, file.path));
  for (const file of files.conclusions) {
    const slug = baseName(file.path).replace(/\.ya?ml$/, '');
    const parsed = parseConclusion(file.text, file.path, slug);
    errors.push(...parsed.errors);
    conclusions.set(parsed.conclusion?.slug ?? slug, parsed);
  }
  const entries = new Map<string, ConclusionEntry>();
  for (const [slug, parsed] of conclusions)
    if (parsed.conclusion) entries.set(slug, { ...parsed.conclusion, file: parsed.file, skeleton: parsed.clauses, translations: [] });

  for (const file of files.translations) {
    const doc = parseTranslation(file.text, file.path);
    errors.push(...doc.errors);
    if (doc.errors.length) continue;
    const [pathSlug, pathLang] = file.path.split('/').slice(-2);
    const checked = validateTranslation(doc, { conclusions, pathSlug, pathLang: pathLang.replace(/\.mdx$/, '') });
    errors.push(...checked.errors);
    if (checked.errors.length || !checked.frontmatter) continue;
    const sourceFile = checked.frontmatter.source.file;
    if (files.sources && sourceFile !== undefined && !files.sources.includes(`content/sources/${sourceFile}`)) {
      errors.push({
        code: 'source-file-missing',
        message: `The source file "${sourceFile}" is not in content/sources/.`,
        hint: 'put the raw text, as received, in content/sources/ under that name, or correct source.file.',
        location: doc.frontmatter!.locate(['source', 'file']),
      });
      continue;
    }
    const entry = entries.get(checked.frontmatter.conclusion);
    if (!entry) continue;
    entry.translations.push({
      ...checked.frontmatter,
      file: file.path,
      language: languageOf(checked.frontmatter.lang),
      paragraphs: doc.paragraphs,
      clauses: indexClauses(doc.paragraphs),
      gaps: new Map(doc.gaps.map((g) => [g.clause, g])),
    });
  }
  if (errors.length) return { errors: distinct(errors) };
  const list = [...entries.values()];
  for (const entry of list) entry.translations.sort((a, b) => a.lang.localeCompare(b.lang));
  list.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  return { corpus: { conclusions: list }, errors };
}

/** Like {@link buildCorpus}, but throws a {@link ContentValidationError} listing every error. */
export function buildCorpusOrThrow(files: ContentFiles): Corpus {
  const { corpus, errors } = buildCorpus(files);
  if (!corpus) throw new ContentValidationError(errors);
  return corpus;
}

/** Groups each clause's segments into pieces: a piece ends where another owner's text or a paragraph break intervenes. */
export function indexClauses(paragraphs: Paragraph[]): Map<string, ClauseText> {
  const clauses = new Map<string, ClauseText>();
  let previousOwner: string | undefined;
  paragraphs.forEach((paragraph, index) => {
    const owners = new Set(paragraph.segments.filter((s) => s.kind === 'clause').map((s) => s.clause));
    previousOwner = undefined;
    paragraph.segments.forEach((segment, position) => {
      if (segment.kind !== 'clause') {
        if (segment.kind === 'editorial') previousOwner = undefined;
        return;
      }
      let entry = clauses.get(segment.clause);
      if (!entry) {
        entry = { clause: segment.clause, pieces: [], text: '', location: segment.location, sharesParagraph: owners.size > 1, paragraphCount: 0 };
        clauses.set(segment.clause, entry);
      }
      const last = entry.pieces.at(-1);
      if (last && previousOwner === segment.clause && last.paragraph === index) last.segments.push(segment);
      else {
        const startsParagraph = !paragraph.segments.slice(0, position).some(isText);
        entry.pieces.push({ segments: [segment], paragraph: index, startsParagraph });
        if (!last || last.paragraph !== index) entry.paragraphCount++;
      }
      previousOwner = segment.clause;
    });
  });
  for (const entry of clauses.values()) entry.text = entry.pieces.map((p) => p.segments.map((s) => s.text).join('').trim()).join(' ');
  return clauses;
}

function isText(segment: Segment): boolean {
  return segment.kind !== 'space' && segment.text.trim() !== '';
}

/** One error per code and place: a character found both in the raw file and in the value parsed from it is reported once. */
function distinct(errors: ContentError[]): ContentError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.code} ${e.location.file}:${e.location.line}`;
    if (seen.has(key) && /character|surrogate|noncharacter/.test(e.code)) return false;
    seen.add(key);
    return true;
  });
}

function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}
