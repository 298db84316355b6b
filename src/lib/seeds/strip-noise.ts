import { foldDigits } from '../text/normalize.ts';

/**
 * The ONE definition of the noise that news pages add around a translation, recognised by form (never by seed
 * or by language): Markdown images and links to photos, bare links, comment counters in any language
 * (`Comment (0)`, `نظر (0)`), the `Source:`-style line (kept as provenance, not as text), photo credits, a
 * publisher/date line, the page's tagline and other short chrome before or after the text, and blank runs.
 * Photo captions (a line between `|` bars, or ending with a parenthesised credit) are not noise: they are kept
 * as editorial material of kind `caption`. The importer, the fidelity tests and the review share this module.
 * Nothing is ever changed: each kept line is returned verbatim (trimmed), with its line number.
 */

/** Why a line was removed. */
export type NoiseReason = 'image' | 'photo link' | 'link' | 'comment counter' | 'source line' | 'photo credit' | 'publisher/date line' | 'page chrome' | 'blank run';

/** A removed piece of the raw text. */
export interface Removal {
  reason: NoiseReason;
  /** The removed text (a blank run is its newlines). */
  text: string;
  /** 1-based line of the raw text where it starts. */
  line: number;
}

/** A kept line: a paragraph of the text, or a photo caption kept as editorial material. */
export interface CleanLine {
  /** The line without its surrounding whitespace: a verbatim piece of the raw text. */
  text: string;
  kind: 'text' | 'caption';
  /** 1-based line in the raw text. */
  line: number;
  /** UTF-16 offset of `text` in the raw text. */
  offset: number;
}

/** The raw text cleaned: kept lines in order, every removal, and the URL a `Source:` line gave. */
export interface CleanText {
  lines: CleanLine[];
  removed: Removal[];
  sourceUrl?: string;
}

/** What remains of a seed: its paragraphs (captions included), and the source URL its `Source:` line gave. */
export interface CleanSeed {
  paragraphs: string[];
  sourceUrl?: string;
}

const image = /^!\[.*\]\(\S+\)$/u;
const photoLink = /^\[!\[[^\]]*\]\(\S+\)\]\(\S+\)$|^\[[^\]]*\]\(\S+\.(?:jpe?g|png|webp|gif|avif)(?:\?\S*)?\)$/iu;
const link = /^(?:\[[^\]]*\]\(\S+\)|<?https?:\/\/\S+>?)$/u;
/** "Comment (0)", "Комментарий (0)", "نظر (0)", "评论（0）": one or two words and a count in parentheses. */
const commentCount = /^\p{L}+(?: \p{L}+)?\s?[(（]\s?\d+\s?[)）]$/u;
/** "Source: https://…", "Sursă: …", "منبع: …", "来源：…": a word or two, a colon, a URL, nothing else. */
const sourceLine = /^\p{L}+(?: \p{L}+)?\s?[:：]\s*<?(https?:\/\/[^\s>]+)>?$/u;
/** A caption between bars (`| … |`), or one that lost a bar. */
const barCaption = { test: (text: string) => text.length > 1 && (text.startsWith('|') || text.endsWith('|')) };
/** A line that ends with a parenthesised credit: `… (Photo: Thu Hoai/VNA)`, `…（图：新华社）`. */
const creditEnd = /[(（]\s?\p{L}+\s?[:：]\s?[^()（）:：]{1,60}[)）]\s*\|?$/u;
/** A credit alone on its line: `Photo: VNA`, `(Фото: ДАНГ ХОА)`, `图：新华社`. */
const creditLine = /^[(（]?\s?\p{L}+(?: \p{L}+)?\s?[:：]\s?[^.。:：!?！？;；]{1,50}[)）]?$/u;
/** A time or an all-digit date, as publisher lines carry: `17:53`, `31/10/2025`, `2025-10-31`, `2025年10月31日`. */
const timeOrDate = /\d{1,2}:\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{4}\s?年\s?\d{1,2}\s?月|GMT\s?[+-]\s?\d/u;
const sentenceEnd = /[.。!?！？:：;；…»”"')）\]]$/u;

/** Words of a line (CJK characters counted in threes, as a rough word). */
function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu) ?? [];
  let count = 0;
  for (const w of words) count += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w) ? Math.ceil(w.length / 3) : 1;
  return count;
}

