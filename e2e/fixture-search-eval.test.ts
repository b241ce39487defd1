/**
 * The search evaluation on the fixture collection (search-eval/fixture-queries.json):
 * queries whose results span years and regions, a term of one year only, queries
 * narrowed by a facet, English, traditional characters, a Chinese term inside
 * English text, glossary entries, headings, figures and several words, each with
 * the full list of what a reader should find, checked by hand against the
 * fixture sources (search-eval/README.md). Run on the real search page under
 * /sub/path/, every page of results; precision and recall must be 1.0 on every
 * query. (The real report's evaluation is in real-report.test.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { FACETS, type Facet } from '../src/search/search-records.ts';
import { FIXTURES_BASE } from './global-setup.ts';
import { describe, expect, searchResults, siteDir, test } from './test-utils.ts';

interface FixtureQuery {
  query: string;
  kind: string;
  /** Facet values the query is narrowed by, as the search page's URL carries them. */
  filters?: Partial<Record<Facet, string[]>>;
  /** Hand-checked: every result a reader should find, as site paths without the base (search-eval/README.md). */
  relevant: string[];
}

const evaluation = JSON.parse(readFileSync(join(import.meta.dirname, 'search-eval/fixture-queries.json'), 'utf8')) as FixtureQuery[];
const KINDS = [
  'multi-year',
  'one-year',
  'filtered',
  'english',
  'traditional',
  'zh-in-english',
  'glossary',
  'heading',
  'figure',
  'multi-word',
];

/** The search page's URL parameters for a query's filters (&year=2024&region=…). */
function filterParams(filters: FixtureQuery['filters'] = {}): string {
  return Object.entries(filters)
    .flatMap(([facet, values]) => values.map((value) => `&${facet}=${encodeURIComponent(value)}`))
    .join('');
}

/** How a query is named in a message: its text and filters. */
const named = ({ query, filters }: FixtureQuery) => `${query}${filterParams(filters)}`;

describe('search on the fixture evaluation set (search-eval/fixture-queries.json)', () => {
  test('has at least 35 queries, at least 2 of every kind, filters on real facets, and every relevant address is a real anchor of the built site', () => {
    expect(evaluation.length).toBeGreaterThanOrEqual(35);
    const kinds = Map.groupBy(evaluation, (entry) => entry.kind);
    expect(new Set(kinds.keys())).toEqual(new Set(KINDS));
    for (const [kind, entries] of kinds) expect(entries.length, kind).toBeGreaterThanOrEqual(2);
    const documents = new Map<string, Document | undefined>();
    const problems: string[] = [];
    for (const entry of evaluation) {
      for (const facet of Object.keys(entry.filters ?? {}))
        if (!FACETS.includes(facet as Facet)) problems.push(`${named(entry)}: no facet ${facet}`);
      expect(entry.relevant.length, named(entry)).toBeGreaterThan(0);
      expect(new Set(entry.relevant).size, named(entry)).toBe(entry.relevant.length);
      for (const url of entry.relevant) {
        const [path = '', anchor] = url.split('#');
        const file = join(siteDir(), path, 'index.html');
        if (!documents.has(file)) documents.set(file, existsSync(file) ? new JSDOM(readFileSync(file, 'utf8')).window.document : undefined);
        const document = documents.get(file);
        if (!document) problems.push(`${named(entry)}: ${url} has no page`);
        else if (anchor && !document.getElementById(anchor)) problems.push(`${named(entry)}: ${url} has no #${anchor}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('finds exactly the hand-checked results for every query: precision and recall 1.0', { timeout: 240_000 }, async ({ open }) => {
    const page = await open('/search/');
    const rows: string[] = [];
    const wrong: string[] = [];
    let found = 0;
    let relevantFound = 0;
    let relevantTotal = 0;
    for (const entry of evaluation) {
      const relevant = entry.relevant.map((url) => FIXTURES_BASE + url.replace(/^\//, ''));
      const results = await searchResults(page, entry.query, { params: filterParams(entry.filters) });
      // The count the status line gives is exact: the number of results listed over all pages.
      const count = Number(/共 (\d+) 条结果/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
      if (count !== results.length) wrong.push(`${named(entry)}: the status line says ${count} results, ${results.length} are listed`);
      const hits = results.filter((url) => relevant.includes(url));
      found += results.length;
      relevantFound += hits.length;
      relevantTotal += relevant.length;
      const precision = results.length > 0 ? hits.length / results.length : 1;
      const recall = hits.length / relevant.length;
      rows.push(`${entry.kind}\t${named(entry)}\t${results.length} results\tP=${precision.toFixed(2)}\tR=${recall.toFixed(2)}`);
      if (JSON.stringify([...results].sort()) !== JSON.stringify([...relevant].sort()))
        wrong.push(
          `${named(entry)}: missed ${JSON.stringify(relevant.filter((url) => !results.includes(url)))}, extra ${JSON.stringify(results.filter((url) => !relevant.includes(url)))}`,
        );
    }
    console.log(
      `fixture search evaluation: ${evaluation.length} queries, precision ${(relevantFound / found).toFixed(3)}, recall ${(relevantFound / relevantTotal).toFixed(3)}\n${rows.join('\n')}`,
    );
    expect(wrong).toEqual([]);
    expect(relevantFound / found).toBe(1);
    expect(relevantFound / relevantTotal).toBe(1);
  });
});
