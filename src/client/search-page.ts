/**
 * The search page: Pagefind's Chinese and English indexes searched together
 * (mergeIndex), one result per paragraph, literal matching for Chinese terms
 * and figures (see search/query.ts), filters with counts, sort by relevance or
 * year, query and filters kept in the URL. Every piece of text from the query
 * is inserted as text, never as HTML.
 */
import { excerptWithMarks, matchesLiterally, pagefindQuery, queryTerms } from '../search/query.ts';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindInstance {
  init(): Promise<void>;
  search(query: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule extends PagefindInstance {
  options(options: { basePath: string; baseUrl: string }): Promise<void>;
}

const FILTER_KEYS = ['year', 'region', 'language', 'part'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
/** Results whose text is checked, at most; beyond this a query is too broad to rank by hand. */
const MAX_CHECKED = 300;

const root = document.querySelector<HTMLElement>('.search-page');
const form = root?.querySelector<HTMLFormElement>('form');
const input = root?.querySelector<HTMLInputElement>('#search-q');
const sortSelect = root?.querySelector<HTMLSelectElement>('#search-sort');
const filtersBox = root?.querySelector<HTMLElement>('[data-filters]');
const status = root?.querySelector<HTMLElement>('[data-status]');
const list = root?.querySelector<HTMLOListElement>('[data-results]');
const strings = JSON.parse(root?.dataset['strings'] ?? '{}') as Record<string, string>;
const base = (root?.dataset['base'] ?? '/').replace(/\/?$/, '/');

function say(key: string, values: Record<string, string | number> = {}): string {
  return (strings[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

let instancesPromise: Promise<PagefindInstance[]> | undefined;

/**
 * One Pagefind module per language, each loaded from its own URL so each has its
 * own state. mergeIndex() would search the second language without its stemmer
 * (Pagefind loads no WASM for merged indexes), so English would lose
 * "parks → park" on Chinese pages. Pagefind takes the index language from
 * <html lang> synchronously when init() starts, so the attribute is switched
 * for that call only.
 */
function loadPagefind(): Promise<PagefindInstance[]> {
  instancesPromise ??= (async () => {
    const html = document.documentElement;
    const pageLang = html.lang;
    const instances: PagefindInstance[] = [];
    for (const lang of ['zh', 'en']) {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js?index=${lang}`)) as PagefindModule;
      // Record URLs already carry the deployment base; Pagefind must not add it again.
      await pagefind.options({ basePath: `${base}pagefind/`, baseUrl: '/' });
      html.lang = lang;
      const ready = pagefind.init();
      html.lang = pageLang;
      await ready;
      instances.push(pagefind);
    }
    return instances;
  })();
  return instancesPromise;
}

interface Result {
  data: PagefindResultData;
  rank: number;
}

let generation = 0;

async function search(query: string): Promise<Result[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const instances = await loadPagefind();
  const responses = await Promise.all(instances.map((instance) => instance.search(pagefindQuery(terms))));
  const candidates = responses
    .flatMap((response) => response?.results ?? [])
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CHECKED);
  const data = await Promise.all(candidates.map((result) => result.data()));
  return data.map((item, rank) => ({ data: item, rank })).filter((result) => matchesLiterally(result.data.content, terms));
}

function selectedFilters(): Record<FilterKey, string[]> {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, params.getAll(key)])) as Record<FilterKey, string[]>;
}

function passes(result: Result, filters: Record<FilterKey, string[]>, except?: FilterKey): boolean {
  return FILTER_KEYS.every(
    (key) => key === except || filters[key].length === 0 || filters[key].some((value) => result.data.filters[key]?.includes(value)),
  );
}

function filterLabel(key: FilterKey, value: string): string {
  if (key === 'language') return say(value === 'en' ? 'search.lang.en' : 'search.lang.zh');
  return value;
}

function renderFilters(results: Result[], filters: Record<FilterKey, string[]>): void {
  if (!filtersBox) return;
  filtersBox.replaceChildren();
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
    legend.textContent = say(`search.filter.${key}`);
    fieldset.append(legend);
    const values = [...counts.keys()].sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    for (const value of values) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = filters[key].includes(value);
      box.addEventListener('change', () => {
        updateUrl();
        void run();
      });
      const text = document.createElement('span');
      text.textContent = `${filterLabel(key, value)} (${counts.get(value) ?? 0})`;
      label.append(box, text);
      fieldset.append(label);
    }
    filtersBox.append(fieldset);
  }
}

function sortResults(results: Result[], order: string): Result[] {
  if (order === 'relevance') return results;
  const direction = order === 'oldest' ? 1 : -1;
  return [...results].sort((a, b) => direction * (Number(a.data.meta['year'] ?? 0) - Number(b.data.meta['year'] ?? 0)) || a.rank - b.rank);
}

function renderResults(results: Result[], terms: string[]): void {
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
    link.textContent = `${result.data.meta['title'] ?? ''} · ${result.data.meta['kind'] === 'glossary' ? number : say('search.paragraph', { number })}`;
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    excerpt.lang = result.data.filters['language']?.[0] === 'en' ? 'en' : 'zh-CN';
    // excerptWithMarks escapes the text and adds only <mark> elements.
    excerpt.innerHTML = excerptWithMarks(result.data.content, terms);
    item.append(link, excerpt);
    list.append(item);
  }
}

function updateUrl(): void {
  const params = new URLSearchParams();
  const query = input?.value.trim() ?? '';
  if (query) params.set('q', query);
  for (const box of filtersBox?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked') ?? [])
    params.append(box.name, box.value);
  if (sortSelect && sortSelect.value !== 'relevance') params.set('sort', sortSelect.value);
  const search = params.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

async function run(): Promise<void> {
  const current = ++generation;
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const terms = queryTerms(query);
  if (terms.length === 0) {
    list?.replaceChildren();
    filtersBox?.replaceChildren();
    if (status) status.textContent = '';
    return;
  }
  if (status) status.textContent = say('search.loading');
  try {
    const all = await search(query);
    if (current !== generation) return;
    const filters = selectedFilters();
    const shown = sortResults(
      all.filter((result) => passes(result, filters)),
      sortSelect?.value ?? 'relevance',
    );
    renderFilters(all, filters);
    renderResults(shown, terms);
    if (status) status.textContent = shown.length > 0 ? say('search.results', { count: shown.length }) : say('search.noResults', { query });
    root?.setAttribute('data-searched', query);
  } catch (error) {
    if (status) status.textContent = say('search.error');
    throw error;
  }
}

let composing = false;
let debounce: number | undefined;

if (root && form && input) {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  if (sortSelect) sortSelect.value = params.get('sort') ?? 'relevance';
  // No search fires in the middle of an IME composition (pinyin input).
  input.addEventListener('compositionstart', () => {
    composing = true;
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    input.dispatchEvent(new Event('input'));
  });
  input.addEventListener('input', (event) => {
    if (composing || (event as InputEvent).isComposing) return;
    window.clearTimeout(debounce);
    debounce = window.setTimeout(() => {
      updateUrl();
      void run();
    }, 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    updateUrl();
    void run();
  });
  sortSelect?.addEventListener('change', () => {
    updateUrl();
    void run();
  });
  void run();
}

export {};
