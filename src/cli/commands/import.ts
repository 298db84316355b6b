import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../../lib/corpus/build-corpus.ts';
import { readContentFiles } from '../../lib/corpus/load-corpus.ts';
import { formatContentErrors } from '../../lib/errors.ts';
import { writeDraft } from '../../lib/import/draft.ts';
import { propose, toJson, type Proposal } from '../../lib/import/propose.ts';
import { formatReview } from '../../lib/import/review.ts';
import { proposeNewConclusion, slugOf } from '../../lib/import/new-skeleton.ts';
import { lookupLanguage } from '../../lib/languages.ts';
import { parseConclusion } from '../../lib/parse/parse-conclusion.ts';
import { findDocumentCodes } from '../../lib/references/document-codes.ts';
import { exitCodes, UsageError, type CommandContext } from '../context.ts';

/** Usage of `import`. */
export const importUsage = `Usage: npm run import -- <raw-file> --conclusion <slug> --lang <tag> --source <url> --publisher <name> [--force] [--json]
       npm run import -- <raw-file> --new <number> --lang <tag> --source <url> --publisher <name> [--force] [--json]

Cleans a saved news page (images, captions, comment counters, Source line, page chrome), aligns it to the
conclusion's clause skeleton with the translations already aligned as pivots, writes the draft
content/translations/<slug>/<lang>.mdx (the raw file copied to content/sources/) and prints a review:
every clause and gap with its confidence and the draft's file:line, lowest confidence first, then the
editorial blocks and the removed noise.
  --conclusion <slug>  the conclusion translated (a file in content/conclusions/)
  --new <number>       a new conclusion (e.g. 221-KL/TW): propose its clause skeleton from this text's
                       numbering and paragraphs, write content/conclusions/<slug>.yaml with TODO glosses
  --lang <tag>         BCP 47 tag of the text's language (a tag of src/lib/languages.ts)
  --source <url>       the page the text was taken from (http or https)
  --publisher <name>   who published it
  --force              overwrite an existing translation
  --json               write nothing; print the proposal as JSON
Exit code: 0 draft written (or JSON printed), 1 the draft does not validate or a file cannot be read or
written, 2 usage error (bad slug, tag, URL, missing option).`;

interface ImportValues {
  conclusion?: string;
  new?: string;
  lang?: string;
  source?: string;
  publisher?: string;
  force?: boolean;
  json?: boolean;
  help?: boolean;
}

