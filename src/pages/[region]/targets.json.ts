/** A region's targets beside its results, year by year, as JSON: the rows of the CSV, as objects. */
import type { APIRoute } from 'astro';
import { seriesRows } from '../../lib/key-figures/figure-rows.ts';
import { regionSeries } from '../../lib/key-figures/region-series.ts';
import type { Report } from '../../schemas/report.ts';
import { byRegion, getIndicators, reportsWithFigures } from '../../utils/figures-pages.ts';
import { permalinkOn } from '../../utils/figures-permalink.ts';

export async function getStaticPaths() {
  return [...byRegion(await reportsWithFigures())].map(([region, reports]) => ({ params: { region }, props: { region, reports } }));
}

export const GET: APIRoute<{ region: string; reports: Report[] }> = async ({ props: { region, reports }, site }) => {
  return Response.json({ region, series: seriesRows(region, regionSeries(reports, await getIndicators()), permalinkOn(site)) });
};
