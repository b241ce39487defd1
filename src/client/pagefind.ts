/**
 * Pagefind's Chinese and English indexes, searched together: one result per
 * paragraph, checked literally for Chinese terms and figures (see
 * search/query.ts) among the best-ranked candidates.
 */
import { matchesLiterally, pagefindQuery, queryTerms } from '../search/query.ts';

export interface PagefindResultData {
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

export interface SearchResult {
  data: PagefindResultData;
  /** Place in Pagefind's ranking across both languages, 0 first. */
  rank: number;
}

/** Results whose text is checked, at most; beyond this a query is too broad to rank by hand. */
const MAX_CHECKED = 300;

let instancesPromise: Promise<PagefindInstance[]> | undefined;

/**
 * One Pagefind module per language, each loaded from its own URL so each has its
 * own state. mergeIndex() would search the second language without its stemmer
 * (Pagefind loads no WASM for merged indexes), so English would lose
 * "parks → park" on Chinese pages. Pagefind takes the index language from
 * <html lang> synchronously when init() starts, so the attribute is switched
 * for that call only.
 */
function loadPagefind(base: string): Promise<PagefindInstance[]> {
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

/** Search both indexes of the site deployed at `base` (ending in /). */
export async function searchIndexes(base: string, query: string): Promise<SearchResult[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const instances = await loadPagefind(base);
  const responses = await Promise.all(instances.map((instance) => instance.search(pagefindQuery(terms))));
  const candidates = responses
    .flatMap((response) => response?.results ?? [])
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CHECKED);
  const data = await Promise.all(candidates.map((result) => result.data()));
  return data.map((item, rank) => ({ data: item, rank })).filter((result) => matchesLiterally(result.data.content, terms));
}
