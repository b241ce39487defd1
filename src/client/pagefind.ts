/**
 * The site's one Pagefind index (both languages, see search/index-text.ts),
 * searched the same way whatever the page's language, so that what it returns
 * is exactly what matches:
 *
 * - every term is an exact (quoted) Pagefind search of its words at consecutive
 *   positions: 信创 is "信 创", never 诚信…创新; a Latin word is matched by its
 *   Snowball stem (Pagefind's own English stemmer), "parks" as park;
 * - several terms must all match: their result sets are intersected by id;
 * - the ticked facet values are Pagefind filters, so only results that pass
 *   come back, and the count is exact without opening any result; only the
 *   results shown load their fragment (text, filters, matched word positions);
 * - the order by relevance is Pagefind's ranking of the same words (a search
 *   without quotes), which loads no further files;
 * - a large collection's index is in shards (search/search-shards.ts), merged
 *   into the runtime; a result is told apart by its id, or by its URL where two
 *   shards hold the same id (search/result-keys.ts).
 *
 * The results come first, loading only the filter files of the ticked facets
 * (and, for a sort by year, the year's). The facet counts come after, in a
 * second runtime (see `runtimes`), from Pagefind's own filter counts, which
 * cover every facet named in a search: an unticked facet is named with
 * `none: []`, which loads its filter file and restricts nothing. At 500 reports
 * the five facet files outweigh everything else the first page of results
 * needs. The `report` and `number` filters (one value per report, per paragraph
 * number) are never named, so their files never load. No filter-only search is
 * run: each returns every record, and at 500 reports one per facet value held
 * the first query for a minute.
 */
import {
  countFromMembers,
  emptySelection,
  selectedFacets,
  type FacetCounts,
  type FacetMembers,
  type Selection,
} from '../search/facet-counts.ts';
import { FACETS, type Facet } from '../search/search-records.ts';
import { termWords } from '../search/index-text.ts';
import { keyResults, type KeyedResult } from '../search/result-keys.ts';
import { SHARED_IDS_FILE, shardDir } from '../search/search-shards.ts';

/** Where the index is: the site's base, and how many shards it has (search/search-shards.ts). */
export interface SearchIndex {
  base: string;
  shards: number;
}

export interface FragmentData {
  url: string;
  content: string;
  /** Positions of the matched words in the content's space-separated words. */
  locations: number[];
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<FragmentData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: PagefindResult[];
  /** Per filter value: results of this search that also have it, for every filter whose file has loaded (by this search or an earlier one). */
  filters: FilterCounts;
  /** The same, for the search without its filters. */
  totalFilters?: FilterCounts;
  /** How many results the search has without its filters. */
  unfilteredResultCount?: number;
}
type PagefindFilter = { any: string[] } | { none: string[] };
export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Partial<Record<string, PagefindFilter>> }): Promise<PagefindResponse | null>;
}

/** A result: what tells it apart (result-keys.ts), and one Pagefind result per term (each knows where its term matched). */
export interface SearchHit {
  id: string;
  rank: number;
  parts: PagefindResult[];
}

export type SortOrder = 'relevance' | 'newest' | 'oldest';

/**
 * Two Pagefind runtimes over the one index: one finds results, one counts facets.
 * Once a filter file is loaded, Pagefind counts its values for every later search,
 * and that count grows with the results (at 100 reports a search of 发展 took 35 ms,
 * and 320 ms with the five facet files loaded; at 500 reports many seconds). So the
 * results' runtime loads no filter file but the ticked facets', and a long count
 * never holds up the next query's results. The second runtime is the same module
 * under another URL; the browser has its files cached by then.
 *
 * The results' runtime searches in the page's own thread (`noWorker`), the counts'
 * in Pagefind's web worker. In its worker Pagefind copies every result across
 * (about 3 MB for the two searches of 发展 at 500 reports) and, as the page lets go
 * of the last query's results, posts one message per result to release it and
 * answers each: 16,000 round trips that held the page's thread for up to 365 ms
 * and the next query's results behind them. In the page's thread the same two
 * searches took 220 ms instead of 370 (median of ten common terms) and held it
 * at most 88 ms at a time, Pagefind yielding between the chunks it loads. The
 * counts keep the worker: a count of two common terms runs for seconds, and in
 * the page's thread its WebAssembly would hold up typing and the next query's
 * results. They still pay the worker's copies and release messages, in the page's
 * thread, after each of their searches.
 */
