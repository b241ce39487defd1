/**
 * How the site grows with the collection: a synthetic collection of many
 * reports (synthetic-collection.ts) is built once, without PDFs to keep the
 * run tractable, and its build time, index size and first-query transfer are
 * set against the one-report real site as ratios and per report.
 *
 * Growth is called "no faster than linear" when every ratio is at most the
 * number of reports. The synthetic copies share their vocabulary (only their
 * figures differ), so the index's growth here is a floor: real reports bring
 * new words as well.
 */
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../../../src/integrations/shared/static-server.ts';
import { buildSite } from '../build-site.ts';
import type { Log } from './log.ts';
import { directoryBytes } from './dir-size.ts';
import { INDEX_PART_NAMES, INDEX_PARTS, measureIndexSize, type IndexSize } from './index-size.ts';
import { measureFirstQueries, type FirstQueryFigures } from './search-transfer.ts';
import { FIRST_QUERIES } from './site-pages.ts';
import { writeSyntheticCollection } from './synthetic-collection.ts';
import type { WorkDir } from './work-dir.ts';

export interface ScalingBaseline {
  /** Median build time of the real site without PDFs. */
  buildMs: number;
  /** The real site on disk, built without PDFs. */
  siteBytes: number;
  index: IndexSize;
  firstQuery: { zh: FirstQueryFigures; en: FirstQueryFigures };
}

export interface ScaledFigure {
  name: string;
  oneReport: number;
  manyReports: number;
  /** manyReports / oneReport. */
  ratio: number;
  /** manyReports / number of reports. */
  perReport: number;
  /** (manyReports - oneReport) / (reports - 1): the cost of each report beyond the first, fixed costs left out. */
  perAddedReport: number;
  unit: 'ms' | 'bytes';
}

export interface ScalingFigures {
  reports: number;
  pdf: false;
  buildMs: number;
  siteBytes: number;
  index: IndexSize;
  firstQuery: { zh: FirstQueryFigures; en: FirstQueryFigures };
  figures: ScaledFigure[];
  noFasterThanLinear: boolean;
}

export interface ScalingOptions {
  work: WorkDir;
  browser: Browser;
  baseline: ScalingBaseline;
  regions: number;
  yearsPerRegion: number;
  queryRuns: number;
  log: Log;
}

function scaled(name: string, unit: ScaledFigure['unit'], oneReport: number, manyReports: number, reports: number): ScaledFigure {
  return {
    name,
    unit,
    oneReport,
    manyReports,
    ratio: manyReports / oneReport,
    perReport: manyReports / reports,
    perAddedReport: (manyReports - oneReport) / (reports - 1),
  };
}

export async function measureScaling({
  work,
  browser,
  baseline,
  regions,
  yearsPerRegion,
  queryRuns,
  log,
}: ScalingOptions): Promise<ScalingFigures> {
  const { contentDir, reports } = writeSyntheticCollection({ dir: work.path('synthetic-content'), regions, yearsPerRegion });
  const outDir = work.path('synthetic-site');
  log(`building the synthetic collection of ${reports} reports without PDFs (once)`);
  // An empty preview-image cache: the cold cost, as for the 1-report baseline.
  const { durationMs: buildMs } = buildSite({ outDir, contentDir, pdf: false, cacheDir: work.path('synthetic-cache') });
  const index = measureIndexSize(outDir);
  const siteBytes = directoryBytes(outDir).bytes;
  const server = await startStaticServer(outDir);
  let firstQuery: ScalingFigures['firstQuery'];
  try {
    log(`first queries on the synthetic collection (${queryRuns} cold runs each)`);
    firstQuery = await measureFirstQueries(browser, server.url, queryRuns);
  } finally {
    await server.close();
  }
  const figures = [
    scaled('build time (no PDFs)', 'ms', baseline.buildMs, buildMs, reports),
    scaled('site on disk (no PDFs)', 'bytes', baseline.siteBytes, siteBytes, reports),
    scaled('index size, total', 'bytes', baseline.index.totalBytes, index.totalBytes, reports),
    ...INDEX_PARTS.map((part) =>
      scaled(`index size, ${INDEX_PART_NAMES[part]}`, 'bytes', baseline.index.byPart[part].bytes, index.byPart[part].bytes, reports),
    ),
    scaled(
      `first query "${FIRST_QUERIES.zh}", search bytes`,
      'bytes',
      baseline.firstQuery.zh.median.searchBytes,
      firstQuery.zh.median.searchBytes,
      reports,
    ),
    scaled(
      `first query "${FIRST_QUERIES.en}", search bytes`,
      'bytes',
      baseline.firstQuery.en.median.searchBytes,
      firstQuery.en.median.searchBytes,
      reports,
    ),
  ];
  return {
    reports,
    pdf: false,
    buildMs,
    siteBytes,
    index,
    firstQuery,
    figures,
    noFasterThanLinear: figures.every((figure) => figure.ratio <= reports),
  };
}
