/**
 * Bytes transferred for a first query on a cold search page: a fresh browser
 * context (empty cache) opens the search page, then the query is typed and the
 * page's own signal that results are shown (`data-searched` on .search-page) is
 * awaited, then its facet counts (`data-counted`). The page load and the search
 * itself are counted apart, and the search's bytes are broken down by kind of
 * Pagefind file; the first page of results is what the search fetched before the
 * page started counting facets.
 */
import type { Browser } from 'playwright-core';
import { recordNetwork, sumBytes, type RecordedResponse } from './network-recorder.ts';
import { FIRST_QUERIES, SEARCH_PAGE, VIEWPORT } from './site-pages.ts';
import { medianOf, repeat } from './stats.ts';

export interface FirstQueryRun {
  loadBytes: number;
  loadUncompressedBytes: number;
  loadRequests: number;
  searchBytes: number;
  searchUncompressedBytes: number;
  searchRequests: number;
  /** What the first page of results cost: the search's bytes before the facet counts began. */
  resultsBytes: number;
  /** Search bytes per kind of file (see pagefindFileKind). */
  searchBytesByKind: Record<string, number>;
  results: number;
}

export interface FirstQueryFigures {
  query: string;
  runs: FirstQueryRun[];
  median: Omit<FirstQueryRun, 'searchBytesByKind'> & { searchBytesByKind: Record<string, number> };
}

/** What a file fetched during a search is, from its URL. */
export function pagefindFileKind(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith('.pf_index')) return 'index chunks';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (path.endsWith('.pf_meta')) return 'meta';
  if (path.includes('/pagefind/')) return 'runtime (JS, WASM)';
  return 'other';
}

/**
 * The search's requests before the page's second Pagefind runtime (pagefind.js?counts), which it loads only once the
 * results are shown, to count the facets (src/client/pagefind.ts). Requests are listed as they finished, and every
 * request of the results finished before they were shown.
 */
function resultsPhase(search: readonly RecordedResponse[]): readonly RecordedResponse[] {
  const counting = search.findIndex((response) => new URL(response.url).search === '?counts');
  return counting === -1 ? search : search.slice(0, counting);
}

function byKind(responses: readonly RecordedResponse[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const response of responses) {
    const kind = pagefindFileKind(response.url);
    totals[kind] = (totals[kind] ?? 0) + response.bytes;
  }
  return totals;
}

async function firstQueryOnce(browser: Browser, siteUrl: string, query: string, timeoutMs?: number): Promise<FirstQueryRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const network = recordNetwork(context);
    const page = await context.newPage();
    await page.goto(siteUrl + SEARCH_PAGE, { waitUntil: 'networkidle' });
    await network.settled();
    network.setPhase('search');
    await page.locator('#search-q').click();
    await page.keyboard.type(query);
    await page.waitForFunction(
      (expected) => document.querySelector<HTMLElement>('.search-page')?.dataset['counted'] === expected,
      query,
      timeoutMs === undefined ? {} : { timeout: timeoutMs },
    );
    await network.settled();
    const load = network.responses().filter((response) => response.phase === 'load');
    const search = network.responses().filter((response) => response.phase === 'search');
    return {
      loadBytes: sumBytes(load),
      loadUncompressedBytes: sumBytes(load, 'uncompressedBytes'),
      loadRequests: load.length,
      searchBytes: sumBytes(search),
      searchUncompressedBytes: sumBytes(search, 'uncompressedBytes'),
      searchRequests: search.length,
      resultsBytes: sumBytes(resultsPhase(search)),
      searchBytesByKind: byKind(search),
      results: await page.locator('[data-results] > li').count(),
    };
  } finally {
    await context.close();
  }
}

/** timeoutMs: how long a query may take (Playwright's default, 30 s, unless given: the scale bench gives more). */
export async function measureFirstQuery(
  browser: Browser,
  siteUrl: string,
  query: string,
  runs: number,
  timeoutMs?: number,
): Promise<FirstQueryFigures> {
  const all = await repeat(runs, () => firstQueryOnce(browser, siteUrl, query, timeoutMs));
  const kinds = [...new Set(all.flatMap((run) => Object.keys(run.searchBytesByKind)))].sort();
  return {
    query,
    runs: all,
    median: {
      loadBytes: medianOf(all, (run) => run.loadBytes),
      loadUncompressedBytes: medianOf(all, (run) => run.loadUncompressedBytes),
      loadRequests: medianOf(all, (run) => run.loadRequests),
      searchBytes: medianOf(all, (run) => run.searchBytes),
      searchUncompressedBytes: medianOf(all, (run) => run.searchUncompressedBytes),
      searchRequests: medianOf(all, (run) => run.searchRequests),
      resultsBytes: medianOf(all, (run) => run.resultsBytes),
      searchBytesByKind: Object.fromEntries(kinds.map((kind) => [kind, medianOf(all, (run) => run.searchBytesByKind[kind] ?? 0)])),
      results: medianOf(all, (run) => run.results),
    },
  };
}

/** The first Chinese and the first English query (FIRST_QUERIES), each on its own cold pages. */
export async function measureFirstQueries(
  browser: Browser,
  siteUrl: string,
  runs: number,
): Promise<{ zh: FirstQueryFigures; en: FirstQueryFigures }> {
  return {
    zh: await measureFirstQuery(browser, siteUrl, FIRST_QUERIES.zh, runs),
    en: await measureFirstQuery(browser, siteUrl, FIRST_QUERIES.en, runs),
  };
}
