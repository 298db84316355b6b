/**
 * The /search/ page's behaviour, as the custom element `<search-page>`. State lives in the URL: loading
 * a URL runs its search, submitting or changing a filter pushes a new URL, Back restores the previous.
 * Arrow keys move between results; Enter opens the focused one (it is a link).
 */
import { readSearchState, writeSearchState, type SearchState } from '../../lib/search/url-state.ts';
import { renderResult, type ResultLabels } from './render-result.ts';
import { countConclusions, describeHits, loadManifest, pageSize, runSearch, type Hit, type SearchOutcome } from './search-engine.ts';
import { loadResultFonts } from './result-fonts.ts';
import { renderStatus } from './render-status.ts';

export class SearchPage extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private labels!: ResultLabels;
  private run = 0;
  private pending: Hit[] = [];
  private outcome?: SearchOutcome;
  private fonts?: Promise<void>;

  connectedCallback(): void {
    this.form = this.querySelector('form')!;
    this.input = this.querySelector('input[name="q"]')!;
    this.list = this.querySelector('[data-results]')!;
    this.more = this.querySelector('[data-more]')!;
    this.labels = JSON.parse(this.querySelector('[data-labels]')!.textContent ?? '{}');
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.go(this.formState());
    });
    this.form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      if (target.type === 'radio' || target.tagName === 'SELECT') this.go(this.formState());
    });
    this.more.addEventListener('click', () => void this.showMore(this.run));
    // Counts per conclusion need that filter's index, which grows with the corpus: fetched when the list is opened.
    this.querySelector('select[name="conclusion"]')?.addEventListener('focus', () => void this.countConclusions(), { once: true });
    this.addEventListener('keydown', (event) => this.onKey(event));
    window.addEventListener('popstate', () => void this.load());
    void this.load();
  }

  /** The state the form shows. */
  private formState(): SearchState {
    const data = new FormData(this.form);
    return { q: String(data.get('q') ?? ''), lang: String(data.get('lang') ?? ''), conclusion: String(data.get('conclusion') ?? '') };
  }

  /** Pushes a state into the URL and searches it. */
  private go(state: SearchState): void {
    const url = `${location.pathname}${writeSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void this.load();
  }

  /** Reads the state from the URL into the form and runs it. */
  private async load(): Promise<void> {
    const state = readSearchState(location.search);
    this.input.value = state.q;
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = radio.value === state[radio.name as 'lang' | 'conclusion'];
    for (const select of this.querySelectorAll<HTMLSelectElement>('select')) {
      const wanted = state[select.name as 'lang' | 'conclusion'] ?? '';
      select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
    }
    const run = ++this.run;
    this.list.replaceChildren();
    this.more.hidden = true;
    if (!state.q.trim()) return this.show(run, state, undefined);
    this.setAttribute('aria-busy', 'true');
    // The fonts of every language's results start loading with the first search, beside Pagefind.
    this.fonts ??= loadManifest().then((manifest) => loadResultFonts(this.list, manifest.letters ?? {}), () => undefined);
    try {
      const outcome = await runSearch(state);
      if (run !== this.run) return;
      this.outcome = outcome;
      this.pending = [...outcome.hits];
      this.show(run, state, outcome);
      await this.showMore(run);
    } catch (error) {
      if (run === this.run) this.show(run, state, undefined, error as Error);
    } finally {
      if (run === this.run) this.removeAttribute('aria-busy');
    }
  }

  private show(run: number, state: SearchState, outcome?: SearchOutcome, error?: Error): void {
    if (run !== this.run) return;
    renderStatus(this, state, outcome, error);
  }

  /** Loads the conclusion filter's index and writes the current search's counts per conclusion. */
  private async countConclusions(): Promise<void> {
    countConclusions();
    const run = this.run;
    const state = readSearchState(location.search);
    if (!state.q.trim() || !this.outcome) return;
    const counted = await runSearch(state);
    if (run === this.run) renderStatus(this, state, { ...this.outcome, langCounts: counted.langCounts, conclusionCounts: counted.conclusionCounts });
  }

  /** Renders the next page of results. */
  private async showMore(run: number): Promise<void> {
    const outcome = this.outcome;
    if (!outcome) return;
    const batch = this.pending.splice(0, pageSize(outcome.grouped));
    const found = await describeHits(batch, outcome.terms);
    if (run !== this.run) return;
    this.list.append(...found.map((f) => renderResult(f.url, f.meta, outcome.patterns, this.labels)));
    this.more.hidden = this.pending.length === 0;
  }

  /** ArrowDown/ArrowUp move through the query box and the results' links. */
  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [this.input, ...this.list.querySelectorAll<HTMLElement>('[data-result-link]')];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (at < 0 || stops.length < 2) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(stops.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)));
    stops[next].focus();
    if (next > 0) stops[next].closest('li')?.scrollIntoView({ block: 'nearest' });
  }
}
