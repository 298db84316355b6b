/**
 * The noise that news pages add around a translation, removed by form (never by seed):
 * Markdown images (links to unrelated news photos), the page's "Comment (0)" line in any language,
 * the `Source:` line (kept as provenance, not as text) and runs of blank lines.
 */

/** What remains of a seed: its paragraphs, and the source URL its `Source:` line gave. */
export interface CleanSeed {
  paragraphs: string[];
  sourceUrl?: string;
}

const image = /^!\[.*\]\(\S+\)$/u;
/** "Comment (0)", "Комментарий (0)", "نظر (0)", …: one word and a count in parentheses. */
const commentCount = /^\p{L}+ \(\d+\)$/u;
/** "Source: https://…", "Sursă: …", "منبع: …", "Kilde: …": one word, a colon, a URL, nothing else. */
const sourceLine = /^\p{L}+: (https?:\/\/\S+)$/u;

/** Splits a seed into its non-empty paragraphs (one per line) without the noise. Text is not changed. */
export function stripSeedNoise(text: string): CleanSeed {
  const result: CleanSeed = { paragraphs: [] };
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || image.test(trimmed) || commentCount.test(trimmed)) continue;
    const source = sourceLine.exec(trimmed);
    if (source) {
      result.sourceUrl ??= source[1];
      continue;
    }
    result.paragraphs.push(line);
  }
  return result;
}
