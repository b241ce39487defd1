/** A report's figures as JSON: the rows of the CSV, as objects. */
import type { APIRoute } from 'astro';
import { figureRow } from '../../../lib/key-figures/figure-rows.ts';
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
  const figures = (report.figures ?? []).map((figure) => figureRow(report, figure, indicators, permalinkOn(site)));
  return Response.json({ report: `${report.region}/${report.year}`, figures });
};
