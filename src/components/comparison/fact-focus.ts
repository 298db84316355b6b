import { sameFact } from '../../lib/comparison/same-fact.ts';

/**
 * The linked facts of a comparison row in the browser: an element `[data-fact="<kind>:<value>"]` and its
 * counterparts, the elements of the same row stating the same fact (in any column).
 */

/** The facts of `row` that state the same fact as `fact`, other than `fact` itself. */
export function counterparts(row: Element, fact: HTMLElement): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>('[data-fact]')].filter((el) => el !== fact && sameFact(el.dataset.fact!, fact.dataset.fact!));
}

/** Focuses the fact `step` places from `active` among the visible facts of `row` (wrapping); returns it. */
export function factAt(row: HTMLElement, active: Element | null, step: number): HTMLElement | undefined {
  const facts = [...row.querySelectorAll<HTMLElement>('[data-fact]')].filter((el) => el.offsetParent !== null);
  if (!facts.length) return undefined;
  const at = facts.indexOf(active as HTMLElement);
  const next = facts[at < 0 ? (step > 0 ? 0 : facts.length - 1) : (at + step + facts.length) % facts.length];
  if (!next.hasAttribute('tabindex') && !next.matches('a[href]')) next.tabIndex = -1;
  next.focus();
  return next;
}

/** What a screen reader hears on reaching a fact: its value and which columns state it too. */
export function describeFact(fact: HTMLElement): string {
  const row = fact.closest('[data-clause-row]')!;
  const langs = (els: Element[]) => [...new Set(els.map((el) => el.closest<HTMLElement>('[role="cell"]')!.lang))];
  const cells = [...row.querySelectorAll<HTMLElement>('[role="cell"]')].filter((c) => !c.hidden);
  const having = langs(counterparts(row, fact).filter((el) => el.offsetParent !== null));
  const own = fact.closest<HTMLElement>('[role="cell"]')!.lang;
  const lacking = cells.map((c) => c.lang).filter((l) => l !== own && !having.includes(l));
  return `${fact.dataset.fact}${having.length ? `, also in ${having.join(', ')}` : ''}${lacking.length ? `; not in ${lacking.join(', ')}` : ''}.`;
}
