import { readFileSync } from 'node:fs';
import { stripSeedNoise } from '../../src/lib/seeds/strip-noise.ts';
import { foldWhitespace } from '../../src/lib/text/fold.ts';
import type { Paragraph } from '../../src/lib/parse/parse-translation.ts';

/** The seed's text without its noise, paragraphs joined by newlines, whitespace folded. */
export function expectedSeedText(sourceFile: string): { text: string; sourceUrl?: string } {
  const clean = stripSeedNoise(readFileSync(`content/sources/${sourceFile}`, 'utf8'));
  return { text: foldWhitespace(clean.paragraphs.join('\n')), sourceUrl: clean.sourceUrl };
}

/** The text a parsed translation holds: every segment in order, paragraphs joined by newlines, whitespace folded. */
export function textOfParagraphs(paragraphs: Paragraph[]): string {
  return foldWhitespace(paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n'));
}

/** The first position where two strings differ, with context, for readable failures. */
export function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 30), i + 30)}… ≠ …${b.slice(Math.max(0, i - 30), i + 30)}…`;
}
