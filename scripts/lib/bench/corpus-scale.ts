/**
 * `npm run bench -- --reports N`: the site at the size of a real archive. A synthetic
 * collection of N reports (synthetic-collection.ts: the real report in many regions and
 * years, its figures varied per copy; no PDFs) is built once, beside the one-report site
 * and a bare Astro build of the same text (bare-astro.ts), all in this run, and measured:
 *
 * - build time and peak memory (the build's whole process tree, lib/process-tree-peak.ts), each added report's
 *   share of the time ((N-report − 1-report) / (N − 1)), the one-report site against bare Astro;
 * - the built site and its Pagefind index on disk;
 * - for a rare query (a figure found in as few records as any) and a very common one
 *   (发展): the bytes of the first query on a cold search page, the time from the last
 *   keystroke to the results there, and the count the page shows against the true number
 *   of matching records, counted from the corpus's own search records with the search's
 *   own rule (src/search/query.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { readSiteModel } from '../../../src/integrations/shared/site-model-fs.ts';
import { startStaticServer } from '../../../src/integrations/shared/static-server.ts';
import { displayText } from '../../../src/search/index-text.ts';
import { normaliseForMatch, queryTerms } from '../../../src/search/query.ts';
import { buildSearchRecords, type SearchRecord } from '../../../src/search/search-records.ts';
import { buildSite, type BuildResult } from '../build-site.ts';
import { buildBareAstro, writeBareAstroProject } from './bare-astro.ts';
import { directoryBytes } from './dir-size.ts';
import { measureIndexSize, type IndexSize } from './index-size.ts';
import type { Log } from './log.ts';
import { measureFirstQuery, type FirstQueryFigures } from './search-transfer.ts';
import { SEARCH_PAGE, VIEWPORT } from './site-pages.ts';
import { median } from './stats.ts';
import { writeSyntheticCollection } from './synthetic-collection.ts';
import type { WorkDir } from './work-dir.ts';

/** A very common term: in nearly every part of every report. */
export const COMMON_QUERY = '发展';
/** Two very common terms: the page intersects their results and counts the intersection's facets itself. */
export const COMMON_PAIR_QUERY = '发展 经济';
const YEARS_PER_REGION = 10;

export interface TimedBuild {
  ms: number;
  peakMemoryBytes?: number;
  peakByProgram?: Record<string, number>;
}

export interface ScaleQueryFigures {
  query: string;
  /** Matching records in the corpus (search records whose text satisfies the query, as query.ts decides). */
  trueCount: number;
  /** The count the page states (the largest number in its status line), and the results it lists. */
  shownCount: number | undefined;
  listed: number;
  exact: boolean;
  /** Last keystroke to results on a cold search page (Pagefind loads included), median. */
  timeToResultsMs: number;
  /** The same, typed again on the same page once its results and counts were shown (Pagefind and its files loaded), median. */
  warmTimeToResultsMs: number;
  /**
   * The same query again on the warm page, committed as an IME composition is (a pinyin reader's word): from its
   * compositionend to the results, median. The page searches a committed word at once, without the typing debounce.
   */
  warmImeTimeToResultsMs: number;
  /** Last keystroke to the facet counts on the cold page (they follow the results), median. */
  timeToCountsMs: number;
  transfer: FirstQueryFigures;
}

export interface CorpusScaleFigures {
  reports: number;
  build: TimedBuild;
  /** Cold: empty PDF, preview-image and citation caches; bare Astro's first build of its folder. */
  oneReport: TimedBuild;
  bareAstro: TimedBuild;
  /** Each built again, content unchanged (Baogao's caches and Astro's warm). */
  oneReportRebuild: TimedBuild;
  bareAstroRebuild: TimedBuild;
  /** (build − oneReport) / (reports − 1). */
  perAddedReportMs: number;
  /** oneReport / bareAstro, cold. */
  oneReportVsBare: number;
  /** oneReportRebuild / bareAstroRebuild. */
  oneReportVsBareRebuild: number;
  site: { bytes: number; files: number };
  index: IndexSize;
  queries: { rare: ScaleQueryFigures; common: ScaleQueryFigures; pair: ScaleQueryFigures };
}

export interface CorpusScaleOptions {
  work: WorkDir;
  browser: Browser;
  reports: number;
  queryRuns: number;
  log: Log;
}

/** Matching records of a query in the corpus: every term in the record's text as a reader sees it (the terms the bench asks are numbers and Chinese words, which match literally). */
export function countMatches(records: readonly SearchRecord[], query: string): number {
  const terms = queryTerms(query).map(normaliseForMatch);
  return records.filter((record) => {
    const text = normaliseForMatch(displayText(record.content));
    return terms.every((term) => text.includes(term));
  }).length;
}

