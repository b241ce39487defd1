/** A region's targets beside its results, year by year, as JSON: the rows of the CSV, as objects. */
import type { APIRoute } from 'astro';
import type { Report } from '../../schemas/report.ts';
import { regionFiguresPaths, regionSeriesRows } from '../../utils/figures-pages.ts';

export const getStaticPaths = regionFiguresPaths;

export const GET: APIRoute<{ region: string; reports: Report[] }> = async ({ props: { region, reports }, site }) =>
  Response.json({ region, series: await regionSeriesRows(region, reports, site) });
