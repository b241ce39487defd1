/** A region's targets beside its results, year by year, as CSV (UTF-8 with BOM, RFC 4180). */
import type { APIRoute } from 'astro';
import { writeCsv } from '../../lib/key-figures/csv.ts';
import { SERIES_COLUMNS, seriesRows } from '../../lib/key-figures/figure-rows.ts';
import { regionSeries } from '../../lib/key-figures/region-series.ts';
import type { Report } from '../../schemas/report.ts';
import { byRegion, getIndicators, reportsWithFigures } from '../../utils/figures-pages.ts';
import { permalinkOn } from '../../utils/figures-permalink.ts';

export async function getStaticPaths() {
  return [...byRegion(await reportsWithFigures())].map(([region, reports]) => ({ params: { region }, props: { region, reports } }));
}

export const GET: APIRoute<{ region: string; reports: Report[] }> = async ({ props: { region, reports }, site }) => {
  const rows = seriesRows(region, regionSeries(reports, await getIndicators()), permalinkOn(site));
  return new Response(writeCsv(SERIES_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
