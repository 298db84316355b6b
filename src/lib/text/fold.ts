/** Folds every run of whitespace (spaces, newlines, no-break spaces) to one space and trims the ends. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
