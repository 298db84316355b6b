import { z } from 'zod';
import { clauseIdSchema } from './clause.ts';
import { isoDateSchema } from './conclusion.ts';

/** Where a translation was published. */
export const translationSourceSchema = z.object({
  /** The page the text was taken from. Required: a translation without provenance is not published. */
  url: z.url({ protocol: /^https?$/, error: 'the source URL must be an http(s) address' }),
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
