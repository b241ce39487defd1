/** A report's figures as JSON: the rows of the CSV, as objects. */
import type { APIRoute } from 'astro';
import type { Report } from '../../../schemas/report.ts';
import { reportFigureRows, reportFiguresPaths } from '../../../utils/figures-pages.ts';

export const getStaticPaths = reportFiguresPaths;

export const GET: APIRoute<{ report: Report }> = async ({ props: { report }, site }) =>
  Response.json({ report: `${report.region}/${report.year}`, figures: await reportFigureRows(report, site) });
