/**
 * Search over shards whose result ids collide (search/search-shards.ts): a fake Pagefind runtime holds records of
 * two "shards" that share an id, as 16 of 77,000 did at 500 reports, and the page's search must still tell them
 * apart everywhere: results, two-term intersections, the sort by year, and the facet counts of several terms.
 */
import { describe, expect, test } from 'vitest';
import { emptySelection, type Selection } from '../../search/facet-counts.ts';
import { FACETS, type Facet } from '../../search/search-records.ts';
import { countFacetsWith, hitData, searchHitsWith, type PagefindModule, type Searcher } from '../pagefind.ts';

interface FakeRecord {
  id: string;
  url: string;
  content: string;
  region: string;
  year: string;
}

/** Where the words of `query` stand at consecutive positions in `words` (quoted), or anywhere (unquoted). */
function matchPositions(words: readonly string[], query: string): number[] | undefined {
  const quoted = /^"(.*)"$/.exec(query);
  const terms = (quoted?.[1] ?? query).split(' ').filter(Boolean);
  if (!quoted) {
    const positions = words.flatMap((word, position) => (terms.includes(word) ? [position] : []));
    return terms.every((term) => words.includes(term)) ? positions : undefined;
  }
  const starts = words.flatMap((_, start) => (terms.every((term, offset) => words[start + offset] === term) ? [start] : []));
  return starts.length > 0 ? starts.flatMap((start) => terms.map((_, offset) => start + offset)) : undefined;
}

/** Pagefind's search as the page uses it: quoted and unquoted queries, `any` filters, counts of the named facets. */
function fakePagefind(records: readonly FakeRecord[]): PagefindModule {
  const facetOf = (record: FakeRecord, facet: Facet) =>
    ({ region: record.region, year: record.year, part: '1', kind: 'paragraph', language: 'zh' })[facet];
  const countBy = (list: readonly FakeRecord[], facet: Facet) =>
    Object.fromEntries(
      [...new Set(records.map((record) => facetOf(record, facet)))].map((value) => [
        value,
        list.filter((record) => facetOf(record, facet) === value).length,
      ]),
    );
  return {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    mergeIndex: () => Promise.resolve(),
    search(query, options) {
      const filters = options?.filters ?? {};
      const matched = records.flatMap((record) => {
        const positions = matchPositions(record.content.split(' '), query);
        return positions ? [{ record, positions }] : [];
      });
      const passing = matched.filter(({ record }) =>
        Object.entries(filters).every(
          ([facet, filter]) => !filter || !('any' in filter) || filter.any.includes(facetOf(record, facet as Facet)),
        ),
      );
      const named = Object.keys(filters).filter((facet): facet is Facet => (FACETS as readonly string[]).includes(facet));
      const namedCounts = (list: readonly { record: FakeRecord }[]) =>
        Object.fromEntries(
          named.map((facet) => [
            facet,
            countBy(
              list.map(({ record }) => record),
              facet,
            ),
          ]),
        );
      return Promise.resolve({
        results: passing.map(({ record, positions }) => ({
          id: record.id,
          score: positions.length,
          data: () => Promise.resolve({ url: record.url, content: record.content, locations: positions, filters: {} }),
        })),
        filters: namedCounts(passing),
        totalFilters: namedCounts(matched),
        unfilteredResultCount: matched.length,
      });
    },
  };
}

// A and B are in different shards and have the same id, as Pagefind's 7-digit page hashes sometimes do.
const RECORDS: FakeRecord[] = [
  { id: 'en_1', url: '/a/2024/#p1', content: '发 展 经 济', region: 'a', year: '2024' },
  { id: 'en_1', url: '/a/2025/#p3', content: '经 济 的 发 展', region: 'a', year: '2025' },
  { id: 'en_2', url: '/b/2025/#p2', content: '经 济 发 展 发 展', region: 'b', year: '2025' },
  { id: 'en_3', url: '/b/2024/#p4', content: '经 济', region: 'b', year: '2024' },
  { id: 'en_4', url: '/a/2024/#p9', content: '发 展', region: 'a', year: '2024' },
];
const searcher: Searcher = { pagefind: fakePagefind(RECORDS), sharedIds: new Set(['en_1']) };

async function urlsOf(terms: string[], order: 'relevance' | 'newest' = 'relevance', selection: Selection = emptySelection()) {
  const hits = await searchHitsWith(searcher, terms, selection, order);
  return Promise.all(hits.map(async (hit) => (await hitData(hit)).url));
}

describe('search over shards that share a result id', () => {
  test('both results of the shared id are found, each with its own text', async () => {
    expect((await urlsOf(['发展'])).sort()).toEqual(['/a/2024/#p1', '/a/2024/#p9', '/a/2025/#p3', '/b/2025/#p2']);
  });

  test('two terms: each shared-id result is intersected as itself', async () => {
    expect((await urlsOf(['发展', '经济'])).sort()).toEqual(['/a/2024/#p1', '/a/2025/#p3', '/b/2025/#p2']);
  });

  test('newest first puts each shared-id result under its own year', async () => {
    const years = (await urlsOf(['发展'], 'newest')).map((url) => url.split('/')[2]);
    expect(years).toEqual(['2025', '2025', '2024', '2024']);
  });

  test('the facet counts of two terms count each shared-id result under its own values', async () => {
    const counts = await countFacetsWith(searcher, ['发展', '经济'], emptySelection());
    expect(Object.fromEntries(counts.region)).toEqual({ a: 2, b: 1 });
    expect(Object.fromEntries(counts.year)).toEqual({ 2024: 1, 2025: 2 });
  });

  test('a ticked region keeps both shared-id results of that region', async () => {
    const selection = { ...emptySelection(), region: ['a'] };
    expect((await urlsOf(['发展'], 'relevance', selection)).sort()).toEqual(['/a/2024/#p1', '/a/2024/#p9', '/a/2025/#p3']);
    const counts = await countFacetsWith(searcher, ['发展'], selection);
    expect(Object.fromEntries(counts.region)).toEqual({ a: 3, b: 1 });
  });
});
