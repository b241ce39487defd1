/** A report's figures as CSV (UTF-8 with BOM, RFC 4180), one row per figure with its paragraph's permalink. */
import type { APIRoute } from 'astro';
import { writeCsv } from '../../../lib/key-figures/csv.ts';
import { FIGURE_COLUMNS } from '../../../lib/key-figures/figure-rows.ts';
import type { Report } from '../../../schemas/report.ts';
import { reportFigureRows, reportFiguresPaths } from '../../../utils/figures-pages.ts';

export const getStaticPaths = reportFiguresPaths;

export const GET: APIRoute<{ report: Report }> = async ({ props: { report }, site }) =>
  new Response(writeCsv(FIGURE_COLUMNS, await reportFigureRows(report, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