/** A line long enough to be text of the conclusion: it bounds the page chrome at the top and the bottom. */
function isSubstantial(text: string): boolean {
  return wordCount(text) >= 12;
}

/** Why a single line is noise, or undefined when it is not (chrome at the edges is decided apart). */
function lineNoise(text: string): NoiseReason | undefined {
  const folded = foldDigits(text);
  if (image.test(text)) return 'image';
  if (photoLink.test(text)) return 'photo link';
  if (link.test(text)) return 'link';
  if (commentCount.test(folded)) return 'comment counter';
  if (sourceLine.test(text)) return 'source line';
  if (!barCaption.test(text) && creditLine.test(text) && wordCount(text) <= 7 && !/\d{1,5}-[A-ZĐ]/u.test(folded)) return 'photo credit';
  if (text.length <= 90 && wordCount(text) <= 12 && timeOrDate.test(folded) && !/[.。]$/u.test(text)) return 'publisher/date line';
  return undefined;
}

/** True for a photo caption: kept, as editorial material of kind `caption`. */
function isCaption(text: string): boolean {
  return barCaption.test(text) || (text.length <= 400 && creditEnd.test(text));
}

/** True for a short line without a sentence's ending and without a document code: a tagline, a menu item. */
function isChrome(text: string): boolean {
  return wordCount(text) <= 8 && text.length <= 70 && !sentenceEnd.test(text) && !/\d{1,5}-\p{Lu}/u.test(foldDigits(text));
}

/** Cleans a raw text: every kept line verbatim with its place, and every removal with its reason and line. */
export function cleanText(raw: string): CleanText {
  const result: CleanText = { lines: [], removed: [] };
  const lines: Array<{ text: string; line: number; offset: number }> = [];
  let offset = 0;
  raw.split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(/\r$/, '');
    const lead = line.length - line.trimStart().length;
    lines.push({ text: line.trim(), line: index + 1, offset: offset + lead });
    offset += rawLine.length + 1;
  });
  const substantial = lines.map((l) => isSubstantial(l.text) && !lineNoise(l.text));
  const first = substantial.indexOf(true);
  const last = substantial.lastIndexOf(true);
  let blank: { start: number; count: number } | undefined;
  const flushBlank = () => {
    if (blank && blank.count > 1) result.removed.push({ reason: 'blank run', text: '\n'.repeat(blank.count), line: blank.start });
    blank = undefined;
  };
  lines.forEach((l, index) => {
    if (l.text === '') {
      blank ??= { start: l.line, count: 0 };
      blank.count++;
      return;
    }
    flushBlank();
    const reason = lineNoise(l.text);
    if (reason) {
      result.removed.push({ reason, text: l.text, line: l.line });
      if (reason === 'source line') result.sourceUrl ??= sourceLine.exec(l.text)![1];
      return;
    }
    if (isCaption(l.text)) {
      result.lines.push({ text: l.text, kind: 'caption', line: l.line, offset: l.offset });
      return;
    }
    if ((first < 0 || index < first || index > last) && isChrome(l.text)) {
      result.removed.push({ reason: 'page chrome', text: l.text, line: l.line });
      return;
    }
    result.lines.push({ text: l.text, kind: 'text', line: l.line, offset: l.offset });
  });
  flushBlank();
  result.removed.sort((a, b) => a.line - b.line);
  return result;
}

/** Splits a seed into its non-empty paragraphs (captions included) without the noise. Text is not changed. */
export function stripSeedNoise(text: string): CleanSeed {
  const clean = cleanText(text);
  return { paragraphs: clean.lines.map((l) => l.text), sourceUrl: clean.sourceUrl };
}
