/**
 * <baogao-search>: the search page. One Pagefind index for both languages
 * (pagefind.ts), one result per paragraph, heading and glossary entry, an exact
 * count, results shown a page at a time ("more results"), facets by region,
 * year, part, kind and language with counts, sort by relevance or year, query
 * and filters kept in the URL. A query with traditional characters is folded to
 * simplified first (the converter loads only for such a query). Every piece of
 * text from the query is inserted as text, never as HTML. The element is the
 * page's root; when a search's results have been shown it says so in
 * data-searched (the query), and when its facet counts have too, in data-counted:
 * the counts come after the results, since at scale their filter files outweigh
 * the first page of results.
 */
import { displayText, joinWords } from '../search/index-text.ts';
import { mayFold } from '../search/foldable.ts';
import { excerptWithMarks, highlightParameter, matchedWords, queryTerms } from '../search/query.ts';
import { selectedFacets, type FacetCounts, type Selection } from '../search/facet-counts.ts';
import { FACETS, type Facet } from '../search/search-records.ts';
import { defineElement } from './define-element.ts';
import { readLabels, type Label } from './labels.ts';
import { countFacets, hitData, searchHits, type SearchHit, type SearchIndex, type SortOrder } from './pagefind.ts';

/** What the page knows of the collection, labelled in its language (SearchPage.astro). */
interface Collection {
  facets: Record<Facet, [value: string, label: string][]>;
  /** region/year → "晋阳市汾河县 · 2024 · 政府工作报告" */
  reports: Record<string, string>;
}
/** Milliseconds after the last keystroke before a search runs. */
const DEBOUNCE_MS = 150;
/** Results shown at first and added by each "more results". */
const PAGE_SIZE = 20;

function selectedFilters(): Selection {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(FACETS.map((key) => [key, params.getAll(key)])) as Selection;
}

const SORT_ORDERS: readonly string[] = ['relevance', 'newest', 'oldest'] satisfies SortOrder[];
const sortOrder = (value: string | undefined): SortOrder => (SORT_ORDERS.includes(value ?? '') ? (value as SortOrder) : 'relevance');

async function termsOf(query: string): Promise<string[]> {
  if (!mayFold(query)) return queryTerms(query);
  const { foldToSimplified } = await import('../search/fold-to-simplified.ts');
  return queryTerms(foldToSimplified(query));
}

class SearchPage extends HTMLElement {
  #label: Label = (key) => key;
  #index: SearchIndex = { base: '/', shards: 1 };
  #input: HTMLInputElement | null = null;
  #sortSelect: HTMLSelectElement | null = null;
  #filtersBox: HTMLElement | null = null;
  #status: HTMLElement | null = null;
  #list: HTMLOListElement | null = null;
  #more: HTMLButtonElement | null = null;
  #toFilters: HTMLElement | null = null;
  #collection: Collection = { facets: { region: [], year: [], part: [], kind: [], language: [] }, reports: {} };
  /** The results of the current search, after filters and sort; #shown of them are in the list. */
  #hits: SearchHit[] = [];
  #shown = 0;
  /** The ticked values: from the URL, then from the boxes as they change (the boxes come only with the counts). */
  #selection: Selection = selectedFilters();
  /** The box changed last: listed even when its value no longer has results, so it keeps the focus. */
  #lastChanged: { name: string; value: string } | undefined;
  /** The facet count under way, if any. */
  #counting: Promise<void> = Promise.resolve();
  #generation = 0;
  #controller: AbortController | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    this.#input = this.querySelector<HTMLInputElement>('input[type="search"]');
    this.#sortSelect = this.querySelector<HTMLSelectElement>('select[name="sort"]');
    this.#filtersBox = this.querySelector<HTMLElement>('[data-filters]');
    this.#status = this.querySelector<HTMLElement>('[data-status]');
    this.#list = this.querySelector<HTMLOListElement>('[data-results]');
    this.#more = this.querySelector<HTMLButtonElement>('[data-more]');
    this.#toFilters = this.querySelector<HTMLElement>('[data-to-filters]');
    this.#collection = (JSON.parse(this.dataset['collection'] ?? 'null') as Collection | null) ?? this.#collection;
    this.#label = readLabels(this);
    this.#index = { base: (this.dataset['base'] ?? '/').replace(/\/?$/, '/'), shards: Number(this.dataset['shards'] ?? '1') || 1 };
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
    // The box's value searched at the end of a composition, until the next input changes it.
    let committed: string | undefined;
    // No search fires in the middle of an IME composition (pinyin input). A composition's end commits a whole
    // word, so that search starts at once rather than after the debounce, which only gathers keystrokes.
    input.addEventListener(
      'compositionstart',
      () => {
        composing = true;
        // Keystrokes typed just before (digits go straight into the box) must not be searched mid-composition.
        window.clearTimeout(debounce);
      },
      { signal },
    );
    input.addEventListener(
      'compositionend',
      () => {
        composing = false;
        window.clearTimeout(debounce);
        committed = input.value;
        searchNow();
      },
      { signal },
    );
    input.addEventListener(
      'input',
      (event) => {
        if (composing || event.isComposing) return;
        // Some browsers send one more input event after compositionend, for the text just searched.
        const unchanged = input.value === committed;
        committed = undefined;
        if (unchanged) return;
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
    this.#filtersBox?.addEventListener(
      'change',
      (event) => {
        const box = event.target;
        if (!(box instanceof HTMLInputElement) || !FACETS.includes(box.name as Facet)) return;
        const values = this.#selection[box.name as Facet].filter((value) => value !== box.value);
        this.#selection = { ...this.#selection, [box.name]: box.checked ? [...values, box.value] : values };
        this.#lastChanged = { name: box.name, value: box.value };
        searchNow();
      },
      { signal },
    );
    this.#more?.addEventListener('click', () => void this.#showMore(this.#generation), { signal });
    void this.#run();
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
  }