/** A figure (four digits or more) of the last report that as few records as possible contain. */
export function pickRareQuery(records: readonly SearchRecord[], lastReport: string): string {
  const candidates = new Set<string>();
  for (const record of records) {
    if (record.filters.report[0] !== lastReport || record.filters.language[0] !== 'zh') continue;
    for (const match of record.content.matchAll(/\d{4,}/g)) if (candidates.size < 40) candidates.add(match[0]);
  }
  let best: { query: string; count: number } | undefined;
  for (const query of candidates) {
    const count = countMatches(records, query);
    if (count > 0 && (best === undefined || count < best.count)) best = { query, count };
  }
  if (!best) throw new Error(`no figure in ${lastReport} to search for`);
  return best.query;
}

/** The largest number in the page's status line ("1,234 results", "21–40 of 1,234"). */
async function statedCount(page: Page): Promise<number | undefined> {
  const status = (await page.locator('[data-status]').textContent()) ?? '';
  const numbers = [...status.matchAll(/\d[\d,]*/g)].map((match) => Number(match[0].replaceAll(',', '')));
  return numbers.length > 0 ? Math.max(...numbers) : undefined;
}

/**
 * How long a first query may take before the bench gives up on it. At hundreds of reports the search page can
 * need far longer than Playwright's 30 s default, and that time is the figure to report, not a reason to fail.
 */
export const SCALE_RESULTS_TIMEOUT_MS = 10 * 60_000;

async function firstResultsOnce(browser: Browser, siteUrl: string, query: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(siteUrl + SEARCH_PAGE, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const probe = { input: 0, shown: 0, counted: 0 };
      (window as unknown as { scaleProbe: typeof probe }).scaleProbe = probe;
      document.querySelector('#search-q')?.addEventListener('input', () => (probe.input = performance.now()), { capture: true });
      const root = document.querySelector('.search-page');
      if (root)
        new MutationObserver((records) => {
          for (const record of records) {
            const at = record.attributeName === 'data-searched' ? 'shown' : 'counted';
            requestAnimationFrame(() => (probe[at] = performance.now()));
          }
        }).observe(root, { attributes: true, attributeFilter: ['data-searched', 'data-counted'] });
    });
    type Probe = { input: number; shown: number; counted: number };
    // Milliseconds from the probe's input to the results shown (or, with 'counted', to the facet counts).
    const timeTo = async (what: 'shown' | 'counted') => {
      await page.waitForFunction(
        (at) => {
          const probe = (window as unknown as { scaleProbe: Probe }).scaleProbe;
          return probe[at] > probe.input && probe.input > 0;
        },
        what,
        { timeout: SCALE_RESULTS_TIMEOUT_MS },
      );
      return page.evaluate((at) => {
        const probe = (window as unknown as { scaleProbe: Probe }).scaleProbe;
        return probe[at] - probe.input;
      }, what);
    };
    const resetProbe = () =>
      page.evaluate(() => Object.assign((window as unknown as { scaleProbe: Probe }).scaleProbe, { input: 0, shown: 0, counted: 0 }));
    // The box emptied: the page clears its results.
    const emptyBox = async () => {
      await page.locator('#search-q').fill('');
      await page.waitForFunction(() => document.querySelector('[data-results]')?.childElementCount === 0);
    };
    const typeAndTime = async () => {
      await resetProbe();
      await page.locator('#search-q').click();
      await page.keyboard.type(query);
      return timeTo('shown');
    };
    const ms = await typeAndTime();
    // The facet counts come after the results, from their own Pagefind runtime (src/client/pagefind.ts).
    const countsMs = await timeTo('counted');
    const shownCount = await statedCount(page);
    const listed = await page.locator('[data-results] > li').count();
    // Warm: the query typed again.
    await emptyBox();
    const warmMs = await typeAndTime();
    // Warm again, as an input method commits it, once the warm query's counts are done too (as before the warm
    // query): the query composed and committed in one go.
    await timeTo('counted');
    await emptyBox();
    await resetProbe();
    await page.evaluate((text) => {
      const probe = (window as unknown as { scaleProbe: Probe }).scaleProbe;
      const input = document.querySelector<HTMLInputElement>('#search-q');
      if (!input) return;
      input.dispatchEvent(new CompositionEvent('compositionstart'));
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { isComposing: true, data: text }));
      probe.input = performance.now();
      input.dispatchEvent(new CompositionEvent('compositionend', { data: text }));
    }, query);
    const warmImeMs = await timeTo('shown');
    return { ms, countsMs, warmMs, warmImeMs, shownCount, listed };
  } finally {
    await context.close();
  }
}

