import { z } from 'zod';
import { clauseSchema } from './clause.ts';

/** A document code as Vietnamese Party documents print it: `202-KL/TW`, `523-BC/BTCTW`, `56-KH/BCĐ`. */
export const documentCodeSchema = z
  .string()
  .regex(/^\d+-\p{Lu}\p{L}*\/\p{Lu}[\p{Lu}\d]*$/u, 'write a document code such as "202-KL/TW"');

/** Whether `YYYY-MM-DD` names a day of the (proleptic Gregorian) calendar: no 30 February, no month 13. */
export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * An ISO 8601 calendar date, `YYYY-MM-DD`, that exists. YAML readers that turn an unquoted date into a
 * Date object are accepted too: the value is kept as the `YYYY-MM-DD` string either way.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
    .refine(isCalendarDate, { error: (issue) => `${String(issue.input)} is not a day of the calendar; check the month (01-12) and the day` }),
);

/** One conclusion of the Politburo and/or the Secretariat, and the skeleton all its translations share. */
export const conclusionSchema = z.object({
  /** The conclusion's number as printed: `202-KL/TW`. */
  number: documentCodeSchema,
  /** URL segment, derived from the number: `202-kl-tw`. Must match the file name. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug is lowercase words joined by hyphens'),
  /** Date of signature. */
  date: isoDateSchema,
  /** The bodies that issued it, in English: `Politburo`, `Secretariat`. */
  issuedBy: z.array(z.string().min(1)).min(1),
  /** Who signed it, and in what capacity. */
  signatory: z.object({
    /** Name in Vietnamese spelling, with diacritics. */
    name: z.string().min(1),
    /** Capacity, in English. */
    role: z.string().min(1),
  }),
  /** Titles. */
  title: z.object({
    /** The Vietnamese title, as issued. */
    vi: z.string().min(1),
    /** Our English working title. */
    en: z.string().min(1),
  }),
  /** The report the conclusion answers. */
  answers: z.object({
    /** Its code: `523-BC/BTCTW`. */
    number: documentCodeSchema,
    /** Its date. */
    date: isoDateSchema,
    /** Who wrote it, in English. */
    by: z.string().min(1),
  }),
  /** The clause skeleton: top-level clauses in order, each with its sub-clauses. */
  clauses: z.array(clauseSchema).min(1),
});

export type Conclusion = z.infer<typeof conclusionSchema>;
