import { clauseAnchor } from '../format.ts';

/**
 * The `?only=findings` parameter of a comparison view: show only the rows that have alignment findings.
 * Pure, so that the report (at build time) and the browser (at run time) read and write it the same way.
 * Without it (and without JavaScript) every row shows.
 */

/** The parameter's name in the URL. */
export const onlyParam = 'only';
/** Its value that keeps only rows with findings. */
export const onlyFindings = 'findings';

/** True when the query string `search` asks for rows with findings only. */
export function isOnlyFindings(search: string): boolean {
  return new URLSearchParams(search).get(onlyParam) === onlyFindings;
}

/** The query string with the filter on or off, keeping the other parameters (`?langs=ro,fa&only=findings`). */
export function onlySearch(on: boolean, search = ''): string {
  const params = new URLSearchParams(search);
  params.delete(onlyParam);
  const rest = params.toString().replace(/%2C/gi, ',');
  const query = [rest, on ? `${onlyParam}=${onlyFindings}` : ''].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}

/** URL of a clause's row in the comparison view with only the rows with findings shown. */
export function findingRowUrl(slug: string, clause: string): string {
  return `/conclusions/${slug}/${onlySearch(true)}#${clauseAnchor(clause)}`;
}
