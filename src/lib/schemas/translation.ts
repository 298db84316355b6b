import { z } from 'zod';
import { clauseIdSchema } from './clause.ts';
import { isoDateSchema } from './conclusion.ts';

/**
 * An absolute http(s) address as `new URL()` reads it, written without spaces: the reason given names
 * what is wrong (a space, no scheme, another scheme, not an address at all).
 */
export const webAddressSchema = z.string().superRefine((value, ctx) => {
  const space = value.search(/\s/u);
  const problem =
    space !== -1
      ? `the source URL has a space at character ${space + 1}; write a space inside an address as %20`
      : !URL.canParse(value)
        ? /^[a-z][a-z\d+.-]*:/i.test(value)
          ? 'the source URL is not a valid address'
          : 'the source URL must be a whole address starting with https://'
        : !['http:', 'https:'].includes(new URL(value).protocol)
          ? `the source URL must be an http(s) address, not ${new URL(value).protocol}`
          : !new URL(value).hostname
            ? 'the source URL has no host name'
            : undefined;
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Where a translation was published. */
export const translationSourceSchema = z.object({
  /** The page the text was taken from. Required: a translation without provenance is not published. */
  url: webAddressSchema,
  /** Who published it (news portal), as they name themselves. */
  publisher: z.string().min(1),
  /** The raw text as received, a file in `content/sources/`. The fidelity tests compare against it. */
  file: z.string().regex(/^[\w.-]+\.txt$/, 'name a .txt file in content/sources/').optional(),
  /** When the text was taken from the page. */
  retrieved: isoDateSchema.optional(),
});

/** Frontmatter of one translation's MDX file. */
export const translationFrontmatterSchema = z.object({
  /** Slug of the conclusion this translates (`202-kl-tw`); a file in `content/conclusions/`. */
  conclusion: z.string().min(1),
  /** BCP 47 language tag of the text (`nb` for Norwegian Bokmål). Its names, script and direction come from CLDR (src/lib/languages.ts). */
  lang: z.string().min(1),
  /** Provenance. */
  source: translationSourceSchema,
  /** Notes on the provenance and state of the text: who translated, what noise was removed, what it lacks. */
  notes: z.string().min(1).optional(),
  /**
   * Left by `npm run import`: how sure the importer was of each place it proposed, per clause id (or gap), from 0
   * to 1. The alignment report lists the clauses placed with low confidence until a reviewer removes the field.
   */
  imported: z
    .object({
      /** Confidence of each proposed place, by clause id. */
      confidence: z.record(clauseIdSchema, z.number().min(0).max(1)),
    })
    .optional(),
});

export type TranslationFrontmatter = z.infer<typeof translationFrontmatterSchema>;
