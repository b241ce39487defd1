/**
 * <baogao-search>: the search page. Both languages' indexes (pagefind.ts), one
 * result per paragraph, filters with counts, sort by relevance or year, query
 * and filters kept in the URL. Every piece of text from the query is inserted
 * as text, never as HTML. The element is the page's root; when a search has
 * been shown it says so in data-searched (the query).
 */
import { excerptWithMarks, queryTerms } from '../search/query.ts';
import { defineElement } from './define-element.ts';
import { readLabels, type Label } from './labels.ts';
import { searchIndexes, type SearchResult } from './pagefind.ts';

const FILTER_KEYS = ['year', 'region', 'language', 'part'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type Filters = Record<FilterKey, string[]>;
/** Milliseconds after the last keystroke before a search runs. */
const DEBOUNCE_MS = 150;

function selectedFilters(): Filters {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, params.getAll(key)])) as Filters;
}

function passes(result: SearchResult, filters: Filters, except?: FilterKey): boolean {
  return FILTER_KEYS.every(
    (key) => key === except || filters[key].length === 0 || filters[key].some((value) => result.data.filters[key]?.includes(value)),
  );
}

function sortResults(results: SearchResult[], order: string): SearchResult[] {
  if (order === 'relevance') return results;
  const direction = order === 'oldest' ? 1 : -1;
  return [...results].sort((a, b) => direction * (Number(a.data.meta['year'] ?? 0) - Number(b.data.meta['year'] ?? 0)) || a.rank - b.rank);
}

class SearchPage extends HTMLElement {
  #label: Label = (key) => key;
  #base = '/';
  #input: HTMLInputElement | null = null;
  #sortSelect: HTMLSelectElement | null = null;
  #filtersBox: HTMLElement | null = null;
  #status: HTMLElement | null = null;
  #list: HTMLOListElement | null = null;
  #generation = 0;
  #controller: AbortController | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    this.#input = this.querySelector<HTMLInputElement>('input[type="search"]');
    this.#sortSelect = this.querySelector<HTMLSelectElement>('select[name="sort"]');
    this.#filtersBox = this.querySelector<HTMLElement>('[data-filters]');
    this.#status = this.querySelector<HTMLElement>('[data-status]');
    this.#list = this.querySelector<HTMLOListElement>('[data-results]');
    this.#label = readLabels(this);
    this.#base = (this.dataset['base'] ?? '/').replace(/\/?$/, '/');
    const input = this.#input;
    if (!form || !input) return;
    this.#controller = new AbortController();
    const { signal } = this.#controller;

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    if (this.#sortSelect) this.#sortSelect.value = params.get('sort') ?? 'relevance';
    const searchNow = () => {
      this.#updateUrl();
      void this.#run();
    };
    let composing = false;
    let debounce: number | undefined;
    // No search fires in the middle of an IME composition (pinyin input).
    input.addEventListener(
      'compositionstart',
      () => {
        composing = true;
      },
      { signal },
    );
    input.addEventListener(
      'compositionend',
      () => {
        composing = false;
        input.dispatchEvent(new Event('input'));
      },
      { signal },
    );
    input.addEventListener(
      'input',
      (event) => {
        if (composing || (event as InputEvent).isComposing) return;
        window.clearTimeout(debounce);
        debounce = window.setTimeout(searchNow, DEBOUNCE_MS);
      },
      { signal },
    );
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        searchNow();
      },
      { signal },
    );
    this.#sortSelect?.addEventListener('change', searchNow, { signal });
    // Filter boxes are made anew with every result list; their changes reach the box around them.
    this.#filtersBox?.addEventListener('change', searchNow, { signal });
    void this.#run();
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
  }

  #filterLabel(key: FilterKey, value: string): string {
    if (key === 'language') return this.#label(value === 'en' ? 'search.lang.en' : 'search.lang.zh');
    return value;
  }

  #renderFilters(results: SearchResult[], filters: Filters): void {
    const box = this.#filtersBox;
    if (!box) return;
    box.replaceChildren();
    for (const key of FILTER_KEYS) {
      // Counts per value among results that pass the other filters (faceted counts).
      const counts = new Map<string, number>();
      for (const result of results.filter((candidate) => passes(candidate, filters, key))) {
        for (const value of result.data.filters[key] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      for (const value of filters[key]) if (!counts.has(value)) counts.set(value, 0);
      if (counts.size === 0) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = this.#label(`search.filter.${key}`);
      fieldset.append(legend);
      const values = [...counts.keys()].sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
      for (const value of values) {
        const label = document.createElement('label');
        const checkbox = document.createElement('input');
        checkbox.type = 'checkbox';
        checkbox.name = key;
        checkbox.value = value;
        checkbox.checked = filters[key].includes(value);
        const text = document.createElement('span');
        text.textContent = `${this.#filterLabel(key, value)} (${counts.get(value) ?? 0})`;
        label.append(checkbox, text);
        fieldset.append(label);
      }
      box.append(fieldset);
    }
  }

  #renderResults(results: SearchResult[], terms: string[]): void {
    const list = this.#list;
    if (!list) return;
    list.replaceChildren();
    for (const result of results) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      const url = new URL(result.data.url, location.origin);
      // Carry the query so the opened page highlights it.
      url.searchParams.set('hl', terms.join(' '));
      link.href = url.pathname + url.search + url.hash;
      link.className = 'search-result-title';
      const number = result.data.meta['number'] ?? '';
      // Glossary entries carry their own label ("名词解释 6"); paragraphs get "第 2.1.3 段".
      const place = result.data.meta['kind'] === 'glossary' ? number : this.#label('search.paragraph', { number });
      link.textContent = `${result.data.meta['title'] ?? ''} · ${place}`;
      const excerpt = document.createElement('p');
      excerpt.className = 'search-excerpt';
      excerpt.lang = result.data.filters['language']?.[0] === 'en' ? 'en' : 'zh-CN';
      // excerptWithMarks escapes the text and adds only <mark> elements.
      excerpt.innerHTML = excerptWithMarks(result.data.content, terms);
      item.append(link, excerpt);
      list.append(item);
    }
  }

  #updateUrl(): void {
    const params = new URLSearchParams();
    const query = this.#input?.value.trim() ?? '';
    if (query) params.set('q', query);
    for (const box of this.#filtersBox?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked') ?? [])
      params.append(box.name, box.value);
    if (this.#sortSelect && this.#sortSelect.value !== 'relevance') params.set('sort', this.#sortSelect.value);
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  async #run(): Promise<void> {
    const current = ++this.#generation;
    const status = this.#status;
    const query = new URLSearchParams(location.search).get('q') ?? '';
    const terms = queryTerms(query);
    if (terms.length === 0) {
      this.#list?.replaceChildren();
      this.#filtersBox?.replaceChildren();
      if (status) status.textContent = '';
      return;
    }
    if (status) status.textContent = this.#label('search.loading');
    try {
      const all = await searchIndexes(this.#base, query);
      if (current !== this.#generation) return;
      const filters = selectedFilters();
      const shown = sortResults(
        all.filter((result) => passes(result, filters)),
        this.#sortSelect?.value ?? 'relevance',
      );
      this.#renderFilters(all, filters);
      this.#renderResults(shown, terms);
      if (status)
        status.textContent =
          shown.length > 0 ? this.#label('search.results', { count: shown.length }) : this.#label('search.noResults', { query });
      this.setAttribute('data-searched', query);
    } catch (error) {
      if (status) status.textContent = this.#label('search.error');
      throw error;
    }
  }
}

defineElement('baogao-search', SearchPage);
