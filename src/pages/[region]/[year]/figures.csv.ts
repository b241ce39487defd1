/** A report's figures as CSV (UTF-8 with BOM, RFC 4180), one row per figure with its paragraph's permalink. */
import type { APIRoute } from 'astro';
import { writeCsv } from '../../../lib/key-figures/csv.ts';
import { FIGURE_COLUMNS, figureRow } from '../../../lib/key-figures/figure-rows.ts';
import type { Report } from '../../../schemas/report.ts';
import { getIndicators, reportsWithFigures } from '../../../utils/figures-pages.ts';
import { permalinkOn } from '../../../utils/figures-permalink.ts';

export async function getStaticPaths() {
  return (await reportsWithFigures()).map((report) => ({
    params: { region: report.region, year: String(report.year) },
    props: { report },
  }));
}

export const GET: APIRoute<{ report: Report }> = async ({ props: { report }, site }) => {
  const indicators = new Map((await getIndicators()).map((indicator) => [indicator.key, indicator]));
  const rows = (report.figures ?? []).map((figure) => figureRow(report, figure, indicators, permalinkOn(site)));
  return new Response(writeCsv(FIGURE_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
