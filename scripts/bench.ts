/**
 * npm run bench [-- --lighthouse] [--skip-scaling]: how fast and how big the
 * site is. Prints tables and writes the same figures to bench-results/latest.json.
 * Speeds and sizes are medians of repeated runs; nothing here passes or fails.
 *
 *   0. times ingest: the real source and a 30,000-character report in each input kind
 *      (--ingest-only: this alone, in seconds); measures the translation memory: what it
 *      pre-fills of a next year's report, and the skeleton of a 30,000-character report
 *      (--memory-only: this alone)
 *   1. builds the real site 3× with PDFs and 3× without, and times each PDF edition
 *   2. measures the Pagefind index on disk
 *   3. counts the bytes of a first Chinese and English query on a cold search page
 *   4. times keystroke → results on a warm search page
 *   5. loads the report pages cold, on a desktop and a phone: JavaScript, bytes, LCP, CLS;
 *      and a paragraph's other language on request
 *   6. builds a synthetic 50-report collection and compares (skip: --skip-scaling)
 *   7. with --lighthouse, runs Lighthouse on five pages, mobile and desktop (slow)
 *
 * --pages measures only the report pages (lib/bench/page-weight.ts): all bytes, requests,
 * JavaScript before interaction and LCP of the zh, en and side-by-side pages, cold, on a
 * desktop and a phone, and what a paragraph's other language costs on request; against the
 * issue's targets. The site is this checkout built without PDFs, or --site <dir>; with
 * --baseline <dir> (e.g. main built in a detached worktree) both are measured side by side
 * in one run. Written to bench-results/pages.json.
 *
 * --reports N measures only the site at scale instead (lib/bench/corpus-scale.ts): N
 * synthetic reports built once without PDFs, beside the one-report site and bare Astro;
 * build time, peak memory, sizes, and a rare and a common first query (bytes, time, and
 * whether the count shown is exact; --query-runs K: K cold runs of each, 5 unless given). Written to
 * bench-results/reports-N.json.
 *
 * Everything is built in tmp/bench-*, removed at the end (see lib/bench/work-dir.ts).
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureBuildTimes } from './lib/bench/build-times.ts';
import { measureCorpusScale } from './lib/bench/corpus-scale.ts';
import { formatCorpusScale } from './lib/bench/print-corpus-scale.ts';
import { measureIndexSize } from './lib/bench/index-size.ts';
import { measureIngestTimes } from './lib/bench/ingest-times.ts';
import { formatTranslationMemory, measureTranslationMemory } from './lib/bench/translation-memory.ts';
import { runLighthouse } from './lib/bench/lighthouse-run.ts';
import { progressLog } from './lib/bench/log.ts';
import { measurePdfEditions } from './lib/bench/pdf-editions.ts';
import { formatLighthouse } from './lib/bench/print-lighthouse.ts';
import { formatIngestResults, formatResults } from './lib/bench/print-results.ts';
import { measurePageWeight, measureReportPages } from './lib/bench/page-weight.ts';
import { formatPageWeight } from './lib/bench/print-page-weight.ts';
import { LIGHTHOUSE_DIR, RESULTS_DIR, writeResults, type BenchResults } from './lib/bench/results.ts';
import { measureScaling } from './lib/bench/scaling.ts';
import { measureSearchLatency, sampleQueries } from './lib/bench/search-latency.ts';
import { measureFirstQueries } from './lib/bench/search-transfer.ts';
import { usingBrowser } from './lib/bench/using-browser.ts';
import { createWorkDir } from './lib/bench/work-dir.ts';
import { buildSite } from './lib/build-site.ts';
import { startStaticServer } from '../src/integrations/shared/static-server.ts';

const BUILD_RUNS = 3;
const INGEST_RUNS = 5;
const MEMORY_RUNS = 5;
const FIRST_QUERY_RUNS = 5;
const LATENCY_QUERIES = 10;
const REPORT_PAGE_RUNS = 3;
// 10 regions × 5 years = 50 reports.
const SYNTHETIC = { regions: 10, yearsPerRegion: 5 };

const { values: options } = parseArgs({
  options: {
    lighthouse: { type: 'boolean', default: false },
    'skip-scaling': { type: 'boolean', default: false },
    'ingest-only': { type: 'boolean', default: false },
    'memory-only': { type: 'boolean', default: false },
    reports: { type: 'string' },
    pages: { type: 'boolean', default: false },
    site: { type: 'string' },
    baseline: { type: 'string' },
    'query-runs': { type: 'string' },
  },
});
const startedAt = new Date();
// With --reports: how many cold runs of each first query (at hundreds of reports one can take minutes).
const scaleQueryRuns = options['query-runs'] === undefined ? FIRST_QUERY_RUNS : Number(options['query-runs']);
if (!Number.isInteger(scaleQueryRuns) || scaleQueryRuns < 1) throw new Error('--query-runs: a whole number, at least 1');
const started = performance.now();
const log = progressLog(started);
const work = createWorkDir();

try {
  if (options.reports !== undefined) {
    const reports = Number(options.reports);
    if (!Number.isInteger(reports) || reports < 2)
      throw new Error(`--reports ${options.reports}: give a whole number of reports, 2 or more`);
    const figures = await usingBrowser((browser) => measureCorpusScale({ work, browser, reports, queryRuns: scaleQueryRuns, log }));
    console.log(formatCorpusScale(figures));
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `reports-${reports}.json`);
    writeFileSync(file, `${JSON.stringify({ startedAt: startedAt.toISOString(), ...figures }, null, 2)}\n`);
    console.log(`\nFigures written to ${file} (whole run ${Math.round((performance.now() - started) / 1000)} s)`);
    work.remove();
    process.exit(0);
  }
  if (options.pages) {
    let siteDir = options.site === undefined ? undefined : resolve(options.site);
    if (!siteDir) {
      siteDir = work.path('site');
      log(`building this checkout's real site without PDFs into ${siteDir}`);
      buildSite({ outDir: siteDir, pdf: false });
    }
    const sites = [
      ...(options.baseline === undefined ? [] : [{ label: 'baseline', dir: resolve(options.baseline) }]),
      { label: options.site === undefined ? 'this checkout' : 'site', dir: siteDir },
    ];
    for (const { dir } of sites) if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}: not a built site (no index.html)`);
    const figures = await usingBrowser((browser) => measurePageWeight(browser, sites, REPORT_PAGE_RUNS, log));
    console.log(formatPageWeight(figures));
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, 'pages.json');
    writeFileSync(file, `${JSON.stringify({ startedAt: startedAt.toISOString(), sites: figures }, null, 2)}\n`);
    console.log(`\nFigures written to ${file} (whole run ${Math.round((performance.now() - started) / 1000)} s)`);
    work.remove();
    process.exit(0);
  }
  log(`translation memory (${MEMORY_RUNS} skeleton runs)`);
  const translationMemory = measureTranslationMemory(work.root, MEMORY_RUNS);
  if (options['memory-only']) {
    console.log(formatTranslationMemory(translationMemory));
    work.remove();
    process.exit(0);
  }
  log(`ingest (${INGEST_RUNS} runs each)`);
  const ingest = await measureIngestTimes(work, INGEST_RUNS);
  if (options['ingest-only']) {
    console.log(formatIngestResults({ ingest }));
    work.remove();
    process.exit(0);
  }
  const { siteDir, ...builds } = measureBuildTimes(work, BUILD_RUNS, log);
  log('making the PDF editions again, timing each');
  const pdfEditions = await measurePdfEditions(siteDir);
  const index = measureIndexSize(siteDir);

  const server = await startStaticServer(siteDir);
  const measured = await usingBrowser(async (browser) => {
    log(`first queries on a cold search page (${FIRST_QUERY_RUNS} runs each)`);
    const firstQuery = await measureFirstQueries(browser, server.url, FIRST_QUERY_RUNS);
    log(`keystroke to results on a warm search page (${LATENCY_QUERIES} queries)`);
    const searchLatency = await measureSearchLatency(browser, server.url, sampleQueries(LATENCY_QUERIES));
    log(`report pages, cold (${REPORT_PAGE_RUNS} runs each)`);
    const { reportPages, otherLanguage } = await measureReportPages(browser, server.url, REPORT_PAGE_RUNS);
    const scaling = options['skip-scaling']
      ? undefined
      : await measureScaling({
          work,
          browser,
          baseline: { buildMs: builds.medianWithoutPdfMs, siteBytes: builds.siteBytes.withoutPdf, index, firstQuery },
          ...SYNTHETIC,
          queryRuns: FIRST_QUERY_RUNS,
          log,
        });
    return { chromium: browser.version(), firstQuery, searchLatency, reportPages, otherLanguage, ...(scaling ? { scaling } : {}) };
  });

  const lighthouse = options.lighthouse ? await runLighthouse(server.url, LIGHTHOUSE_DIR, log) : undefined;
  await server.close();

  const { chromium, ...browserFigures } = measured;
  const results: BenchResults = {
    startedAt: startedAt.toISOString(),
    machine: { cpus: cpus().length, node: process.version, chromium },
    ingest,
    translationMemory,
    builds,
    pdfEditions,
    index,
    ...browserFigures,
    ...(lighthouse ? { lighthouse } : {}),
    durationMs: performance.now() - started,
  };
  console.log(formatResults(results));
  console.log(`\n${formatTranslationMemory(translationMemory)}`);
  if (lighthouse) console.log(formatLighthouse(lighthouse, LIGHTHOUSE_DIR));
  console.log(`\nFigures written to ${writeResults(results)} (whole run ${Math.round(results.durationMs / 1000)} s)`);
} finally {
  work.remove();
}
