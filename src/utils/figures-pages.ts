/**
 * Static paths of the key-figures pages and downloads: a report's page exists
 * only when it has figures.json; a region's targets page when any of its
 * reports does; a year's page across regions when at least two regions state
 * targets for that year.
 */
import { getCollection } from 'astro:content';
import { figureRow, seriesRows, type FigureRow, type SeriesRow } from '../lib/key-figures/figure-rows.ts';
import { regionSeries } from '../lib/key-figures/region-series.ts';
import type { Indicator } from '../schemas/indicators.ts';
import type { Region } from '../schemas/region.ts';
import type { Report } from '../schemas/report.ts';
import { permalinkOn } from './figures-permalink.ts';
import { inEveryLang } from './lang-paths.ts';
import { getReports } from './report-pages.ts';

/** Reports that have figures, in the site's order. */
export async function reportsWithFigures(): Promise<Report[]> {
  return (await getReports()).filter((report) => report.figures !== undefined);
}

export async function getIndicators(): Promise<Indicator[]> {
  return (await getCollection('indicators')).map((entry) => entry.data);
}

export async function getRegions(): Promise<Region[]> {
  return (await getCollection('regions')).map((entry) => entry.data);
}

/** The reports with figures, by region slug. */
export function byRegion(reports: readonly Report[]): Map<string, Report[]> {
  const regions = new Map<string, Report[]>();
  for (const report of reports) regions.set(report.region, [...(regions.get(report.region) ?? []), report]);
  return regions;
}

/** Years with targets stated by at least two regions: the years that get a page across regions. */
export function yearsAcrossRegions(reports: readonly Report[]): number[] {
  const regionsByYear = new Map<number, Set<string>>();
  for (const report of reports)
    for (const figure of report.figures ?? [])
      if (figure.kind === 'target' && figure.indicator !== undefined)
        regionsByYear.set(figure.year, (regionsByYear.get(figure.year) ?? new Set()).add(report.region));
  return [...regionsByYear]
    .filter(([, regions]) => regions.size >= 2)
    .map(([year]) => year)
    .sort((a, b) => a - b);
}

/** One path per report with figures: its key-figures page (in each language) and its downloads. */
export async function reportFiguresPaths() {
  return (await reportsWithFigures()).map((report) => ({
    params: { region: report.region, year: String(report.year) },
    props: { report },
  }));
}

/** One path per region with figures: its targets page (in each language) and its series downloads. */
export async function regionFiguresPaths() {
  return [...byRegion(await reportsWithFigures())].map(([region, reports]) => ({ params: { region }, props: { region, reports } }));
}

export async function keyFiguresPaths() {
  return inEveryLang(await reportFiguresPaths());
}

export async function regionTargetsPaths() {
  return inEveryLang(await regionFiguresPaths());
}

/** A report's figures as the download rows, each with its paragraph's absolute permalink. */
export async function reportFigureRows(report: Report, site: URL | undefined): Promise<FigureRow[]> {
  const indicators = new Map((await getIndicators()).map((indicator) => [indicator.key, indicator]));
  return (report.figures ?? []).map((figure) => figureRow(report, figure, indicators, permalinkOn(site)));
}

/** A region's targets beside its results, as the download rows. */
export async function regionSeriesRows(region: string, reports: readonly Report[], site: URL | undefined): Promise<SeriesRow[]> {
  return seriesRows(region, regionSeries(reports, await getIndicators()), permalinkOn(site));
}

export async function yearTargetsPaths() {
  const reports = await reportsWithFigures();
  return inEveryLang(yearsAcrossRegions(reports).map((year) => ({ params: { year: String(year) }, props: { year, reports } })));
}
