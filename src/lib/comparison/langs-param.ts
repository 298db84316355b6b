/**
 * The `?langs=` parameter of a comparison view: which translations are shown as columns, in which order
 * (`?langs=ro,fa,ru`). Pure, so that the page (at build time) and the browser (at run time) read it the same way.
 */

/** The parameter's name in the URL. */
export const langsParam = 'langs';

/**
 * The columns that `value` asks for, among `available` (tags in default order): unknown, malformed and
 * repeated tags are ignored, tags match case-insensitively. Nothing usable (or no parameter) means every
 * available translation, in default order.
 */
export function parseLangs(value: string | null | undefined, available: readonly string[]): string[] {
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  const chosen: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const tag = byLower.get(raw.trim().toLowerCase());
    if (tag && !chosen.includes(tag)) chosen.push(tag);
  }
  return chosen.length ? chosen : [...available];
}

/** True when `langs` is the default view: every available translation in default order. */
export function isDefaultLangs(langs: readonly string[], available: readonly string[]): boolean {
  return langs.length === available.length && langs.every((tag, i) => tag === available[i]);
}

/**
 * The query string for a choice of columns: `?langs=ro,fa` (commas kept readable), or `''` for the
 * default view, keeping any other parameters of `search`.
 */
export function langsSearch(langs: readonly string[], available: readonly string[], search = ''): string {
  const params = new URLSearchParams(search);
  params.delete(langsParam);
  const rest = params.toString();
  const own = isDefaultLangs(langs, available) ? '' : `${langsParam}=${langs.map(encodeURIComponent).join(',')}`;
  const query = [own, rest].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}

/** Moves `tag` by `delta` places (−1 up, +1 down) in `langs`; returns a new list, unchanged at the ends. */
export function moveLang(langs: readonly string[], tag: string, delta: number): string[] {
  const list = [...langs];
  const from = list.indexOf(tag);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return list;
  list.splice(from, 1);
  list.splice(to, 0, tag);
  return list;
}

/**
 * Shows or hides `tag`: hidden tags drop out, shown tags come back at their place in `available` relative
 * to the shown ones. The last shown column cannot be hidden (a view has at least one).
 */
export function toggleLang(langs: readonly string[], tag: string, show: boolean, available: readonly string[]): string[] {
  if (!show) return langs.length > 1 ? langs.filter((t) => t !== tag) : [...langs];
  if (langs.includes(tag) || !available.includes(tag)) return [...langs];
  const rank = available.indexOf(tag);
  const at = langs.findIndex((t) => available.indexOf(t) > rank);
  const list = [...langs];
  list.splice(at < 0 ? list.length : at, 0, tag);
  return list;
}
