import { z } from 'zod';

/**
 * A clause id: dot-separated lowercase segments, each naming one level of the conclusion's own
 * structure: `preamble`, `4` (item 4), `4.p2` (its second paragraph), `4.1` (sub-item (1)),
 * `4.1.ii` (sub-item (ii) of (1)), `8.fn1` (footnote 1 of item 8), `p7` (seventh paragraph of an
 * unnumbered conclusion). Ids are permanent: they are the anchors that citations link to.
 */
export const clauseIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(\.[a-z0-9]+)*$/, 'a clause id is dot-separated lowercase letters and digits, e.g. "4.1.ii"');

/** What part of the conclusion's structure a clause is. */
export const clauseKindSchema = z.enum([
  /** The opening paragraph: the meeting, the report heard, "concluded as follows". */
  'preamble',
  /** A numbered item (1., 2., …) or, in an unnumbered conclusion, a top-level paragraph. */
  'item',
  /** A further paragraph of an item. */
  'paragraph',
  /** A sub-item such as (1) or (i). */
  'subitem',
  /** A footnote. Translations may carry it at the end or inline where it is referenced. */
  'footnote',
]);

/** One clause of a conclusion's skeleton, with its sub-clauses. */
export interface Clause {
  /** Permanent id, unique in the conclusion; a child's id starts with its parent's id and a dot. */
  id: string;
  /** Structural role of the clause. */
  kind: z.infer<typeof clauseKindSchema>;
  /** The marker the conclusion prints for it, if any: `4.`, `(1)`, `(ii)`, `[1]`. */
  marker?: string;
  /** A short English label that we write ourselves: what the clause is about. Not a translation. */
  gloss: string;
  /** Nested clauses, in the conclusion's order. */
  children?: Clause[];
}

/** Schema of one skeleton clause (recursive). */
export const clauseSchema: z.ZodType<Clause> = z.object({
  id: clauseIdSchema,
  kind: clauseKindSchema,
  marker: z.string().min(1).optional(),
  gloss: z.string().min(3, 'write a short English gloss for every clause'),
  get children() {
    return z.array(clauseSchema).optional();
  },
});

export type ClauseKind = z.infer<typeof clauseKindSchema>;