  #renderFilters(counts: FacetCounts, filters: Selection): void {
    const box = this.#filtersBox;
    if (!box) return;
    // The boxes are made anew: a reader who just ticked one keeps the focus on it.
    const focused = box.contains(document.activeElement) ? (document.activeElement as HTMLInputElement) : undefined;
    box.replaceChildren();
    for (const key of FACETS) {
      // Counts per value among the results that pass the other facets' selections (facet-counts.ts).
      const values = this.#collection.facets[key]
        .map(([value, label]) => ({ value, label, count: counts[key].get(value) ?? 0 }))
        .filter(
          ({ value, count }) =>
            count > 0 || filters[key].includes(value) || (this.#lastChanged?.name === key && this.#lastChanged.value === value),
        );
      if (values.length === 0) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = this.#label(`search.filter.${key}`);
      fieldset.append(legend);
      for (const { value, label: name, count } of values) {
        const label = document.createElement('label');
        const checkbox = document.createElement('input');
        checkbox.type = 'checkbox';
        checkbox.name = key;
        checkbox.value = value;
        checkbox.checked = filters[key].includes(value);
        const text = document.createElement('span');
        text.textContent = `${name} (${count})`;
        label.append(checkbox, text);
        fieldset.append(label);
      }
      box.append(fieldset);
    }
    if (this.#toFilters) this.#toFilters.hidden = box.childElementCount === 0;
    if (focused)
      [...box.querySelectorAll<HTMLInputElement>('input')]
        .find((input) => input.name === focused.name && input.value === focused.value)
        ?.focus();
  }

  /** The list item of one result: report, year, what the block is and its number; an excerpt with the matched words marked. */
  async #resultItem(hit: SearchHit, terms: string[]): Promise<HTMLLIElement> {
    const data = await hitData(hit);
    const item = document.createElement('li');
    const link = document.createElement('a');
    const { text, spans } = joinWords(data.content.split(' ').filter(Boolean));
    const marks = data.locations.flatMap((location) => (spans[location] ? [spans[location]] : []));
    // Carry the words Pagefind matched (stemmed forms, simplified characters for a
    // traditional query) so the opened page highlights exactly those.
    const url = new URL(data.url, location.origin);
    url.searchParams.set('hl', highlightParameter(marks.length > 0 ? matchedWords(text, marks) : terms));
    link.href = url.pathname + url.search + url.hash;
    link.className = 'search-result-title';
    const number = data.filters['number']?.[0] ?? '';
    const kind = data.filters['kind']?.[0] ?? 'paragraph';
    const place = this.#label(
      kind === 'glossary'
        ? 'search.kind.glossaryEntry'
        : kind === 'heading'
          ? 'search.kind.headingNumber'
          : kind === 'figures'
            ? 'search.kind.figuresPage'
            : 'search.paragraph',
      {
        number,
      },
    );
    link.textContent = `${this.#collection.reports[data.filters['report']?.[0] ?? ''] ?? ''} · ${place}`;
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    excerpt.lang = data.filters['language']?.[0] === 'en' ? 'en' : 'zh-CN';
    // excerptWithMarks escapes the text and adds only <mark> elements.
    excerpt.innerHTML = marks.length > 0 ? excerptWithMarks(text, marks) : excerptWithMarks(displayText(data.content), []);
    item.append(link, excerpt);
    return item;
  }

  /** Adds the next page of results; when asked by the button, moves the focus to the first added result and says how many are shown. */
  async #showMore(generation: number, fromButton = true): Promise<void> {
    const list = this.#list;
    if (!list) return;
    const page = this.#hits.slice(this.#shown, this.#shown + PAGE_SIZE);
    const terms = queryTerms(this.dataset['terms'] ?? '');
    const items = await Promise.all(page.map((hit) => this.#resultItem(hit, terms)));
    if (generation !== this.#generation) return;
    list.append(...items);
    this.#shown += items.length;
    const left = this.#hits.length - this.#shown;
    if (this.#more) {
      this.#more.hidden = left <= 0;
      this.#more.textContent = this.#label('search.more', { count: Math.min(left, PAGE_SIZE), left });
    }
    if (fromButton) {
      items[0]?.querySelector('a')?.focus();
      if (this.#status) this.#status.textContent = this.#label('search.shown', { shown: this.#shown, count: this.#hits.length });
    }
  }

  #updateUrl(): void {
    const params = new URLSearchParams();
    const query = this.#input?.value.trim() ?? '';
    if (query) params.set('q', query);
    for (const facet of FACETS) for (const value of this.#selection[facet]) params.append(facet, value);
    if (this.#sortSelect && this.#sortSelect.value !== 'relevance') params.set('sort', this.#sortSelect.value);
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  async #run(): Promise<void> {
    const current = ++this.#generation;
    const status = this.#status;
    const query = new URLSearchParams(location.search).get('q') ?? '';
    this.#hits = [];
    this.#shown = 0;
    if (this.#more) this.#more.hidden = true;
    if (queryTerms(query).length === 0) {
      this.#list?.replaceChildren();
      this.#filtersBox?.replaceChildren();
      this.#filtersBox?.removeAttribute('aria-busy');
      if (this.#toFilters) this.#toFilters.hidden = true;
      if (status) status.textContent = '';
      return;
    }
    if (status) status.textContent = this.#label('search.loading');
    const filters = this.#selection;
    let terms: string[];
    try {
      terms = await termsOf(query);
      const hits = await searchHits(this.#index, terms, filters, sortOrder(this.#sortSelect?.value));
      if (current !== this.#generation) return;
      this.#hits = hits;
      this.dataset['terms'] = terms.map((term) => (/\s/.test(term) ? `"${term}"` : term)).join(' ');
      this.#list?.replaceChildren();
      await this.#showMore(current, false);
      if (current !== this.#generation) return;
      const filtered = selectedFacets(filters).length > 0;
      if (status)
        status.textContent =
          this.#hits.length > 0
            ? this.#label('search.results', { count: this.#hits.length })
            : this.#label(filtered ? 'search.noResultsFiltered' : 'search.noResults', { query });
      this.setAttribute('data-searched', query);
    } catch (error) {
      if (status) status.textContent = this.#label('search.error');
      throw error;
    }
    await this.#count(current, query, terms, filters);
  }

  /** The facet counts, after the results (at scale their filter files outweigh the first page of results). */
  async #count(generation: number, query: string, terms: string[], filters: Selection): Promise<void> {
    const box = this.#filtersBox;
    box?.setAttribute('aria-busy', 'true');
    // One count at a time: Pagefind cannot stop a search, so a reader typing on would queue a count per keystroke
    // (at 500 reports a very common term's takes seconds). The latest search counts once the one under way ends.
    await this.#counting;
    if (generation !== this.#generation) return;
    const counting = countFacets(this.#index, terms, filters);
    this.#counting = counting.then(
      () => undefined,
      () => undefined,
    );
    try {
      const counts = await counting;
      if (generation !== this.#generation) return;
      this.#renderFilters(counts, filters);
    } catch (error) {
      if (generation !== this.#generation) return;
      // The results stand (they needed no filter file but the ticked facets'); only the filters are missing.
      const message = document.createElement('p');
      message.className = 'search-filters-error';
      message.textContent = this.#label('search.filtersError');
      box?.replaceChildren(message);
      if (this.#toFilters) this.#toFilters.hidden = false;
      console.error(error);
    } finally {
      if (generation === this.#generation) {
        box?.removeAttribute('aria-busy');
        this.setAttribute('data-counted', query);
      }
    }
  }
}

defineElement('baogao-search', SearchPage);
