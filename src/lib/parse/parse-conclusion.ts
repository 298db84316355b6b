import type { ContentError } from '../errors.ts';
import { conclusionSchema, type Conclusion } from '../schemas/conclusion.ts';
import { flattenSkeleton, type FlatClause } from '../skeleton.ts';
import { parseYamlWithPositions, type YamlDocument } from './parse-yaml.ts';
import { zodIssuesToErrors } from '../validate/zod-errors.ts';

/** A conclusion read from `content/conclusions/<slug>.yaml`. */
export interface ParsedConclusion {
  file: string;
  yaml: YamlDocument;
  conclusion?: Conclusion;
  /** The skeleton in reading order. */
  clauses: FlatClause[];
  errors: ContentError[];
}

/** Parses and validates a conclusion file; `slug` is the file name without `.yaml`. */
export function parseConclusion(source: string, file: string, slug: string): ParsedConclusion {
  const yaml = parseYamlWithPositions(source, file);
  const result: ParsedConclusion = { file, yaml, clauses: [], errors: [...yaml.errors] };
  if (yaml.errors.length) return result;
  result.errors.push(...todoErrors(yaml));
  if (result.errors.length) return result;
  const parsed = conclusionSchema.safeParse(yaml.value);
  if (!parsed.success) {
    result.errors.push(...zodIssuesToErrors(parsed.error.issues, yaml, 'conclusion-invalid', 'the conclusion'));
    return result;
  }
  const conclusion = parsed.data;
  result.conclusion = conclusion;
  result.clauses = flattenSkeleton(conclusion.clauses);
  const expectedSlug = conclusion.number.toLowerCase().replace(/\//g, '-').normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
  if (conclusion.slug !== slug)
    result.errors.push({
      code: 'slug-mismatch',
      message: `The slug "${conclusion.slug}" differs from the file name "${slug}.yaml".`,
      hint: `rename the file to ${conclusion.slug}.yaml or set slug: ${slug}.`,
      location: yaml.locate(['slug']),
    });
  else if (conclusion.slug !== expectedSlug)
    result.errors.push({
      code: 'slug-mismatch',
      message: `The slug "${conclusion.slug}" does not follow the number ${conclusion.number}.`,
      hint: `use slug: ${expectedSlug} (the number in lowercase, "/" as "-").`,
      location: yaml.locate(['slug']),
    });
  result.errors.push(...skeletonErrors(conclusion, yaml));
  return result;
}

/** Ids unique, and each child's id extending its parent's. */
function skeletonErrors(conclusion: Conclusion, yaml: YamlDocument): ContentError[] {
  const errors: ContentError[] = [];
  const seen = new Set<string>();
  const visit = (clauses: Conclusion['clauses'], path: PropertyKey[], parent?: string): void =>
    clauses.forEach((clause, i) => {
      const here = [...path, i];
      if (seen.has(clause.id))
        errors.push({
          code: 'skeleton-duplicate-id',
          message: `The skeleton has clause id "${clause.id}" twice.`,
          hint: 'give every clause of the skeleton its own id.',
          location: yaml.locate([...here, 'id']),
        });
      seen.add(clause.id);
      if (parent && !clause.id.startsWith(`${parent}.`))
        errors.push({
          code: 'skeleton-id-nesting',
          message: `Clause "${clause.id}" is nested in "${parent}" but its id does not start with "${parent}.".`,
          hint: `name it "${parent}.${clause.id.split('.').pop()}" so that the id shows where the clause sits.`,
          location: yaml.locate([...here, 'id']),
        });
      visit(clause.children ?? [], [...here, 'children'], clause.id);
    });
  visit(conclusion.clauses, ['clauses']);
  return errors;
}

/** Values still marked `TODO` (left by `npm run import -- --new` for the contributor to write), each at its line. */
function todoErrors(yaml: YamlDocument): ContentError[] {
  const errors: ContentError[] = [];
  const visit = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === 'string' && value.startsWith('TODO'))
      errors.push({
        code: 'todo',
        message: `${path.filter((k) => typeof k === 'string').join('.')} is still a TODO: "${value}".`,
        hint: 'write the value (for a gloss: a short English label of what the clause is about, our own words, not a translation).',
        location: yaml.locate(path),
      });
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(yaml.value, []);
  return errors;
}
