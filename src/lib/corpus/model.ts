import type { Conclusion } from '../schemas/conclusion.ts';
import type { TranslationFrontmatter } from '../schemas/translation.ts';
import type { LanguageInfo } from '../languages.ts';
import type { FlatClause } from '../skeleton.ts';
import type { GapMark, Paragraph, Segment } from '../parse/parse-translation.ts';

/** One clause's text in one translation: its segments in reading order. */
export interface ClauseText {
  clause: string;
  /** The pieces of the clause (more than one when a nested footnote or a paragraph break interrupts it). */
  pieces: Array<{ segments: Array<Extract<Segment, { kind: 'clause' }>>; paragraph: number; startsParagraph: boolean }>;
  /** The clause's text, pieces joined by a space, whitespace as written. */
  text: string;
  /** Where the clause's first text is. */
  location: Segment['location'];
  /** True when the clause shares its first paragraph with other clauses (the translation merged them). */
  sharesParagraph: boolean;
  /** Number of source paragraphs the clause runs over. */
  paragraphCount: number;
}

/** One translation, validated and indexed by clause. */
export interface Translation extends TranslationFrontmatter {
  /** The MDX file, relative to the project root. */
  file: string;
  /** Language data for `lang`: name, direction, script. */
  language: LanguageInfo;
  /** Paragraphs as published, for the reading view. */
  paragraphs: Paragraph[];
  /** Clause texts by id. */
  clauses: ReadonlyMap<string, ClauseText>;
  /** Omitted clauses by id. */
  gaps: ReadonlyMap<string, GapMark>;
}

/** One conclusion with its skeleton and translations. */
export interface ConclusionEntry extends Conclusion {
  /** The YAML file, relative to the project root. */
  file: string;
  /** Skeleton in reading order. */
  skeleton: FlatClause[];
  /** Translations, ordered by language tag. */
  translations: Translation[];
}

/** The whole corpus, conclusions newest first. */
export interface Corpus {
  conclusions: ConclusionEntry[];
}