type Runtime = 'results' | 'counts';
/** A runtime, and the result ids that several shards hold (search-shards.ts), told apart by URL. */
export interface Searcher {
  pagefind: PagefindModule;
  sharedIds: ReadonlySet<string>;
}
const runtimes = new Map<Runtime, Promise<Searcher>>();

/** The ids that several shards hold, as the build listed them; a list that cannot load fails the search. */
async function loadSharedIds(base: string): Promise<Set<string>> {
  const response = await fetch(`${base}${shardDir(0)}${SHARED_IDS_FILE}`);
  if (!response.ok) throw new Error(`search: ${SHARED_IDS_FILE} did not load (${String(response.status)})`);
  const ids: unknown = await response.json();
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new Error(`search: ${SHARED_IDS_FILE} is not a list of ids`);
  return new Set(ids);
}

/**
 * Pagefind takes the index language from <html lang> when it starts; the one
 * index is English (Latin words stemmed, CJK characters as words), so the
 * attribute is switched for that call only. The other shards of a large
 * collection are merged in (they take the first one's language); Pagefind then
 * searches them all with every query.
 */
function loadPagefind({ base, shards }: SearchIndex, runtime: Runtime): Promise<Searcher> {
  let loading = runtimes.get(runtime);
  if (!loading) {
    loading = (async () => {
      const url = `${base}pagefind/pagefind.js${runtime === 'counts' ? '?counts' : ''}`;
      const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
      // Record URLs already carry the deployment base; Pagefind must not add it again.
      await pagefind.options({ basePath: `${base}pagefind/`, baseUrl: '/', noWorker: runtime === 'results' });
      const html = document.documentElement;
      const pageLang = html.lang;
      html.lang = 'en';
      const ready = pagefind.init();
      html.lang = pageLang;
      await ready;
      const others = Array.from({ length: Math.max(0, shards - 1) }, (_, index) => `${base}${shardDir(index + 1)}`);
      const [sharedIds] = await Promise.all([
        others.length > 0 ? loadSharedIds(base) : new Set<string>(),
        ...others.map((path) => pagefind.mergeIndex(path, { baseUrl: '/' })),
      ]);
      return { pagefind, sharedIds };
    })();
    runtimes.set(runtime, loading);
  }
  return loading;
}

/** Every facet named, so that its filter file loads and its values are counted; the selection, but `except`, applied. */
function pagefindFilters(selection: Selection, except?: Facet): Record<Facet, PagefindFilter> {
  return Object.fromEntries(
    FACETS.map((facet) => [facet, facet !== except && selection[facet].length > 0 ? { any: selection[facet] } : { none: [] }]),
  ) as Record<Facet, PagefindFilter>;
}

/** Only the ticked facets, so that a search for results loads no other filter file. */
function selectionFilters(selection: Selection): Partial<Record<Facet, PagefindFilter>> {
  return Object.fromEntries(selectedFacets(selection).map((facet) => [facet, { any: selection[facet] }]));
}

const exactQuery = (words: readonly string[]) => `"${words.join(' ')}"`;

async function exactResults(pagefind: PagefindModule, words: readonly string[], filters: Partial<Record<string, PagefindFilter>>) {
  const response = await pagefind.search(exactQuery(words), { filters });
  const counts = response?.filters ?? {};
  const results = response?.results ?? [];
  // Pagefind only logs a filter file that fails to load, then filters or counts as if that shard had no record with
  // the facet. Every record has exactly one value of each facet, so a named facet's counts add up to the results,
  // filtered and unfiltered alike, unless some shard's file is missing: summed over the shards (search-shards.ts),
  // they then fall short of the unfiltered results (a shard whose file is missing contributes no counts), or the
  // facet has no counts at all.
  const sum = (values: Record<string, number> | undefined) => Object.values(values ?? {}).reduce((total, count) => total + count, 0);
  const unfiltered = response?.unfilteredResultCount ?? results.length;
  const missing = Object.keys(filters).filter(
    (facet) => !(facet in counts) || sum(counts[facet]) !== results.length || sum(response?.totalFilters?.[facet]) !== unfiltered,
  );
  if (missing.length > 0) throw new Error(`search filters did not load: ${missing.join(', ')}`);
  return { results, counts };
}

