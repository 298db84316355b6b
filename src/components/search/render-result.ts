/**
 * One search result as DOM, built with createElement and textContent only: clause text and query
 * never pass through innerHTML, so markup in either stays text.
 */
import { buildExcerpt } from '../../lib/search/excerpt.ts';
import type { ClauseMeta } from '../../lib/search/records.ts';
import { formatDate } from '../../lib/format.ts';

/** Labels the page provides: language names and directions by tag. */
export interface ResultLabels {
  languages: Record<string, { name: string; dir: 'ltr' | 'rtl' }>;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The list item of one clause found by a search that looked for `patterns` (see query-plan.ts). */
export function renderResult(url: string, meta: ClauseMeta, patterns: readonly string[], labels: ResultLabels): HTMLLIElement {
  const language = labels.languages[meta.lang] ?? { name: meta.lang, dir: 'ltr' };
  const item = element('li', { class: 'result' });
  const heading = element('h2', { class: 'result-title', 'data-ui': '', 'data-pagefind-ignore': '' });
  const link = element('a', { href: url, 'data-result-link': '' });
  link.append(element('span', { class: 'result-number' }, `${meta.number} · clause ${meta.clause}`), ` — ${meta.gloss}`);
  heading.append(link);
  const details = element('p', { class: 'result-meta muted', 'data-ui': '', 'data-pagefind-ignore': '' });
  details.append(element('time', { datetime: meta.date }, formatDate(meta.date)), ` · ${language.name}`);
  const excerpt = buildExcerpt(meta.text, meta.lang, patterns);
  const text = element('p', { class: 'result-excerpt', lang: meta.lang, dir: language.dir, 'data-clause': meta.clause });
  if (excerpt.cutStart) text.append('… ');
  for (const part of excerpt.parts) text.append(part.mark ? element('mark', {}, part.text) : part.text);
  if (excerpt.cutEnd) text.append(' …');
  const links = element('p', { class: 'result-links', 'data-ui': '', 'data-pagefind-ignore': '' });
  links.append(
    element('a', { href: meta.compare }, 'Compare all translations of this clause'),
    ' · ',
    element('a', { href: url }, `Read in ${language.name}`),
  );
  item.append(heading, details, text, links);
  return item;
}
