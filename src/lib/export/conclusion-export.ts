import type { Finding } from '../checks/finding.ts';
import { translationCells } from '../comparison/rows.ts';
import type { ConclusionEntry, Corpus, Translation } from '../corpus/model.ts';
import { comparisonUrl, readingUrl } from '../format.ts';
import { absoluteUrl, siteName } from '../site.ts';
import { exportPath } from './export-paths.ts';
import { selectTranslations } from './select-translations.ts';

/**
 * The JSON export of a conclusion: its metadata, the skeleton with our glosses, every translation's clauses
 * verbatim (the text the pages publish, `ClauseText.text`), its gaps and its editorial material, and the
 * alignment findings. `/exports/schema/conclusion.json` describes it; the build validates every file.
 */
export interface ConclusionExport {
  $schema: string;
  number: string;
  slug: string;
  date: string;
  issuedBy: string[];
  signatory: { name: string; role: string };
  title: { vi: string; en: string };
  answers: { number: string; date: string; by: string };
  url: string;
  licence: string;
  skeleton: Array<{ id: string; kind: string; marker?: string; gloss: string; depth: number; parent?: string }>;
  translations: TranslationExport[];
  findings: Array<{ check: string; severity: string; clause: string; langs: string[]; message: string }>;
}

/** One translation in a {@link ConclusionExport}. */
export interface TranslationExport {
  lang: string;
  language: string;
  dir: 'ltr' | 'rtl';
  publisher: string;
  sourceUrl: string;
  retrieved?: string;
  notes?: string;
  url: string;
  clauses: Array<{ id: string; text: string; startsParagraph: boolean }>;
  gaps: Array<{ id: string; reason: string }>;
  editorial: Array<{ kind: string; text: string; before?: string; after?: string }>;
}

/** `/exports/corpus.json`: every conclusion, newest first. */
export interface CorpusExport {
  $schema: string;
  licence: string;
  conclusions: ConclusionExport[];
}

/** What the exports say about rights, also shown on the /data/ page. */
export const licenceNote = `The translations belong to their publishers (named with each text and linked to its source page); they are reproduced verbatim for study. The clause skeleton, the English glosses, the alignment and the findings are our own work (${siteName}).`;

/**
 * The JSON export of one conclusion; `findings` are the corpus's alignment findings (those of other
 * conclusions are left out). With `langs`, only those translations, in that order, and the findings that
 * concern only them.
 */
export function conclusionExport(conclusion: ConclusionEntry, findings: readonly Finding[] = [], langs?: readonly string[]): ConclusionExport {
  const translations = selectTranslations(conclusion, langs);
  const chosen = new Set(translations.map((t) => t.lang));
  return {
    $schema: absoluteUrl(exportPath.conclusionSchema),
    number: conclusion.number,
    slug: conclusion.slug,
    date: conclusion.date,
    issuedBy: [...conclusion.issuedBy],
    signatory: { ...conclusion.signatory },
    title: { ...conclusion.title },
    answers: { ...conclusion.answers },
    url: absoluteUrl(comparisonUrl(conclusion.slug)),
    licence: licenceNote,
    skeleton: conclusion.skeleton.map((c) => ({
      id: c.id,
      kind: c.kind,
      ...(c.marker ? { marker: c.marker } : {}),
      gloss: c.gloss,
      depth: c.depth,
      ...(c.parent ? { parent: c.parent } : {}),
    })),
    translations: translations.map((t) => translationExport(conclusion, t)),
    findings: findingsOf(findings, conclusion.slug)
      .filter((f) => f.langs.every((l) => chosen.has(l)))
      .map((f) => ({ check: f.check, severity: f.severity, clause: f.clause, langs: [...f.langs], message: f.message })),
  };
}

const byConclusion = new WeakMap<readonly Finding[], Map<string, Finding[]>>();

/** The findings about one conclusion, from an index of `findings` by conclusion built once (not a scan per conclusion). */
function findingsOf(findings: readonly Finding[], slug: string): readonly Finding[] {
  let index = byConclusion.get(findings);
  if (!index) {
    index = new Map();
    for (const f of findings) {
      const list = index.get(f.conclusion);
      if (list) list.push(f);
      else index.set(f.conclusion, [f]);
    }
    byConclusion.set(findings, index);
  }
  return index.get(slug) ?? [];
}

/** The JSON export of the whole corpus. */
export function corpusExport(corpus: Corpus, findings: readonly Finding[] = []): CorpusExport {
  return {
    $schema: absoluteUrl(exportPath.corpusSchema),
    licence: licenceNote,
    conclusions: corpus.conclusions.map((c) => conclusionExport(c, findings)),
  };
}

const exported = new WeakMap<Translation, { conclusion: ConclusionEntry; value: TranslationExport }>();

/** A translation as the JSON exports hold it, built once (its conclusion's file and corpus.json share it; never changed). */
function translationExport(conclusion: ConclusionEntry, t: Translation): TranslationExport {
  const known = exported.get(t);
  if (known?.conclusion === conclusion) return known.value;
  const value = buildTranslationExport(conclusion, t);
  exported.set(t, { conclusion, value });
  return value;
}

function buildTranslationExport(conclusion: ConclusionEntry, t: Translation): TranslationExport {
  // Only the cells' editorial blocks are exported: their fact marks would be computed for nothing.
  const cells = translationCells(t, conclusion.skeleton, { facts: false });
  const editorial: TranslationExport['editorial'] = [];
  for (const clause of conclusion.skeleton) {
    const cell = cells.get(clause.id)!;
    for (const block of [...cell.lead, ...cell.pieces.flatMap((p) => p.editorial)]) editorial.push({ ...block, before: clause.id });
    for (const block of cell.trailing) editorial.push({ ...block, after: clause.id });
  }
  return {
    lang: t.lang,
    language: t.language.name,
    dir: t.language.dir,
    publisher: t.source.publisher,
    sourceUrl: t.source.url,
    ...(t.source.retrieved ? { retrieved: t.source.retrieved } : {}),
    ...(t.notes ? { notes: t.notes } : {}),
    url: absoluteUrl(readingUrl(conclusion.slug, t.lang)),
    clauses: conclusion.skeleton.flatMap((c) => {
      const text = t.clauses.get(c.id);
      return text ? [{ id: c.id, text: text.text, startsParagraph: text.pieces[0]?.startsParagraph ?? true }] : [];
    }),
    gaps: conclusion.skeleton.flatMap((c) => {
      const gap = t.gaps.get(c.id);
      return gap && !t.clauses.has(c.id) ? [{ id: c.id, reason: gap.reason }] : [];
    }),
    editorial,
  };
}
