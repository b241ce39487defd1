/**
 * Build-time only: what each report's social preview image shows. The og-images
 * integration renders them after the build and deletes this file.
 */
import { getCollection } from 'astro:content';
import { getReports } from '../utils/report-pages.ts';
import { regionDisplayName } from '../utils/report-names.ts';

export interface OgCard {
  file: string;
  year: number;
  title: { zh: string; en: string };
  region: { zh: string; en: string };
}

export async function GET() {
  const regions = (await getCollection('regions')).map((entry) => entry.data);
  const cards: OgCard[] = (await getReports()).map((report) => ({
    file: `${report.region}-${report.year}.png`,
    year: report.year,
    title: { zh: report.zh.title, en: report.en?.title ?? '' },
    region: { zh: regionDisplayName(report, regions, 'zh-CN'), en: regionDisplayName(report, regions, 'en') },
  }));
  return new Response(JSON.stringify(cards));
}
