/** A region's targets beside its results, year by year, as CSV (UTF-8 with BOM, RFC 4180). */
import type { APIRoute } from 'astro';
import { writeCsv } from '../../lib/key-figures/csv.ts';
import { SERIES_COLUMNS } from '../../lib/key-figures/figure-rows.ts';
import type { Report } from '../../schemas/report.ts';
import { regionFiguresPaths, regionSeriesRows } from '../../utils/figures-pages.ts';

export const getStaticPaths = regionFiguresPaths;

export const GET: APIRoute<{ region: string; reports: Report[] }> = async ({ props: { region, reports }, site }) =>
  new Response(writeCsv(SERIES_COLUMNS, await regionSeriesRows(region, reports, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
