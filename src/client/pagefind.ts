/**
 * The site's one Pagefind index (both languages, see search/index-text.ts),
 * loaded once whatever the page's language, and searched so that what it
 * returns is exactly what matches:
 *
 * - every term is an exact (quoted) Pagefind search of its words at consecutive
 *   positions: 信创 is "信 创", never 诚信…创新; a Latin word is matched by its
 *   Snowball stem (Pagefind's own English stemmer), "parks" as park;
 * - several terms must all match: their result sets are intersected by id;
 * - so the count is exact without opening any result, and only the results
 *   shown load their fragment (text, filters, matched word positions);
 * - the order by relevance is Pagefind's ranking of the same words (a search
 *   without quotes), which loads no further files.
 * Facets are counted from the set of results of each filter value, got once
 * from filter-only searches (ids only).
 */
import { FACETS, type Facet } from '../search/search-records.ts';
import { termWords } from '../search/index-text.ts';

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
interface PagefindResponse {
  results: PagefindResult[];
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindResponse | null>;
}

/** A result: its id, and one Pagefind result per term (each knows where its term matched). */
export interface SearchHit {
  id: string;
  rank: number;
  parts: PagefindResult[];
}

/** Result ids of every value of every facet. */
export type FacetSets = Record<Facet, Map<string, Set<string>>>;

let modulePromise: Promise<PagefindModule> | undefined;

/**
 * Pagefind takes the index language from <html lang> when it starts; the one
 * index is English (Latin words stemmed, CJK characters as words), so the
 * attribute is switched for that call only.
 */
function loadPagefind(base: string): Promise<PagefindModule> {
  modulePromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
    // Record URLs already carry the deployment base; Pagefind must not add it again.
    await pagefind.options({ basePath: `${base}pagefind/`, baseUrl: '/' });
    const html = document.documentElement;
    const pageLang = html.lang;
    html.lang = 'en';
    const ready = pagefind.init();
    html.lang = pageLang;
    await ready;
    return pagefind;
  })();
  return modulePromise;
}

/** Every result that matches every term, ranked; [] when no term has a word to search. */
export async function searchAll(base: string, terms: readonly string[]): Promise<SearchHit[]> {
  const words = terms.map((term) => termWords(term)).filter((list) => list.length > 0);
  if (words.length === 0) return [];
  const pagefind = await loadPagefind(base);
  const [ranking, ...exact] = await Promise.all([
    pagefind.search(words.flat().join(' ')),
    ...words.map((list) => pagefind.search(`"${list.join(' ')}"`)),
  ]);
  const perTerm = exact.map((response) => new Map((response?.results ?? []).map((result) => [result.id, result])));
  const [first, ...rest] = perTerm;
  const score = new Map((ranking?.results ?? []).map((result) => [result.id, result.score]));
  return [...(first?.keys() ?? [])]
    .filter((id) => rest.every((map) => map.has(id)))
    .map((id) => ({ id, parts: perTerm.map((map) => map.get(id)).filter((part) => part !== undefined) }))
    .sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0))
    .map((hit, rank) => ({ ...hit, rank }));
}

let facetsPromise: Promise<FacetSets> | undefined;

/** The result ids of each value of each facet (values as the page lists them), got once. */
export function facetSets(base: string, values: Record<Facet, string[]>): Promise<FacetSets> {
  facetsPromise ??= (async () => {
    const pagefind = await loadPagefind(base);
    const entries = await Promise.all(
      FACETS.map(async (facet) => {
        const sets = await Promise.all(
          values[facet].map(async (value) => {
            const response = await pagefind.search(null, { filters: { [facet]: value } });
            return [value, new Set((response?.results ?? []).map((result) => result.id))] as const;
          }),
        );
        return [facet, new Map(sets)] as const;
      }),
    );
    return Object.fromEntries(entries) as FacetSets;
  })();
  return facetsPromise;
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