const countsOf = (filterCounts: FilterCounts, facet: Facet) => new Map(Object.entries(filterCounts[facet] ?? {}));

/** The results of several terms: those in every term's results (by key, result-keys.ts). */
function intersect(perTerm: readonly KeyedResult<PagefindResult>[][]): { id: string; parts: PagefindResult[] }[] {
  const maps = perTerm.map((results) => new Map(results.map(({ key, result }) => [key, result])));
  const [first, ...rest] = maps;
  return [...(first?.keys() ?? [])]
    .filter((id) => rest.every((map) => map.has(id)))
    .map((id) => ({ id, parts: maps.map((map) => map.get(id)).filter((part) => part !== undefined) }));
}

/**
 * Counts for one term: Pagefind's counts of the search with the whole selection,
 * and for each ticked facet those of a search without its own selection.
 */
async function countsForOneTerm(
  pagefind: PagefindModule,
  words: readonly string[],
  selection: Selection,
  filtered: FilterCounts,
): Promise<FacetCounts> {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, countsOf(filtered, facet)])) as FacetCounts;
  await Promise.all(
    selectedFacets(selection).map(async (facet) => {
      counts[facet] = countsOf((await exactResults(pagefind, words, pagefindFilters(selection, facet))).counts, facet);
    }),
  );
  return counts;
}

/**
 * For several terms Pagefind's counts (of one term's search) are not those of
 * the intersection, so the members of each value are fetched: one search of the
 * rarest term per value it has (never more results than that term's), and the
 * intersection is counted against them.
 */
async function membersForTerms(
  { pagefind, sharedIds }: Searcher,
  words: readonly (readonly string[])[],
): Promise<{ ids: string[]; members: FacetMembers }> {
  const unfiltered = pagefindFilters(emptySelection());
  const perTerm = await Promise.all(words.map((list) => exactResults(pagefind, list, unfiltered)));
  const keyedPerTerm = await Promise.all(perTerm.map((term) => keyResults(term.results, sharedIds)));
  const rarest = perTerm.reduce(
    (best, term, index) => (term.results.length < (perTerm[best]?.results.length ?? Infinity) ? index : best),
    0,
  );
  const rarestWords = words[rarest] ?? [];
  const rarestCounts = perTerm[rarest]?.counts ?? {};
  const members = {} as FacetMembers;
  await Promise.all(
    FACETS.map(async (facet) => {
      const values = [...countsOf(rarestCounts, facet)].filter(([, count]) => count > 0).map(([value]) => value);
      const sets = await Promise.all(
        values.map(async (value) => {
          const { results } = await exactResults(pagefind, rarestWords, { [facet]: { any: [value] } });
          return [value, new Set((await keyResults(results, sharedIds)).map(({ key }) => key))] as const;
        }),
      );
      members[facet] = new Map(sets);
    }),
  );
  return { ids: intersect(keyedPerTerm).map((hit) => hit.id), members };
}

/** The year of each result of a term, from one search per year that has results (for sorting by year). */
async function yearsOf({ pagefind, sharedIds }: Searcher, words: readonly string[], selection: Selection): Promise<Map<string, number>> {
  const ticked = selectionFilters(selection);
  const { counts } = await exactResults(pagefind, words, { ...ticked, year: ticked.year ?? { none: [] } });
  const years = new Map<string, number>();
  const withResults = [...countsOf(counts, 'year')].filter(([, count]) => count > 0).map(([year]) => year);
  await Promise.all(
    withResults.map(async (year) => {
      const { results } = await exactResults(pagefind, words, { ...ticked, year: { any: [year] } });
      for (const { key } of await keyResults(results, sharedIds)) years.set(key, Number(year));
    }),
  );
  return years;
}