/** `import`: a raw text in, a draft translation and its review out. */
export function importCommand(args: string[], ctx: CommandContext): number {
  let values: ImportValues;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        conclusion: { type: 'string' },
        new: { type: 'string' },
        lang: { type: 'string' },
        source: { type: 'string' },
        publisher: { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    ctx.stdout.write(`${importUsage}\n`);
    return exitCodes.ok;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `Give one raw file, not ${positionals.length}.` : 'Give the raw file to import.');
  if (values.new !== undefined && values.conclusion !== undefined) throw new UsageError('Give --conclusion <slug> or --new <number>, not both.');
  if (values.new !== undefined && findDocumentCodes(values.new)[0]?.written !== values.new)
    throw new UsageError(`--new "${values.new}" is not a conclusion number as printed, e.g. 221-KL/TW.`);
  const slug = values.new !== undefined ? slugOf(values.new) : required(values.conclusion, '--conclusion <slug>');
  const lang = required(values.lang, '--lang <tag>');
  const language = lookupLanguage(lang);
  if (!language.ok)
    throw new UsageError(
      `--lang "${lang}" is ${language.reason === 'malformed' ? 'not a well-formed BCP 47 tag' : 'not a language of src/lib/languages.ts'}${language.suggestion ? `; did you mean "${language.suggestion}"?` : '; add the language there first.'}`,
    );
  const json = values.json === true;
  const url = json ? values.source : required(values.source, '--source <url>');
  if (url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/u.test(url)) throw new UsageError(`--source "${url}" is not an http(s) address of a page, e.g. https://example.org/news/123.`);
  const publisher = json ? values.publisher : required(values.publisher, '--publisher <name>');

  const files = readContentFiles(ctx.cwd);
  const target = `content/translations/${slug}/${lang}.mdx`;
  const others = { ...files, translations: files.translations.filter((f) => f.path !== target) };
  const { corpus, errors } = buildCorpus(others);
  if (!corpus) {
    ctx.stderr.write(`The content does not validate, so it cannot serve as pivots; fix these first:\n${formatContentErrors(errors)}\n`);
    return exitCodes.failed;
  }
  const conclusion = corpus.conclusions.find((c) => c.slug === slug);
  if (values.new !== undefined) return importNew(ctx, { values, slug, lang, url, publisher, json, exists: conclusion !== undefined, rawArg: positionals[0] });
  if (!conclusion) throw new UsageError(`--conclusion "${slug}" names no conclusion; known: ${corpus.conclusions.map((c) => c.slug).join(', ')}.`);

  const rawPath = resolve(ctx.cwd, positionals[0]);
  let raw: string;
  try {
    raw = readFileSync(rawPath, 'utf8');
  } catch (error) {
    ctx.stderr.write(`${positionals[0]}: cannot read the raw file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).\n  hint: give the path of the saved text, relative to ${ctx.cwd} or absolute.\n`);
    return exitCodes.failed;
  }

  const proposal = propose({ conclusion, lang, raw });
  if (json) {
    ctx.stdout.write(`${JSON.stringify(toJson(proposal), null, 2)}\n`);
    return exitCodes.ok;
  }
  if (files.translations.some((f) => f.path === target) && !values.force) {
    ctx.stderr.write(`${target}: a translation of ${slug} in "${lang}" exists already; nothing written.\n  hint: add --force to replace it (its text is re-imported from the raw file), or check --json first.\n`);
    return exitCodes.failed;
  }

  const sourceFile = sourceFileName(ctx.cwd, rawPath, slug, lang);
  const draft = writeDraft(proposal, {
    conclusion: slug,
    lang,
    source: { url: url!, publisher: publisher!, file: sourceFile },
    notes: notesOf(proposal),
    imported: { confidence: Object.fromEntries([...proposal.clauses, ...proposal.gaps].map((c) => [c.id, c.confidence])) },
  });
  const sourcePath = join(ctx.cwd, 'content/sources', sourceFile);
  try {
    if (resolve(sourcePath) !== rawPath) copyFileSync(rawPath, sourcePath);
    mkdirSync(dirname(join(ctx.cwd, target)), { recursive: true });
    writeFileSync(join(ctx.cwd, target), draft.mdx);
  } catch (error) {
    ctx.stderr.write(`cannot write the draft: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  ctx.stdout.write(`Draft written: ${target} (raw text copied to ${relative(ctx.cwd, sourcePath)})\n`);
  if (proposal.clean.sourceUrl && proposal.clean.sourceUrl !== url)
    ctx.stdout.write(`Note: the text's own Source line names ${proposal.clean.sourceUrl}, not --source ${url}.\n`);
  ctx.stdout.write(formatReview(proposal, draft.lines, target, relative(ctx.cwd, rawPath) || rawPath));
  const check = buildCorpus({
    ...others,
    translations: [...others.translations, { path: target, text: draft.mdx }],
    sources: [...(others.sources ?? []), `content/sources/${sourceFile}`],
  });
  if (check.errors.length) {
    ctx.stderr.write(`The draft does not validate yet:\n${formatContentErrors(check.errors)}\n`);
    return exitCodes.failed;
  }
  return exitCodes.ok;
}

interface NewArgs {
  values: ImportValues;
  slug: string;
  lang: string;
  url?: string;
  publisher?: string;
  json: boolean;
  exists: boolean;
  rawArg: string;
}

/** `--new`: the skeleton proposed from the text, written with TODO glosses, and the text as its first translation. */
function importNew(ctx: CommandContext, a: NewArgs): number {
  const yamlFile = `content/conclusions/${a.slug}.yaml`;
  if ((a.exists || existsSync(join(ctx.cwd, yamlFile))) && !a.values.force && !a.json) {
    ctx.stderr.write(`${yamlFile}: conclusion ${a.values.new} exists already; nothing written.\n  hint: import the text with --conclusion ${a.slug}, or add --force to replace its skeleton.\n`);
    return exitCodes.failed;
  }
  const rawPath = resolve(ctx.cwd, a.rawArg);
  let raw: string;
  try {
    raw = readFileSync(rawPath, 'utf8');
  } catch (error) {
    ctx.stderr.write(`${a.rawArg}: cannot read the raw file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).\n`);
    return exitCodes.failed;
  }
  const created = proposeNewConclusion(raw, a.lang, a.values.new!);
  if (a.json) {
    ctx.stdout.write(`${JSON.stringify(toJson(created.proposal), null, 2)}\n`);
    return exitCodes.ok;
  }
  const target = `content/translations/${a.slug}/${a.lang}.mdx`;
  const sourceFile = sourceFileName(ctx.cwd, rawPath, a.slug, a.lang);
  const draft = writeDraft(created.proposal, { conclusion: a.slug, lang: a.lang, source: { url: a.url!, publisher: a.publisher! , file: sourceFile }, notes: notesOf(created.proposal) });
  try {
    const sourcePath = join(ctx.cwd, 'content/sources', sourceFile);
    if (resolve(sourcePath) !== rawPath) copyFileSync(rawPath, sourcePath);
    writeFileSync(join(ctx.cwd, yamlFile), created.yaml);
    mkdirSync(dirname(join(ctx.cwd, target)), { recursive: true });
    writeFileSync(join(ctx.cwd, target), draft.mdx);
  } catch (error) {
    ctx.stderr.write(`cannot write the new conclusion: ${(error as Error).message}\n`);
    return exitCodes.failed;
  }
  const todos = parseConclusion(created.yaml, yamlFile, a.slug).errors.filter((e) => e.code === 'todo');
  ctx.stdout.write(`Skeleton proposed: ${yamlFile} (${created.proposal.clauses.length} clauses); draft written: ${target}\n`);
  ctx.stdout.write(formatReview(created.proposal, draft.lines, target, relative(ctx.cwd, rawPath) || rawPath));
  ctx.stdout.write(`Still to write (${todos.length}; the build reports each as error[todo]):\n${todos.map((t) => `  ${t.location.file}:${t.location.line}  ${t.message}`).join('\n')}\n`);
  return exitCodes.ok;
}

function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`Missing ${option}.`);
  return value;
}

/** The name of the raw text's copy in content/sources/: its own name when free and well-formed, else `<slug>-<lang>.txt`. */
function sourceFileName(cwd: string, rawPath: string, slug: string, lang: string): string {
  const own = basename(rawPath);
  const inSources = resolve(cwd, 'content/sources', own) === rawPath;
  if (inSources && /^[\w.-]+\.txt$/.test(own)) return own;
  const name = `${slug}-${lang}.txt`;
  return name;
}

function notesOf(proposal: Proposal): string {
  const reasons = [...new Set(proposal.clean.removed.map((r) => r.reason))];
  return `Imported with npm run import; anchors proposed by the aligner, to be reviewed.${reasons.length ? ` Removed as noise: ${reasons.join(', ')}.` : ''}${proposal.gaps.length ? ` Gaps: ${proposal.gaps.map((g) => g.id).join(', ')}.` : ''}`;
}
