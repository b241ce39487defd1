/**
 * What each report's social preview image (dist/og/<region>-<year>.png) shows:
 * the title in Chinese and English, the region and the year, from the content
 * model in memory.
 */
import { regionDisplayName } from '../../utils/report-names.ts';
import type { SiteModel } from '../shared/site-model-fs.ts';

export interface OgCard {
  /** File name under og/, e.g. `taiyuan-xiaodian-2024.png` (ReportHeadMeta.astro links it as og:image). */
  file: string;
  year: number;
  title: { zh: string; en: string };
  region: { zh: string; en: string };
}

export function describeOgCards({ reports, regions }: SiteModel): OgCard[] {
  return reports.map((report) => ({
    file: `${report.region}-${report.year}.png`,
    year: report.year,
    title: { zh: report.zh.title, en: report.en?.title ?? '' },
    region: { zh: regionDisplayName(report, regions, 'zh-CN'), en: regionDisplayName(report, regions, 'en') },
  }));
}