async function measureQuery(browser: Browser, siteUrl: string, query: string, trueCount: number, runs: number): Promise<ScaleQueryFigures> {
  const timed = [];
  for (let run = 0; run < runs; run++) timed.push(await firstResultsOnce(browser, siteUrl, query));
  const last = timed.at(-1);
  const shownCount = last?.shownCount;
  return {
    query,
    trueCount,
    shownCount,
    listed: last?.listed ?? 0,
    exact: shownCount === trueCount,
    timeToResultsMs: median(timed.map((run) => run.ms)),
    warmTimeToResultsMs: median(timed.map((run) => run.warmMs)),
    warmImeTimeToResultsMs: median(timed.map((run) => run.warmImeMs)),
    timeToCountsMs: median(timed.map((run) => run.countsMs)),
    transfer: await measureFirstQuery(browser, siteUrl, query, runs, SCALE_RESULTS_TIMEOUT_MS),
  };
}

const timed = ({ durationMs, peakMemoryBytes, peakByProgram }: BuildResult): TimedBuild => ({
  ms: durationMs,
  ...(peakMemoryBytes === undefined ? {} : { peakMemoryBytes }),
  ...(peakByProgram === undefined ? {} : { peakByProgram }),
});

export async function measureCorpusScale({ work, browser, reports, queryRuns, log }: CorpusScaleOptions): Promise<CorpusScaleFigures> {
  if (reports < 2) throw new Error('--reports: at least 2');
  // Every build starts from an empty PDF and preview-image cache: the cold cost.
  log('building the one-report site without PDFs, and a bare Astro build of the same text, each twice (cold, then rebuilt)');
  const oneReportSite = { outDir: work.path('one-report'), pdf: false, cacheDir: work.path('cache-one') };
  const bareDir = writeBareAstroProject(work.path('bare-astro'));
  const oneReport = timed(buildSite(oneReportSite));
  const bareAstro = timed(buildBareAstro(bareDir));
  const oneReportRebuild = timed(buildSite(oneReportSite));
  const bareAstroRebuild = timed(buildBareAstro(bareDir));

  const regions = Math.ceil(reports / YEARS_PER_REGION);
  const { contentDir } = writeSyntheticCollection({ dir: work.path('corpus'), regions, yearsPerRegion: YEARS_PER_REGION, reports });
  const outDir = work.path('corpus-site');
  log(`building ${reports} synthetic reports without PDFs (${regions} regions × up to ${YEARS_PER_REGION} years)`);
  const build = timed(buildSite({ outDir, contentDir, pdf: false, cacheDir: work.path('cache-corpus') }));
  // Logged now, so that a later step's failure does not lose the build's figures.
  log(
    `built in ${(build.ms / 1000).toFixed(1)} s${build.peakMemoryBytes === undefined ? '' : `, peak memory ${(build.peakMemoryBytes / 1e9).toFixed(2)} GB`}` +
      (build.peakByProgram
        ? ` (${Object.entries(build.peakByProgram)
            .map(([name, bytes]) => `${name} ${(bytes / 1e9).toFixed(2)} GB`)
            .join(', ')})`
        : ''),
  );

  const model = readSiteModel(contentDir);
  const records = buildSearchRecords(model.reports);
  const lastReport = model.reports.at(-1);
  const rareQuery = pickRareQuery(records, lastReport ? `${lastReport.region}/${lastReport.year}` : '');

  const server = await startStaticServer(outDir);
  let queries: CorpusScaleFigures['queries'];
  try {
    log(
      `queries "${rareQuery}" (rare), "${COMMON_QUERY}" (common) and "${COMMON_PAIR_QUERY}" (two common terms) on cold search pages (${queryRuns} runs each)`,
    );
    queries = {
      rare: await measureQuery(browser, server.url, rareQuery, countMatches(records, rareQuery), queryRuns),
      common: await measureQuery(browser, server.url, COMMON_QUERY, countMatches(records, COMMON_QUERY), queryRuns),
      pair: await measureQuery(browser, server.url, COMMON_PAIR_QUERY, countMatches(records, COMMON_PAIR_QUERY), queryRuns),
    };
  } finally {
    await server.close();
  }
  return {
    reports,
    build,
    oneReport,
    bareAstro,
    oneReportRebuild,
    bareAstroRebuild,
    perAddedReportMs: (build.ms - oneReport.ms) / (reports - 1),
    oneReportVsBare: oneReport.ms / bareAstro.ms,
    oneReportVsBareRebuild: oneReportRebuild.ms / bareAstroRebuild.ms,
    site: directoryBytes(outDir),
    index: measureIndexSize(outDir),
    queries,
  };
}
