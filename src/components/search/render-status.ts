/**
 * The search page's status line, filter counts and, when nothing is found, what to loosen. Text only
 * (textContent): the query is shown back to the reader but never parsed as markup.
 */
import type { SearchState } from '../../lib/search/url-state.ts';
import { writeSearchState } from '../../lib/search/url-state.ts';
import type { SearchOutcome } from './search-engine.ts';

/** Writes `text` into `el` only when it differs: the conclusion list holds an option per conclusion (hundreds). */
function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

function link(state: SearchState, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = `/search/${writeSearchState(state)}`;
  a.textContent = text;
  return a;
}

/** The ways to loosen a search that found nothing. */
function suggestions(state: SearchState, outcome: SearchOutcome): Array<string | HTMLAnchorElement> {
  const out: Array<string | HTMLAnchorElement> = [];
  if (state.lang) out.push(link({ ...state, lang: '' }, 'Search every language'));
  if (state.conclusion) out.push(link({ ...state, conclusion: '' }, 'Search every conclusion'));
  const words = outcome.query.split(' ');
  if (words.length > 1) out.push(`Use fewer words (try “${words[0]}” alone).`);
  out.push('Type the beginning of a word: “descentraliz” finds every form of it.');
  out.push('Search a document code by its number alone, such as “195”.');
  return out;
}

/** Updates the status region, the counts next to each filter, and the "nothing found" advice. */
export function renderStatus(root: HTMLElement, state: SearchState, outcome?: SearchOutcome, error?: Error): void {
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const advice = root.querySelector<HTMLElement>('[data-advice]')!;
  advice.replaceChildren();
  advice.hidden = true;
  for (const count of root.querySelectorAll<HTMLElement>('[data-count]')) {
    const [filter, value] = (count.dataset.count ?? '').split(':');
    const counts = filter === 'lang' ? outcome?.langCounts : outcome?.conclusionCounts;
    const n = !counts ? undefined : value ? (counts[value] ?? 0) : Object.values(counts).reduce((a, b) => a + b, 0);
    setText(count, n === undefined ? '' : `(${n})`);
  }
  // The conclusion list (an option per conclusion) is rewritten only while it shows counts or is to show them.
  const optionCounts = outcome?.conclusionCounts !== undefined;
  const options = optionCounts || root.hasAttribute('data-option-counts') ? root.querySelectorAll<HTMLOptionElement>('[data-count-option]') : [];
  root.toggleAttribute('data-option-counts', optionCounts);
  for (const option of options) {
    const [, value] = (option.dataset.countOption ?? '').split(':');
    const counts = outcome?.conclusionCounts;
    const n = !counts ? undefined : value ? (counts[value] ?? 0) : Object.values(counts).reduce((a, b) => a + b, 0);
    setText(option, n === undefined ? (option.dataset.label ?? '') : `${option.dataset.label} (${n})`);
  }
  if (error) status.textContent = `Search failed to load: ${error.message}`;
  else if (!outcome) status.textContent = 'Type a word, a phrase, a date or a document code (such as 195-KL/TW) to search every translation.';
  else if (!outcome.searchable) status.textContent = `Nothing to search for in “${outcome.query}”: type letters or digits.`;
  else if (outcome.hits.length === 0) {
    status.textContent = `No clause matches “${outcome.query}”.`;
    const list = document.createElement('ul');
    for (const s of suggestions(state, outcome)) {
      const item = document.createElement('li');
      item.append(s);
      list.append(item);
    }
    advice.append(list);
    advice.hidden = false;
  } else {
    const n = outcome.hits.length;
    // In a large corpus a hit is a run of clauses: the count is of runs, each listing its matching clauses.
    const what = outcome.grouped ? (n === 1 ? 'passage matches' : 'passages match') : n === 1 ? 'clause matches' : 'clauses match';
    status.textContent = `${n} ${what} “${outcome.query}”.`;
  }
}
