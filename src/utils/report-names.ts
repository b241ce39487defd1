/**
 * Names derived from a report for citations and metadata: the issuing
 * government (the report's author), the place, the region's display name.
 * Every output that names the government (citation meta tags, JSON-LD, the cite
 * box, the PDF editions' /Author) takes it from governmentName, so a reference
 * manager sees one author whichever copy it saved.
 */
import type { Region } from '../schemas/region.ts';
import type { Report } from '../schemas/report.ts';

/** The report's region and its enclosing region (regions.json), when listed. */
export function regionAndParent(report: Report, regions: readonly Region[]): { region?: Region | undefined; parent?: Region | undefined } {
  const region = regions.find((candidate) => candidate.id === report.region);
  const parent = regions.find((candidate) => candidate.id === region?.parent);
  return { region, parent };
}

/** 太原市小店区人民政府 / Xiaodian District People's Government of Taiyuan */
export function governmentName(report: Report, regions: readonly Region[], lang: 'zh-CN' | 'en'): string {
  if (lang === 'zh-CN') return `${report.place}人民政府`;
  const { region, parent } = regionAndParent(report, regions);
  const own = region?.name.en ?? report.region;
  const parentShort = parent?.name.en.replace(/ (City|Province|Autonomous Region|Autonomous Prefecture)$/, '');
  // No comma: RIS and BibTeX read "A, B" as "Surname, Given name".
  return `${own} People's Government${parentShort ? ` of ${parentShort}` : ''}`;
}

/** 太原 / Taiyuan: the publisher's place, the parent city if there is one. */
export function placeName(report: Report, regions: readonly Region[], lang: 'zh-CN' | 'en'): string {
  const { region, parent } = regionAndParent(report, regions);
  const city = parent ?? region;
  if (!city) return report.place;
  return lang === 'zh-CN' ? city.name.zh.replace(/[市省]$/, '') : city.name.en.replace(/ (City|Province)$/, '');
}

/** The region's display name: 太原市小店区 / Xiaodian District, Taiyuan City. */
export function regionDisplayName(report: Report, regions: readonly Region[], lang: 'zh-CN' | 'en'): string {
  const { region, parent } = regionAndParent(report, regions);
  if (!region) return report.place;
  return lang === 'en' ? [region.name.en, parent?.name.en].filter(Boolean).join(', ') : `${parent?.name.zh ?? ''}${region.name.zh}`;
}