const searchedWords = (terms: readonly string[]) => terms.map((term) => termWords(term)).filter((list) => list.length > 0);

/**
 * Every result that matches every term and passes the selection, in the asked
 * order (by year, then by relevance); nothing when no term has a word to search.
 */
export async function searchHits(
  index: SearchIndex,
  terms: readonly string[],
  selection: Selection,
  order: SortOrder,
): Promise<SearchHit[]> {
  if (searchedWords(terms).length === 0) return [];
  return searchHitsWith(await loadPagefind(index, 'results'), terms, selection, order);
}

/** searchHits with a runtime already loaded (the unit tests give one of their own). */
export async function searchHitsWith(
  searcher: Searcher,
  terms: readonly string[],
  selection: Selection,
  order: SortOrder,
): Promise<SearchHit[]> {
  const words = searchedWords(terms);
  const [firstTerm] = words;
  if (!firstTerm) return [];
  const { pagefind, sharedIds } = searcher;
  const filters = selectionFilters(selection);
  const [ranking, ...exact] = await Promise.all([
    pagefind.search(words.flat().join(' '), { filters }),
    ...words.map((list) => exactResults(pagefind, list, filters)),
  ]);
  const keyed = await Promise.all(exact.map((term) => keyResults(term.results, sharedIds)));
  // Only a result of the first term can be a hit, so only those are scored (and, for a shared id, opened).
  const inFirstTerm = new Set(exact[0]?.results.map((result) => result.id));
  const rankedCandidates = (ranking?.results ?? []).filter((result) => inFirstTerm.has(result.id));
  const score = new Map((await keyResults(rankedCandidates, sharedIds)).map(({ key, result }) => [key, result.score]));
  const ranked = intersect(keyed)
    .sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0))
    .map((hit, rank) => ({ ...hit, rank }));
  if (order === 'relevance' || ranked.length < 2) return ranked;
  // Every result is among the first term's, so the first term's searches give its year.
  const years = await yearsOf(searcher, firstTerm, selection);
  const direction = order === 'oldest' ? 1 : -1;
  const yearOf = (id: string) => years.get(id) ?? 0;
  return [...ranked].sort((a, b) => direction * (yearOf(a.id) - yearOf(b.id)) || a.rank - b.rank);
}

const noCounts = () => Object.fromEntries(FACETS.map((facet) => [facet, new Map()])) as FacetCounts;

/** How many results each value of each facet would give, for these terms and this selection (facet-counts.ts). */
export async function countFacets(index: SearchIndex, terms: readonly string[], selection: Selection): Promise<FacetCounts> {
  if (searchedWords(terms).length === 0) return noCounts();
  return countFacetsWith(await loadPagefind(index, 'counts'), terms, selection);
}

/** countFacets with a runtime already loaded (the unit tests give one of their own). */
export async function countFacetsWith(searcher: Searcher, terms: readonly string[], selection: Selection): Promise<FacetCounts> {
  const words = searchedWords(terms);
  const [onlyTerm] = words;
  if (!onlyTerm) return noCounts();
  if (words.length === 1) {
    const { counts } = await exactResults(searcher.pagefind, onlyTerm, pagefindFilters(selection));
    return countsForOneTerm(searcher.pagefind, onlyTerm, selection, counts);
  }
  const { ids, members } = await membersForTerms(searcher, words);
  return countFromMembers(ids, members, selection);
}

/**
 * A hit's fragment, with the matched positions of all its terms together. One part at a time, each part's
 * positions copied before the next is asked: Pagefind keeps one fragment object per page and sets its
 * `locations` on every data() call, so parts loaded together all read the last term's positions (a query of
 * two terms marked only the second, in the excerpt and in the result's ?hl=).
 */
export async function hitData(hit: SearchHit): Promise<FragmentData> {
  let first: FragmentData | undefined;
  const locations: number[] = [];
  for (const part of hit.parts) {
    const data = await part.data();
    first ??= { ...data };
    locations.push(...data.locations);
  }
  if (!first) throw new Error(`search result ${hit.id} has no data`);
  return { ...first, locations: [...new Set(locations)].sort((a, b) => a - b) };
}
