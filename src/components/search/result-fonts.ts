/**
 * Loads the web fonts that results will need when a search starts, instead of when the first result in a
 * script is shown (a font fetched then makes the page lay its results out twice, and was the slowest part
 * of a first query in Cyrillic or Persian). Which fonts: those the page's own CSS gives each language of
 * the index (`:lang()` rules, read from a probe element), for the letters that language's texts use
 * (`bundles.json`, see `languageLetters`); and the bold of the body font, in which the status line repeats
 * the query. The browser picks the font files by their unicode-range, as for text on the page.
 */

/** Starts loading the fonts for `letters` (language → letters) as `container`'s descendants would use them. */
export function loadResultFonts(container: HTMLElement, letters: Readonly<Record<string, string>>): void {
  if (!('fonts' in document)) return;
  const probe = document.createElement('p');
  probe.hidden = true;
  container.append(probe);
  const loads: Array<[font: string, text: string]> = [];
  for (const [lang, text] of Object.entries(letters)) {
    probe.lang = lang;
    loads.push([`400 1em ${getComputedStyle(probe).fontFamily}`, text]);
  }
  probe.removeAttribute('lang');
  loads.push([`700 1em ${getComputedStyle(probe).fontFamily}`, Object.values(letters).join('')]);
  probe.remove();
  // A font that fails to load leaves the fallback font, as on any page.
  for (const [font, text] of loads) document.fonts.load(font, text).catch(() => undefined);
}
